#include "importers/resultreader.h"

#include <QCoreApplication>
#include <QFile>

#include "importers/formatdetect.h"
#include "importers/importers.h"
#include "io/resultfile.h"

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultReader)
};
constexpr qint64 kDetectBytes = 64 * 1024;
} // namespace

Result<BenchmarkResult> readAnyResult(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ Tr::tr("cannot read: %1").arg(f.errorString()), path };
    const ResultFormat format = detectResultFormat(f.read(kDetectBytes));
    f.close();
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

} // namespace inferdeck
