#pragma once
// Decoding of JSON string contents, shared by the readers that scan JSON text themselves (agent events,
// other tools' exports) instead of building a DOM.
#include <string>
#include <string_view>

namespace inferdeck::jsonstring {

/// The value of one hex digit, or -1 for any other character.
inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The four hex digits at p as a number; false when one is not a hex digit.
bool hex4(const char* p, unsigned& out);

/// The character a one-letter escape (the letter after the backslash: n, t, ", ...) stands for; 0 for
/// a letter that is not one (u included, which takes four hex digits). Inline: the importers' hot loop
/// meets one in every other string of a GenAI-Perf export.
inline char simpleEscape(char letter)
{
    switch (letter) {
    case '"':
    case '\\':
    case '/':
        return letter;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return 0;
    }
}

/// The code point of a \u high surrogate `high` followed by the low surrogate `low`; 0 when `low` is not one.
inline unsigned surrogatePair(unsigned high, unsigned low)
{
    if (low < 0xDC00 || low > 0xDFFF)
        return 0;
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
}

/// Decodes a JSON string's raw contents (escapes, \u surrogate pairs) into UTF-8. `escaped` false copies
/// as is. False when an escape is malformed or a surrogate is unpaired.
bool decodeString(std::string_view raw, bool escaped, std::string& out);

} // namespace inferdeck::jsonstring
