// importLlmperf: the summary and the individual responses, alone or together. An input with a NUL byte is
// both files (summary before it, individual responses after it); without one it is tried as either file.
#include "fuzzinput.h"
#include "importers/importers.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString summaryWhere = QStringLiteral("fuzz_summary.json");
    const QString individualWhere = QStringLiteral("fuzz_individual_responses.json");
    if (const auto pair = fuzz::splitPair(data, size)) {
        const auto r = importLlmperf(&pair->first, summaryWhere, &pair->second, individualWhere);
        fuzz::note(r);
        return 0;
    }
    const QByteArray one = fuzz::bytes(data, size);
    const auto asSummary = importLlmperf(&one, summaryWhere, nullptr, {});
    const auto asIndividual = importLlmperf(nullptr, {}, &one, individualWhere);
    fuzz::note(asSummary);
    fuzz::note(asIndividual);
    return 0;
}
