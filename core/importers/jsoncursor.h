#pragma once
// A pull parser over JSON text for importers whose files are too big for a DOM (GenAI-Perf's
// profile_export.json holds every streamed response of every request as an escaped string). The importer
// walks the document it expects and skips everything else; nothing is copied except what it asks for.
// Internal to core/importers: errors are ImportFailure with the byte offset.
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace inferdeck::importing {

/// Where the cursor is, as the importer walks the document: built on the stack for every element and
/// formatted ("experiments[0].requests[17]") only when an error names it, so a big file costs no strings.
struct JsonPath {
    const JsonPath* parent = nullptr;
    const char* key = nullptr; // a member's name; nullptr for an array element (or the root)
    std::size_t index = 0;

    JsonPath member(const char* name) const { return { this, name, 0 }; }
    JsonPath element(std::size_t i) const { return { this, nullptr, i }; }
    QString toString() const;
};

/// The keys one object has had, as views into the text: a short list for the usual handful of keys, a hash
/// set once an object has many (so a hostile object with a million keys stays linear).
class KeySet {
public:
    /// False when `key` was there already.
    bool insert(std::string_view key);
    void clear();

private:
    static constexpr std::size_t kFew = 16;
    std::vector<std::string_view> m_few;
    std::unordered_set<std::string_view> m_many;
};

/// Walks one JSON document front to back, validating what it reads and what it skips.
class JsonCursor {
public:
    JsonCursor(const char* begin, const char* end) : m_begin(begin), m_p(begin), m_end(end) { }

    /// The next value's kind, after white space: '{', '[', '"', 'n' (null), 't'/'f', or '0' for a number.
    char peek();
    /// Enters an object or array (fails naming `field` when the value is something else).
    void enterObject(const JsonPath& field);
    void enterArray(const JsonPath& field);
    /// The next member's key of the current object (raw, still escaped), or false at its closing brace.
    bool nextKey(std::string_view& key);
    /// True when the current array has another element; false (consuming the bracket) at its end.
    bool nextElement();
    void skipValue();
    /// A string's raw contents (escapes still in) and whether it has any.
    std::string_view rawString(const JsonPath& field, bool& escaped);
    /// An integer that must fit 64 bits (nanosecond time stamps do, doubles would lose them).
    std::int64_t integer(const JsonPath& field);
    /// A number, or NaN for null.
    double number(const JsonPath& field);
    /// Fails unless only white space is left.
    void expectEnd();

    std::size_t offset() const { return static_cast<std::size_t>(m_p - m_begin); }
    [[noreturn]] void failHere(const JsonPath& field, const QString& message) const;
    [[noreturn]] void failHere(const QString& message) const { failHere(JsonPath {}, message); }

private:
    void enter(char open, const JsonPath& field);
    bool nextMember(char close);
    void space();
    void skipString();
    void skipNumber();
    void literal(const char* word);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    int m_depth = 0;
    // per open container: does the next element need a comma first?
    std::string m_needComma;
    // per nesting level: the keys the open object there has had (views into the text); a repeated key
    // would otherwise silently replace what the importer read from the first
    std::vector<KeySet> m_keys;
};


} // namespace inferdeck::importing
