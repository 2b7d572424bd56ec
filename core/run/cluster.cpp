#include "run/cluster.h"

#include <QRegularExpression>

namespace inferdeck {

QStringList launchPlaceholders()
{
    return { QStringLiteral("model"), QStringLiteral("port"), QStringLiteral("host"), QStringLiteral("tp"),
             QStringLiteral("node"), QStringLiteral("agent"), QStringLiteral("python"), QStringLiteral("run_dir"),
             QStringLiteral("run_tag") };
}

QStringList externalPlaceholders()
{
    return { QStringLiteral("model"),    QStringLiteral("endpoint"),    QStringLiteral("host"),
             QStringLiteral("port"),     QStringLiteral("node"),        QStringLiteral("rate"),
             QStringLiteral("concurrency"), QStringLiteral("requests"), QStringLiteral("duration"),
             QStringLiteral("result_file"), QStringLiteral("run_dir"),  QStringLiteral("run_tag"),
             QStringLiteral("phase"),    QStringLiteral("repetition"),  QStringLiteral("python") };
}

QStringList fillCommandTemplate(const QString& command, const QMap<QString, QString>& values, QString* unknown)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QStringList argv;
    for (const QString& word : command.split(u' ', Qt::SkipEmptyParts)) {
        QString filled;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(word);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto value = values.constFind(m.captured(1));
            if (value == values.constEnd()) {
                if (unknown)
                    *unknown = m.captured(1);
                return {};
            }
            // replaced left to right from the template, so a value holding "{x}" is never expanded again
            filled += word.mid(at, m.capturedStart() - at) + *value;
            at = m.capturedEnd();
        }
        argv.append(filled + word.mid(at));
    }
    return argv;
}

} // namespace inferdeck
