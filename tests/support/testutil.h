#pragma once
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace inferdeck::testing {

/// What a finished command printed and returned.
struct CommandResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false; // false: it did not end within the time limit and was killed
};

/// Runs the built inferdeck-cli (path from $INFERDECK_CLI) with `args`, for at most `timeoutMs`.
CommandResult runCli(const QStringList& args, int timeoutMs = 60000);

/// A path in the source tree ($INFERDECK_SOURCE_DIR, set by CTest).
QString sourcePath(const QString& relative);

} // namespace inferdeck::testing
