// `inferdeck-cli report FILE [--format md,html,pdf|all] [-o DIR] [--rubric RUBRIC] [--page-size a4|letter]`
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

#include "cli/commands.h"
#include "importers/resultreader.h"
#include "io/rubricfile.h"
#include "report/reportexport.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};
} // namespace

int writeReports(const BenchmarkResult& result, const QString& sourceName, const QString& outDir, const QString& formats,
                 const QString& rubricFile, const QString& pageSize)
{
    QTextStream err(stderr);
    const auto f = parseReportFormats(formats);
    if (!f) {
        err << u"inferdeck-cli: "_s << f.error().toString() << '\n';
        return kUsage;
    }
    QPageSize::PageSizeId page = QPageSize::A4;
    if (pageSize.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
        page = QPageSize::Letter;
    else if (pageSize.compare(u"a4"_s, Qt::CaseInsensitive) != 0) {
        err << Tr::tr("inferdeck-cli: --page-size: expected a4 or letter, found \"%1\"").arg(pageSize) << '\n';
        return kUsage;
    }
    Rubric rubric = defaultRubric();
    if (!rubricFile.isEmpty()) {
        auto r = readRubricFile(rubricFile);
        if (!r) {
            err << u"inferdeck-cli: "_s << printable(r.error().toString()) << '\n';
            return kBadInput;
        }
        rubric = std::move(r).value();
    }
    const Report report = makeReport(result, rubric, sourceName, QDateTime::currentSecsSinceEpoch());
    const auto written = exportReport(report, outDir, f.value(), page);
    if (!written) {
        // the input was read and the report made: failing to write it is this command failing (1)
        err << u"inferdeck-cli: "_s << printable(written.error().toString()) << '\n';
        return kRunFailed;
    }
    QTextStream out(stdout);
    for (const QString& path : written.value())
        out << Tr::tr("report: %1").arg(path) << '\n';
    return kOk;
}

int report(const QStringList& args)
{
    QTextStream err(stderr);
    QString file, outDir, formats = u"all"_s, rubric, pageSize = u"a4"_s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--format" && hasValue)
            formats = args[++i];
        else if (a == u"-o" && hasValue)
            outDir = args[++i];
        else if (a == u"--rubric" && hasValue)
            rubric = args[++i];
        else if (a == u"--page-size" && hasValue)
            pageSize = args[++i];
        else if (file.isEmpty() && !a.startsWith(u'-'))
            file = a;
        else {
            err << Tr::tr("Usage: inferdeck-cli report FILE [--format md,html,pdf|all] [-o DIR] [--rubric RUBRIC] [--page-size a4|letter]\n");
            return kUsage;
        }
    }
    if (file.isEmpty()) {
        err << Tr::tr("Usage: inferdeck-cli report FILE [--format md,html,pdf|all] [-o DIR] [--rubric RUBRIC] [--page-size a4|letter]\n");
        return kUsage;
    }
    Result<BenchmarkResult> r = readAnyResult(file);
    if (!r) {
        err << u"inferdeck-cli: "_s << printable(r.error().toString()) << '\n';
        return kBadInput;
    }
    const QFileInfo info(file);
    return writeReports(r.value(), info.fileName(), outDir.isEmpty() ? info.absolutePath() : outDir, formats, rubric, pageSize);
}

} // namespace inferdeck::cli
