#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

qsizetype indexOfControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControlCharacter(text[i].unicode()))
            return i;
    return -1;
}

QString printable(QStringView text)
{
    qsizetype at = indexOfControlCharacter(text);
    if (at < 0)
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    out += text.left(at);
    for (; at < text.size(); ++at) {
        const char16_t c = text[at].unicode();
        if (!isControlCharacter(c)) {
            out += QChar(c);
            continue;
        }
        switch (c) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case 0:
            out += u"\\0"_s;
            break;
        default:
            out += c > 0xff ? u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0')) : u"\\x%1"_s.arg(int(c), 2, 16, QChar(u'0'));
        }
    }
    return out;
}

QString codePointName(char16_t c)
{
    return u"U+"_s + QString::number(int(c), 16).rightJustified(4, u'0').toUpper();
}

} // namespace inferdeck
