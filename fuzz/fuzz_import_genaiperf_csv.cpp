// importGenaiPerfCsv: GenAI-Perf aggregate CSV (profile_export_genai_perf.csv). Any bytes give a result or an Error naming the field; an
// exception escaping the importer (nlohmann's, a FieldError) is a crash.
#include "fuzzinput.h"
#include "importers/importers.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = importGenaiPerfCsv(fuzz::bytes(data, size), QStringLiteral("fuzz-input"));
    fuzz::note(r);
    return 0;
}
