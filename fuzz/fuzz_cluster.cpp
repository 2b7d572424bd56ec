// parseCluster, a run's cluster file. A cluster it accepts must come back equal from its toJson().
#include "fuzzinput.h"
#include "io/runfiles.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = parseCluster(fuzz::bytes(data, size), QStringLiteral("fuzz-cluster.json"));
    fuzz::note(r);
    if (!r)
        return 0;
    const auto back = parseCluster(QByteArray::fromStdString(toJson(r.value()).dump()), QStringLiteral("again"));
    if (!back)
        fuzz::invariantBroken("an accepted cluster written back is refused:", back.error().toString());
    if (!(back.value() == r.value()))
        fuzz::invariantBroken("an accepted cluster written back reads differently");
    return 0;
}
