// detectResultFormat: decides the tool from a file's first bytes (up to 64 KiB); never crashes, and
// every answer has a name.
#include "fuzzinput.h"
#include "importers/formatdetect.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ResultFormat f = detectResultFormat(fuzz::bytes(data, size));
    if (resultFormatName(f).isEmpty())
        fuzz::invariantBroken("a detected format without a name");
    return 0;
}
