// The cluster editor: nodes added, edited and removed with inline validation by the cluster file's own
// reader, a real probe of a local node through the agent, an unresolvable node's error, files round trip.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/clustereditor.h"
#include "io/runfiles.h"
#include "remote/localtransport.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
Cluster twoLocalNodes()
{
    Cluster c;
    c.name = u"lab"_s;
    for (const QString& n : { u"a"_s, u"b"_s }) {
        ClusterNode node;
        node.name = n;
        node.kind = ClusterNode::Kind::Local;
        node.endpoint = u"http://127.0.0.1:8000"_s;
        c.nodes.append(node);
    }
    return c;
}
} // namespace

class TestClusterEditor : public QObject {
    Q_OBJECT

private slots:
    void theSchedulerIsEditedInEachModeAndCheckedByTheFileReader()
    {
        ClusterEditor editor(twoLocalNodes(), {});
        auto* kind = editor.findChild<QComboBox*>(u"schedulerKind"_s);
        QVERIFY(kind);
        // Kubernetes: every node becomes a pod; the pods must be named one way or the other
        kind->setCurrentIndex(kind->findData(int(SchedulerSpec::Kind::Kubernetes)));
        QCOMPARE(editor.cluster().scheduler.kind, SchedulerSpec::Kind::Kubernetes);
        QCOMPARE(editor.cluster().nodes[1].kind, ClusterNode::Kind::Kubernetes);
        // the engine's endpoint in the pods is every node's (it changed none of them)
        editor.findChild<QLineEdit*>(u"podEndpoint"_s)->setText(u"http://127.0.0.1:9000"_s);
        QCOMPARE(editor.cluster().nodes[0].endpoint, u"http://127.0.0.1:9000"_s);
        QCOMPARE(editor.cluster().nodes[1].endpoint, u"http://127.0.0.1:9000"_s);
        QVERIFY2(editor.validationMessage().contains(u"scheduler: name the pods"_s), qPrintable(editor.validationMessage()));
        QVERIFY(!editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        editor.findChild<QLineEdit*>(u"pods"_s)->setText(u"app=vllm"_s);
        editor.findChild<QLineEdit*>(u"namespace"_s)->setText(u"LLM"_s);
        QVERIFY2(editor.validationMessage().contains(u"scheduler.namespace"_s), qPrintable(editor.validationMessage()));
        editor.findChild<QLineEdit*>(u"namespace"_s)->setText(u"llm"_s);
        editor.findChild<QLineEdit*>(u"context"_s)->setText(u"prod-eu"_s);
        editor.findChild<QLineEdit*>(u"container"_s)->setText(u"vllm"_s);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        // by names: one per node
        editor.findChild<QComboBox*>(u"podsBy"_s)->setCurrentIndex(1);
        editor.findChild<QLineEdit*>(u"pods"_s)->setText(u"vllm-0"_s);
        QVERIFY2(editor.validationMessage().contains(u"names 1 pods for 2 nodes"_s), qPrintable(editor.validationMessage()));
        editor.findChild<QLineEdit*>(u"pods"_s)->setText(u"vllm-0, vllm-1"_s);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        const KubernetesSettings k = editor.cluster().scheduler.kubernetes;
        QCOMPARE(k.pods, (QStringList { u"vllm-0"_s, u"vllm-1"_s }));
        QCOMPARE(k.context, u"prod-eu"_s);
        QVERIFY(k.selector.isEmpty());
        QTemporaryDir dir;
        QVERIFY(editor.saveTo(dir.filePath(u"k.json"_s)));
        const auto back = readClusterFile(dir.filePath(u"k.json"_s));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value().scheduler, editor.cluster().scheduler);
        ClusterEditor reopened(back.value(), {});
        QCOMPARE(reopened.findChild<QLineEdit*>(u"pods"_s)->text(), u"vllm-0, vllm-1"_s);
        QCOMPARE(reopened.findChild<QComboBox*>(u"podsBy"_s)->currentIndex(), 1);

        // Slurm: the nodes follow; a time limit Slurm would not read is refused by the file's reader
        kind->setCurrentIndex(kind->findData(int(SchedulerSpec::Kind::Slurm)));
        QCOMPARE(editor.cluster().nodes[0].kind, ClusterNode::Kind::Slurm);
        editor.findChild<QLineEdit*>(u"partition"_s)->setText(u"gpu"_s);
        editor.findChild<QLineEdit*>(u"timeLimit"_s)->setText(u"90 minutes"_s);
        QVERIFY2(editor.validationMessage().contains(u"scheduler.time_limit"_s), qPrintable(editor.validationMessage()));
        editor.findChild<QLineEdit*>(u"timeLimit"_s)->setText(u"1:30:00"_s);
        editor.findChild<QSpinBox*>(u"gpusPerNode"_s)->setValue(8);
        editor.findChild<QLineEdit*>(u"sbatchOptions"_s)->setText(u"--constraint=h100 --nodes=4"_s);
        QVERIFY2(editor.validationMessage().contains(u"--nodes is set by InferDeck"_s), qPrintable(editor.validationMessage()));
        // an option's own commas stay in it (they were taken for separators: --mail-type=END and FAIL)
        editor.findChild<QLineEdit*>(u"sbatchOptions"_s)->setText(u"--constraint=h100 --exclusive --mail-type=END,FAIL"_s);
        editor.findChild<QLineEdit*>(u"submitHost"_s)->setText(u"login1"_s);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        const SlurmSettings s = editor.cluster().scheduler.slurm;
        QCOMPARE(s.submitHost, u"login1"_s);
        QCOMPARE(s.timeLimit, u"1:30:00"_s);
        QCOMPARE(s.gpusPerNode, 8);
        QCOMPARE(s.sbatchOptions, (QStringList { u"--constraint=h100"_s, u"--exclusive"_s, u"--mail-type=END,FAIL"_s }));
        editor.findChild<QLineEdit*>(u"jobId"_s)->setText(u"4242"_s); // an existing job takes no job settings
        QVERIFY2(editor.validationMessage().contains(u"not to the existing job 4242"_s), qPrintable(editor.validationMessage()));
        editor.findChild<QLineEdit*>(u"jobId"_s)->clear();

        // none: the nodes are reached as they were before (these were local: they became SSH nodes without a
        // destination, which the editor took and `run` refused), and how they are reached is editable again
        auto* nodeKind = editor.findChildren<QComboBox*>().value(0);
        QVERIFY(!nodeKind->isEnabled()); // a scheduler decides how every node is reached
        kind->setCurrentIndex(kind->findData(int(SchedulerSpec::Kind::None)));
        QCOMPARE(editor.cluster().scheduler.kind, SchedulerSpec::Kind::None);
        QCOMPARE(editor.cluster().nodes[0].kind, ClusterNode::Kind::Local);
        QCOMPARE(editor.cluster().nodes[1].kind, ClusterNode::Kind::Local);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        QVERIFY(nodeKind->isEnabled());
        nodeKind->setCurrentIndex(nodeKind->findData(int(ClusterNode::Kind::Ssh)));
        QCOMPARE(editor.cluster().nodes[0].kind, ClusterNode::Kind::Ssh);
        QVERIFY2(editor.validationMessage().contains(u"names no host"_s), qPrintable(editor.validationMessage()));
        QLineEdit* destination = editor.findChildren<QLineEdit*>().value(2); // cluster name, node name, destination
        QVERIFY(destination->isEnabled());
        destination->setText(u"gpu-node-1"_s);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        QCOMPARE(editor.cluster().nodes[0].destination, u"gpu-node-1"_s);
        QVERIFY(!editor.findChild<QComboBox*>(u"schedulerKind"_s)->currentData().toInt());
    }

    void keyTlsAndSimulatorFieldsAreEditedAndCheckedByTheFileReader()
    {
        ClusterEditor editor(twoLocalNodes(), {});
        editor.findChild<QListWidget*>()->setCurrentRow(0);
        auto* keyEnv = editor.findChild<QLineEdit*>(u"apiKeyEnv"_s);
        auto* caFile = editor.findChild<QLineEdit*>(u"caFile"_s);
        auto* dialect = editor.findChild<QComboBox*>(u"dialect"_s);
        auto* reasoning = editor.findChild<QSpinBox*>(u"reasoning"_s);
        QVERIFY(keyEnv && caFile && dialect && reasoning);
        auto edits = editor.findChildren<QLineEdit*>();
        QLineEdit* endpoint = edits.value(3); // cluster name, node name, destination, endpoint
        QLineEdit* launch = edits.value(4);

        keyEnv->setText(u"sk-live.123"_s); // a key pasted where its variable's name belongs
        QVERIFY2(editor.validationMessage().contains(u"api_key_env"_s), qPrintable(editor.validationMessage()));
        keyEnv->setText(u"VLLM_API_KEY"_s);
        QVERIFY(editor.validationMessage().isEmpty());
        caFile->setText(u"/etc/ca.pem"_s);
        QVERIFY2(editor.validationMessage().contains(u"ca_file"_s), qPrintable(editor.validationMessage())); // http endpoint
        endpoint->setText(u"https://127.0.0.1:8443"_s);
        QVERIFY(editor.validationMessage().isEmpty());

        dialect->setCurrentIndex(dialect->findData(u"sglang"_s));
        QVERIFY2(editor.validationMessage().contains(u"serve-sim"_s), qPrintable(editor.validationMessage()));
        launch->setText(u"{python} {agent} serve-sim --port {port}"_s);
        reasoning->setValue(32);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));

        const ClusterNode n = editor.cluster().nodes[0];
        QCOMPARE(n.access.apiKeyEnv, u"VLLM_API_KEY"_s);
        QCOMPARE(n.access.caFile, u"/etc/ca.pem"_s);
        QCOMPARE(n.sim.dialect, u"sglang"_s);
        QCOMPARE(n.sim.reasoningTokens, 32);
        QTemporaryDir dir;
        QVERIFY(editor.saveTo(dir.filePath(u"c.json"_s)));
        const auto back = readClusterFile(dir.filePath(u"c.json"_s));
        QVERIFY(back.ok());
        QCOMPARE(back.value().nodes[0], n);
        ClusterEditor reopened(back.value(), {});
        QCOMPARE(reopened.findChild<QComboBox*>(u"dialect"_s)->currentData().toString(), u"sglang"_s);
        QCOMPARE(reopened.findChild<QLineEdit*>(u"apiKeyEnv"_s)->text(), u"VLLM_API_KEY"_s);
    }

    void theEngineMetricsPathIsEditedCheckedAndCanTurnScrapingOff()
    {
        ClusterEditor editor(twoLocalNodes(), {});
        editor.findChild<QListWidget*>()->setCurrentRow(0);
        auto* path = editor.findChild<QLineEdit*>(u"metricsPath"_s);
        QVERIFY(path);
        QCOMPARE(path->text(), u"/metrics"_s); // the engines' default is shown, not hidden
        path->setText(u"metrics"_s);
        QVERIFY2(editor.validationMessage().contains(u"metrics_path"_s), qPrintable(editor.validationMessage()));
        path->setText(u"/prometheus/metrics"_s);
        QVERIFY(editor.validationMessage().isEmpty());
        QCOMPARE(editor.cluster().nodes[0].metricsPath, u"/prometheus/metrics"_s);
        editor.findChild<QListWidget*>()->setCurrentRow(1);
        editor.findChild<QLineEdit*>(u"metricsPath"_s)->clear(); // this engine publishes nothing: do not ask
        QTemporaryDir dir;
        QVERIFY(editor.saveTo(dir.filePath(u"c.json"_s)));
        QFile saved(dir.filePath(u"c.json"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"metrics_path\": null"));
        const auto back = readClusterFile(dir.filePath(u"c.json"_s));
        QVERIFY(back.ok());
        QCOMPARE(back.value().nodes[0].metricsPath, u"/prometheus/metrics"_s);
        QCOMPARE(back.value().nodes[1].metricsPath, QString());
        ClusterEditor reopened(back.value(), {});
        reopened.findChild<QListWidget*>()->setCurrentRow(1);
        QCOMPARE(reopened.findChild<QLineEdit*>(u"metricsPath"_s)->text(), QString());
    }

    void editsAreValidatedInlineByTheFileReader()
    {
        ClusterEditor editor(twoLocalNodes(), {});
        QVERIFY(editor.validationMessage().isEmpty());
        QPushButton* ok = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // the second node renamed to the first's name: two nodes, one name
        editor.findChild<QListWidget*>()->setCurrentRow(1);
        auto edits = editor.findChildren<QLineEdit*>();
        QLineEdit* nodeName = edits.value(1); // cluster name, then node name
        nodeName->setText(u"a"_s);
        QVERIFY2(editor.validationMessage().contains(u"two nodes"_s), qPrintable(editor.validationMessage()));
        QVERIFY(!ok->isEnabled());
        nodeName->setText(u"b2"_s);
        QVERIFY(editor.validationMessage().isEmpty());
        QVERIFY(ok->isEnabled());
        QCOMPARE(editor.cluster().nodes[1].name, u"b2"_s);

        editor.addNode();
        QCOMPARE(editor.cluster().nodes.size(), 3);
        editor.removeNode();
        QCOMPARE(editor.cluster().nodes.size(), 2);
    }

    void testConnectionProbesALocalNodeThroughTheAgent()
    {
        QTemporaryDir home;
        ClusterEditor editor(twoLocalNodes(), [&](const ClusterNode& n, QString*) -> std::unique_ptr<Transport> {
            return std::make_unique<LocalTransport>(n.name, home.path());
        });
        QSignalSpy done(&editor, &ClusterEditor::probeFinished);
        editor.testConnection();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(done.first().at(1).toString().contains(u"Python"_s));
    }

    void aNodeThatCannotBeReachedSaysWhy()
    {
        ClusterEditor editor(twoLocalNodes(), [](const ClusterNode&, QString* error) -> std::unique_ptr<Transport> {
            *error = u"no Host gpu-9 in ~/.ssh/config"_s;
            return nullptr;
        });
        QSignalSpy done(&editor, &ClusterEditor::probeFinished);
        editor.testConnection();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toString().contains(u"gpu-9"_s));
    }

    void clusterFilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.json"_s);
        ClusterEditor editor(twoLocalNodes(), {});
        QVERIFY(editor.saveTo(path));
        const auto back = readClusterFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), twoLocalNodes());
        ClusterEditor other(Cluster{}, {});
        QVERIFY(other.loadFrom(path));
        QCOMPARE(other.cluster(), twoLocalNodes());
    }
};

QTEST_MAIN(TestClusterEditor)
#include "tst_clustereditor.moc"
