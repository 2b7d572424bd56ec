#include "importers/resultreader.h"

#include <QCoreApplication>
#include <QFile>

#include "importers/formatdetect.h"
#include "importers/importers.h"
#include "io/inputfile.h"
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

} // namespace inferdeck
