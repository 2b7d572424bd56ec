// The desktop window drives a run on two Kubernetes pods through the stand-in kubectl
// (tests/support/kubectl): the node list shows each pod's phase, readiness and restarts while it runs, and
// the result names the pods.
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include "io/runfiles.h"
#include "kubefixture.h"
#include "slurmfixture.h"
#include "windows/mainwindow.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

class TestMainWindowKubernetes : public QObject {
    Q_OBJECT
    KubeFixture m_kube;

private slots:
    void windowRunsAPlanInTwoPodsAndShowsTheirState()
    {
        m_kube.useInThisProcess();
        m_kube.addPod(u"sim-0"_s, u"sim"_s);
        m_kube.addPod(u"sim-1"_s, u"sim"_s);
        const QString launch = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --speed 4 --model {model}"_s;
        const int portA = SlurmFixture::unusedPort();
        int portB = SlurmFixture::unusedPort();
        while (portB == portA) // both simulators run on this one machine
            portB = SlurmFixture::unusedPort();
        const auto cluster = parseCluster(u"{\"name\": \"gui pods\", \"scheduler\": {\"kind\": \"kubernetes\", \"selector\": \"app=sim\"}, \"nodes\": ["
                                          "{\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:%1\", \"launch\": \"%3\"},"
                                          "{\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:%2\", \"launch\": \"%3\"}]}"_s
                                              .arg(portA)
                                              .arg(portB)
                                              .arg(launch)
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
        w.resize(1280, 800);
        w.show();
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.runPlan(plan.value(), cluster.value());
        QVERIFY(w.isRunning());
        // while it runs, each node's pod as the API server describes it
        auto* nodes = w.findChild<QListWidget*>();
        QVERIFY(nodes);
        const auto nodeText = [nodes](int row) { return nodes->item(row) ? nodes->item(row)->text() : QString(); };
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(1).contains(u"pod sim-1: Running, ready, restarts 0"_s), 30000);
        QVERIFY2(nodeText(0).contains(u"pod sim-0: Running, ready, restarts 0"_s), qPrintable(nodeText(0)));
        if (const QString dir = qEnvironmentVariable("INFERDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(3000); // into the phases, the charts drawing
            w.grab().save(dir + u"/mainwindow-kubernetes-live.png"_s);
        }
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Complete);
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(w.loaded());
        const BenchmarkResult& r = *w.loaded()->result;
        QCOMPARE(r.phases.size(), 2);
        QCOMPARE(r.nodes.value(1).kubernetes.pod, u"sim-1"_s);
        QCOMPARE(r.nodes.value(1).kubernetes.context, QString::fromLatin1(KubeFixture::kContext));
        // nothing of the run is left in the pods once the window has it
        QTRY_VERIFY_WITH_TIMEOUT(m_kube.processesInPods().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestMainWindowKubernetes)
#include "tst_mainwindow_kubernetes.moc"
