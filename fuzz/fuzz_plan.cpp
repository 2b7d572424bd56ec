// parsePlan, a run's plan file. A plan it accepts must come back equal from the text planFileText()
// writes for it (runfiles.h promises so).
#include "fuzzinput.h"
#include "io/runfiles.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = parsePlan(fuzz::bytes(data, size), QStringLiteral("fuzz-plan.json"));
    fuzz::note(r);
    if (!r)
        return 0;
    const auto back = parsePlan(planFileText(r.value()), QStringLiteral("again"));
    if (!back)
        fuzz::invariantBroken("an accepted plan written back is refused:", back.error().toString());
    if (!(back.value() == r.value()))
        fuzz::invariantBroken("an accepted plan written back reads differently");
    return 0;
}
