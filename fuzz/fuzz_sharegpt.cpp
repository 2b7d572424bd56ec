// parseShareGpt, a user's ShareGPT conversations. What it accepts must be usable as the agent's dataset: at
// least one conversation, each with at least one turn whose question is not blank, and the description
// agreeing with what it holds.
#include "fuzzinput.h"
#include "io/sharegptfile.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto r = parseShareGpt(fuzz::bytes(data, size), QStringLiteral("fuzz-sharegpt.json"));
    fuzz::note(r);
    if (!r)
        return 0;
    const ShareGptConversations& c = r.value();
    if (c.conversations.empty() || c.info.conversations != qint64(c.conversations.size()))
        fuzz::invariantBroken("an accepted file's description disagrees with its conversations");
    for (const ConversationTurns& turns : c.conversations)
        for (const auto& [user, answer] : turns)
            if (turns.empty() || user.find_first_not_of(" \t\r\n") == std::string::npos)
                fuzz::invariantBroken("an accepted conversation has a blank question");
    // the agent's dataset is made of it without throwing (invalid UTF-8 would throw in dump())
    (void)conversationsDatasetFor(c, 0, 2, 1000).dump();
    return 0;
}
