#include "remote/shellquote.h"

namespace inferdeck {

QString shellQuote(const QString& word)
{
    // Words made only of these characters mean the same to every POSIX shell unquoted (no "=": a first
    // word with one would be an assignment, no "~": tilde expansion); quoting them
    // anyway would only make logged commands harder to read. A leading '-' is left to the program:
    // quoting cannot stop it from being an option (callers put "--" before such arguments).
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:,@%+");
    bool plain = !word.isEmpty();
    for (const QChar c : word) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    // Inside single quotes nothing is special except the quote itself, which ends the quoted part:
    // ' becomes '\'' (close, escaped quote, reopen).
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommand(const QStringList& argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString& a : argv)
        words.append(shellQuote(a));
    return words.join(QLatin1Char(' '));
}

qsizetype indexOfWordWithNul(const QStringList& argv)
{
    for (qsizetype i = 0; i < argv.size(); ++i)
        if (argv[i].contains(QChar(u'\0')))
            return i;
    return -1;
}

} // namespace inferdeck
