#include "report/reportexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include "grading/grader.h"
#include "metrics/resultsummary.h"
#include "report/reportbuilder.h"
#include "report/reportrender.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

Status saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{ Tr::tr("cannot write: %1").arg(f.errorString()), path };
    return Ok{};
}
} // namespace

Result<ReportFormats> parseReportFormats(const QString& text)
{
    ReportFormats out;
    for (const QString& word : text.split(u',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w == u"all")
            out |= ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Pdf;
        else if (w == u"md" || w == u"markdown")
            out |= ReportFormat::Markdown;
        else if (w == u"html")
            out |= ReportFormat::Html;
        else if (w == u"pdf")
            out |= ReportFormat::Pdf;
        else
            return Error{ Tr::tr("unknown report format \"%1\" (md, html, pdf or all)").arg(word), u"--format"_s };
    }
    if (!out)
        return Error{ Tr::tr("no report format given (md, html, pdf or all)"), u"--format"_s };
    return out;
}

Report makeReport(const BenchmarkResult& result, const Rubric& rubric, const QString& sourceName, double generatedUnix)
{
    const ResultSummary summary = summarizeResult(result);
    const GradeCard grade = gradeResult(result, summary, rubric);
    const QString by = Tr::tr("InferDeck %1").arg(QCoreApplication::applicationVersion());
    return buildReport({ result, summary, grade, rubric, sourceName, by, generatedUnix });
}

Result<QStringList> exportReport(const Report& report, const QString& dir, ReportFormats formats, QPageSize::PageSizeId pageSize)
{
    QDir d(dir);
    if (!d.mkpath(u"."_s))
        return Error{ Tr::tr("cannot create the directory"), dir };
    QStringList written;
    if (formats & ReportFormat::Markdown) {
        const MarkdownReport md = renderMarkdown(report, u"report-charts"_s);
        if (!md.images.isEmpty() && !d.mkpath(u"report-charts"_s))
            return Error{ Tr::tr("cannot create the directory"), d.filePath(u"report-charts"_s) };
        for (const auto& [path, bytes] : md.images)
            if (const Status s = saveFile(d.filePath(path), bytes); !s)
                return s.error();
        if (const Status s = saveFile(d.filePath(u"report.md"_s), md.text.toUtf8()); !s)
            return s.error();
        written << d.filePath(u"report.md"_s);
    }
    if (formats & ReportFormat::Html) {
        if (const Status s = saveFile(d.filePath(u"report.html"_s), renderHtml(report)); !s)
            return s.error();
        written << d.filePath(u"report.html"_s);
    }
    if (formats & ReportFormat::Pdf) {
        if (const Status s = writePdf(report, d.filePath(u"report.pdf"_s), pageSize); !s)
            return s.error();
        written << d.filePath(u"report.pdf"_s);
    }
    return written;
}

} // namespace inferdeck
