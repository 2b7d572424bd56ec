#include "clusterrun.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>

#include "model/benchmarkresult.h"
#include "slurmfixture.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

QByteArray schedulerPlanJson(double durationS, int repetitions, int concurrency)
{
    return u"{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
           " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
           " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
           " \"load\": {\"mode\": \"concurrency\", \"value\": %3}, \"warmup_requests\": 2, \"duration_s\": %1,"
           " \"repetitions\": %2, \"scaling\": true}"_s.arg(durationS).arg(repetitions).arg(concurrency).toUtf8();
}

QString writeTestFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QPair<int, int> twoUnusedPorts()
{
    const int a = SlurmFixture::unusedPort();
    int b = SlurmFixture::unusedPort();
    while (b == a)
        b = SlurmFixture::unusedPort();
    return { a, b };
}

bool startCliUntil(QProcess& p, const QStringList& args, const QString& waitFor, QByteArray& err, int timeoutMs)
{
    p.start(qEnvironmentVariable("INFERDECK_CLI"), args);
    if (!p.waitForStarted(10000))
        return false;
    const QRegularExpression pattern(waitFor);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
        if (pattern.match(QString::fromUtf8(err)).hasMatch())
            return true;
    }
    return false;
}

EndsWithTest::~EndsWithTest()
{
    if (p.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    if (!p.waitForFinished(graceMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

QString everyRequestOnceProblem(const BenchmarkResult& result, const QString& truthDir)
{
    QSet<QString> truth;
    QDirIterator it(truthDir, { u"truth-*.jsonl"_s }, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                truth.insert(QJsonDocument::fromJson(line).object().value(u"id"_s).toString());
    }
    QStringList recorded;
    for (const Phase& p : result.phases)
        for (std::size_t i = 0; i < p.requests.size(); ++i)
            recorded.append(u"%1:%2:%3:%4"_s.arg(p.nodes[p.requests.node[i]], p.name).arg(p.repetition).arg(p.requests.requestId[i]));
    const QSet<QString> unique(recorded.begin(), recorded.end());
    if (truth.size() <= 50)
        return u"the simulators answered only %1 requests (ground truth under %2)"_s.arg(truth.size()).arg(truthDir);
    if (unique.size() != recorded.size())
        return u"%1 requests are recorded more than once"_s.arg(recorded.size() - unique.size());
    if (unique != truth) {
        QStringList missing = QSet<QString>(truth).subtract(unique).values();
        QStringList extra = QSet<QString>(unique).subtract(truth).values();
        return u"%1 answered requests not recorded (%2), %3 recorded requests never answered (%4)"_s.arg(missing.size())
            .arg(missing.mid(0, 5).join(u", "_s))
            .arg(extra.size())
            .arg(extra.mid(0, 5).join(u", "_s));
    }
    return {};
}

QString keepForInspection(const QString& dir)
{
    QTemporaryDir kept(QDir::temp().filePath(u"inferdeck-kept-XXXXXX"_s));
    kept.setAutoRemove(false);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = kept.filePath(QDir(dir).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).path());
        QFile::copy(from, to);
    }
    return kept.path();
}

} // namespace inferdeck::testing
