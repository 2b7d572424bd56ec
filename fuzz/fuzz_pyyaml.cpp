// parsePyYamlDump, the reader of the YAML that Python's yaml.dump writes (guidellm's .yaml reports). Its
// contract: a JSON value, or ImportFailure naming the line. Any other exception escaping it is a crash.
#include "fuzzinput.h"
#include "importers/importsupport.h"
#include "importers/pyyaml.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        const nlohmann::json j = importing::parsePyYamlDump(fuzz::bytes(data, size));
        (void)j.size();
    } catch (const importing::ImportFailure& f) {
        if (f.message.isEmpty())
            fuzz::invariantBroken("an ImportFailure without a message");
    }
    return 0;
}
