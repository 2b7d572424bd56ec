// parseCluster, a run's cluster file. What toJson() writes for a cluster it accepts must read back to the
// same file: write(read(write(c))) == write(c). (Not c itself: a value without effect, such as
// ready_timeout_s on a node without launch, is not written.)
#include "fuzzinput.h"
#include "io/runfiles.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = parseCluster(fuzz::bytes(data, size), QStringLiteral("fuzz-cluster.json"));
    fuzz::note(r);
    if (!r)
        return 0;
    const nlohmann::json written = toJson(r.value());
    const auto back = parseCluster(QByteArray::fromStdString(written.dump()), QStringLiteral("again"));
    if (!back)
        fuzz::invariantBroken("an accepted cluster written back is refused:", back.error().toString());
    if (toJson(back.value()) != written)
        fuzz::invariantBroken("an accepted cluster written back reads differently:",
                              QString::fromStdString(written.dump() + " became " + toJson(back.value()).dump()));
    return 0;
}
