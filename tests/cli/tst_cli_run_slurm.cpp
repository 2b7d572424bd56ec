// `inferdeck-cli run` on a real Slurm cluster the test starts itself (tests/support/slurmfixture): two
// slurmd on this machine as nodes gpu1 and gpu2, the agent's simulator as each node's engine started as a
// job step. Checks the run, its scaling and report, and that nothing is left in squeue or as a process
// after success, cancel, a lost step, a pending job and a job's time limit.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "clusterrun.h"
#include "io/resultfile.h"
#include "slurmfixture.h"
#include "sshdfixture.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;


class TestCliRunSlurm : public QObject {
    Q_OBJECT
    SlurmFixture m_slurm;
    QTemporaryDir m_work;

    SshdFixture m_login; // a login node: the submit host reached over SSH

    // a cluster file of two Slurm nodes running serve-sim, with `scheduler` extra keys
    QString writeCluster(const QString& dir, const QString& schedulerExtra = {})
    {
        const QString launch = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --speed 4 --model {model} "
                               "--ground-truth {run_dir}/truth-{node}.jsonl"_s;
        const auto [portA, portB] = twoUnusedPorts(); // both simulators run on this one machine
        return writeTestFile(dir + u"/slurm-cluster.json"_s,
                             u"{\"name\": \"test slurm\", \"scheduler\": {\"kind\": \"slurm\", \"partition\": \"gpu\"%4},\n"
                             " \"nodes\": [\n"
                             " {\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:%1\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%5/agent\"},\n"
                             " {\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:%2\", \"launch\": \"%3\", \"ready_timeout_s\": 30, \"agent_dir\": \"%5/agent\"}]}\n"_s
                                 .arg(portA)
                                 .arg(portB)
                                 .arg(launch, schedulerExtra, dir)
                                 .toUtf8());
    }
    QString writePlan(const QString& dir, double durationS, int repetitions = 1, int concurrency = 4)
    {
        return writeTestFile(dir + u"/plan.json"_s, schedulerPlanJson(durationS, repetitions, concurrency));
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
        // free nodes: allocated at once, so no "PENDING (None)" for a job the scheduler had not looked at yet
        QVERIFY2(!r.err.contains("PENDING (None)"), r.err.right(2000).constData());
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
        // the result keeps the allocation in its own fields, and the reproducibility appendix is made from them
        const QString jobId = b.nodes[0].slurm.jobId;
        QVERIFY2(!jobId.isEmpty() && b.nodes[0].host.startsWith(u"gpu1 (Slurm job %1,"_s.arg(jobId)), qPrintable(b.nodes[0].host));
        QCOMPARE(b.nodes[0].slurm.node, u"gpu1"_s);
        QCOMPARE(b.nodes[1].slurm.node, u"gpu2"_s);
        QCOMPARE(b.nodes[1].slurm.jobId, jobId);
        QCOMPARE(b.nodes[1].slurm.partition, u"gpu"_s);
        qInfo("Slurm says account \"%s\", QoS \"%s\"", qPrintable(b.nodes[0].slurm.account), qPrintable(b.nodes[0].slurm.qos));
        QString allocation = u"job %1, partition gpu"_s.arg(jobId);
        if (!b.nodes[0].slurm.account.isEmpty())
            allocation += u", account "_s + b.nodes[0].slurm.account;
        if (!b.nodes[0].slurm.qos.isEmpty())
            allocation += u", QoS "_s + b.nodes[0].slurm.qos;
        QFile md(dir + u"/out/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(md.readAll());
        QVERIFY2(report.contains(u"| Slurm allocation | %1, nodes gpu1, gpu2 |"_s.arg(allocation)), qPrintable(allocation));
        const QString problem = everyRequestOnceProblem(b, dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        verifyNothingLeft();
    }

    void runsThroughAnSshSubmitHost()
    {
        // sshd gives every session this cluster's SLURM_CONF, as a login node's /etc/slurm would
        QString error;
        if (!m_login.start(error, u"SetEnv SLURM_CONF=%1"_s.arg(m_slurm.confPath())))
            QSKIP(qPrintable(u"cannot start sshd here: "_s + error));
        const QString dir = freshDir(u"ssh"_s);
        const QString config = m_login.writeClientConfig(dir + u"/ssh_config"_s, u"login"_s);
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 2.0), u"--cluster"_s,
                                writeCluster(dir, u", \"submit_host\": \"login\""_s), u"-F"_s, config, u"-o"_s, dir + u"/out"_s },
                              120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        for (const QByteArray& line : r.err.split('\n'))
            if (line.startsWith("slurm: allocation"))
                qInfo("over SSH: %s", line.constData());
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.value().phases.size(), 2);
        const QString problem = everyRequestOnceProblem(result.value(), dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_login.stop();
        verifyNothingLeft();
    }

    void unreachableSubmitHostIsAConnectionFailure()
    {
        // both nodes fail at once: the second failure must not turn "could not reach" (4) into "run failed" (1)
        const QString dir = freshDir(u"unreachable"_s);
        QFile config(dir + u"/ssh_config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("Host login\n  HostName 127.0.0.1\n  Port 1\n");
        config.close();
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 2.0), u"--cluster"_s,
                                writeCluster(dir, u", \"submit_host\": \"login\""_s), u"-F"_s, config.fileName(), u"-o"_s, dir + u"/out"_s },
                              60000);
        QVERIFY(r.finished);
        QVERIFY2(r.err.contains("cannot reach the Slurm submit host login"), r.err.constData());
        QCOMPARE(r.exitCode, 4);
        verifyNothingLeft();
    }

    void cancelMidRunLeavesNoJobAndNoProcess()
    {
        const QString dir = freshDir(u"cancel"_s);
        QProcess p;
        const EndsWithTest guard { p };
        QByteArray err;
        // cancelled once the 2-node phase has measured requests
        QVERIFY2(startCliUntil(p, { u"run"_s, u"--plan"_s, writePlan(dir, 4.0), u"--cluster"_s, writeCluster(dir), u"-o"_s, dir + u"/out"_s },
                          u"phase 2/2: [1-9]"_s, err), // requests are being measured
                 err.right(3000).constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, RunStatus::Cancelled);
        QCOMPARE(result.value().phases.size(), 2); // the baseline, and the 2-node phase as far as it got
        QVERIFY2(err.contains("cancelling Slurm job"), err.right(2000).constData());
        verifyNothingLeft();
    }

    void pendingJobShowsItsReasonAndCanBeCancelledWhileWaiting()
    {
        // another job holds both nodes, so the run's job waits for resources
        int code = -1;
        const QString blocker = QString::fromUtf8(m_slurm.run(u"sbatch"_s, { u"--parsable"_s, u"--nodes=2"_s, u"--output=/dev/null"_s,
                                                                            u"--wrap=exec sleep 300"_s },
                                                              &code))
                                    .trimmed();
        QCOMPARE(code, 0);
        const QString dir = freshDir(u"pending"_s);
        QProcess p;
        const EndsWithTest guard { p };
        QByteArray err;
        const bool waiting = startCliUntil(p, { u"run"_s, u"--plan"_s, writePlan(dir, 2.0), u"--cluster"_s, writeCluster(dir), u"-o"_s, dir + u"/out"_s },
                                      u"PENDING \\(Resources\\), waiting"_s, err, 30000);
        if (!waiting)
            m_slurm.run(u"scancel"_s, { blocker });
        QVERIFY2(waiting, err.right(3000).constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        const int exitCode = p.exitCode();
        const QStringList jobs = m_slurm.liveJobs();
        m_slurm.run(u"scancel"_s, { blocker });
        QCOMPARE(exitCode, 130);
        QVERIFY2(err.contains("cancelling Slurm job"), err.right(2000).constData());
        // only the blocker was left in the queue: the run's pending job went with the run
        QCOMPARE(jobs, QStringList { blocker + u" RUNNING"_s });
        verifyNothingLeft();
    }

    void sbatchMissingOnTheSubmitHostIsSaidSoNotCalledARefusal()
    {
        // a PATH with no Slurm client: the transport cannot start sbatch at all ("refused the job" misled)
        const QString dir = freshDir(u"nosbatch"_s);
        QDir().mkpath(dir + u"/emptybin"_s);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", (dir + u"/emptybin"_s).toLocal8Bit());
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 2.0), u"--cluster"_s, writeCluster(dir), u"-o"_s, dir + u"/out"_s }, 60000);
        qputenv("PATH", path);
        QVERIFY(r.finished);
        QVERIFY2(r.err.contains("cannot run sbatch on this machine (is Slurm's client installed there and on the PATH?)"), r.err.right(2000).constData());
        QVERIFY2(!r.err.contains("refused the job"), r.err.right(2000).constData());
        QVERIFY(r.exitCode != 0);
    }

    void aJobThatCanNeverStartFailsWithSlurmsReasonInsteadOfWaitingForever()
    {
        // three nodes of a two-node partition: Slurm keeps the job pending (PartitionConfig) until someone cancels it
        const QString dir = freshDir(u"hopeless"_s);
        QString nodes;
        for (const QString& name : { u"a"_s, u"b"_s, u"c"_s })
            nodes += u"%1{\"name\": \"%2\", \"endpoint\": \"http://127.0.0.1:%3\", \"launch\": \"sleep 60\", \"agent_dir\": \"%4/agent\"}"_s
                         .arg(nodes.isEmpty() ? QString() : u","_s, name)
                         .arg(SlurmFixture::unusedPort())
                         .arg(dir);
        const QString cluster = writeTestFile(dir + u"/cluster.json"_s,
                                              (u"{\"scheduler\": {\"kind\": \"slurm\", \"partition\": \"gpu\"}, \"nodes\": ["_s + nodes + u"]}"_s).toUtf8());
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 2.0), u"--cluster"_s, cluster, u"-o"_s, dir + u"/out"_s }, 60000);
        QVERIFY2(r.finished, "the run waited on a job that can never start");
        QVERIFY2(r.err.contains("cannot start: Slurm says PartitionConfig"), r.err.right(2000).constData());
        QVERIFY(r.exitCode != 0);
        verifyNothingLeft();
    }

    void lostStepStreamIsResumedFromTheNodesJournal()
    {
        const QString dir = freshDir(u"lost"_s);
        QProcess p;
        const EndsWithTest guard { p };
        QByteArray err;
        QVERIFY2(startCliUntil(p, { u"run"_s, u"--plan"_s, writePlan(dir, 5.0), u"--cluster"_s, writeCluster(dir), u"-o"_s, dir + u"/out"_s },
                          u"phase 2/2: [1-9]"_s, err), // inside the 2-node phase's measured window
                 err.right(3000).constData());
        // the srun that streams node b's load generator dies, as when the submit host's session drops
        QProcess pgrep;
        pgrep.start(u"pgrep"_s, { u"-f"_s, u"srun .*--nodelist=gpu2 .* run .*--barrier"_s });
        pgrep.waitForFinished(5000);
        const QList<QByteArray> pids = pgrep.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(!pids.value(0).isEmpty(), "no srun of node b's load generator found");
        for (const QByteArray& pid : pids)
            ::kill(static_cast<pid_t>(pid.toLongLong()), SIGKILL);
        QVERIFY(p.waitForFinished(90000));
        err += p.readAllStandardError();
        // the agent runs on in its step (it ignores the hang-up), so the stream is resumed from its journal on
        // the node and the phase completes with every request recorded exactly once
        QVERIFY2(err.contains("replaying the agent's journal"), err.right(3000).constData());
        QVERIFY2(p.exitCode() == 0, err.right(3000).constData());
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, RunStatus::Complete);
        QCOMPARE(result.value().phases.size(), 2);
        const QString problem = everyRequestOnceProblem(result.value(), dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        verifyNothingLeft();
    }

    void jobHittingItsTimeLimitIsReportedWithWhatWasMeasured()
    {
        // Slurm's shortest limit is a minute, checked every 30 s: this case takes 60 to 100 s, so CTest runs it
        // as a test of its own beside the others (tst_cli_run_slurm_timelimit)
        if (!qEnvironmentVariableIsSet("INFERDECK_SLURM_TIME_LIMIT_CASE"))
            QSKIP("runs as the CTest test tst_cli_run_slurm_timelimit (INFERDECK_SLURM_TIME_LIMIT_CASE=1)");
        const QString dir = freshDir(u"timelimit"_s);
        QElapsedTimer clock;
        clock.start();
        const auto r = runCli({ u"run"_s, u"--plan"_s, writePlan(dir, 20.0, 4, 1), u"--cluster"_s,
                                writeCluster(dir, u", \"time_limit\": \"1\""_s), u"-o"_s, dir + u"/out"_s },
                              240000);
        qInfo("the job's end was reported after %.1f s", double(clock.elapsed()) / 1000.0);
        QVERIFY(r.finished);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        for (const QByteArray& line : lines.mid(std::max<qsizetype>(0, lines.size() - 12)))
            qInfo("%s", line.constData());
        QVERIFY2(r.err.contains("hit its time limit"), r.err.right(3000).constData());
        QCOMPARE(r.exitCode, 1); // the run failed; reaching the nodes did not (that would be 4)
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, RunStatus::Failed);
        QVERIFY2(result.value().statusDetail.contains(u"time limit"_s), qPrintable(result.value().statusDetail));
        QVERIFY(result.value().phases.size() >= 2); // what was measured before the limit is kept
        verifyNothingLeft();
    }
};

QTEST_GUILESS_MAIN(TestCliRunSlurm)
#include "tst_cli_run_slurm.moc"
