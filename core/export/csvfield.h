#pragma once
// CSV text shared by the exports: a field quoted only when it must be (RFC 4180), numbers in their shortest
// round-trip form.
#include <QString>

#include <charconv>
#include <string>

namespace inferdeck::csv {

/// Appends `text`, quoted (with quotes doubled) when it holds a separator, a quote or a line end: names
/// come from files and nodes.
inline void appendField(std::string& out, const QString& text)
{
    const std::string s = text.toStdString();
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

/// Appends the shortest text that reads back to the same double.
inline void appendNumber(std::string& out, double v)
{
    char tmp[32];
    out.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v).ptr);
}

} // namespace inferdeck::csv
