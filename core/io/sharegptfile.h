#pragma once
// A user's ShareGPT-style conversations as a dataset: read on the workstation, dealt over the nodes and sent
// to the agents (PROTOCOL.md, dataset kind `sharegpt`), described in the result (ConversationsInfo).
#include <QByteArray>
#include <QString>

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/runplan.h"
#include "util/result.h"

namespace inferdeck {

/// One conversation's answered human turns: (the human's text, the answer recorded after it), UTF-8.
using ConversationTurns = std::vector<std::pair<std::string, std::string>>;

/// The usable conversations of a ShareGPT file in its order, and what describes them.
struct ShareGptConversations {
    std::vector<ConversationTurns> conversations;
    ConversationsInfo info;
};

/// The format vLLM's benchmark reads (vllm/benchmarks/datasets/sharegpt.py): a JSON list of objects whose
/// `conversations` list holds {"from", "value"} messages. `from` human/user is the user; gpt, assistant,
/// chatgpt, bard, bing or model an answer; system is passed over. A turn is a human message with the answer
/// right after it; an entry without one is skipped, as vLLM skips entries of fewer than two messages.
/// Anything else malformed is refused naming the entry and message.
Result<ShareGptConversations> parseShareGpt(const QByteArray& data, const QString& where);
Result<ShareGptConversations> readShareGptFile(const QString& path);

/// The agent's `dataset` for node `node` of `nodes`: conversations dealt round-robin (conversation i to node
/// i mod nodes), at most `limit` of them.
nlohmann::json conversationsDatasetFor(const ShareGptConversations& c, int node, int nodes, qint64 limit);

} // namespace inferdeck
