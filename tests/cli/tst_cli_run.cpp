// `inferdeck-cli run` end to end on the demo cluster (two local simulated nodes), `recover`, cancel and
// bad input. The simulators' ground truth decides whether every request was recorded exactly once.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "io/resultfile.h"
#include "io/runfiles.h"
#include "metrics/scaling.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
QSet<QString> groundTruthIds(const QString& dir)
{
    QSet<QString> ids;
    for (const QString& name : QDir(dir).entryList({ u"*.jsonl"_s }, QDir::Files)) {
        QFile f(dir + u'/' + name);
        f.open(QIODevice::ReadOnly);
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QString id = QJsonDocument::fromJson(line).object().value(u"id"_s).toString();
            if (ids.contains(id))
                qWarning("ground truth lists %s twice", qPrintable(id));
            ids.insert(id);
        }
    }
    return ids;
}

// The X-Request-Id each recorded request was sent with: node:phase:repetition:id.
QStringList recordedIds(const BenchmarkResult& r)
{
    QStringList ids;
    for (const Phase& p : r.phases)
        for (std::size_t i = 0; i < p.requests.size(); ++i)
            ids.append(u"%1:%2:%3:%4"_s.arg(p.nodes[p.requests.node[i]], p.name).arg(p.repetition).arg(p.requests.requestId[i]));
    return ids;
}

QString processesMentioning(const QString& text)
{
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, { u"-af"_s, text });
    pgrep.waitForFinished(5000);
    QString out = QString::fromLocal8Bit(pgrep.readAll()).trimmed();
    // pgrep -f also sees itself through the shell of nobody; only real matches stay
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString& l) { return l.contains(u"pgrep"_s); });
    return lines.join(u'\n');
}

void killMentioning(const QString& text) { QProcess::execute(u"pkill"_s, { u"-KILL"_s, u"-f"_s, text }); }

// Starts `inferdeck-cli run --demo -o dir` and waits (at most 60 s) until its second phase begins;
// returns what it printed on stderr so far.
QByteArray startDemoUntilPhase2(QProcess& cli, const QString& dir)
{
    cli.setProgram(qEnvironmentVariable("INFERDECK_CLI"));
    cli.setArguments({ u"run"_s, u"--demo"_s, u"-o"_s, dir });
    cli.start();
    QByteArray err;
    if (!cli.waitForStarted())
        return err;
    for (int i = 0; i < 600 && !err.contains("phase 2 of"); ++i) {
        cli.waitForReadyRead(100);
        err += cli.readAllStandardError();
    }
    return err;
}
} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() { m_demo = m_dir.filePath(u"demo"_s); }

    void demoRunRecordsEveryRequestOnceAndMeasuresScaling()
    {
        const auto r = runCli({ u"run"_s, u"--demo"_s, u"-o"_s, m_demo }, 240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        QVERIFY(r.out.contains("result.inferdeck.json"));
        const auto result = ResultFile::read(m_demo + u"/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const BenchmarkResult& b = result.value();
        QVERIFY(b.simulated);
        QCOMPARE(b.status, RunStatus::Complete);
        QCOMPARE(b.phases.size(), 6); // 1-node baseline and 2-node phase, 3 repetitions each
        QCOMPARE(b.nodes.size(), 2);

        const QStringList recorded = recordedIds(b);
        const QSet<QString> truth = groundTruthIds(m_demo + u"/ground-truth"_s);
        QVERIFY(truth.size() > 100);
        QCOMPARE(QSet<QString>(recorded.begin(), recorded.end()).size(), recorded.size()); // no duplicates
        QCOMPARE(QSet<QString>(recorded.begin(), recorded.end()), truth);                 // none lost

        const ScalingResult s = analyzeScaling(b);
        QVERIFY2(s.measured, qPrintable(s.reason));
        QVERIFY(s.interval.has_value());
        QCOMPARE(s.nodes, 2);
        QVERIFY(s.efficiency > 0.5 && s.efficiency < 1.5);

        // synchronized start: each node's schedule begins at the `go` instant, which is the phase's t0
        for (const Phase& p : b.phases) {
            std::vector<double> first(static_cast<std::size_t>(p.nodes.size()), 1e9);
            for (std::size_t i = 0; i < p.requests.size(); ++i)
                first[p.requests.node[i]] = std::min(first[p.requests.node[i]], p.requests.intendedSend[i]);
            for (double f : first)
                QVERIFY2(std::abs(f) < 0.005, qPrintable(u"%1: a node's schedule began %2 s from t0"_s.arg(p.name).arg(f)));
        }
        QCOMPARE(processesMentioning(m_demo), QString());
    }

    void recoverRebuildsTheResultFromTheJournal()
    {
        const QString journal = m_demo + u"/journal.jsonl"_s;
        if (!QFile::exists(journal))
            QSKIP("needs the demo run of the previous test");
        const QString out = m_dir.filePath(u"recovered.inferdeck.json"_s);
        const auto r = runCli({ u"recover"_s, journal, u"-o"_s, out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto original = ResultFile::read(m_demo + u"/result.inferdeck.json"_s).value();
        const auto recovered = ResultFile::read(out).value();
        QCOMPARE(recovered.phases.size(), original.phases.size());
        for (qsizetype i = 0; i < original.phases.size(); ++i)
            QCOMPARE(recovered.phases[i].requests, original.phases[i].requests);
        QCOMPARE(recovered.status, RunStatus::Complete);

        // a journal cut in the middle of a line (the app killed mid-write) loses only that line
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        const qsizetype cut = text.indexOf("\"type\":\"request\"", text.size() / 2) + 10;
        const QString cutJournal = m_dir.filePath(u"cut.jsonl"_s);
        QFile c(cutJournal);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(text.left(cut));
        c.close();
        const auto partial = runCli({ u"recover"_s, cutJournal, u"-o"_s, m_dir.filePath(u"partial.inferdeck.json"_s) });
        QCOMPARE(partial.exitCode, 0);
        QVERIFY(partial.err.contains("cut off"));
        const auto p = ResultFile::read(m_dir.filePath(u"partial.inferdeck.json"_s)).value();
        QCOMPARE(p.status, RunStatus::Failed);
        // the cut falls inside the marker of the last line, so the kept text counts only complete requests
        const qint64 expected = text.left(cut).count("\"type\":\"request\"");
        qint64 got = 0;
        for (const Phase& ph : p.phases)
            got += static_cast<qint64>(ph.requests.size());
        QCOMPARE(got, expected);
    }

    void cancelSavesThePartialResultAndLeavesNoProcess()
    {
        const QString dir = m_dir.filePath(u"cancelled"_s);
        QProcess cli;
        QByteArray err = startDemoUntilPhase2(cli, dir);
        QVERIFY2(err.contains("phase 2 of"), err.constData());
        QTest::qWait(1500);
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(60000));
        err += cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 130);
        const auto result = ResultFile::read(dir + u"/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), err.constData());
        QCOMPARE(result.value().status, RunStatus::Cancelled);
        QVERIFY(result.value().phases.size() >= 2);
        QTest::qWait(500);
        const QString left = processesMentioning(dir);
        killMentioning(dir);
        QCOMPARE(left, QString());
    }

    void killedCliIsRecoverableFromItsJournal()
    {
        const QString dir = m_dir.filePath(u"killed"_s);
        QProcess cli;
        const QByteArray err = startDemoUntilPhase2(cli, dir);
        QVERIFY2(err.contains("phase 2 of"), err.constData());
        QTest::qWait(2500);
        ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
        cli.waitForFinished(10000);
        QTest::qWait(1500); // the orphaned local nodes get SIGTERM from the kernel and end
        killMentioning(dir);
        const auto r = runCli({ u"recover"_s, dir + u"/journal.jsonl"_s, u"-o"_s, dir + u"/recovered.inferdeck.json"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto recovered = ResultFile::read(dir + u"/recovered.inferdeck.json"_s);
        QVERIFY(recovered.ok());
        qint64 requests = 0;
        for (const Phase& p : recovered.value().phases)
            requests += static_cast<qint64>(p.requests.size());
        // everything journaled before the kill: the first phase whole, and part of the second
        QVERIFY(recovered.value().phases.size() >= 2);
        QVERIFY(requests > 30);
        QFile journal(dir + u"/journal.jsonl"_s);
        journal.open(QIODevice::ReadOnly);
        QCOMPARE(requests, qint64(journal.readAll().count("\"type\":\"request\"")));
    }

    void shippedExamplesAreValid()
    {
        for (const QString& name : QDir(sourcePath(u"resources/examples"_s)).entryList({ u"*.json"_s })) {
            const QString path = sourcePath(u"resources/examples/"_s + name);
            if (name.startsWith(u"plan"_s)) {
                const auto plan = readPlanFile(path);
                QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
            } else {
                const auto cluster = readClusterFile(path);
                QVERIFY2(cluster.ok(), qPrintable(cluster.ok() ? QString() : cluster.error().toString()));
                QVERIFY(cluster.value().nodes.size() >= 2);
            }
        }
    }

    void badInputFailsBeforeAnythingStarts_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("contradictory plan") << u"plan-contradictory"_s << u"cluster-never-ready"_s << 3 << u"not both"_s;
        QTest::newRow("unknown placeholder") << u"plan-small"_s << u"cluster-unknown-placeholder"_s << 3 << u"{modle}"_s;
        QTest::newRow("two nodes one name") << u"plan-small"_s << u"cluster-duplicate-names"_s << 3 << u"two nodes"_s;
        QTest::newRow("hostile node") << u"plan-small"_s << u"cluster-hostile-node"_s << 3 << u"host name"_s;
        QTest::newRow("server never ready") << u"plan-small"_s << u"cluster-never-ready"_s << 1 << u"not ready"_s;
        QTest::newRow("unreachable node") << u"plan-small"_s << u"cluster-unreachable"_s << 4 << u"connect"_s;
    }
    void badInputFailsBeforeAnythingStarts()
    {
        QFETCH(QString, plan);
        QFETCH(QString, cluster);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli({ u"run"_s, u"--plan"_s, sourcePath(u"tests/data/run/"_s + plan + u".json"_s), u"--cluster"_s,
                                sourcePath(u"tests/data/run/"_s + cluster + u".json"_s), u"-o"_s, m_dir.filePath(u"bad"_s) },
                              60000);
        QVERIFY2(r.finished, "the run hung");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(u"/tmp/inferdeck-hostile-canary"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
