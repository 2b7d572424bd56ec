#include "io/sharegptfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

#include "io/inputfile.h"
#include "io/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ShareGptFile)
};

// ShareGPT_V3_unfiltered_cleaned_split.json, the file vLLM's README names, is ~640 MiB
constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;

enum class Speaker { User, Answer, System };

std::optional<Speaker> speakerOf(const std::string& from)
{
    if (from == "human" || from == "user")
        return Speaker::User;
    if (from == "gpt" || from == "assistant" || from == "chatgpt" || from == "bard" || from == "bing" || from == "model")
        return Speaker::Answer;
    if (from == "system")
        return Speaker::System;
    return std::nullopt;
}

/// The answered human turns of one entry; empty when it has none.
ConversationTurns turnsOf(const nlohmann::json& messages, std::size_t entry)
{
    ConversationTurns turns;
    const std::string* pending = nullptr; // a human message waiting for its answer
    for (std::size_t m = 0; m < messages.size(); ++m) {
        const nlohmann::json& msg = messages[m];
        const QString where = Tr::tr("entry %1, message %2").arg(entry).arg(m);
        if (!msg.is_object())
            jsonio::fail(where, Tr::tr("expected an object with from and value, found %1").arg(jsonio::describeType(msg)));
        const auto from = msg.find("from");
        const auto value = msg.find("value");
        if (from == msg.end() || !from->is_string())
            jsonio::fail(where, Tr::tr("expected \"from\" as a string"));
        if (value == msg.end() || !value->is_string())
            jsonio::fail(where, Tr::tr("expected \"value\" as a string"));
        const auto speaker = speakerOf(from->get_ref<const std::string&>());
        if (!speaker)
            jsonio::fail(where, Tr::tr("unknown speaker \"%1\" (expected human, user, gpt, assistant or system)")
                                    .arg(QString::fromStdString(from->get<std::string>()).left(40)));
        if (*speaker == Speaker::System)
            continue;
        const std::string& text = value->get_ref<const std::string&>();
        if (*speaker == Speaker::User) {
            if (pending) // two human messages in a row: the first was never answered, the conversation ends
                break;
            if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                break; // an empty question asks nothing; what follows would build on it
            pending = &text;
        } else if (pending) {
            turns.emplace_back(*pending, text);
            pending = nullptr;
        }
        // an answer with no question before it (a conversation opened by the assistant) is passed over
    }
    return turns;
}

} // namespace

Result<ShareGptConversations> parseShareGpt(const QByteArray& data, const QString& where)
{
    ShareGptConversations out;
    try {
        const nlohmann::json doc = jsonio::parseJsonText(data);
        if (!doc.is_array())
            jsonio::fail(QString(), Tr::tr("expected a list of conversations, found %1").arg(jsonio::describeType(doc)));
        double turns = 0;
        for (std::size_t i = 0; i < doc.size(); ++i) {
            const nlohmann::json& entry = doc[i];
            if (!entry.is_object())
                jsonio::fail(Tr::tr("entry %1").arg(i), Tr::tr("expected an object, found %1").arg(jsonio::describeType(entry)));
            const auto messages = entry.find("conversations");
            if (messages == entry.end() || messages->is_null()) {
                ++out.info.skipped;
                continue;
            }
            if (!messages->is_array())
                jsonio::fail(Tr::tr("entry %1").arg(i), Tr::tr("expected \"conversations\" as a list, found %1").arg(jsonio::describeType(*messages)));
            ConversationTurns t = turnsOf(*messages, i);
            if (t.empty()) {
                ++out.info.skipped;
                continue;
            }
            turns += double(t.size());
            out.info.userTurnsMax = std::max(out.info.userTurnsMax, int(std::min<std::size_t>(t.size(), 1'000'000)));
            out.conversations.push_back(std::move(t));
        }
        if (out.conversations.empty())
            return Error { Tr::tr("no conversation has a human turn followed by an answer (%n entries read)", nullptr, int(std::min<std::size_t>(doc.size(), 2'000'000'000))), where };
        out.info.format = u"sharegpt"_s;
        out.info.conversations = qint64(out.conversations.size());
        out.info.userTurnsMean = turns / double(out.conversations.size());
    } catch (const jsonio::FieldError& e) {
        return Error { e.path.isEmpty() ? e.message : e.path + u": "_s + e.message, where };
    }
    out.info.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return out;
}

Result<ShareGptConversations> readShareGptFile(const QString& path)
{
    auto file = readRegularFile(path, kMaxBytes, Tr::tr("a ShareGPT file"));
    if (!file)
        return file.error();
    return parseShareGpt(file.value().bytes, path);
}

nlohmann::json conversationsDatasetFor(const ShareGptConversations& c, int node, int nodes, qint64 limit)
{
    nlohmann::json items = nlohmann::json::array();
    nodes = std::max(1, nodes);
    for (std::size_t i = std::size_t(std::max(0, node)); i < c.conversations.size() && qint64(items.size()) < limit; i += std::size_t(nodes)) {
        nlohmann::json turns = nlohmann::json::array();
        for (const auto& [user, answer] : c.conversations[i])
            turns.push_back({ user, answer });
        items.push_back(std::move(turns));
    }
    return { { "kind", "sharegpt" }, { "conversations", std::move(items) } };
}

} // namespace inferdeck
