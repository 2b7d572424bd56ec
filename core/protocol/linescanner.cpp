#include "protocol/linescanner.h"

#include "util/bytescan.h"
#include "util/jsonstring.h"
#include "util/utf8.h"

#include <algorithm>
#include <charconv>

namespace inferdeck::protocol {

namespace {
constexpr int kMaxDepth = 64;

bool isDigit(char c) { return c >= '0' && c <= '9'; }


} // namespace

const Member* LineScanner::find(std::string_view key) const
{
    for (const Member& m : m_members) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

bool LineScanner::fail(const char* at, const char* message)
{
    m_error = message;
    m_errorColumn = static_cast<std::size_t>(std::min(at, m_end) - m_begin) + 1;
    return false;
}

void LineScanner::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
        ++m_p;
}

bool LineScanner::scan(std::string_view line)
{
    m_begin = m_p = line.data();
    m_end = line.data() + line.size();
    m_members.clear();
    m_intArraysUsed = 0;
    m_error.clear();
    m_errorColumn = 0;
    space();
    if (m_p == m_end || *m_p != '{')
        return fail(m_p, "expected a JSON object");
    ++m_p;
    space();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
    } else {
        while (true) {
            space();
            if (m_p == m_end || *m_p != '"')
                return fail(m_p, "expected a member name in double quotes");
            // built in place: copying a finished Member in re-reads what was just written to the stack,
            // which stalled store forwarding for about half of scan()'s time
            Member& m = m_members.emplace_back();
            bool escaped = false;
            if (!string(m.key, escaped))
                return false;
            space();
            if (m_p == m_end || *m_p != ':')
                return fail(m_p, "expected ':' after a member name");
            ++m_p;
            space();
            if (!value(m, 1))
                return false;
            space();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                break;
            }
            return fail(m_p, m_p == m_end ? "line ends inside the object (truncated?)" : "expected ',' or '}'");
        }
    }
    space();
    if (m_p != m_end)
        return fail(m_p, "unexpected text after the object");
    return true;
}

bool LineScanner::splitArray(std::string_view array, std::vector<std::string_view>& elements)
{
    m_begin = m_p = array.data();
    m_end = array.data() + array.size();
    elements.clear();
    space();
    if (m_p == m_end || *m_p != '[')
        return fail(m_p, "expected a list");
    ++m_p;
    space();
    if (m_p < m_end && *m_p == ']')
        return true;
    while (true) {
        space();
        const char* start = m_p;
        if (!skipValue(1))
            return false;
        elements.emplace_back(start, static_cast<std::size_t>(m_p - start));
        space();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == ']')
            return true;
        return fail(m_p, "expected ',' or ']'");
    }
}

bool LineScanner::stringWithEscapes(std::string_view& out, bool& escaped)
{
    const char* start = ++m_p; // past the opening quote
    escaped = false;
    while (true) {
        // the common case: plain ASCII up to the closing quote, eight bytes a step
        m_p = bytescan::plainStringEnd(m_p, m_end);
        if (m_p == m_end)
            return fail(m_p, "line ends inside a string (truncated?)");
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            out = std::string_view(start, static_cast<std::size_t>(m_p - start));
            ++m_p;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return fail(m_p, "line ends inside an escape");
            const char e = m_p[1];
            if (e == 'u') {
                unsigned cp = 0;
                if (m_end - m_p < 6 || !jsonstring::hex4(m_p + 2, cp))
                    return fail(m_p, "bad \\u escape: expected four hex digits");
                m_p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_p += 2;
            } else {
                return fail(m_p, "bad escape in a string");
            }
            continue;
        }
        if (c < 0x20)
            return fail(m_p, "control character in a string");
        const std::size_t n = utf8::sequenceLength(reinterpret_cast<const unsigned char*>(m_p),
                                         reinterpret_cast<const unsigned char*>(m_end));
        if (n == 0)
            return fail(m_p, "invalid UTF-8 in a string");
        m_p += n;
    }
}

bool LineScanner::number(Member& m)
{
    const char* start = m_p;
    const char* p = m_p;
    bool negative = false;
    if (p < m_end && *p == '-') {
        negative = true;
        ++p;
    }
    if (p == m_end)
        return fail(p, "line ends before a value (truncated?)");
    if (!isDigit(*p))
        return fail(p, "expected a value");
    // acc wraps past 19 digits; such numbers are not taken from it below
    std::uint64_t acc = 0;
    int digits = 0;
    auto digitRun = [&] {
        const int before = digits;
        for (std::int64_t eight; m_end - p >= 8 && (eight = bytescan::eightDigits(p)) >= 0; p += 8, digits += 8)
            acc = acc * 100000000 + static_cast<std::uint64_t>(eight);
        for (; p < m_end && isDigit(*p); ++p, ++digits)
            acc = acc * 10 + static_cast<unsigned>(*p - '0');
        return digits - before;
    };
    if (*p == '0') {
        ++p;
        digits = 1;
    } else {
        digitRun();
    }
    bool integral = true;
    int fractionDigits = 0;
    if (p < m_end && *p == '.') {
        integral = false;
        ++p;
        if (p == m_end || !isDigit(*p))
            return fail(p, "expected a digit after the decimal point");
        fractionDigits = digitRun();
    }
    const bool hasExponent = p < m_end && (*p == 'e' || *p == 'E');
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return fail(p, "expected a digit in the exponent");
        while (p < m_end && isDigit(*p))
            ++p;
    }
    m_p = p;
    if (integral && digits <= 18) {
        m.kind = Member::Kind::Integer;
        m.integer = negative ? -static_cast<std::int64_t>(acc) : static_cast<std::int64_t>(acc);
        m.number = static_cast<double>(m.integer);
        return true;
    }
    m.kind = Member::Kind::Double;
    // Clinger's fast path: an integer mantissa below 2^53 and a power of ten up to 1e22 are both exact
    // doubles, so one correctly rounded division gives the correctly rounded value (the agent's
    // microsecond timestamps all take it)
    static constexpr double kPow10[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    if (!hasExponent && digits <= 19 && acc <= (std::uint64_t(1) << 53) && fractionDigits <= 22) {
        const double v = static_cast<double>(acc) / kPow10[fractionDigits];
        m.number = negative ? -v : v;
        return true;
    }
    const auto r = std::from_chars(start, p, m.number);
    if (r.ec != std::errc())
        return fail(start, "number out of range");
    return true;
}

bool LineScanner::intArray(Member& m)
{
    const char* start = m_p;
    ++m_p; // '['
    if (m_intArraysUsed == m_intArrays.size())
        m_intArrays.emplace_back();
    m.intArray = m_intArraysUsed++;
    auto& out = m_intArrays[m.intArray];
    out.clear();
    space();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
    } else {
        while (true) {
            space();
            // the hot loop of a request event: unsigned integers separated by commas
            const char* p = m_p;
            std::int64_t v = 0;
            const char* digitsStart = p;
            while (p < m_end && isDigit(*p) && p - digitsStart < 18)
                v = v * 10 + (*p++ - '0');
            if (p > digitsStart && (p == m_end || (*p == ',' || *p == ']')) && !(*digitsStart == '0' && p - digitsStart > 1)) {
                out.push_back(v);
                m_p = p;
            } else {
                Member element;
                if (!number(element))
                    return false;
                if (element.kind != Member::Kind::Integer)
                    return fail(digitsStart, "expected an integer in this list");
                out.push_back(element.integer);
            }
            space();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                break;
            }
            return fail(m_p, m_p == m_end ? "line ends inside a list (truncated?)" : "expected ',' or ']'");
        }
    }
    m.kind = Member::Kind::IntArray;
    m.text = std::string_view(start, static_cast<std::size_t>(m_p - start));
    return true;
}

bool LineScanner::value(Member& m, int depth)
{
    if (m_p == m_end)
        return fail(m_p, "line ends before a value (truncated?)");
    switch (*m_p) {
    case '"':
        m.kind = Member::Kind::String;
        return string(m.text, m.escaped);
    case '{':
    case '[': {
        if (*m_p == '[' && std::find(m_intArrayKeys.begin(), m_intArrayKeys.end(), m.key) != m_intArrayKeys.end())
            return intArray(m);
        const char* start = m_p;
        m.kind = *m_p == '{' ? Member::Kind::Object : Member::Kind::Array;
        if (!skipValue(depth))
            return false;
        m.text = std::string_view(start, static_cast<std::size_t>(m_p - start));
        return true;
    }
    case 't':
    case 'f':
    case 'n': {
        const std::string_view rest(m_p, static_cast<std::size_t>(m_end - m_p));
        for (std::string_view lit : { std::string_view("true"), std::string_view("false"), std::string_view("null") }) {
            if (rest.substr(0, lit.size()) == lit) {
                m_p += lit.size();
                m.kind = lit == "null" ? Member::Kind::Null : Member::Kind::Bool;
                m.boolean = lit == "true";
                return true;
            }
        }
        return fail(m_p, "expected a value");
    }
    default:
        return number(m);
    }
}

bool LineScanner::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(m_p, "nested too deeply");
    if (m_p == m_end)
        return fail(m_p, "line ends before a value (truncated?)");
    const char open = *m_p;
    if (open != '{' && open != '[') {
        Member scratch;
        return value(scratch, depth);
    }
    const char close = open == '{' ? '}' : ']';
    ++m_p;
    space();
    if (m_p < m_end && *m_p == close) {
        ++m_p;
        return true;
    }
    while (true) {
        space();
        if (open == '{') {
            if (m_p == m_end || *m_p != '"')
                return fail(m_p, "expected a member name in double quotes");
            std::string_view key;
            bool escaped = false;
            if (!string(key, escaped))
                return false;
            space();
            if (m_p == m_end || *m_p != ':')
                return fail(m_p, "expected ':' after a member name");
            ++m_p;
            space();
        }
        if (!skipValue(depth + 1))
            return false;
        space();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        return fail(m_p, m_p == m_end ? "line ends inside a nested value (truncated?)" : "expected ',' or a closing bracket");
    }
}

} // namespace inferdeck::protocol
