#pragma once
// The one strict JSON parser behind every small-document reader (plan, cluster, rubric and journal lines
// in core/io and core/run; vLLM, AIPerf, guidellm, llmperf and MLPerf detail lines in core/importers).
// nlohmann's own parse keeps the last of two equal keys, throws out_of_range for 1e400 and builds any
// depth, which a later recursive copy or dump turns into a stack overflow. This one refuses all three and
// says where. InferDeck's result reader (columnparser.cpp) and the pull parser for big exports
// (jsoncursor.cpp) have their own loops but share kMaxDepth.
#include <QString>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace inferdeck::jsonio {

/// The deepest nesting of arrays and objects any InferDeck reader accepts: far beyond any real file
/// (result files nest 6 levels, guidellm reports about 10) and far below what exhausts a thread's stack.
inline constexpr int kMaxDepth = 256;

/// Why a text is not acceptable JSON, and where: the byte offset the parser had reached and, when the
/// failure is about a value (a repeated key, too deep, a number out of range), its JSON path.
struct JsonSyntaxError {
    std::optional<std::size_t> byte; // unknown for a repeated key or too deep a nesting: the path says where
    QString path;     // "phases[0].requests", empty at the top level or when unknown
    QString message;  // one translated sentence fragment
    bool truncated = false; // the text ended inside the document
};

/// Parses RFC 8259 JSON (UTF-8 checked by nlohmann's lexer) into a DOM, refusing a key repeated within an
/// object, nesting deeper than kMaxDepth and numbers beyond the range of a double.
std::optional<nlohmann::json> parseStrictJson(const char* begin, const char* end, JsonSyntaxError& error);

/// The strict parse for text from outside that needs no message (an agent's or probe's line): a
/// discarded value (is_discarded()) when it is not acceptable JSON.
inline nlohmann::json parseStrictOrDiscarded(std::string_view text)
{
    JsonSyntaxError ignored;
    std::optional<nlohmann::json> j = parseStrictJson(text.data(), text.data() + text.size(), ignored);
    return j ? std::move(*j) : nlohmann::json(nlohmann::json::value_t::discarded);
}

/// "the key \"end_s\" appears twice in phases[0].requests": the message for a repeated key, shared by
/// every reader so a user sees one wording.
QString duplicateKeyMessage(const QString& key, const QString& path);
/// "nested deeper than 256 levels"
QString tooDeepMessage();

} // namespace inferdeck::jsonio
