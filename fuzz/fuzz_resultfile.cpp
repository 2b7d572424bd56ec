// ResultFile::parse, InferDeck's own result reader: any bytes give a result or an Error. A document it
// accepts must survive a round trip: what serialize() writes, parse() reads back.
#include "fuzzinput.h"
#include "io/resultfile.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = ResultFile::parse(reinterpret_cast<const char*>(data), size, QStringLiteral("fuzz.inferdeck.json"));
    fuzz::note(r);
    if (!r)
        return 0;
    const QByteArray again = ResultFile::serialize(r.value());
    const auto back = ResultFile::parse(again.constData(), static_cast<std::size_t>(again.size()), QStringLiteral("again"));
    if (!back)
        fuzz::invariantBroken("a result InferDeck accepted and wrote back is refused:", back.error().toString());
    return 0;
}
