// The desktop window drives a run on a real Slurm cluster (tests/support/slurmfixture): the job is
// submitted, the nodes run as job steps, the result opens, and the job is gone from the queue afterwards.
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "io/runfiles.h"
#include "slurmfixture.h"
#include "util/ports.h"
#include "windows/mainwindow.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

class TestMainWindowSlurm : public QObject {
    Q_OBJECT
    SlurmFixture m_slurm;
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        if (const QString why = SlurmFixture::cannotRun(); !why.isEmpty())
            QSKIP(qPrintable(u"cannot run Slurm here: "_s + why));
        qputenv("XDG_DATA_HOME", m_work.filePath(u"data"_s).toLocal8Bit()); // the GUI's runs go here
        QString error;
        QVERIFY2(m_slurm.start(error), qPrintable(error));
    }
    void cleanupTestCase() { m_slurm.stop(); }

    void windowRunsAPlanOnTwoSlurmNodes()
    {
        const QString launch = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --speed 4 --model {model}"_s;
        const int portA = SlurmFixture::unusedPort();
        int portB = SlurmFixture::unusedPort();
        while (portB == portA) // both simulators run on this one machine
            portB = SlurmFixture::unusedPort();
        const auto cluster = parseCluster(u"{\"name\": \"gui slurm\", \"scheduler\": {\"kind\": \"slurm\", \"partition\": \"gpu\"}, \"nodes\": ["
                                          "{\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:%1\", \"launch\": \"%3\", \"agent_dir\": \"%4\"},"
                                          "{\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:%2\", \"launch\": \"%3\", \"agent_dir\": \"%4\"}]}"_s
                                              .arg(portA)
                                              .arg(portB)
                                              .arg(launch, m_work.filePath(u"agent"_s))
                                              .toUtf8(),
                                          u"gui"_s);
        QVERIFY2(cluster.ok(), qPrintable(cluster.ok() ? QString() : cluster.error().toString()));
        const auto plan = parsePlan("{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
                                    " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
                                    " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
                                    " \"load\": {\"mode\": \"concurrency\", \"value\": 2}, \"duration_s\": 2, \"repetitions\": 1, \"scaling\": true}",
                                    u"plan"_s);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.runPlan(plan.value(), cluster.value());
        QVERIFY(w.isRunning());
        // while it runs, each node's place in the job shows in the node list
        auto* nodes = w.findChild<QListWidget*>();
        QVERIFY(nodes);
        QTRY_VERIFY_WITH_TIMEOUT(nodes->item(1) && nodes->item(1)->text().contains(u": RUNNING on gpu2"_s), 60000);
        QVERIFY2(nodes->item(0)->text().contains(u": RUNNING on gpu1"_s), qPrintable(nodes->item(0)->text()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Complete);
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(w.loaded());
        const BenchmarkResult& r = *w.loaded()->result;
        QCOMPARE(r.phases.size(), 2);
        QVERIFY2(r.nodes.value(1).host.startsWith(u"gpu2 (Slurm job "_s), qPrintable(r.nodes.value(1).host));
        // the window cancels its job once the run is over: the queue empties without anyone's help
        QElapsedTimer clock;
        clock.start();
        while (!m_slurm.liveJobs().isEmpty() && clock.elapsed() < 20000)
            QTest::qWait(250);
        QVERIFY2(m_slurm.liveJobs().isEmpty(), qPrintable(m_slurm.liveJobs().join(u"; "_s)));
    }
};

QTEST_MAIN(TestMainWindowSlurm)
#include "tst_mainwindow_slurm.moc"
