// `inferdeck-cli run` over SSH: two real sshd instances on loopback act as two nodes, each running the
// simulator started by the run's own launch template; nothing is written outside the test's directory.
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "clusterrun.h"
#include "io/resultfile.h"
#include "metrics/scaling.h"
#include "sshdfixture.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

class TestCliRunSsh : public QObject {
    Q_OBJECT
    SshdFixture m_a;
    SshdFixture m_b;

private slots:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QString error;
        if (!m_a.start(error) || !m_b.start(error))
            QSKIP(qPrintable(u"cannot start sshd here: "_s + error));
        QVERIFY(m_b.authorize(m_a.clientKey() + u".pub"_s));
    }

    void scalingRunOverTwoSshNodesRecordsEveryRequestOnce()
    {
        const QString dir = m_a.path(u"work"_s);
        QDir().mkpath(dir);
        QFile known(dir + u"/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[127.0.0.1]:%1 %2\n[127.0.0.1]:%3 %4\n"_s.arg(m_a.port()).arg(m_a.hostPublicKey()).arg(m_b.port()).arg(m_b.hostPublicKey()).toUtf8());
        known.close();
        QFile config(dir + u"/ssh_config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"Host node-a\n  HostName 127.0.0.1\n  Port %1\nHost node-b\n  HostName 127.0.0.1\n  Port %2\n"
                     "Host *\n  IdentityFile %3\n  UserKnownHostsFile %4\n"_s
                         .arg(m_a.port())
                         .arg(m_b.port())
                         .arg(m_a.clientKey(), known.fileName())
                         .toUtf8());
        config.close();
        QFile cluster(dir + u"/cluster.json"_s);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        const QString launch = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --speed 4 --ground-truth {run_dir}/truth-{node}.jsonl"_s;
        cluster.write(u"{\"nodes\": [\n"
                      " {\"name\": \"a\", \"ssh\": \"node-a\", \"endpoint\": \"http://127.0.0.1:%1\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%4/node-a\"},\n"
                      " {\"name\": \"b\", \"ssh\": \"node-b\", \"endpoint\": \"http://127.0.0.1:%2\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%4/node-b\"}]}\n"_s
                          .arg(freeLoopbackPort())
                          .arg(freeLoopbackPort())
                          .arg(launch, dir)
                          .toUtf8());
        cluster.close();
        QFile plan(dir + u"/plan.json"_s);
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
                   " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
                   " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
                   " \"load\": {\"mode\": \"poisson\", \"value\": 10}, \"warmup_requests\": 2, \"duration_s\": 3,"
                   " \"repetitions\": 2, \"scaling\": true}");
        plan.close();
        const auto r = runCli({ u"run"_s, u"--plan"_s, plan.fileName(), u"--cluster"_s, cluster.fileName(), u"-F"_s, config.fileName(),
                                u"-o"_s, dir + u"/out"_s },
                              240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        const BenchmarkResult& b = result.value();
        QCOMPARE(b.phases.size(), 4);
        QVERIFY(b.simulated);
        QCOMPARE(b.nodes.size(), 2);
        QCOMPARE(b.nodes[0].host, u"node-a"_s);

        const QString problem = everyRequestOnceProblem(b, dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ScalingResult s = analyzeScaling(b);
        QVERIFY2(s.measured && s.interval, qPrintable(s.reason));
        // the simulators were stopped with the run (their command lines name this test's directory)
        QProcess pgrep;
        pgrep.start(u"pgrep"_s, { u"-f"_s, u"serve-sim .*"_s + dir });
        pgrep.waitForFinished(5000);
        QCOMPARE(QString::fromLatin1(pgrep.readAll()).trimmed(), QString());
    }

    void droppedLinkMidPhaseIsResumedWithoutLosingOrRepeatingRecords()
    {
        // the same set-up, longer phases, and node b's link cut in the middle of its first 2-node phase
        const QString dir = m_a.path(u"work"_s);
        QFile plan(dir + u"/plan-drop.json"_s);
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
                   " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
                   " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
                   " \"load\": {\"mode\": \"poisson\", \"value\": 10}, \"warmup_requests\": 2, \"duration_s\": 8,"
                   " \"repetitions\": 1, \"scaling\": true}");
        plan.close();
        QProcess cli;
        cli.setProgram(qEnvironmentVariable("INFERDECK_CLI"));
        cli.setArguments({ u"run"_s, u"--plan"_s, plan.fileName(), u"--cluster"_s, dir + u"/cluster.json"_s, u"-F"_s,
                           dir + u"/ssh_config"_s, u"-o"_s, dir + u"/out-drop"_s });
        cli.start();
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        for (int i = 0; i < 900 && !err.contains("phase 2/2"); ++i) { // bounded: 90 s, until phase 2 is under way
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
        }
        QVERIFY2(err.contains("phase 2/2"), err.constData());
        QTest::qWait(1500);
        // kill node b's per-connection sshd processes: the link drops as if the network failed
        QProcess::execute(u"pkill"_s, { u"-KILL"_s, u"-P"_s, QString::number(m_b.pid()) });
        QVERIFY(cli.waitForFinished(120000));
        err += cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.right(3000).constData());
        QVERIFY2(err.contains("replaying"), err.right(3000).constData());
        const auto result = ResultFile::read(dir + u"/out-drop/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        // the simulators' ground truth of this run (its tag names the node-side run directory)
        QFile journal(dir + u"/out-drop/journal.jsonl"_s);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QString tag = QJsonDocument::fromJson(journal.readLine()).object().value(u"run_tag"_s).toString();
        QSet<QString> truth;
        for (const QString& node : { u"a"_s, u"b"_s }) {
            QFile f(u"%1/node-%2/runs/%3/truth-%2.jsonl"_s.arg(dir, node, tag));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            for (const QByteArray& line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    truth.insert(QJsonDocument::fromJson(line).object().value(u"id"_s).toString());
        }
        QStringList recorded;
        for (const Phase& p : result.value().phases)
            for (std::size_t i = 0; i < p.requests.size(); ++i)
                recorded.append(u"%1:%2:%3:%4"_s.arg(p.nodes[p.requests.node[i]], p.name).arg(p.repetition).arg(p.requests.requestId[i]));
        const QSet<QString> recordedSet(recorded.begin(), recorded.end());
        QCOMPARE(recordedSet.size(), recorded.size()); // nothing twice
        QCOMPARE(recordedSet, truth);                  // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestCliRunSsh)
#include "tst_cli_run_ssh.moc"
