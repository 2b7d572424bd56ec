#include "importers/resultreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <optional>

#include "importers/formatdetect.h"
#include "importers/importers.h"
#include "io/inputfile.h"
#include "io/resultfile.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultReader)
};
constexpr qint64 kDetectBytes = 64 * 1024;
} // namespace

Result<BenchmarkResult> readAnyResult(const QString& path)
{
    // only a regular file, opened without blocking: a FIFO or a device is refused here, before a byte
    auto opened = openRegularFile(path, readlimit::kColumnar, Tr::tr("a result file"));
    if (!opened)
        return opened.error();
    const ResultFormat format = detectResultFormat(opened.value()->read(kDetectBytes));
    opened.value()->close();
    if (format == ResultFormat::InferDeck)
        return ResultFile::read(path);
    if (format != ResultFormat::Unknown)
        return importFiles({ path });
    Result<BenchmarkResult> own = ResultFile::read(path);
    if (own)
        return own;
    // a damaged InferDeck file keeps its precise message; anything else also says what was looked for
    Error e = own.error();
    if (!e.message.contains(QLatin1String("inferdeck")))
        e.message += u' ' + Tr::tr("(not recognized as any supported result file: looked for %1)").arg(recognizedFormatsDescription());
    return e;
}

QStringList companionFiles(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // (the main file's format, its name's part, the companion's part, the companion's format)
    struct Pair {
        ResultFormat main;
        QString from, to;
        ResultFormat companion;
    };
    static const Pair pairs[] = {
        { ResultFormat::MlperfSummary, u"mlperf_log_summary"_s, u"mlperf_log_detail"_s, ResultFormat::MlperfDetail },
        { ResultFormat::LlmperfSummary, u"_summary.json"_s, u"_individual_responses.json"_s, ResultFormat::LlmperfIndividual },
    };
    QStringList out;
    std::optional<ResultFormat> format;
    for (const Pair& p : pairs) {
        const qsizetype at = name.lastIndexOf(p.from);
        if (at < 0)
            continue;
        if (!format) {
            auto opened = openRegularFile(path, readlimit::kColumnar, Tr::tr("a result file"));
            if (!opened)
                return {};
            format = detectResultFormat(opened.value()->read(kDetectBytes));
        }
        if (*format != p.main)
            continue;
        const QString companion = info.dir().filePath(QString(name).replace(at, p.from.size(), p.to));
        auto other = openRegularFile(companion, readlimit::kColumnar, Tr::tr("a result file"));
        if (other && detectResultFormat(other.value()->read(kDetectBytes)) == p.companion)
            out << companion;
    }
    return out;
}

Result<BenchmarkResult> readResultWithCompanions(const QString& path)
{
    const QStringList companions = companionFiles(path);
    if (!companions.isEmpty())
        if (Result<BenchmarkResult> both = importFiles(QStringList{ path } + companions))
            return both;
    return readAnyResult(path);
}

} // namespace inferdeck
