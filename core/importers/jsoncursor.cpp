#include "importers/jsoncursor.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#include "importers/importsupport.h"
#include "io/strictjson.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::importing {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonCursor)
};

using jsonio::kMaxDepth;

} // namespace

bool KeySet::insert(std::string_view key)
{
    if (!m_many.empty() || m_few.size() == kFew) {
        if (m_many.empty())
            m_many.insert(m_few.begin(), m_few.end());
        return m_many.insert(key).second;
    }
    if (std::find(m_few.begin(), m_few.end(), key) != m_few.end())
        return false;
    m_few.push_back(key);
    return true;
}

void KeySet::clear()
{
    m_few.clear(); // keeps its capacity: objects come by the million in a big export
    if (!m_many.empty())
        m_many = {};
}

QString JsonPath::toString() const
{
    if (!parent)
        return {};
    const QString up = parent->toString();
    if (!key)
        return up + u'[' + QString::number(index) + u']';
    const QString name = QString::fromUtf8(key);
    return up.isEmpty() ? name : up + u'.' + name;
}

void JsonCursor::failHere(const JsonPath& field, const QString& message) const
{
    const QString at = Tr::tr("byte %1").arg(offset());
    const QString path = field.toString();
    fail(path.isEmpty() ? at : path + u" ("_s + at + u')', message);
}

void JsonCursor::space()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

char JsonCursor::peek()
{
    space();
    if (m_p == m_end)
        failHere(Tr::tr("the file ends in the middle of the JSON document (truncated?)"));
    const char c = *m_p;
    if (c == '-' || (c >= '0' && c <= '9'))
        return '0';
    return c;
}

void JsonCursor::enter(char open, const JsonPath& field)
{
    if (peek() != open) // the message is made only on failure: entering is the hot path
        failHere(field, open == '{' ? Tr::tr("expected an object") : Tr::tr("expected an array"));
    // skipValue() recurses: the shared limit keeps hostile nesting from exhausting the stack
    if (++m_depth > kMaxDepth)
        failHere(field, jsonio::tooDeepMessage());
    ++m_p;
    m_needComma.push_back('0');
    if (open == '{') {
        if (m_keys.size() < static_cast<std::size_t>(m_depth))
            m_keys.resize(static_cast<std::size_t>(m_depth));
        m_keys[static_cast<std::size_t>(m_depth) - 1].clear();
    }
}

void JsonCursor::enterObject(const JsonPath& field)
{
    enter('{', field);
}

void JsonCursor::enterArray(const JsonPath& field)
{
    enter('[', field);
}

// Steps to the next member of the open object or array (past its comma), or out of it at `close`.
bool JsonCursor::nextMember(char close)
{
    space();
    if (m_p == m_end)
        failHere(Tr::tr("the file ends in the middle of the JSON document (truncated?)"));
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        m_needComma.pop_back();
        return false;
    }
    if (m_needComma.back() == '1') {
        if (*m_p != ',')
            failHere(close == '}' ? Tr::tr("expected ',' or '}' in an object") : Tr::tr("expected ',' or ']' in an array"));
        ++m_p;
    }
    m_needComma.back() = '1';
    return true;
}

bool JsonCursor::nextKey(std::string_view& key)
{
    if (!nextMember('}'))
        return false;
    space();
    bool escaped = false;
    const std::size_t keyAt = offset();
    key = rawString({}, escaped);
    // Keys compare as written: an escaped spelling of a known key is also not recognized by the importer,
    // which compares the same raw bytes, so it can never stand in for the first one.
    if (!m_keys[static_cast<std::size_t>(m_depth) - 1].insert(key)) {
        m_p = m_begin + keyAt;
        failHere(Tr::tr("the key \"%1\" appears twice in one object")
                     .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))));
    }
    space();
    if (m_p == m_end || *m_p != ':')
        failHere(Tr::tr("expected ':' after a key"));
    ++m_p;
    return true;
}

bool JsonCursor::nextElement()
{
    return nextMember(']');
}

std::string_view JsonCursor::rawString(const JsonPath& field, bool& escaped)
{
    if (peek() != '"')
        failHere(field, Tr::tr("expected a string"));
    const char* start = ++m_p;
    const char* q = start;
    for (;;) {
        q = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(m_end - q)));
        if (!q) {
            m_p = m_end;
            failHere(field, Tr::tr("the file ends inside a string (truncated?)"));
        }
        // a quote preceded by an odd number of backslashes is part of the string
        std::size_t slashes = 0;
        for (const char* b = q; b > start && b[-1] == '\\'; --b)
            ++slashes;
        if (slashes % 2 == 0)
            break;
        ++q;
    }
    const std::size_t len = static_cast<std::size_t>(q - start);
    escaped = std::memchr(start, '\\', len) != nullptr;
    m_p = q + 1;
    return { start, len };
}

void JsonCursor::skipString()
{
    bool escaped = false;
    rawString({}, escaped);
}

void JsonCursor::skipNumber()
{
    const char* s = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-'))
        ++m_p;
    double v = 0;
    const auto r = std::from_chars(s, m_p, v);
    if (r.ec == std::errc::invalid_argument || r.ptr != m_p) {
        m_p = s;
        failHere(Tr::tr("not a valid number"));
    }
}

void JsonCursor::literal(const char* word)
{
    const std::size_t n = std::strlen(word);
    if (static_cast<std::size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        failHere(Tr::tr("unexpected character '%1'").arg(QChar::fromLatin1(*m_p)));
    m_p += n;
}

void JsonCursor::skipValue()
{
    switch (peek()) {
    case '{': {
        enterObject({});
        std::string_view k;
        while (nextKey(k))
            skipValue();
        return;
    }
    case '[':
        enterArray({});
        while (nextElement())
            skipValue();
        return;
    case '"':
        skipString();
        return;
    case 'n':
        literal("null");
        return;
    case 't':
        literal("true");
        return;
    case 'f':
        literal("false");
        return;
    case '0':
        skipNumber();
        return;
    default:
        failHere(Tr::tr("unexpected character '%1'").arg(QChar::fromLatin1(*m_p)));
    }
}

std::int64_t JsonCursor::integer(const JsonPath& field)
{
    if (peek() != '0')
        failHere(field, Tr::tr("expected a whole number"));
    const char* s = m_p;
    std::int64_t v = 0;
    const auto r = std::from_chars(s, m_end, v);
    if (r.ec != std::errc() || (r.ptr < m_end && (*r.ptr == '.' || *r.ptr == 'e' || *r.ptr == 'E')))
        failHere(field, Tr::tr("expected a whole number that fits 64 bits"));
    m_p = r.ptr;
    return v;
}

double JsonCursor::number(const JsonPath& field)
{
    const char c = peek();
    if (c == 'n') {
        literal("null");
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (c != '0')
        failHere(field, Tr::tr("expected a number"));
    double v = 0;
    const auto r = std::from_chars(m_p, m_end, v);
    if (r.ec != std::errc())
        failHere(field, Tr::tr("expected a number"));
    m_p = r.ptr;
    return v;
}

void JsonCursor::expectEnd()
{
    space();
    if (m_p != m_end)
        failHere(Tr::tr("unexpected content after the JSON document"));
}

} // namespace inferdeck::importing
