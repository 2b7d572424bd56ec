#include "util/bytescan.h"
#include "util/jsonstring.h"
#include "util/utf8.h"
#include "io/jsonfields.h"
#include "io/numberspan.h"
#include "io/parseddocument.h"
#include "io/strictjson.h"

#include <QCoreApplication>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <future>
#include <set>

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

using json = nlohmann::json;

// a clean column longer than this is parsed in two halves on two threads
constexpr std::ptrdiff_t kSplitAbove = 256 << 10;

struct SyntaxError {
    const char* at;
    QString message;
};

/// Where a value sits, as far as column detection needs to know.
struct Context {
    enum Level { Root, Phases, Phase, Section, Other } level = Root;
    std::size_t phase = 0;
    const std::string* section = nullptr;
};

class Parser {
public:
    Parser(const char* begin, const char* end, ParsedDocument& doc, bool releasePages)
        : m_begin(begin), m_p(begin), m_end(end), m_released(begin), m_doc(doc), m_releasePages(releasePages)
    {
    }

    void parseDocument()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a UTF-8 byte order mark
        skipSpace();
        m_doc.dom = value(0, Context {});
        skipSpace();
        if (m_p != m_end)
            fail(Tr::tr("unexpected content after the JSON document"));
    }

    QString describe(const SyntaxError& e) const
    {
        int line = 1;
        const char* lineStart = m_begin;
        for (const char* c = m_begin; c < e.at; ++c)
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        return Tr::tr("line %1, column %2: %3").arg(line).arg(e.at - lineStart + 1).arg(e.message);
    }

private:
    [[noreturn]] void fail(const QString& message) const { throw SyntaxError { m_p, message }; }
    [[noreturn]] void failAt(const char* at, const QString& message) const { throw SyntaxError { at, message }; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    char peek() const
    {
        if (m_p >= m_end)
            throw SyntaxError { m_p, Tr::tr("unexpected end of input (the file is truncated)") };
        return *m_p;
    }

    void expectLiteral(const char* word)
    {
        const std::size_t n = std::strlen(word);
        if (static_cast<std::size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            fail(m_end - m_p < static_cast<std::ptrdiff_t>(n) && std::memcmp(m_p, word, m_end - m_p) == 0
                     ? Tr::tr("unexpected end of input (the file is truncated)")
                     : Tr::tr("invalid literal; expected a value"));
        m_p += n;
    }

    // `depth`: the containers around this value. Parsing recurses, so the shared limit (strictjson.h)
    // is what keeps hostile nesting from exhausting the stack.
    json value(int depth, const Context& ctx)
    {
        const char c = peek();
        if ((c == '{' || c == '[') && depth >= kMaxDepth)
            fail(tooDeepMessage());
        switch (c) {
        case '{':
            return object(depth, ctx);
        case '[':
            return array(depth, ctx);
        case '"':
            return json(string());
        case 't':
            expectLiteral("true");
            return json(true);
        case 'f':
            expectLiteral("false");
            return json(false);
        case 'n':
            expectLiteral("null");
            return json(nullptr);
        default:
            return number();
        }
    }

    json object(int depth, const Context& ctx)
    {
        ++m_p; // '{'
        json obj = json::object();
        skipSpace();
        if (peek() == '}') {
            ++m_p;
            return obj;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                fail(Tr::tr("expected a key in double quotes"));
            const char* keyAt = m_p;
            std::string key = string();
            skipSpace();
            if (peek() != ':')
                fail(Tr::tr("expected ':' after a key"));
            ++m_p;
            skipSpace();
            Context child;
            child.level = Context::Other;
            if (ctx.level == Context::Root && key == "phases")
                child.level = Context::Phases;
            else if (ctx.level == Context::Phase && (key == "requests" || key == "telemetry")) {
                child = { Context::Section, ctx.phase, nullptr };
            }
            // a second "end_s" or "phases" would silently replace the first and change every metric
            if (obj.contains(key))
                failAt(keyAt, duplicateKeyMessage(QString::fromStdString(key), pathText()));
            m_path.push_back({ &key, 0 });
            if (ctx.level == Context::Section && peek() == '[') {
                column(depth, ctx.phase, *ctx.section, key);
                obj[key] = json::binary({}); // marker: the column lives in m_doc.columns
            } else {
                child.section = &key;
                obj[key] = value(depth + 1, child);
            }
            m_path.pop_back();
            skipSpace();
            const char c = peek();
            ++m_p;
            if (c == '}')
                return obj;
            if (c != ',')
                failAt(m_p - 1, Tr::tr("expected ',' or '}' in an object"));
        }
    }

    json array(int depth, const Context& ctx)
    {
        ++m_p; // '['
        json arr = json::array();
        skipSpace();
        if (peek() == ']') {
            ++m_p;
            return arr;
        }
        while (true) {
            skipSpace();
            Context child { ctx.level == Context::Phases ? Context::Phase : Context::Other, arr.size(), nullptr };
            m_path.push_back({ nullptr, arr.size() });
            arr.push_back(value(depth + 1, child));
            m_path.pop_back();
            skipSpace();
            const char c = peek();
            ++m_p;
            if (c == ']')
                return arr;
            if (c != ',')
                failAt(m_p - 1, Tr::tr("expected ',' or ']' in an array"));
        }
    }

    // The hot path: an array of numbers (or null) straight into a typed vector. A span without strings,
    // arrays or objects cannot hide a ',' or ']' inside an element, so it can be cut at any comma and the
    // halves parsed on two threads; any other span takes the element-by-element path below.
    void column(int depth, std::size_t phase, const std::string& section, const std::string& key)
    {
        ParsedColumn& c = m_doc.columns[{ phase, section, key }];
        c = ParsedColumn {};
        c.integer = isIntegerColumn(key);
        ++m_p; // '['
        std::size_t commas = 0;
        const char* close = findClose(commas);
        if (!close)
            throw SyntaxError { m_end, Tr::tr("unexpected end of input (the file is truncated)") };
        const auto length = static_cast<std::size_t>(close - m_p);
        const char* first = m_p;
        while (first < close && (*first == ' ' || *first == '\n' || *first == '\r' || *first == '\t'))
            ++first;
        if (first == close) { // []
            m_p = close + 1;
            return;
        }
        SpanResult a;
        SpanResult b;
        const char* cut = close - m_p > kSplitAbove
            ? static_cast<const char*>(std::memchr(m_p + length / 2, ',', static_cast<std::size_t>(close - (m_p + length / 2))))
            : nullptr;
        // Room for the whole column in both halves (a reservation costs memory only where it is filled):
        // no pass over the text to count a half, and the second half is appended to the first without
        // moving it, so a 128 MB column is not briefly held twice. A clean span has one comma per gap.
        const std::size_t room = commas + 1;
        if (cut) {
            auto second = std::async(std::launch::async, [&] { parseSpan(cut + 1, close, c.integer, m_releasePages, b, room); });
            parseSpan(m_p, cut, c.integer, m_releasePages, a, room);
            second.wait();
        } else {
            parseSpan(m_p, close, c.integer, m_releasePages, a, room);
        }
        if (a.syntaxErrorAt || b.syntaxErrorAt) {
            // A string, array or object stops the number parser too. Looked for only now: searching a clean
            // 260 MB column first would read all of its pages in at once (that was the reader's peak RSS).
            if (std::memchr(m_p, '"', length) || std::memchr(m_p, '[', length) || std::memchr(m_p, '{', length)) {
                slowColumn(depth, c);
                return;
            }
            const SpanResult& e = a.syntaxErrorAt ? a : b;
            throw SyntaxError { e.syntaxErrorAt, e.syntaxError };
        }
        if (a.badIndex || b.badIndex) {
            c.badIndex = a.badIndex ? *a.badIndex : a.count() + *b.badIndex;
            c.badMessage = a.badIndex ? a.badMessage : b.badMessage;
        }
        if (c.integer) {
            c.integers = std::move(a.integers);
            c.integers.insert(c.integers.end(), b.integers.begin(), b.integers.end());
        } else {
            c.doubles = std::move(a.doubles);
            c.doubles.insert(c.doubles.end(), b.doubles.begin(), b.doubles.end());
        }
        m_p = close + 1;
        releaseConsumed();
    }

    // The first ']' from m_p, or null, and the commas before it (the elements of a clean column, less one).
    // A column of a mapped file is handed back page by page as it is searched (parsing maps it in again, a
    // few pages at a fault): held whole, the 260 MB chunk-time column of a 1 M × 16-chunk file was most of
    // the reader's peak RSS.
    const char* findClose(std::size_t& commas) const
    {
        commas = 0;
        for (const char* from = m_p; from < m_end;) {
            const auto block = std::min<std::ptrdiff_t>(m_end - from, kReleaseEvery);
            if (const void* found = std::memchr(from, ']', static_cast<std::size_t>(block))) {
                commas += bytescan::count(from, static_cast<const char*>(found), ',');
                return static_cast<const char*>(found);
            }
            commas += bytescan::count(from, from + block, ',');
            if (m_releasePages)
                releasePages(from, from + block);
            from += block;
        }
        return nullptr;
    }

    // A column with strings, arrays or objects in it: all of them are bad elements, reported by index.
    void slowColumn(int depth, ParsedColumn& c)
    {
        std::size_t skipped = 0;
        auto bad = [&](const QString& message) {
            if (!c.badIndex) {
                c.badIndex = c.size() + skipped;
                c.badMessage = message;
            }
            ++skipped;
        };
        while (true) {
            skipSpace();
            const char ch = peek();
            if (ch == '-' || (ch >= '0' && ch <= '9')) {
                const char* start = m_p;
                scanNumber();
                SpanResult one;
                parseSpan(start, m_p, c.integer, false, one);
                if (one.badIndex)
                    bad(one.badMessage);
                else if (c.integer)
                    c.integers.push_back(one.integers.front());
                else
                    c.doubles.push_back(one.doubles.front());
            } else if (ch == 'n') {
                expectLiteral("null");
                if (c.integer)
                    c.integers.push_back(ParsedColumn::kNullInteger);
                else
                    c.doubles.push_back(std::nan(""));
            } else {
                const json other = value(depth + 1, Context { Context::Other, 0, nullptr });
                bad(Tr::tr("expected a number, found %1").arg(describeType(other)));
            }
            skipSpace();
            const char sep = peek();
            ++m_p;
            if (sep == ']')
                return;
            if (sep != ',')
                failAt(m_p - 1, Tr::tr("expected ',' or ']' in an array"));
        }
    }

    void releaseConsumed()
    {
        if (m_releasePages && m_p - m_released > 16 * 4096)
            m_released = releasePages(m_released, m_p);
    }

    /// Moves past a number per JSON's grammar; true when it has no fraction or exponent.
    bool scanNumber()
    {
        const char* start = m_p;
        auto digit = [this] { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (!digit())
            failAt(start, Tr::tr("invalid number"));
        if (*m_p == '0') {
            ++m_p;
            if (digit())
                failAt(start, Tr::tr("invalid number: leading zero"));
        } else {
            while (digit())
                ++m_p;
        }
        bool integral = true;
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (!digit())
                failAt(start, Tr::tr("invalid number: no digit after the decimal point"));
            while (digit())
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digit())
                failAt(start, Tr::tr("invalid number: no digit in the exponent"));
            while (digit())
                ++m_p;
        }
        return integral;
    }

    json number()
    {
        const char* start = m_p;
        const char ch = *m_p;
        if (ch != '-' && (ch < '0' || ch > '9'))
            fail(Tr::tr("unexpected character '%1'; expected a value").arg(QString::fromLatin1(m_p, 1)));
        const bool integral = scanNumber();
        if (integral) {
            std::int64_t i = 0;
            if (std::from_chars(start, m_p, i).ec == std::errc())
                return json(i);
            std::uint64_t u = 0;
            if (*start != '-' && std::from_chars(start, m_p, u).ec == std::errc())
                return json(u);
        }
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        if (r.ec != std::errc() || !std::isfinite(d))
            failAt(start, Tr::tr("number overflow parsing '%1'").arg(QString::fromLatin1(start, m_p - start)));
        return json(d);
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    unsigned hex4()
    {
        if (m_end - m_p < 4)
            fail(Tr::tr("unexpected end of input (the file is truncated)"));
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                fail(Tr::tr("invalid \\u escape"));
            v = v * 16 + static_cast<unsigned>(h);
        }
        m_p += 4;
        return v;
    }

    // The context is spelled out below: lupdate misreads a `std::string string()` definition and
    // would file Tr::tr under a context "Tr" that the program never looks up.
    std::string string()
    {
        ++m_p; // '"'
        std::string out;
        while (true) {
            const char* run = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20
                   && static_cast<unsigned char>(*m_p) < 0x80)
                ++m_p;
            out.append(run, m_p);
            const char c = peek();
            if (c == '"') {
                ++m_p;
                return out;
            }
            if (c == '\\') {
                ++m_p;
                const char e = peek();
                ++m_p;
                if (const char plain = jsonstring::simpleEscape(e)) {
                    out += plain;
                    continue;
                }
                if (e != 'u')
                    failAt(m_p - 1, QCoreApplication::translate("ResultFileReader", "invalid escape sequence"));
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        fail(QCoreApplication::translate("ResultFileReader", "a UTF-16 high surrogate without its low half"));
                    m_p += 2;
                    cp = jsonstring::surrogatePair(cp, hex4());
                    if (cp == 0)
                        fail(QCoreApplication::translate("ResultFileReader", "a UTF-16 high surrogate without its low half"));
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail(QCoreApplication::translate("ResultFileReader", "a lone UTF-16 low surrogate"));
                }
                utf8::append(out, cp);
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail(QCoreApplication::translate("ResultFileReader", "a control character inside a string"));
            const std::size_t n = utf8::sequenceLength(reinterpret_cast<const unsigned char*>(m_p), reinterpret_cast<const unsigned char*>(m_end));
            if (n == 0)
                fail(QCoreApplication::translate("ResultFileReader", "invalid UTF-8 in a string"));
            out.append(m_p, n);
            m_p += n;
        }
    }

    // The JSON path of the value being parsed, for messages ("phases[0].requests"); columns are leaves.
    struct PathStep {
        const std::string* key; // nullptr: an array element
        std::size_t index;
    };

    QString pathText() const
    {
        QString out;
        for (const PathStep& s : m_path) {
            if (!s.key) {
                out += u'[' + QString::number(s.index) + u']';
                continue;
            }
            if (!out.isEmpty())
                out += u'.';
            out += QString::fromStdString(*s.key);
        }
        return out;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    const char* m_released; // pages before this were handed back
    std::vector<PathStep> m_path;
    ParsedDocument& m_doc;
    bool m_releasePages;
};

} // namespace

bool isIntegerColumn(const std::string& key)
{
    static const std::set<std::string> keys { "node", "request_id", "warmup", "input_tokens", "output_tokens",
                                              "tokens_from_usage", "status", "chunk_offsets", "gpu",
                                              "reasoning_tokens", "reasoning_from_usage", "requested_input_tokens",
                                              "requested_output_tokens", "session", "turn" };
    return keys.contains(key);
}

std::optional<ParsedDocument> parseDocument(const char* data, std::size_t size, QString& error, bool mappedFile)
{
    ParsedDocument doc;
    Parser parser(data, data + size, doc, mappedFile);
    try {
        parser.parseDocument();
    } catch (const SyntaxError& e) {
        error = parser.describe(e);
        return std::nullopt;
    }
    return doc;
}

} // namespace inferdeck::jsonio
