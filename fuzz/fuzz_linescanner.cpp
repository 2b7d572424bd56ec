// protocol::LineScanner, the one-pass validating scanner of the agent's flat JSON lines: every line
// scanned (with the integer-array key the parser uses), every array member split into its elements.
#include "fuzzinput.h"
#include "protocol/linescanner.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    protocol::LineScanner scanner; // one scanner for all lines: it reuses its buffers, as in a run
    scanner.setIntArrayKeys({ "chunks_us" });
    protocol::LineScanner inner;
    std::vector<std::string_view> elements;
    fuzz::forEachLine(fuzz::view(data, size), [&](std::string_view line) {
        if (!scanner.scan(line)) {
            if (scanner.error().empty() || scanner.errorColumn() < 1 || scanner.errorColumn() > line.size() + 1)
                fuzz::invariantBroken("a scan error without a message or with a column outside the line");
            return;
        }
        for (const protocol::Member& m : scanner.members()) {
            if (m.kind == protocol::Member::Kind::IntArray) {
                (void)scanner.intArray(m).size();
            } else if (m.kind == protocol::Member::Kind::Array) {
                if (!scanner.splitArray(m.text, elements))
                    fuzz::invariantBroken("an array the scanner accepted does not split");
                for (std::string_view e : elements)
                    if (!e.empty() && e.front() == '{')
                        (void)inner.scan(e);
            } else if (m.kind == protocol::Member::Kind::Object) {
                (void)inner.scan(m.text);
            }
        }
        (void)scanner.find("type");
    });
    return 0;
}
