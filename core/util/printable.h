#pragma once
// Text that came from a file or a node (a cluster file's launch template, a plan's model name, a
// server's error output), made safe to print on a terminal or in a log.
#include <QString>
#include <QStringView>

namespace inferdeck {

/// Whether `c` is a character that changes how a terminal or log shows what follows it rather than
/// being shown itself: C0 controls (NUL, newline, ESC, ...), DEL, C1 controls (0x80-0x9F; some terminals
/// read 0x9B as CSI) and the Unicode line and paragraph separators, which log views break lines at.
bool isControlCharacter(char16_t c);

/// The index of the first control character in `text`, or -1.
qsizetype indexOfControlCharacter(QStringView text);

/// `text` with every control character written as a visible escape (\n, \t, \r, \0, \x1b, \u2028), so
/// printed text from outside can neither start a line of its own (forging a log line) nor send a
/// terminal escape. A backslash stays as it is: the escapes only have to be harmless, not reversible.
/// Text without control characters is returned unchanged, so escaping twice changes nothing.
QString printable(QStringView text);

/// "U+001B": how a message names one character.
QString codePointName(char16_t c);

} // namespace inferdeck
