// parseRubric, the grading rubric (resources/rubric/default.rubric.json shows the format).
#include "fuzzinput.h"
#include "io/rubricfile.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = parseRubric(fuzz::bytes(data, size), QStringLiteral("fuzz.rubric.json"));
    fuzz::note(r);
    if (!r && r.error().message.isEmpty())
        fuzz::invariantBroken("a refused rubric without a reason");
    return 0;
}
