#include "util/jsonstring.h"

#include "util/utf8.h"

namespace inferdeck::jsonstring {


bool hex4(const char* p, unsigned& out)
{
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexDigit(p[i]);
        if (h < 0)
            return false;
        out = (out << 4) | static_cast<unsigned>(h);
    }
    return true;
}

bool decodeString(std::string_view raw, bool escaped, std::string& out)
{
    out.clear();
    if (!escaped) {
        out.assign(raw);
        return true;
    }
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (i + 1 >= raw.size())
            return false;
        const char e = raw[++i];
        if (const char plain = simpleEscape(e)) {
            out += plain;
            continue;
        }
        unsigned cp = 0;
        if (e != 'u' || i + 4 >= raw.size() || !hex4(raw.data() + i + 1, cp))
            return false;
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (i + 6 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u' || !hex4(raw.data() + i + 3, low))
                return false;
            cp = surrogatePair(cp, low);
            if (cp == 0)
                return false;
            i += 6;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
        }
        utf8::append(out, cp);
    }
    return true;
}

} // namespace inferdeck::jsonstring
