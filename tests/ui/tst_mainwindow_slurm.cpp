// The desktop window drives a run on a real Slurm cluster (tests/support/slurmfixture): the job is
// submitted, the nodes run as job steps, the result opens, and the job is gone from the queue afterwards.
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "io/resultfile.h"
#include "io/runfiles.h"
#include "slurmfixture.h"
#include "util/ports.h"
#include "views/dashboardview.h"
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
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.runPlan(plan(2), cluster());
        QVERIFY(w.isRunning());
        // while it runs, each node's place in the job shows in the node list
        auto* nodes = w.findChild<QListWidget*>();
        QVERIFY(nodes);
        QTRY_VERIFY_WITH_TIMEOUT(nodes->item(1) && nodes->item(1)->text().contains(u": RUNNING on gpu2"_s), 60000);
        QVERIFY2(nodes->item(0)->text().contains(u": RUNNING on gpu1"_s), qPrintable(nodes->item(0)->text()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Complete);
        // the job goes with the run: its last state does not stay in the list
        QTRY_VERIFY2_WITH_TIMEOUT(!nodes->item(0)->text().contains(u"RUNNING"_s), qPrintable(nodes->item(0)->text()), 10000);
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(w.loaded());
        const BenchmarkResult& r = *w.loaded()->result;
        QCOMPARE(r.phases.size(), 2);
        QVERIFY2(r.nodes.value(1).host.startsWith(u"gpu2 (Slurm job "_s), qPrintable(r.nodes.value(1).host));
        // the window cancels its job once the run is over: the queue empties without anyone's help
        QVERIFY2(queueEmptiesWithin(20000), qPrintable(m_slurm.liveJobs().join(u"; "_s)));
    }

    // Quit mid-run: the window stays until the run has stopped and saved and the job is cancelled (it used to
    // close at once, leaving the job holding the nodes, the servers running and no result)
    void quittingMidRunStopsTheNodesSavesTheResultAndCancelsTheJobBeforeClosing()
    {
        MainWindow w;
        w.show();
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.runPlan(plan(60), cluster());
        auto* nodes = w.findChild<QListWidget*>();
        QTRY_VERIFY_WITH_TIMEOUT(nodes->item(1) && nodes->item(1)->text().contains(u": RUNNING on gpu2"_s), 60000);
        // once requests have been measured: a run cancelled before any has nothing to save (under AddressSanitizer
        // the phase's first requests came more than 1.5 s after its name showed)
        QTRY_VERIFY_WITH_TIMEOUT(w.dashboard()->stats().requests() > 4, 60000);
        QTimer::singleShot(200, this, [] { // answer the window's "Quit?" with Yes
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(!w.close()); // not yet: the run stops first
        QVERIFY(w.isVisible());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Cancelled);
        qInfo("run ended: %s", qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 30000);
        QVERIFY2(m_slurm.liveJobs().isEmpty(), qPrintable(m_slurm.liveJobs().join(u"; "_s)));
        // what was measured is saved, marked cancelled
        QString saved;
        for (QDirIterator it(m_work.filePath(u"data"_s), { u"result.inferdeck.json"_s }, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            const auto r = ResultFile::read(path);
            qInfo("%s: %s", qPrintable(path), r.ok() ? qPrintable(runStatusName(r.value().status)) : qPrintable(r.error().toString()));
            if (r.ok() && r.value().status == RunStatus::Cancelled)
                saved = path;
        }
        QVERIFY2(!saved.isEmpty(), "no cancelled result was saved");
    }

private:
    bool queueEmptiesWithin(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_slurm.liveJobs().isEmpty() && clock.elapsed() < ms)
            QTest::qWait(250);
        return m_slurm.liveJobs().isEmpty();
    }

    RunPlan plan(int seconds)
    {
        const auto plan = parsePlan(QString(u"{\"model\": \"m\", \"workload\": {\"dataset\": \"synthetic\","
                                            " \"input\": {\"kind\": \"uniform\", \"mean\": 100, \"min\": 50, \"max\": 150},"
                                            " \"output\": {\"kind\": \"uniform\", \"mean\": 16, \"min\": 8, \"max\": 24}},"
                                            " \"load\": {\"mode\": \"concurrency\", \"value\": 2}, \"duration_s\": %1, \"repetitions\": 1, \"scaling\": true}"_s)
                                        .arg(seconds).toUtf8(),
                                    u"plan"_s);
        if (!plan.ok())
            qFatal("%s", qPrintable(plan.error().toString()));
        return plan.value();
    }

    Cluster cluster()
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
        if (!cluster.ok())
            qFatal("%s", qPrintable(cluster.error().toString()));
        return cluster.value();
    }
};

QTEST_MAIN(TestMainWindowSlurm)
#include "tst_mainwindow_slurm.moc"
