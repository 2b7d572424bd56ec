#include "testutil.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

CommandResult runCli(const QStringList& args, int timeoutMs)
{
    CommandResult r;
    QProcess p;
    p.start(qEnvironmentVariable("INFERDECK_CLI"), args);
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("INFERDECK_SOURCE_DIR") + u'/' + relative;
}

} // namespace inferdeck::testing
