// importMlperf: LoadGen's mlperf_log_summary.txt and mlperf_log_detail.txt (:::MLLOG JSON lines), alone or
// together. An input with a NUL byte is both files (summary before it, detail log after it); without one
// it is tried as either file.
#include "fuzzinput.h"
#include "importers/importers.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString summaryWhere = QStringLiteral("mlperf_log_summary.txt");
    const QString detailWhere = QStringLiteral("mlperf_log_detail.txt");
    if (const auto pair = fuzz::splitPair(data, size)) {
        const auto r = importMlperf(&pair->first, summaryWhere, &pair->second, detailWhere);
        fuzz::note(r);
        return 0;
    }
    const QByteArray one = fuzz::bytes(data, size);
    const auto asSummary = importMlperf(&one, summaryWhere, nullptr, {});
    const auto asDetail = importMlperf(nullptr, {}, &one, detailWhere);
    fuzz::note(asSummary);
    fuzz::note(asDetail);
    return 0;
}
