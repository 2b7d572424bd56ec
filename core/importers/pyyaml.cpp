#include "importers/pyyaml.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "importers/importsupport.h"
#include "util/jsonstring.h"
#include "util/utf8.h"

namespace inferdeck::importing {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PyYaml)
};

using json = nlohmann::json;

constexpr int kMaxDepth = 256; // deeper than any report; hostile nesting must not exhaust the stack

struct Line {
    int indent = 0;
    std::string_view text; // after the indentation, without the line break
};

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view trimRight(std::string_view s)
{
    const auto end = s.find_last_not_of(" \t");
    return end == std::string_view::npos ? std::string_view() : s.substr(0, end + 1);
}

std::string_view trimLeft(std::string_view s)
{
    const auto start = s.find_first_not_of(" \t");
    return start == std::string_view::npos ? std::string_view() : s.substr(start);
}

// A plain scalar as YAML 1.1 (PyYAML's resolver) types it.
json plainValue(std::string_view s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return nullptr;
    // YAML 1.1 as PyYAML resolves it: yes/no/on/off are booleans too (it quotes such strings when dumping)
    for (const char* t : { "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON" })
        if (s == t)
            return true;
    for (const char* f : { "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF" })
        if (s == f)
            return false;
    // as the JSON importers read Python's NaN and Infinity (parsePythonJson): "not measured"
    for (const char* special : { ".nan", ".NaN", ".NAN", ".inf", "+.inf", ".Inf", "-.inf", "-.Inf", "+.Inf" })
        if (s == special)
            return nullptr;
    const char* b = s.data();
    const char* e = s.data() + s.size();
    const char* digits = (*b == '-' || *b == '+') ? b + 1 : b;
    if (digits == e)
        return std::string(s);
    bool integer = true;
    bool numeric = true;
    for (const char* p = digits; p < e; ++p) {
        if (*p >= '0' && *p <= '9')
            continue;
        if (*p == '.' || *p == 'e' || *p == 'E' || ((*p == '-' || *p == '+') && (p[-1] == 'e' || p[-1] == 'E')))
            integer = false;
        else
            numeric = false;
    }
    // a YAML 1.1 float has a dot (PyYAML writes 1e-05 as 1.0e-05); "1e5" is a string there
    if (!numeric || (!integer && s.find('.') == std::string_view::npos))
        return std::string(s);
    if (integer) {
        std::int64_t v = 0;
        const auto r = std::from_chars(*b == '+' ? b + 1 : b, e, v);
        if (r.ec == std::errc() && r.ptr == e)
            return v;
    }
    double v = 0.0;
    const auto r = std::from_chars(*b == '+' ? b + 1 : b, e, v);
    if (r.ec == std::errc() && r.ptr == e)
        return v;
    return std::string(s);
}

// lupdate loses the class context in the scalar decoders below (their character literals), so those
// strings name the "PyYaml" context explicitly, as tests/tools/check_translations.py demands.
class Reader {
public:
    explicit Reader(const QByteArray& text)
    {
        std::string_view all(text.constData(), static_cast<std::size_t>(text.size()));
        if (all.substr(0, 3) == "\xEF\xBB\xBF")
            all.remove_prefix(3);
        while (!all.empty()) {
            auto nl = all.find('\n');
            std::string_view raw = all.substr(0, nl);
            all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
            if (!raw.empty() && raw.back() == '\r')
                raw.remove_suffix(1);
            Line l;
            const auto start = raw.find_first_not_of(' ');
            if (start != std::string_view::npos && raw[start] == '\t')
                failAt(static_cast<int>(m_lines.size()), Tr::tr("a tab in the indentation"));
            l.indent = start == std::string_view::npos ? 0 : static_cast<int>(start);
            l.text = start == std::string_view::npos ? std::string_view() : raw.substr(start);
            m_lines.push_back(l);
        }
    }

    json document()
    {
        skipBlank();
        if (m_i < m_lines.size() && m_lines[m_i].text == "---")
            ++m_i;
        skipBlank();
        if (m_i >= m_lines.size())
            failAt(static_cast<int>(m_i), Tr::tr("the document is empty"));
        json out = node(m_lines[m_i].indent, 0);
        skipBlank();
        if (m_i < m_lines.size() && m_lines[m_i].text != "..." )
            fail(Tr::tr("unexpected text after the document (wrong indentation?)"));
        return out;
    }

private:
    [[noreturn]] void failAt(int line, const QString& message) const
    {
        importing::fail(Tr::tr("line %1").arg(line + 1), message);
    }
    [[noreturn]] void fail(const QString& message) const { failAt(static_cast<int>(m_i), message); }

    void skipBlank()
    {
        while (m_i < m_lines.size() && (m_lines[m_i].text.empty() || m_lines[m_i].text.front() == '#'))
            ++m_i;
    }

    static bool isItem(std::string_view t) { return t == "-" || t.substr(0, 2) == "- "; }

    // The length of a mapping key at the start of `t` including its ':', or 0 when `t` is no key.
    static std::size_t keyLength(std::string_view t)
    {
        if (t.empty())
            return 0;
        if (t.front() == '\'' || t.front() == '"') {
            // a quoted key closes on the same line; a doubled quote or an escape does not close it
            for (std::size_t p = 1; p < t.size(); ++p) {
                if (t.front() == '"' && t[p] == '\\') {
                    ++p;
                    continue;
                }
                if (t[p] != t.front())
                    continue;
                if (t.front() == '\'' && p + 1 < t.size() && t[p + 1] == '\'') {
                    ++p;
                    continue;
                }
                return p + 1 < t.size() && t[p + 1] == ':' && (p + 2 == t.size() || t[p + 2] == ' ') ? p + 2 : 0;
            }
            return 0;
        }
        if (t.front() == '-' && isItem(t))
            return 0;
        for (std::size_t p = 0; p < t.size(); ++p)
            if (t[p] == ':' && (p + 1 == t.size() || t[p + 1] == ' '))
                return p + 1;
        return 0;
    }

    json node(int indent, int depth)
    {
        if (depth > kMaxDepth)
            fail(Tr::tr("nested deeper than %1 levels").arg(kMaxDepth));
        const Line& l = m_lines[m_i];
        if (isItem(l.text))
            return sequence(l.indent, depth);
        if (keyLength(l.text) > 0)
            return mapping(l.indent, depth);
        const std::string_view t = l.text;
        return scalar(t, indent - 1);
    }

    // The value after "key:" or "- ": on the same line, or the block on the lines below.
    json value(std::string_view rest, int parentIndent, bool indentlessAllowed, int depth)
    {
        rest = trimLeft(rest);
        if (rest.substr(0, 14) == "!!python/tuple") {
            rest = trimLeft(rest.substr(14));
            if (!rest.empty())
                fail(Tr::tr("a tuple written inline is not supported"));
        } else if (!rest.empty() && rest.front() == '!') {
            fail(Tr::tr("the tag %1 is not supported (only plain data is read)").arg(QString::fromUtf8(rest.data(), static_cast<int>(rest.find(' ') == std::string_view::npos ? rest.size() : rest.find(' ')))));
        }
        if (!rest.empty() && (rest.front() == '&' || rest.front() == '*'))
            fail(Tr::tr("anchors and aliases are not supported"));
        if (!rest.empty() && (rest.front() == '|' || rest.front() == '>'))
            fail(Tr::tr("block scalars (| and >) are not supported"));
        if (!rest.empty() && rest.front() != '#')
            return scalar(rest, parentIndent);
        ++m_i;
        skipBlank();
        if (m_i >= m_lines.size())
            return nullptr;
        const Line& next = m_lines[m_i];
        if (next.indent > parentIndent)
            return node(next.indent, depth + 1);
        if (indentlessAllowed && next.indent == parentIndent && isItem(next.text))
            return sequence(parentIndent, depth + 1); // PyYAML does not indent a sequence under its key
        return nullptr;
    }

    json mapping(int indent, int depth)
    {
        json obj = json::object();
        while (true) {
            skipBlank();
            if (m_i >= m_lines.size())
                break;
            Line& l = m_lines[m_i];
            if (l.indent < indent || (l.indent == indent && isItem(l.text)))
                break;
            if (l.indent > indent)
                fail(Tr::tr("unexpected indentation"));
            const std::size_t k = keyLength(l.text);
            if (k == 0)
                fail(Tr::tr("expected \"key: value\""));
            std::string key = keyText(l.text.substr(0, k - 1));
            if (obj.contains(key))
                fail(Tr::tr("the key \"%1\" appears twice").arg(QString::fromStdString(key)));
            obj[key] = value(l.text.substr(k), indent, true, depth);
        }
        return obj;
    }

    json sequence(int indent, int depth)
    {
        json arr = json::array();
        while (true) {
            skipBlank();
            if (m_i >= m_lines.size())
                break;
            Line& l = m_lines[m_i];
            if (l.indent != indent || !isItem(l.text)) {
                if (l.indent > indent)
                    fail(Tr::tr("unexpected indentation"));
                break;
            }
            std::string_view rest = l.text.substr(1);
            const auto pad = rest.find_first_not_of(' ');
            if (pad != std::string_view::npos && (keyLength(rest.substr(pad)) > 0 || isItem(rest.substr(pad)))) {
                // "- key: value" opens a mapping (or "- - x" a sequence) whose column is after the dash
                l.indent = indent + 1 + static_cast<int>(pad);
                l.text = rest.substr(pad);
                if (depth > kMaxDepth)
                    fail(Tr::tr("nested deeper than %1 levels").arg(kMaxDepth));
                arr.push_back(isItem(l.text) ? sequence(l.indent, depth + 1) : mapping(l.indent, depth + 1));
            } else {
                arr.push_back(value(rest, indent, false, depth));
            }
        }
        return arr;
    }

    std::string keyText(std::string_view k)
    {
        if (!k.empty() && (k.front() == '\'' || k.front() == '"')) {
            std::size_t line = m_i;
            std::string out;
            quoted(k, out, line, -1);
            return out;
        }
        return std::string(trimRight(k));
    }

    // A scalar that starts with `first` on line m_i; continuation lines are indented more than
    // `parentIndent`. Leaves m_i on the line after it.
    json scalar(std::string_view first, int parentIndent)
    {
        if (first == "[]")
            return ++m_i, json::array();
        if (first == "{}")
            return ++m_i, json::object();
        if (first.front() == '[' || first.front() == '{')
            fail(Tr::tr("flow collections other than [] and {} are not supported"));
        if (first.front() == '\'' || first.front() == '"') {
            std::string out;
            std::size_t line = m_i;
            const std::string_view after = quoted(first, out, line, parentIndent);
            if (!isBlank(after) && trimLeft(after).front() != '#')
                failAt(static_cast<int>(line), Tr::tr("unexpected text after a quoted string"));
            m_i = line + 1;
            return out;
        }
        // a plain scalar over several lines folds each line break into a space, empty lines into breaks
        std::string out(trimRight(first.substr(0, first.find(" #"))));
        ++m_i;
        std::size_t empties = 0;
        while (m_i < m_lines.size()) {
            const Line& l = m_lines[m_i];
            if (l.text.empty()) {
                ++empties;
                ++m_i;
                continue;
            }
            if (l.indent <= parentIndent || l.text.front() == '#')
                break;
            out += empties ? std::string(empties, '\n') : std::string(" ");
            out += trimRight(l.text);
            empties = 0;
            ++m_i;
        }
        if (empties > 0)
            m_i -= empties; // those blank lines belong to what follows
        return plainValue(out);
    }

    // Decodes the quoted scalar starting at `t` (on `line`), folding line breaks as YAML does; returns
    // what follows the closing quote on its line and leaves `line` on that line.
    std::string_view quoted(std::string_view t, std::string& out, std::size_t& line, int parentIndent)
    {
        const char q = t.front();
        std::string_view seg = t.substr(1);
        std::size_t keep = 0; // out[0, keep) came from escapes or text: a fold must not trim it
        bool escapedBreak = false;
        while (true) {
            for (std::size_t p = 0; p < seg.size(); ++p) {
                const char c = seg[p];
                if (c == q) {
                    if (q == '\'' && p + 1 < seg.size() && seg[p + 1] == '\'') {
                        out += '\'';
                        keep = out.size();
                        ++p;
                        continue;
                    }
                    return seg.substr(p + 1);
                }
                if (q == '"' && c == '\\') {
                    if (p + 1 == seg.size()) {
                        escapedBreak = true;
                        break;
                    }
                    p = escape(seg, p + 1, out);
                    keep = out.size();
                    continue;
                }
                out += c;
                if (c != ' ' && c != '\t')
                    keep = out.size();
            }
            // the line ends inside the quotes: fold into the next one
            if (!escapedBreak)
                out.resize(keep);
            std::size_t empties = 0;
            do {
                ++line;
                if (line >= m_lines.size())
                    failAt(static_cast<int>(line - 1), QCoreApplication::translate("PyYaml", "the quoted string is not closed (truncated?)"));
                if (!m_lines[line].text.empty())
                    break;
                ++empties;
            } while (true);
            if (parentIndent >= 0 && m_lines[line].indent <= parentIndent)
                failAt(static_cast<int>(line), QCoreApplication::translate("PyYaml", "the quoted string is not closed before the next entry"));
            if (empties > 0)
                out.append(empties, '\n');
            else if (!escapedBreak)
                out += ' ';
            keep = out.size();
            escapedBreak = false;
            seg = m_lines[line].text; // the indentation is already stripped
        }
    }

    // One escape of a double-quoted scalar; `p` is the letter after the backslash. Returns the index of
    // the escape's last character.
    std::size_t escape(std::string_view seg, std::size_t p, std::string& out) const
    {
        const char e = seg[p];
        if (const char plain = jsonstring::simpleEscape(e)) {
            out += plain;
            return p;
        }
        switch (e) {
        case '0': out += '\0'; return p;
        case 'a': out += '\a'; return p;
        case 'v': out += '\v'; return p;
        case 'e': out += '\x1b'; return p;
        case ' ': out += ' '; return p;
        case '\t': out += '\t'; return p;
        case 'N': utf8::append(out, 0x85); return p;
        case '_': utf8::append(out, 0xA0); return p;
        case 'L': utf8::append(out, 0x2028); return p;
        case 'P': utf8::append(out, 0x2029); return p;
        case 'x':
        case 'u':
        case 'U': {
            const std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (p + n >= seg.size())
                fail(QCoreApplication::translate("PyYaml", "a cut-off \\%1 escape").arg(QLatin1Char(e)));
            unsigned cp = 0;
            for (std::size_t k = 1; k <= n; ++k) {
                const int v = jsonstring::hexDigit(seg[p + k]);
                if (v < 0)
                    fail(QCoreApplication::translate("PyYaml", "a \\%1 escape with a character that is not a hex digit").arg(QLatin1Char(e)));
                cp = cp * 16 + static_cast<unsigned>(v);
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                fail(QCoreApplication::translate("PyYaml", "the escape \\%1 names no Unicode character").arg(QString::fromLatin1(seg.data() + p, static_cast<int>(n + 1))));
            utf8::append(out, cp);
            return p + n;
        }
        default:
            fail(QCoreApplication::translate("PyYaml", "the escape \\%1 is not YAML").arg(QLatin1Char(e)));
        }
    }

    std::vector<Line> m_lines;
    std::size_t m_i = 0;
};
} // namespace

nlohmann::json parsePyYamlDump(const QByteArray& text)
{
    return Reader(text).document();
}

} // namespace inferdeck::importing
