#pragma once
// A pull parser over JSON text for importers whose files are too big for a DOM (GenAI-Perf's
// profile_export.json holds every streamed response of every request as an escaped string). The importer
// walks the document it expects and skips everything else; nothing is copied except what it asks for.
// Internal to core/importers: errors are ImportFailure with the byte offset.
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace inferdeck::importing {

/// Walks one JSON document front to back, validating what it reads and what it skips.
class JsonCursor {
public:
    JsonCursor(const char* begin, const char* end) : m_begin(begin), m_p(begin), m_end(end) { }

    /// The next value's kind, after white space: '{', '[', '"', 'n' (null), 't'/'f', or '0' for a number.
    char peek();
    /// Enters an object or array (fails naming `field` when the value is something else).
    void enterObject(const QString& field);
    void enterArray(const QString& field);
    /// The next member's key of the current object (raw, still escaped), or false at its closing brace.
    bool nextKey(std::string_view& key);
    /// True when the current array has another element; false (consuming the bracket) at its end.
    bool nextElement();
    void skipValue();
    /// A string's raw contents (escapes still in) and whether it has any.
    std::string_view rawString(const QString& field, bool& escaped);
    /// An integer that must fit 64 bits (nanosecond time stamps do, doubles would lose them).
    std::int64_t integer(const QString& field);
    /// A number, or NaN for null.
    double number(const QString& field);
    /// Fails unless only white space is left.
    void expectEnd();

    std::size_t offset() const { return static_cast<std::size_t>(m_p - m_begin); }
    [[noreturn]] void failHere(const QString& field, const QString& message) const;

private:
    void space();
    void afterValue();
    void skipString();
    void skipNumber();
    void literal(const char* word);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    int m_depth = 0;
    // per open container: does the next element need a comma first?
    std::string m_needComma;
};

/// Decodes a JSON string's escaped raw contents into UTF-8 (\uXXXX with surrogate pairs). False when malformed.
bool unescapeJson(std::string_view raw, std::string& out);

} // namespace inferdeck::importing
