// The cluster file's Kubernetes scheduler: what it accepts and reads back, what it refuses (naming the field);
// the kubectl commands InferDeck runs, checked against kubectl's documented options
// (tests/data/kubernetes/SOURCES.md); kubectl's pod JSON as InferDeck reads it; the pod's place in the result
// file and the report's appendix.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "io/resultfile.h"
#include "io/runfiles.h"
#include "remote/kubernetespods.h"
#include "remote/kubernetestransport.h"
#include "remote/podstatus.h"
#include "grading/grader.h"
#include "io/rubricfile.h"
#include "metrics/resultsummary.h"
#include "report/reportbuilder.h"
#include "report/reportrender.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray k8sCluster(const QByteArray& schedulerFields, const QByteArray& nodeFields = {})
{
    return "{\"name\": \"c\", \"scheduler\": {\"kind\": \"kubernetes\"" + schedulerFields + "}, \"nodes\": ["
           "{\"name\": \"a\"" + nodeFields + "}, {\"name\": \"b\"}]}";
}

QByteArray fixture(const QString& name)
{
    QFile f(sourcePath(u"tests/data/kubernetes/"_s + name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

BenchmarkResult syntheticResult(int nodes)
{
    SyntheticSpec spec;
    spec.nodes = nodes;
    spec.requestsPerNode = 20;
    spec.repetitions = 1;
    spec.scaling = nodes > 1;
    return makeSyntheticRun(spec);
}

// The Markdown report, built as every report is
QString renderMarkdownForTest(const BenchmarkResult& r)
{
    const ResultSummary summary = summarizeResult(r);
    const GradeCard card = gradeResult(r, summary, defaultRubric());
    return renderMarkdown(buildReport({ r, summary, card, defaultRubric(), u"r.inferdeck.json"_s, u"InferDeck test"_s, 0.0 }), u"img"_s).text;
}
} // namespace

class TestKubernetesCluster : public QObject {
    Q_OBJECT
private slots:
    void readsEverySettingAndWritesItBack()
    {
        const auto c = parseCluster(k8sCluster(", \"kubectl_host\": \"bastion\", \"context\": \"prod-eu\", \"namespace\": \"llm\","
                                               " \"selector\": \"app=vllm,tier!=canary\", \"container\": \"engine\","
                                               " \"endpoint\": \"http://127.0.0.1:8080\""),
                                    u"c.json"_s);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        const KubernetesSettings& k = c.value().scheduler.kubernetes;
        QCOMPARE(c.value().scheduler.kind, SchedulerSpec::Kind::Kubernetes);
        QCOMPARE(k.kubectlHost, u"bastion"_s);
        QVERIFY(!k.kubectlLocal());
        QCOMPARE(k.context, u"prod-eu"_s);
        QCOMPARE(k.nameSpace, u"llm"_s);
        QCOMPARE(k.selector, u"app=vllm,tier!=canary"_s);
        QCOMPARE(k.container, u"engine"_s);
        QCOMPARE(c.value().nodes[0].kind, ClusterNode::Kind::Kubernetes);
        // a node without an endpoint reaches the engine where the scheduler says, inside its own pod
        QCOMPARE(c.value().nodes[1].endpoint, u"http://127.0.0.1:8080"_s);
        const auto back = parseCluster(QByteArray::fromStdString(toJson(c.value()).dump()), u"again"_s);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), c.value());
    }

    void defaultsAndNamedPods()
    {
        const auto c = parseCluster(k8sCluster(", \"pods\": [\"vllm-0\", \"vllm-1.x\"]", ", \"endpoint\": \"http://127.0.0.1:9000\""), u"c.json"_s);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        const KubernetesSettings& k = c.value().scheduler.kubernetes;
        QVERIFY(k.kubectlLocal());
        QVERIFY(k.context.isEmpty() && k.nameSpace.isEmpty() && k.container.isEmpty());
        QCOMPARE(k.pods, (QStringList { u"vllm-0"_s, u"vllm-1.x"_s }));
        QCOMPARE(k.endpoint, u"http://127.0.0.1:8000"_s);
        QCOMPARE(c.value().nodes[0].endpoint, u"http://127.0.0.1:9000"_s); // a node's own endpoint wins
        QCOMPARE(c.value().nodes[1].endpoint, u"http://127.0.0.1:8000"_s);
    }

    void refusesWithTheFieldNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QByteArray("{\"scheduler\": {\"kind\": \"nomad\"}, \"nodes\": []}")
                                      << u"scheduler.kind: expected \"slurm\" or \"kubernetes\""_s;
        QTest::newRow("misspelt key") << k8sCluster(", \"selector\": \"app=x\", \"namspace\": \"llm\"") << u"scheduler.namspace: unknown key"_s;
        QTest::newRow("a Slurm key") << k8sCluster(", \"selector\": \"app=x\", \"partition\": \"gpu\"") << u"scheduler.partition: unknown key"_s;
        QTest::newRow("neither selector nor pods") << k8sCluster({}) << u"scheduler: name the pods"_s;
        QTest::newRow("both selector and pods") << k8sCluster(", \"selector\": \"app=x\", \"pods\": [\"a\", \"b\"]")
                                                << u"scheduler: give either a label \"selector\" or a list of \"pods\", not both"_s;
        QTest::newRow("pod name with upper case") << k8sCluster(", \"pods\": [\"Vllm-0\", \"b\"]") << u"scheduler.pods[0]: expected a pod name"_s;
        QTest::newRow("pod name as an option") << k8sCluster(", \"pods\": [\"-it\", \"b\"]") << u"scheduler.pods[0]: expected a pod name"_s;
        QTest::newRow("a pod twice") << k8sCluster(", \"pods\": [\"a\", \"a\"]") << u"scheduler.pods[1]: the pod a is named twice"_s;
        QTest::newRow("fewer pods than nodes") << k8sCluster(", \"pods\": [\"a\"]") << u"scheduler.pods: names 1 pods for 2 nodes"_s;
        QTest::newRow("empty pod list") << k8sCluster(", \"pods\": []") << u"scheduler.pods: expected at least one pod name"_s;
        QTest::newRow("namespace with a slash") << k8sCluster(", \"selector\": \"app=x\", \"namespace\": \"llm/prod\"")
                                                << u"scheduler.namespace: expected a namespace name"_s;
        QTest::newRow("container as an option") << k8sCluster(", \"selector\": \"app=x\", \"container\": \"--privileged\"")
                                                 << u"scheduler.container: expected a container name"_s;
        QTest::newRow("selector with a semicolon") << k8sCluster(", \"selector\": \"app=x; rm -rf /\"")
                                                   << u"scheduler.selector: expected a label selector"_s;
        QTest::newRow("selector as an option") << k8sCluster(", \"selector\": \"--all-namespaces\"") << u"scheduler.selector: expected a label selector"_s;
        QTest::newRow("context as an option") << k8sCluster(", \"selector\": \"app=x\", \"context\": \"--kubeconfig=/x\"")
                                              << u"scheduler.context: expected a kubeconfig context name"_s;
        QTest::newRow("control character in the context") << k8sCluster(", \"selector\": \"app=x\", \"context\": \"a\\u001b[2J\"")
                                                           << u"scheduler.context"_s;
        QTest::newRow("kubectl host as an option") << k8sCluster(", \"selector\": \"app=x\", \"kubectl_host\": \"-oProxyCommand=x\"")
                                                   << u"scheduler.kubectl_host: expected \"local\" or an ssh destination"_s;
        QTest::newRow("endpoint not http") << k8sCluster(", \"selector\": \"app=x\", \"endpoint\": \"ftp://x\"")
                                           << u"scheduler.endpoint: expected http://host:port"_s;
        QTest::newRow("selector not a string") << k8sCluster(", \"selector\": 7") << u"scheduler.selector"_s;
        QTest::newRow("a node naming a host") << k8sCluster(", \"selector\": \"app=x\"", ", \"ssh\": \"gpu1\"")
                                              << u"nodes[0].ssh: a node of a Kubernetes cluster runs in its pod"_s;
    }
    void refusesWithTheFieldNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto c = parseCluster(text, u"c.json"_s);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(message), qPrintable(c.error().message));
        QCOMPARE(c.error().where, u"c.json"_s);
    }

    // kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]: global options first, -i for
    // stdin (never -t: a TTY would merge stderr and echo the key), the container named, `--` before the command
    void execArgvFollowsKubectlsUsage()
    {
        const QStringList kubectl { u"kubectl"_s, u"--context=prod"_s, u"--namespace=llm"_s };
        const QStringList argv = KubernetesExecTransport::execArgv(kubectl, u"vllm-0"_s, u"engine"_s, { u"python3"_s, u"-i"_s, u"x y"_s });
        QCOMPARE(argv.mid(0, 9), (QStringList { u"kubectl"_s, u"--context=prod"_s, u"--namespace=llm"_s, u"exec"_s, u"-i"_s, u"vllm-0"_s,
                                                u"-c"_s, u"engine"_s, u"--"_s }));
        QCOMPARE(argv.mid(9, 2), (QStringList { u"python3"_s, u"-c"_s })); // the wrapper, then the command's words as given
        QCOMPARE(argv.mid(12), (QStringList { u"python3"_s, u"-i"_s, u"x y"_s }));
        QVERIFY(!argv.contains(u"-t"_s) && !argv.contains(u"--tty"_s));
        // no container: kubectl's own default (annotation, else the first container)
        const QStringList noContainer = KubernetesExecTransport::execArgv({ u"kubectl"_s }, u"p"_s, {}, { u"true"_s });
        QCOMPARE(noContainer.mid(0, noContainer.indexOf(u"--"_s)), (QStringList { u"kubectl"_s, u"exec"_s, u"-i"_s, u"p"_s }));
        const QStringList stop = KubernetesExecTransport::stopArgv(kubectl, u"vllm-0"_s, u"engine"_s, 4242, 3000);
        QCOMPARE(stop.mid(3, 6), (QStringList { u"exec"_s, u"vllm-0"_s, u"-c"_s, u"engine"_s, u"--"_s, u"python3"_s }));
        QVERIFY(!stop.contains(u"-i"_s)); // nothing to say on its stdin
        QCOMPARE(stop.mid(stop.size() - 2), (QStringList { u"4242"_s, u"3.000"_s })); // the group, the grace in s
    }

    void getPodsArgvBySelectorOrNames()
    {
        KubernetesSettings k;
        k.selector = u"app=vllm"_s;
        QCOMPARE(KubernetesPods::getPodsArgv(k), (QStringList { u"get"_s, u"pods"_s, u"--selector=app=vllm"_s, u"--output=json"_s }));
        // watching the chosen pods goes by name, whatever found them
        QCOMPARE(KubernetesPods::getPodsArgv(k, { u"a"_s, u"b"_s }), (QStringList { u"get"_s, u"pods"_s, u"a"_s, u"b"_s, u"--output=json"_s }));
        k.selector.clear();
        k.pods = { u"x"_s };
        QCOMPARE(KubernetesPods::getPodsArgv(k), (QStringList { u"get"_s, u"pods"_s, u"x"_s, u"--output=json"_s }));
    }

    void readsKubectlsPodListAsMinikubePrintedIt()
    {
        const auto pods = parsePods(fixture(u"minikube-get-pods-list.json"_s), {}, u"kubectl"_s);
        QVERIFY2(pods.ok(), qPrintable(pods.ok() ? QString() : pods.error().toString()));
        QCOMPARE(pods.value().size(), 1);
        const PodStatus& p = pods.value()[0];
        QCOMPARE(p.name, u"queue-l4dv8"_s);
        QCOMPARE(p.nameSpace, u"default"_s);
        QCOMPARE(p.uid, u"d8aa9a47-ad0f-4bbe-bc12-ab31605d3211"_s);
        QCOMPARE(p.phase, u"Running"_s);
        QCOMPARE(p.podIp, u"172.17.0.6"_s);
        QCOMPARE(p.nodeName, u"minikube"_s);
        QCOMPARE(p.container, u"queue"_s); // the first container, none being named
        QCOMPARE(p.image, u"gcr.io/kuar-demo/kuard-amd64:1"_s);
        QVERIFY(p.imageId.endsWith(u"@sha256:bd17153e9a3319f401acc7a27759243f37d422c06cbbf01cb3e1f54bbbfe14f4"_s));
        QVERIFY(p.running && p.ready);
        QCOMPARE(p.restarts, 0);
        QCOMPARE(p.startedAt, u"2022-12-23T09:36:47Z"_s);
        QVERIFY(podProblem(p).isEmpty());
    }

    void aCrashLoopingContainerIsNotReadyAndSaysWhy()
    {
        // one pod (kubectl get pod NAME prints a Pod, not a List); the annotated default container, not the first
        const auto pods = parsePods(fixture(u"crashloop-get-pod.json"_s), {}, u"kubectl"_s);
        QVERIFY(pods.ok());
        const PodStatus& p = pods.value().value(0);
        QCOMPARE(p.container, u"queue"_s);
        QVERIFY(!p.running && !p.ready);
        QCOMPARE(p.restarts, 3);
        QCOMPARE(podProblem(p), u"the container queue of pod queue-l4dv8 is not running (CrashLoopBackOff)"_s);
        // the sidecar, named, is running and ready
        QVERIFY(podProblem(parsePods(fixture(u"crashloop-get-pod.json"_s), u"sidecar"_s, {}).value().value(0)).isEmpty());
        // a container the pod does not have
        QCOMPARE(podProblem(parsePods(fixture(u"crashloop-get-pod.json"_s), u"engine"_s, {}).value().value(0)),
                 u"pod queue-l4dv8 has no container engine"_s);
    }

    void garbledOrHostilePodJsonIsAnError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << fixture(u"minikube-get-pods-list.json"_s).left(900);
        QTest::newRow("not json") << QByteArray("Error from server (Forbidden): pods is forbidden");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("a Service") << QByteArray("{\"kind\": \"Service\", \"metadata\": {\"name\": \"s\"}}");
        QTest::newRow("an item not a pod") << QByteArray("{\"kind\": \"List\", \"items\": [7]}");
        QTest::newRow("a pod without a name") << QByteArray("{\"kind\": \"Pod\", \"metadata\": {}}");
        QTest::newRow("kind a number") << QByteArray("{\"kind\": 7, \"items\": []}");
    }
    void garbledOrHostilePodJsonIsAnError()
    {
        QFETCH(QByteArray, text);
        const auto pods = parsePods(text, {}, u"bastion"_s);
        QVERIFY(!pods.ok());
        QCOMPARE(pods.error().where, u"bastion"_s);
    }

    void fieldsOfTheWrongTypeReadAsUnknownNotAsACrash()
    {
        const auto pods = parsePods("{\"kind\": \"Pod\", \"metadata\": {\"name\": \"p\", \"uid\": 5}, \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": 1}]},"
                                    " \"status\": {\"phase\": \"Running\", \"containerStatuses\": [{\"name\": \"c\", \"ready\": \"yes\","
                                    " \"restartCount\": \"3\", \"state\": {\"running\": []}}]}}",
                                    {}, {});
        QVERIFY(pods.ok());
        const PodStatus& p = pods.value()[0];
        QVERIFY(!p.ready); // "yes" is not true
        QCOMPARE(p.restarts, 0);
        QVERIFY(p.uid.isEmpty() && p.image.isEmpty());
        QVERIFY(!podProblem(p).isEmpty());
    }

    void controlCharactersInPodFieldsArePrintedEscaped()
    {
        const auto pods = parsePods("{\"kind\": \"Pod\", \"metadata\": {\"name\": \"p\\u001b[31m\"}, \"status\": {\"phase\": \"Pending\\n\"}}", {}, {});
        QVERIFY(pods.ok());
        QVERIFY(!pods.value()[0].name.contains(QChar(0x1b)));
        QVERIFY(!podProblem(pods.value()[0]).contains(u'\n'));
    }

    void aRestartAReplacementAndAStopAreChanges()
    {
        PodStatus then = parsePods(fixture(u"minikube-get-pods-list.json"_s), {}, {}).value()[0];
        PodStatus now = then;
        QVERIFY(podChange(then, now).isEmpty());
        now.ready = false; // readiness comes and goes under load: not a change of pod
        QVERIFY(podChange(then, now).isEmpty());
        now = then;
        now.restarts = 1;
        now.startedAt = u"2022-12-23T10:00:00Z"_s;
        QCOMPARE(podChange(then, now), u"pod queue-l4dv8 restarted during the run: container queue restart count 0 → 1, running again since 2022-12-23T10:00:00Z"_s);
        now = then;
        now.uid = u"other"_s;
        QVERIFY(podChange(then, now).contains(u"replaced"_s));
        now = then;
        now.phase = u"Failed"_s;
        QVERIFY(podChange(then, now).contains(u"left the Running phase"_s));
    }

    void placementRoundTripsThroughTheResultFileAndReachesTheAppendix()
    {
        BenchmarkResult r = syntheticResult(2);
        r.nodes[0].kubernetes = { u"prod-eu"_s, u"llm"_s, u"vllm-0"_s, u"engine"_s, u"vllm/vllm-openai:v0.6.3"_s, u"docker.io/vllm@sha256:ab"_s,
                                  u"gpu-node-7"_s, 2 };
        r.nodes[1].kubernetes = { u"prod-eu"_s, u"llm"_s, u"vllm-1"_s, u"engine"_s, u"vllm/vllm-openai:v0.6.3"_s, {}, u"gpu-node-8"_s, 0 };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.inferdeck.json"_s);
        QVERIFY(ResultFile::write(r, path).ok());
        const auto back = ResultFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value().nodes[0].kubernetes, r.nodes[0].kubernetes);
        QCOMPARE(back.value().nodes[1].kubernetes, r.nodes[1].kubernetes);
        const QString md = renderMarkdownForTest(back.value());
        QVERIFY2(md.contains(u"| Kubernetes pods | context prod-eu, namespace llm: vllm-0 (vllm/vllm-openai:v0.6.3, restarts 2), "
                              "vllm-1 (vllm/vllm-openai:v0.6.3, restarts 0) |"_s),
                 qPrintable(md.right(3000)));
        // a node that was no pod writes nothing of it: files of other runs stay as they were
        BenchmarkResult plain = syntheticResult(1);
        QVERIFY(ResultFile::write(plain, path).ok());
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QVERIFY(!f.readAll().contains("\"kubernetes\""));
        QVERIFY(!renderMarkdownForTest(plain).contains(u"Kubernetes pods"_s));
    }

    void aPlacementWithoutItsPodIsRefused()
    {
        BenchmarkResult r = syntheticResult(1);
        r.nodes[0].kubernetes.pod = u"p"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.inferdeck.json"_s);
        QVERIFY(ResultFile::write(r, path).ok());
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"pod\":\"p\"", "\"pod\":\"\"");
        QVERIFY(text.contains("\"pod\":\"\""));
        QFile w(path);
        w.open(QIODevice::WriteOnly);
        w.write(text);
        w.close();
        const auto back = ResultFile::read(path);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().toString().contains(u"nodes[0].kubernetes.pod"_s), qPrintable(back.error().toString()));
    }
};

QTEST_MAIN(TestKubernetesCluster) // the report draws its charts with QtGui
#include "tst_kubernetescluster.moc"
