// What the run controller refuses before it sends anything to a node: a cluster holding control
// characters (from the editor or built in, which no file check saw) and a command word holding NUL,
// which no program can receive and which once cut the remote command line mid-quote.
#include <QDir>
#include <QFile>
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

Outcome runToTheEnd(const RunPlan& plan, const Cluster& cluster, const QString& dir)
{
    QDir().mkpath(dir + u"/home"_s);
    RunOptions o;
    o.plan = plan;
    o.cluster = cluster;
    o.outDir = dir + u"/out"_s;
    o.transportFor = [dir](const ClusterNode& n) { return std::make_unique<LocalTransport>(n.name, dir + u"/home"_s); };
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
};

QTEST_GUILESS_MAIN(TestRunControllerGuards)
#include "tst_runcontrollerguards.moc"
