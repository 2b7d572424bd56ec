// `inferdeck-cli run` on a real Slurm cluster the test starts itself (tests/support/slurmfixture): two
// slurmd on this machine as nodes gpu1 and gpu2, the agent's simulator as each node's engine started as a
// job step. Checks the run, its scaling and report, and that nothing is left in squeue or as a process
// after success, cancel, a lost step, a pending job and a job's time limit.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "io/resultfile.h"
#include "slurmfixture.h"
#include "testutil.h"
#include "util/ports.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
// short phases: the suite's whole budget is a couple of minutes
QByteArray planJson(double durationS, int repetitions = 1)
{
    return u"{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
           " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
           " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
           " \"load\": {\"mode\": \"concurrency\", \"value\": 4}, \"warmup_requests\": 2, \"duration_s\": %1,"
           " \"repetitions\": %2, \"scaling\": true}"_s.arg(durationS).arg(repetitions).toUtf8();
}
} // namespace

class TestCliRunSlurm : public QObject {
    Q_OBJECT
    SlurmFixture m_slurm;
    QTemporaryDir m_work;

    // a cluster file of two Slurm nodes running serve-sim, with `scheduler` extra keys
    QString writeCluster(const QString& dir, const QString& schedulerExtra = {})
    {
        const QString launch = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --speed 4 --model {model}"_s;
        QFile f(dir + u"/slurm-cluster.json"_s);
        f.open(QIODevice::WriteOnly);
        f.write(u"{\"name\": \"test slurm\", \"scheduler\": {\"kind\": \"slurm\", \"submit_host\": \"local\", \"partition\": \"gpu\"%4},\n"
                " \"nodes\": [\n"
                " {\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:%1\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%5/agent\"},\n"
                " {\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:%2\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%5/agent\"}]}\n"_s
                    .arg(freeLoopbackPort())
                    .arg(freeLoopbackPort())
                    .arg(launch, schedulerExtra, dir)
                    .toUtf8());
        return f.fileName();
    }
    QString writePlan(const QString& dir, double durationS, int repetitions = 1)
    {
        QFile f(dir + u"/plan.json"_s);
        f.open(QIODevice::WriteOnly);
        f.write(planJson(durationS, repetitions));
        return f.fileName();
    }
    QString freshDir(const QString& name)
    {
        const QString d = m_work.filePath(name);
        QDir().mkpath(d);
        return d;
    }
    // nothing of the run may stay: no job in squeue, no step, no task (bounded wait for slurmstepd's exit)
    void verifyNothingLeft(const QStringList& allowedJobs = {})
    {
        QElapsedTimer clock;
        clock.start();
        QStringList jobs;
        QList<qint64> stray;
        do {
            jobs = m_slurm.liveJobs();
            for (const QString& allowed : allowedJobs)
                jobs.removeIf([&](const QString& j) { return j.startsWith(allowed + u' '); });
            stray = m_slurm.strayProcesses();
            if (jobs.isEmpty() && stray.isEmpty())
                return;
            QTest::qWait(250);
        } while (clock.elapsed() < 15000);
        QString procs;
        for (qint64 pid : stray) {
            QFile cmd(u"/proc/%1/cmdline"_s.arg(pid));
            cmd.open(QIODevice::ReadOnly);
            procs += u"%1: %2\n"_s.arg(pid).arg(QString::fromLocal8Bit(cmd.readAll().replace('\0', ' ')));
        }
        QVERIFY2(jobs.isEmpty(), qPrintable(u"jobs left: "_s + jobs.join(u"; "_s)));
        QVERIFY2(stray.isEmpty(), qPrintable(u"processes left:\n"_s + procs));
    }
    // starts inferdeck-cli run and returns once its stderr holds `waitFor` (bounded)
    bool startRun(QProcess& p, const QStringList& args, const QByteArray& waitFor, QByteArray& err, int timeoutMs = 60000)
    {
        p.start(qEnvironmentVariable("INFERDECK_CLI"), args);
        if (!p.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
            if (err.contains(waitFor))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        if (const QString why = SlurmFixture::cannotRun(); !why.isEmpty())
            QSKIP(qPrintable(u"cannot run Slurm here: "_s + why));
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY2(m_slurm.start(error), qPrintable(error));
        qInfo("Slurm cluster up in %.2f s", double(clock.elapsed()) / 1000.0);
    }
    void cleanupTestCase() { m_slurm.stop(); }

    void harnessRunsOneTaskOnEachNode()
    {
        int code = -1;
        const QByteArray out = m_slurm.run(u"srun"_s, { u"--nodes=2"_s, u"--ntasks=2"_s, u"--label"_s, u"printenv"_s, u"SLURMD_NODENAME"_s }, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("0: gpu1") && out.contains("1: gpu2"), out.constData());
        verifyNothingLeft();
    }

    void runsThePlanAsTwoSlurmNodesWithAMeasuredBaseline()
    {
        const QString dir = freshDir(u"run"_s);
        QElapsedTimer clock;
        clock.start();
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 3.0), u"--cluster"_s, writeCluster(dir), u"-o"_s, dir + u"/out"_s }, 120000);
        qInfo("the Slurm run took %.1f s", double(clock.elapsed()) / 1000.0);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(4000).constData());
        // the overhead, for the record: allocation and step start latencies as the run measured them
        for (const QByteArray& line : r.err.split('\n'))
            if (line.startsWith("slurm: "))
                qInfo("%s", line.constData());
        QVERIFY2(r.err.contains("slurm: allocation took "), r.err.right(2000).constData());
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const BenchmarkResult& b = result.value();
        QCOMPARE(b.status, RunStatus::Complete);
        QCOMPARE(b.phases.size(), 2); // the 1-node baseline and the 2-node phase
        QCOMPARE(b.nodes.size(), 2);
        // each node ran on its own Slurm node of the job, and says so
        QVERIFY2(b.nodes[0].host.startsWith(u"gpu1 (Slurm job "_s), qPrintable(b.nodes[0].host));
        QVERIFY2(b.nodes[1].host.startsWith(u"gpu2 (Slurm job "_s), qPrintable(b.nodes[1].host));
        QVERIFY(b.nodes[0].host.contains(u"partition gpu"_s));
        for (const Phase& p : b.phases)
            QVERIFY2(p.requests.size() > 10, qPrintable(p.name));
        const auto s = runCli({ u"summarize"_s, dir + u"/out/result.inferdeck.json"_s, u"--json"_s });
        QCOMPARE(s.exitCode, 0);
        const QJsonObject scaling = QJsonDocument::fromJson(s.out).object()[u"scaling"_s].toObject();
        QVERIFY2(scaling[u"efficiency"_s].isDouble(), s.out.constData());
        qInfo("Slurm run scaling efficiency %.3f (95%% CI %.3f to %.3f)", scaling[u"efficiency"_s].toDouble(),
              scaling[u"ci_low"_s].toDouble(), scaling[u"ci_high"_s].toDouble());
        for (const char* report : { "report.md", "report.html", "report.pdf" })
            QVERIFY2(QFile::exists(dir + u"/out/"_s + QLatin1String(report)), report);
        verifyNothingLeft();
    }
};

QTEST_GUILESS_MAIN(TestCliRunSlurm)
#include "tst_cli_run_slurm.moc"
