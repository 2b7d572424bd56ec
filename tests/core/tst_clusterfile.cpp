// The cluster file's API key, TLS and simulator fields: what it accepts, what it refuses (naming the
// field), that it never holds a key, and how a node's settings reach the agent's spec and launch; and
// that no text field holds a control character.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "io/runfiles.h"
#include "run/democluster.h"
#include "run/nodeaccess.h"
#include "run/phaseplan.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray clusterWith(const QByteArray& nodeFields)
{
    return "{\"name\": \"c\", \"nodes\": [{\"name\": \"n1\", \"ssh\": \"gpu-1\", " + nodeFields + "}]}";
}

ClusterNode nodeFrom(const QByteArray& fields)
{
    const auto c = parseCluster(clusterWith(fields), u"test"_s);
    return c ? c.value().nodes.value(0) : ClusterNode{};
}

void writeKey(const QString& path, const QByteArray& content, QFile::Permissions mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(mode));
}
} // namespace

class TestClusterFile : public QObject {
    Q_OBJECT
private slots:
    void refusesWithTheFieldNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("a literal api_key")
            << clusterWith("\"endpoint\": \"http://h:1\", \"api_key\": \"sk-123\"") << u"nodes[0].api_key: a key is never written"_s;
        QTest::newRow("a token anywhere") << QByteArray("{\"nodes\": [], \"extra\": {\"Bearer-Token\": \"abc\"}}")
                                         << u"extra.Bearer-Token: a key is never written"_s;
        QTest::newRow("--api-key in a launch template")
            << clusterWith("\"endpoint\": \"http://h:1\", \"launch\": \"vllm serve {model} --api-key sk-1\"") << u"nodes[0].launch: --api-key"_s;
        QTest::newRow("a key, not a variable name")
            << clusterWith("\"endpoint\": \"http://h:1\", \"api_key_env\": \"sk-abc.def\"") << u"nodes[0].api_key_env: expected the name"_s;
        QTest::newRow("both key sources")
            << clusterWith("\"endpoint\": \"http://h:1\", \"api_key_env\": \"K\", \"api_key_file\": \"/k\"") << u"nodes[0].api_key_file: give api_key_env"_s;
        QTest::newRow("ca_file on http") << clusterWith("\"endpoint\": \"http://h:1\", \"ca_file\": \"/ca.pem\"") << u"nodes[0].ca_file: only an https"_s;
        QTest::newRow("insecure on http")
            << clusterWith("\"endpoint\": \"http://h:1\", \"insecure_skip_verify\": true") << u"nodes[0].insecure_skip_verify: only an https"_s;
        QTest::newRow("ca_file and insecure")
            << clusterWith("\"endpoint\": \"https://h:1\", \"ca_file\": \"/ca.pem\", \"insecure_skip_verify\": true")
            << u"nodes[0].insecure_skip_verify: give ca_file or"_s;
        QTest::newRow("insecure not a bool")
            << clusterWith("\"endpoint\": \"https://h:1\", \"insecure_skip_verify\": \"yes\"") << u"nodes[0].insecure_skip_verify"_s;
        QTest::newRow("unknown dialect")
            << clusterWith("\"endpoint\": \"http://h:1\", \"launch\": \"{python} {agent} serve-sim --port {port}\", \"dialect\": \"trtllm\"")
            << u"nodes[0].dialect: expected one of vllm, sglang, tgi, llamacpp"_s;
        QTest::newRow("dialect on a real engine")
            << clusterWith("\"endpoint\": \"http://h:1\", \"launch\": \"vllm serve {model}\", \"dialect\": \"vllm\"") << u"nodes[0].dialect: only the agent's simulator"_s;
        QTest::newRow("reasoning without a launch") << clusterWith("\"endpoint\": \"http://h:1\", \"reasoning_tokens\": 4")
                                                    << u"nodes[0].reasoning_tokens: only the agent's simulator"_s;
        QTest::newRow("negative reasoning")
            << clusterWith("\"endpoint\": \"http://h:1\", \"launch\": \"{python} {agent} serve-sim\", \"reasoning_tokens\": -1")
            << u"nodes[0].reasoning_tokens"_s;
        QTest::newRow("ftp endpoint") << clusterWith("\"endpoint\": \"ftp://h:1\"") << u"nodes[0].endpoint: expected http://host:port or https://"_s;
    }
    void refusesWithTheFieldNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto c = parseCluster(text, u"cluster.json"_s);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().toString().contains(message), qPrintable(c.error().toString()));
    }

    // a cluster file's text is printed (logs, "launching: ...") and becomes part of commands on the node:
    // a newline or ESC there could forge a log line or a terminal escape, a NUL would cut the command
    void controlCharactersAreRefusedWithTheFieldNamed_data()
    {
        QTest::addColumn<QByteArray>("node");
        QTest::addColumn<QString>("message");
        const QByteArray ep = "\"endpoint\": \"http://h:1\", ";
        QTest::newRow("ESC in launch") << QByteArray("\"name\": \"n\", \"ssh\": \"g\", " + ep + "\"launch\": \"vllm serve \\u001b[2J{model}\"")
                                       << u"nodes[0].launch: holds the control character U+001B at character 12"_s;
        QTest::newRow("NUL in launch") << QByteArray("\"name\": \"n\", \"ssh\": \"g\", " + ep + "\"launch\": \"vllm serve {model}\\u0000x\"")
                                       << u"nodes[0].launch: holds the control character U+0000"_s;
        QTest::newRow("newline in ssh") << QByteArray("\"name\": \"n\", \"ssh\": \"gpu-1\\nrun: forged\", " + ep.chopped(2))
                                        << u"nodes[0].ssh: holds the control character U+000A at character 6"_s;
        QTest::newRow("ESC in the endpoint's path")
            << QByteArray("\"name\": \"n\", \"ssh\": \"g\", \"endpoint\": \"http://h:1/v\\u001b]0;x\\u0007\"") << u"nodes[0].endpoint: holds the control character U+001B"_s;
        QTest::newRow("DEL in agent_dir") << QByteArray("\"name\": \"n\", \"local\": true, " + ep + "\"agent_dir\": \"a\\u007fb\"")
                                          << u"nodes[0].agent_dir: holds the control character U+007F"_s;
        QTest::newRow("C1 CSI in api_key_file") << QByteArray("\"name\": \"n\", \"ssh\": \"g\", " + ep + "\"api_key_file\": \"/k\\u009b2J\"")
                                                << u"nodes[0].api_key_file: holds the control character U+009B"_s;
        QTest::newRow("line separator in ca_file")
            << QByteArray("\"name\": \"n\", \"ssh\": \"g\", \"endpoint\": \"https://h:1\", \"ca_file\": \"/ca\\u2028.pem\"")
            << u"nodes[0].ca_file: holds the control character U+2028"_s;
        QTest::newRow("tab in api_key_env") << QByteArray("\"name\": \"n\", \"ssh\": \"g\", " + ep + "\"api_key_env\": \"K\\tEY\"")
                                            << u"nodes[0].api_key_env: holds the control character U+0009"_s;
    }
    void controlCharactersAreRefusedWithTheFieldNamed()
    {
        QFETCH(QByteArray, node);
        QFETCH(QString, message);
        const auto c = parseCluster("{\"nodes\": [{\"name\": \"ok\", \"local\": true, \"endpoint\": \"http://h:2\"}, {" + node + "}]}", u"cluster.json"_s);
        QVERIFY(!c.ok());
        // the second node: the path names the node as well as the field
        message.replace(u"nodes[0]"_s, u"nodes[1]"_s);
        QVERIFY2(c.error().toString().startsWith(u"cluster.json: "_s + message), qPrintable(c.error().toString()));
    }

    // a cluster made in the editor or built in is checked the same way before a run starts
    void checkClusterTextCoversClustersNotReadFromAFile()
    {
        QVERIFY(checkClusterText(demoSetup().cluster).ok());
        Cluster named = demoSetup().cluster;
        named.name = u"demo\u001b[31m"_s;
        const auto n = checkClusterText(named, u"editor"_s);
        QVERIFY(!n.ok());
        QVERIFY2(n.error().toString().startsWith(u"editor: name: holds the control character U+001B at character 5"_s), qPrintable(n.error().toString()));
        Cluster launch = demoSetup().cluster;
        launch.nodes[1].launch.command += QChar(u'\0');
        const auto l = checkClusterText(launch);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().toString().startsWith(u"nodes[1].launch: holds the control character U+0000"_s), qPrintable(l.error().toString()));
    }

    void aPlanWithAKeyIsRefused()
    {
        const auto p = parsePlan("{\"model\": \"m\", \"requests\": 1, \"api_key\": \"sk-live-1\"}", u"plan.json"_s);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().toString().contains(u"api_key: a key is never written"_s), qPrintable(p.error().toString()));
        QVERIFY(p.error().toString().contains(u"api_key_env"_s));
        const auto e = parsePlan("{\"model\": \"m\", \"requests\": 1, \"external\": {\"command\": \"bench --api-key=sk-2 {endpoint}\"}}", u"plan.json"_s);
        QVERIFY(!e.ok());
        QVERIFY2(e.error().toString().contains(u"external.command: --api-key"_s), qPrintable(e.error().toString()));
    }

    void everyFieldReadsBackEqual()
    {
        const ClusterNode a = nodeFrom("\"endpoint\": \"https://h:8443\", \"api_key_env\": \"VLLM_KEY\", \"ca_file\": \"/etc/ca.pem\"");
        QCOMPARE(a.access.apiKeyEnv, u"VLLM_KEY"_s);
        QCOMPARE(a.access.caFile, u"/etc/ca.pem"_s);
        QCOMPARE(tlsMode(a), u"ca_file"_s);
        const ClusterNode b = nodeFrom("\"endpoint\": \"https://h:8443\", \"api_key_file\": \"/k\", \"insecure_skip_verify\": true");
        QCOMPARE(b.access.apiKeyFile, u"/k"_s);
        QCOMPARE(tlsMode(b), u"insecure"_s);
        const ClusterNode c = nodeFrom("\"endpoint\": \"http://h:1\", \"launch\": \"{python} {agent} serve-sim --port {port}\", \"dialect\": \"tgi\", \"reasoning_tokens\": 32");
        QCOMPARE(c.sim.dialect, u"tgi"_s);
        QCOMPARE(c.sim.reasoningTokens, 32);
        QCOMPARE(tlsMode(c), u"none"_s);
        const ClusterNode system = nodeFrom("\"endpoint\": \"https://h:1\"");
        QCOMPARE(tlsMode(system), u"system"_s);
        for (const ClusterNode& n : { a, b, c }) {
            Cluster cluster;
            cluster.name = u"c"_s;
            cluster.nodes = { n };
            const auto back = parseCluster(QByteArray::fromStdString(toJson(cluster).dump()), u"again"_s);
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
            QCOMPARE(back.value(), cluster);
        }
    }

    void theSpecSaysStdinAndTheLaunchGetsTheDialect()
    {
        RunPlan plan;
        plan.model = u"m"_s;
        plan.requests = 1;
        const PhaseSpec phase = planPhases(plan, 1).first();
        const ClusterNode keyed = nodeFrom("\"endpoint\": \"https://h:1\", \"api_key_env\": \"K\", \"ca_file\": \"/ca.pem\"");
        const auto spec = agentRunSpec(plan, phase, keyed, 1, u"runs/x/agent-files/ca-n1.pem"_s);
        QCOMPARE(QString::fromStdString(spec.value("api_key", "")), u"stdin"_s);
        QCOMPARE(QString::fromStdString(spec["tls"].value("ca_file", "")), u"runs/x/agent-files/ca-n1.pem"_s);
        const auto open = agentRunSpec(plan, phase, nodeFrom("\"endpoint\": \"http://h:1\""), 1);
        QVERIFY(!open.contains("api_key"));
        QVERIFY(!open.contains("tls"));

        const ClusterNode sim = nodeFrom("\"endpoint\": \"http://h:1\", \"launch\": \"{python} {agent} serve-sim --port {port}\", \"dialect\": \"llamacpp\", \"reasoning_tokens\": 5");
        QCOMPARE(withSimulatorSettings({ u"python3"_s, u"a.pyz"_s, u"serve-sim"_s }, sim),
                 (QStringList { u"python3"_s, u"a.pyz"_s, u"serve-sim"_s, u"--dialect"_s, u"llamacpp"_s, u"--reasoning-tokens"_s, u"5"_s }));
        QVERIFY(!launchesSimulator(LaunchSpec { u"vllm serve serve-sim"_s }));
    }

    void theKeyIsReadFromTheNamedPlaceOnly()
    {
        QTemporaryDir dir;
        qputenv("TST_CLUSTERFILE_KEY", "  sk-from-env\n");
        ClusterNode n = nodeFrom("\"endpoint\": \"http://h:1\", \"api_key_env\": \"TST_CLUSTERFILE_KEY\"");
        auto key = readApiKey(n);
        QVERIFY(key.ok());
        QCOMPARE(key.value().view().toByteArray(), QByteArray("sk-from-env"));

        qunsetenv("TST_CLUSTERFILE_KEY");
        key = readApiKey(n);
        QVERIFY(!key.ok());
        QVERIFY(key.error().toString().contains(u"TST_CLUSTERFILE_KEY is not set"_s));

        qputenv("TST_CLUSTERFILE_KEY", "two words");
        QVERIFY(!readApiKey(n).ok());
        qunsetenv("TST_CLUSTERFILE_KEY");

        const QString file = dir.filePath(u"key"_s);
        n.access = {};
        n.access.apiKeyFile = file;
        QVERIFY(!readApiKey(n).ok()); // missing file
        writeKey(file, "sk-in-file\n", QFile::ReadOwner | QFile::WriteOwner);
        QString warning;
        key = readApiKey(n, &warning);
        QVERIFY(key.ok());
        QCOMPARE(key.value().view().toByteArray(), QByteArray("sk-in-file"));
        QVERIFY(warning.isEmpty());
        writeKey(file, "sk-in-file\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        key = readApiKey(n, &warning);
        QVERIFY(key.ok());
        QVERIFY(warning.contains(u"readable by its group"_s));
        writeKey(file, "sk-in-file\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        key = readApiKey(n);
        QVERIFY(!key.ok());
        QVERIFY(key.error().toString().contains(u"chmod 600"_s));
        writeKey(file, "\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!readApiKey(n).ok()); // empty

        n.access = {};
        QVERIFY(readApiKey(n).ok());
        QVERIFY(readApiKey(n).value().isEmpty()); // no key named: none sent
    }

    void aCaFileMustHoldACertificate()
    {
        QTemporaryDir dir;
        ClusterNode n = nodeFrom("\"endpoint\": \"https://h:1\"");
        n.access.caFile = dir.filePath(u"ca.pem"_s);
        QVERIFY(!readCaBundle(n).ok());
        writeKey(n.access.caFile, "not a certificate\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(readCaBundle(n).error().toString().contains(u"no PEM certificate"_s));
        writeKey(n.access.caFile, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(readCaBundle(n).ok());
    }
};

QTEST_GUILESS_MAIN(TestClusterFile)
#include "tst_clusterfile.moc"
