// The agent's event lines (resources/agent/PROTOCOL.md): every line through AgentEventParser, then the
// whole input as one node's run stream through RunRecorder, which turns events into a phase.
#include "fuzzinput.h"
#include "protocol/eventparser.h"
#include "protocol/runrecorder.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::view(data, size);
    AgentEventParser parser;
    AgentEvent event;
    fuzz::forEachLine(text, [&](std::string_view line) {
        if (!parser.parse(line, event) && parser.error().isEmpty())
            fuzz::invariantBroken("a refused event line without a reason");
    });

    RunRecorder recorder;
    const int node = recorder.addNode(QStringLiteral("gpu-a"), 0.25);
    const int stream = recorder.addStream(node, QStringLiteral("run"));
    // in two chunks split mid-line, as bytes arrive from a node
    const std::size_t half = size / 2;
    recorder.feed(stream, text.substr(0, half));
    recorder.feed(stream, text.substr(half));
    recorder.finishStream(stream);
    const Phase phase = recorder.takePhase();
    (void)phase;
    return 0;
}
