// What the run controller refuses before it sends anything to a node: a cluster holding control
// characters (from the editor or built in, which no file check saw) and a command word holding NUL,
// which no program can receive and which once cut the remote command line mid-quote. And what it must not
// take from a node: a telemetry stream still talking after its phase was closed.
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "remote/localtransport.h"
#include "run/runcontroller.h"
#include "util/ports.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
RunPlan smallPlan(const QString& model)
{
    RunPlan p;
    p.model = model;
    p.workload.dataset = u"synthetic"_s;
    p.workload.input = { LengthDistribution::Kind::Fixed, 8.0, 0.0, 8, 8 };
    p.workload.output = { LengthDistribution::Kind::Fixed, 4.0, 0.0, 4, 4 };
    p.load.mode = LoadSpec::Mode::Concurrency;
    p.load.value = 1.0;
    p.requests = 2;
    p.repetitions = 1;
    return p;
}

// One local node that starts the agent's simulator with the plan's model on its command line.
Cluster simulatorCluster()
{
    ClusterNode n;
    n.name = u"sim"_s;
    n.kind = ClusterNode::Kind::Local;
    n.endpoint = u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort());
    n.launch.command = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model}"_s;
    n.launch.readyTimeoutS = 30.0;
    Cluster c;
    c.nodes = { n };
    return c;
}

struct Outcome {
    bool finished = false;
    RunStatus status = RunStatus::Complete;
    QString message;
    QStringList log;
};

// A node whose telemetry does not stop when first asked (a stream cut by a dropped link keeps its agent
// running): it outlives the phase's wait for it and keeps sending lines after the phase was taken.
class StubbornTelemetryTransport : public LocalTransport {
public:
    using LocalTransport::LocalTransport;
    int start(const QStringList& argv) override
    {
        const int id = LocalTransport::start(argv);
        if (argv.contains(u"telemetry"_s))
            m_telemetry.insert(id);
        return id;
    }
    void stop(int id, int graceMs = 3000) override
    {
        if (m_telemetry.remove(id)) // the first stop is lost; the run's final stop ends it
            return;
        LocalTransport::stop(id, graceMs);
    }

private:
    QSet<int> m_telemetry;
};

Outcome runToTheEnd(const RunPlan& plan, const Cluster& cluster, const QString& dir, bool stubbornTelemetry = false)
{
    QDir().mkpath(dir + u"/home"_s);
    RunOptions o;
    o.plan = plan;
    o.cluster = cluster;
    o.outDir = dir + u"/out"_s;
    o.transportFor = [dir, stubbornTelemetry](const ClusterNode& n) -> std::unique_ptr<Transport> {
        if (stubbornTelemetry)
            return std::make_unique<StubbornTelemetryTransport>(n.name, dir + u"/home"_s);
        return std::make_unique<LocalTransport>(n.name, dir + u"/home"_s);
    };
    RunController controller(o);
    Outcome r;
    QObject::connect(&controller, &RunController::logLine, [&r](const QString&, const QString& line) { r.log.append(line); });
    QObject::connect(&controller, &RunController::finished, [&r](RunStatus status, const QString& message) {
        r.finished = true;
        r.status = status;
        r.message = message;
    });
    controller.start();
    // r.finished tells the caller whether it ended in time
    [[maybe_unused]] const bool ended = QTest::qWaitFor([&r] { return r.finished; }, 90000);
    return r;
}
} // namespace

class TestRunControllerGuards : public QObject {
    Q_OBJECT
private slots:
    void aNulInACommandWordFailsTheRunBeforeTheCommandIsSent()
    {
        QTemporaryDir dir;
        const Outcome r = runToTheEnd(smallPlan(u"m"_s + QChar(u'\0') + u"'; touch pwned"_s), simulatorCluster(), dir.path());
        QVERIFY(r.finished);
        QCOMPARE(r.status, RunStatus::Failed);
        // the model is the launch command's 9th word: python3 AGENT serve-sim --host H --port P --model M
        QVERIFY2(r.message.contains(u"node sim: a command cannot be sent to the node: its word 9 holds a NUL character"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"m\\0"_s), qPrintable(r.message)); // shown escaped
        QVERIFY(!QFile::exists(dir.filePath(u"home/pwned"_s)));
    }

    void aControlCharacterInAClusterNotReadFromAFileFailsTheRunNamingTheField()
    {
        QTemporaryDir dir;
        Cluster cluster = simulatorCluster();
        cluster.nodes[0].launch.command += u" \x1b]0;pwned\x07"_s;
        const Outcome r = runToTheEnd(smallPlan(u"m"_s), cluster, dir.path());
        QVERIFY(r.finished);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.message.startsWith(u"nodes[0].launch: holds the control character U+001B"_s), qPrintable(r.message));
        QVERIFY(r.log.filter(u"launching"_s).isEmpty()); // refused before anything started
    }

    // the phase is kept as it was when its wait for telemetry ended (10 s); lines after that are not fed to the
    // recorder that gave the phase away (which aborted the run under ASan after a dropped SSH link)
    void telemetryThatOutlivesItsPhaseIsDroppedNotFedToTheClosedPhase()
    {
        QTemporaryDir dir;
        const Outcome r = runToTheEnd(smallPlan(u"m"_s), simulatorCluster(), dir.path(), true);
        QVERIFY(r.finished);
        QCOMPARE(r.status, RunStatus::Complete);
        QVERIFY(QFile::exists(dir.filePath(u"out/result.inferdeck.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRunControllerGuards)
#include "tst_runcontrollerguards.moc"
