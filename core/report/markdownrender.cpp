#include <QCoreApplication>

#include "report/chartpainter.h"
#include "report/reportrender.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Text outside code is shown as text: raw HTML would be interpreted, and a name from a plan file must
// not become emphasis, a link or an image that fetches a URL. Only the characters that open Markdown
// constructs mid-line are escaped, so numbers and hyphenated names stay readable in the raw file.
QString inlineText(const QString& in)
{
    QString s;
    s.reserve(in.size() + 8);
    for (const QChar c : in) {
        switch (c.unicode()) {
        case u'&':
            s += u"&amp;"_s;
            break;
        case u'<':
            s += u"&lt;"_s;
            break;
        case u'>':
            s += u"&gt;"_s;
            break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
            s += u'\\';
            s += c;
            break;
        case u'\n':
            s += u' ';
            break;
        default:
            s += c;
        }
    }
    return s;
}

QString cell(const QString& s) { return inlineText(s).replace(u'|', u"\\|"_s); }

void table(QString& out, const ReportTable& t)
{
    if (t.header.isEmpty())
        return;
    QStringList head, rule;
    for (int c = 0; c < t.header.size(); ++c) {
        head << cell(t.header[c]);
        rule << (t.numeric.value(c) ? u"---:"_s : u"---"_s);
    }
    out += u"| "_s + head.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
    for (const QStringList& row : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.header.size(); ++c)
            cells << cell(row.value(c));
        out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    if (!t.caption.isEmpty())
        out += u"\n*"_s + inlineText(t.caption) + u"*\n"_s;
    out += u'\n';
}
} // namespace

MarkdownReport renderMarkdown(const Report& report, const QString& imageDir)
{
    MarkdownReport md;
    QString& out = md.text;
    const QString sim = report.simulated ? u" · SIMULATED"_s : QString();
    out += u"# "_s + inlineText(report.title) + u"\n\n"_s;
    if (report.simulated)
        out += u"> **SIMULATED** — "_s + inlineText(Tr::tr("every number in this report comes from InferDeck's simulated engine, not from a GPU server.")) + u"\n\n"_s;
    out += u"*"_s + inlineText(report.subtitle) + u"*\n\n"_s;
    if (!report.grade.isEmpty())
        out += u"**"_s + Tr::tr("Overall grade: %1").arg(inlineText(report.grade)) + u"**"_s + (report.valid ? QString() : u" — **INVALID**"_s) + u"\n\n"_s;
    out += inlineText(report.verdict) + u"\n\n"_s;
    for (const ReportSection& s : report.sections) {
        out += u"## "_s + inlineText(s.title) + sim + u"\n\n"_s;
        for (const ReportBlock& b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += inlineText(b.text) + u"\n\n"_s;
                break;
            case ReportBlock::Kind::Warning:
                out += u"> **"_s + Tr::tr("Warning:") + u"** "_s + inlineText(b.text) + u"\n\n"_s;
                break;
            case ReportBlock::Kind::Bullets:
                for (const QString& item : b.items)
                    out += u"- "_s + inlineText(item) + u'\n';
                out += u'\n';
                break;
            case ReportBlock::Kind::Table:
            case ReportBlock::Kind::KeyValues:
                table(out, b.table);
                break;
            case ReportBlock::Kind::Code: {
                const QString fence = b.text.contains(u"```"_s) ? u"~~~~"_s : u"```"_s;
                out += fence + u'\n' + b.text + (b.text.endsWith(u'\n') ? QString() : u"\n"_s) + fence + u"\n\n"_s;
                break;
            }
            case ReportBlock::Kind::Chart: {
                const QString path = imageDir + u'/' + b.chart.id + u".svg"_s;
                md.images.append({ path, ChartPainter::svg(b.chart) });
                out += u"!["_s + cell(b.chart.title) + u"]("_s + path + u")\n\n"_s;
                break;
            }
            }
        }
    }
    out += u"---\n\n"_s + inlineText(report.generatedBy) + u"\n"_s;
    return md;
}

} // namespace inferdeck
