#include <QCoreApplication>

#include "report/chartpainter.h"
#include "report/reportrender.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Light by default, dark when the reader's system asks for it, always light on paper. Charts are
// drawn on white and keep it in dark mode, framed as cards, so their colours mean the same everywhere.
const char* const kStyle = R"(
:root { --fg: #1d1f23; --muted: #5a6270; --bg: #ffffff; --panel: #f4f6f9; --line: #d6dbe3; --accent: #0b5cad;
        --warn-bg: #fff4e0; --warn-fg: #6b4400; --sim: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8eb; --muted: #a4adba; --bg: #16181c; --panel: #20242a; --line: #383e47; --accent: #7ab7ff;
          --warn-bg: #3a2a0c; --warn-fg: #ffd79a; --sim: #ff8a80; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 "DejaVu Sans", "Noto Sans", system-ui, sans-serif; }
main, header.report, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header.report { padding-top: 28px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
.subtitle { color: var(--muted); margin: 0 0 16px; }
.grade { display: inline-block; min-width: 64px; padding: 6px 16px; margin-right: 14px; border-radius: 8px; font-size: 34px;
         font-weight: bold; text-align: center; background: var(--accent); color: var(--bg); vertical-align: middle; }
.verdict { display: inline-block; max-width: 900px; vertical-align: middle; font-size: 16px; }
.invalid { color: var(--sim); font-weight: bold; }
.sim-banner { margin: 12px 0; padding: 10px 14px; border: 2px solid var(--sim); color: var(--sim); border-radius: 6px; font-weight: bold; }
.sim { font-size: 12px; color: var(--sim); border: 1px solid var(--sim); border-radius: 4px; padding: 1px 6px; margin-left: 10px; vertical-align: middle; }
.warning { background: var(--warn-bg); color: var(--warn-fg); border-left: 4px solid #e69f00; padding: 8px 12px; margin: 8px 0; border-radius: 4px; }
table { border-collapse: collapse; margin: 10px 0 4px; font-size: 13px; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
th { background: var(--panel); text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv td:first-child { width: 30%; color: var(--muted); }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 12px; padding-top: 4px; }
pre { background: var(--panel); border: 1px solid var(--line); padding: 10px; overflow-x: auto; font-size: 12px; border-radius: 4px; }
figure { margin: 14px 0; background: #ffffff; border: 1px solid var(--line); border-radius: 6px; padding: 6px; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: #5a6270; font-size: 12px; padding: 2px 6px; }
footer { color: var(--muted); font-size: 12px; padding: 30px 24px 40px; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #eee; --line: #bbb; --warn-bg: #fff4e0; --warn-fg: #000; --sim: #b3261e; }
  body { font-size: 11pt; }
  main, header.report, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, figure, pre, .warning { break-inside: avoid; }
  thead { display: table-header-group; }
}
)";

QString esc(const QString& s) { return s.toHtmlEscaped(); }

void table(QString& out, const ReportTable& t, bool keyValues)
{
    out += keyValues ? u"<table class=\"kv\">"_s : u"<table>"_s;
    if (!t.caption.isEmpty())
        out += u"<caption>"_s + esc(t.caption) + u"</caption>"_s;
    if (!keyValues) {
        out += u"<thead><tr>"_s;
        for (int c = 0; c < t.header.size(); ++c)
            out += (t.numeric.value(c) ? u"<th class=\"num\">"_s : u"<th>"_s) + esc(t.header[c]) + u"</th>"_s;
        out += u"</tr></thead>"_s;
    }
    out += u"<tbody>"_s;
    for (const QStringList& row : t.rows) {
        out += u"<tr>"_s;
        for (int c = 0; c < t.header.size(); ++c)
            out += (t.numeric.value(c) ? u"<td class=\"num\">"_s : u"<td>"_s) + esc(row.value(c)) + u"</td>"_s;
        out += u"</tr>"_s;
    }
    out += u"</tbody></table>\n"_s;
}
} // namespace

QByteArray renderHtml(const Report& report)
{
    QString out;
    out.reserve(1 << 20);
    out += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
           "<meta name=\"color-scheme\" content=\"light dark\"/>\n<title>"_s
        + esc(report.title) + u"</title>\n<style>"_s + QString::fromLatin1(kStyle) + u"</style>\n</head>\n<body>\n"_s;
    const QString sim = report.simulated ? u"<span class=\"sim\">SIMULATED</span>"_s : QString();
    out += u"<header class=\"report\">\n<h1>"_s + esc(report.title) + sim + u"</h1>\n<p class=\"subtitle\">"_s + esc(report.subtitle) + u"</p>\n"_s;
    if (report.simulated)
        out += u"<div class=\"sim-banner\">"_s
            + esc(Tr::tr("SIMULATED — every number in this report comes from InferDeck's simulated engine, not from a GPU server.")) + u"</div>\n"_s;
    out += u"<div>"_s;
    if (!report.grade.isEmpty())
        out += u"<span class=\"grade\" title=\""_s + esc(Tr::tr("overall grade")) + u"\">"_s + esc(report.grade) + u"</span>"_s;
    out += u"<span class=\"verdict\">"_s + esc(report.verdict);
    if (!report.valid)
        out += u" <span class=\"invalid\">INVALID</span>"_s;
    out += u"</span></div>\n</header>\n<main>\n"_s;
    for (const ReportSection& s : report.sections) {
        out += u"<section id=\""_s + esc(s.id) + u"\">\n<h2>"_s + esc(s.title) + sim + u"</h2>\n"_s;
        for (const ReportBlock& b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += u"<p>"_s + esc(b.text) + u"</p>\n"_s;
                break;
            case ReportBlock::Kind::Warning:
                out += u"<div class=\"warning\">"_s + esc(b.text) + u"</div>\n"_s;
                break;
            case ReportBlock::Kind::Bullets:
                out += u"<ul>"_s;
                for (const QString& item : b.items)
                    out += u"<li>"_s + esc(item) + u"</li>"_s;
                out += u"</ul>\n"_s;
                break;
            case ReportBlock::Kind::Table:
                table(out, b.table, false);
                break;
            case ReportBlock::Kind::KeyValues:
                table(out, b.table, true);
                break;
            case ReportBlock::Kind::Code:
                out += u"<pre>"_s + esc(b.text) + u"</pre>\n"_s;
                break;
            case ReportBlock::Kind::Chart:
                out += u"<figure id=\"chart-"_s + esc(b.chart.id) + u"\">"_s + QString::fromUtf8(ChartPainter::svg(b.chart)) + u"<figcaption>"_s
                    + esc(b.chart.title) + u"</figcaption></figure>\n"_s;
                break;
            }
        }
        out += u"</section>\n"_s;
    }
    out += u"</main>\n<footer>"_s + esc(report.generatedBy) + u"</footer>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace inferdeck
