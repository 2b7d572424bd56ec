#pragma once
#include <QString>
#include <QStringList>

namespace inferdeck {

/// Quotes one word for a POSIX shell so it reaches the program exactly as given: the only way commands
/// for a node are built (never by pasting strings together).
QString shellQuote(const QString& word);

/// A command line of quoted words: `argv[0] 'arg 1' 'it'\''s'`. Check it with indexOfWordWithNul()
/// first: no quoting can carry a NUL.
QString shellCommand(const QStringList& argv);

/// The index of the first word of `argv` holding a NUL character, or -1. A program receives its
/// arguments as C strings, so such a word cannot reach it as given; over SSH the command line itself is
/// one C string, and a NUL inside a quoted word cuts it mid-quote ("unexpected EOF while looking for
/// matching `''"). A command with such a word is refused, never sent.
qsizetype indexOfWordWithNul(const QStringList& argv);

} // namespace inferdeck
