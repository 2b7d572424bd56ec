#pragma once
#include <QString>
#include <QStringList>

namespace inferdeck {

/// Quotes one word for a POSIX shell so it reaches the program exactly as given: the only way commands
/// for a node are built (never by pasting strings together).
QString shellQuote(const QString& word);

/// A command line of quoted words: `argv[0] 'arg 1' 'it'\''s'`.
QString shellCommand(const QStringList& argv);

} // namespace inferdeck
