// `inferdeck-cli run` against the agent's simulator started with an API key and with TLS: the key goes
// from a workstation environment variable to the agent's stdin and nowhere else (no file the run wrote,
// no process's command line), a missing key or a wrong CA stops the run with a message that says so, and
// the inventory records how the endpoint was reached. A node's dialect and reasoning settings reach the
// simulator it launches.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "io/resultfile.h"
#include "sshdfixture.h"
#include "util/ports.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto kKeyVariable = "INFERDECK_TEST_API_KEY";

void writeFile(const QString& path, const QByteArray& content, QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(mode));
}

bool openssl(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A throw-away CA named `name` and, when `serverCert`, a certificate for 127.0.0.1 it signed.
bool makeCa(const QString& dir, const QString& name, bool serverCert)
{
    if (!openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                   name + u".pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=InferDeck test CA "_s + name },
                 dir))
        return false;
    if (!serverCert)
        return true;
    QFile ext(dir + u"/san.cnf"_s);
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    return openssl({ u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                     u"-subj"_s, u"/CN=127.0.0.1"_s },
                   dir)
        && openssl({ u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, name + u".pem"_s, u"-CAkey"_s, name + u".key"_s,
                     u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"san.cnf"_s },
                   dir);
}

// Files under `dir` (recursively) whose bytes contain `needle`.
QStringList filesContaining(const QString& dir, const QByteArray& needle, int* scanned)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        if (f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

QByteArray procFile(const QString& pid, const char* name)
{
    QFile f(u"/proc/%1/"_s.arg(pid) + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Processes whose command line (what `ps` shows every user) or environment (readable for our own
// processes) holds `needle`, except the CLI `exempt`, whose environment the test gave the key. A child
// the CLI has forked but not yet exec'd still is the CLI (same image, same command line, the parent's
// environment until exec replaces it), so it is exempt too; what it execs gets the filtered environment.
QStringList processesHolding(const QByteArray& needle, qint64 exempt)
{
    QStringList hits;
    const QByteArray cliCmdline = procFile(QString::number(exempt), "cmdline");
    for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray cmdline = procFile(pid, "cmdline");
        if (cmdline.contains(needle))
            hits << pid + u" (cmdline)"_s;
        const bool theCli = pid.toLongLong() == exempt || (!cliCmdline.isEmpty() && cmdline == cliCmdline);
        if (!theCli && procFile(pid, "environ").contains(needle))
            hits << pid + u" (environ)"_s;
    }
    return hits;
}

QJsonObject plan(int requests, const QString& api)
{
    return { { u"model"_s, u"sim/llama"_s },
             { u"api"_s, api },
             { u"load"_s, QJsonObject { { u"mode"_s, u"concurrency"_s }, { u"value"_s, 4 } } },
             { u"workload"_s, QJsonObject { { u"dataset"_s, u"synthetic"_s },
                                            { u"input"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, 40 }, { u"min"_s, 40 }, { u"max"_s, 40 } } },
                                            { u"output"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, 24 }, { u"min"_s, 24 }, { u"max"_s, 24 } } } } },
             { u"requests"_s, requests },
             { u"repetitions"_s, 1 } };
}

struct CliRun {
    int exitCode = -1;
    QByteArray err;
    QStringList keyInCmdline; // processes seen with the key in their command line or environment during the run
};
} // namespace

class TestCliRunAuthTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_key;
    QProcess m_sim;    // serve-sim with the key, plain http
    QProcess m_simTls; // serve-sim with the key, https with a certificate from the test CA
    int m_port = 0;
    int m_tlsPort = 0;

    int startSim(QProcess& sim, const QStringList& extra)
    {
        sim.setProgram(u"/usr/bin/python3"_s);
        sim.setArguments(QStringList { sourcePath(u"resources/agent"_s), u"serve-sim"_s, u"--port"_s, u"0"_s, u"--model"_s,
                                       u"sim/llama"_s, u"--speed"_s, u"4"_s, u"--api-key-file"_s, m_dir.filePath(u"server-key"_s) }
                         + extra);
        sim.start();
        if (!sim.waitForReadyRead(15000))
            return 0;
        const QJsonObject listening = QJsonDocument::fromJson(sim.readLine()).object();
        return listening.value(u"port"_s).toInt();
    }

    // Runs `inferdeck-cli run` on a one-node cluster (extra node fields in `node`) with the key in the
    // environment or not, watching every process's command line for the key while it runs.
    CliRun run(const QString& name, QJsonObject node, bool keyInEnvironment, int requests = 12, const QString& api = u"completions"_s,
               const QStringList& extraArgs = {})
    {
        CliRun r;
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        node.insert(u"name"_s, u"n1"_s);
        if (!node.contains(u"ssh"_s))
            node.insert(u"local"_s, true);
        writeFile(dir + u"/cluster.json"_s, QJsonDocument(QJsonObject { { u"nodes"_s, QJsonArray { node } } }).toJson());
        writeFile(dir + u"/plan.json"_s, QJsonDocument(plan(requests, api)).toJson());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_STATE_HOME"_s, m_dir.filePath(u"state"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        if (keyInEnvironment)
            env.insert(QString::fromLatin1(kKeyVariable), QString::fromLatin1(m_key));
        else
            env.remove(QString::fromLatin1(kKeyVariable));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("INFERDECK_CLI"),
                  QStringList { u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, dir + u"/cluster.json"_s, u"-o"_s, dir + u"/out"_s }
                      + extraArgs);
        if (!cli.waitForStarted(10000))
            return r;
        cli.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (!cli.waitForFinished(100) && t.elapsed() < 60000)
            r.keyInCmdline += processesHolding(m_key, cli.processId());
        if (cli.state() != QProcess::NotRunning) {
            cli.kill();
            cli.waitForFinished(5000);
            return r;
        }
        r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        r.err = cli.readAllStandardError();
        return r;
    }

    static BenchmarkResult readResult(const QString& dir)
    {
        const auto r = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        return r ? r.value() : BenchmarkResult {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = "idk-test-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        writeFile(m_dir.filePath(u"server-key"_s), m_key + '\n');
        QVERIFY2(makeCa(m_dir.path(), u"ca"_s, true), "openssl could not make the test CA");
        QVERIFY(makeCa(m_dir.path(), u"other-ca"_s, false));
        m_port = startSim(m_sim, {});
        QVERIFY(m_port > 0);
        m_tlsPort = startSim(m_simTls, { u"--tls-cert"_s, m_dir.filePath(u"server.pem"_s), u"--tls-key"_s, m_dir.filePath(u"server.key"_s) });
        QVERIFY(m_tlsPort > 0);
    }

    void cleanupTestCase()
    {
        for (QProcess* p : { &m_sim, &m_simTls }) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    }

    void keyFromEnvironmentReachesTheServerAndNoFileOrCommandLine()
    {
        const CliRun r = run(u"key"_s,
                             { { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(m_port) }, { u"api_key_env"_s, QString::fromLatin1(kKeyVariable) } },
                             true);
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const BenchmarkResult b = readResult(m_dir.filePath(u"key"_s));
        QCOMPARE(b.phases.size(), 1);
        const Phase& p = b.phases.first();
        QCOMPARE(qsizetype(p.requests.size()), 12);
        for (std::size_t i = 0; i < p.requests.size(); ++i)
            QCOMPARE(p.requests.status[i], RequestColumns::kOk);
        QCOMPARE(b.nodes.size(), 1);
        QVERIFY(b.nodes.first().apiKey);
        QCOMPARE(b.nodes.first().tls, u"none"_s);

        QVERIFY2(r.keyInCmdline.isEmpty(), qPrintable(r.keyInCmdline.join(u' ')));
        QVERIFY(!r.err.contains(m_key));
        // everything the run wrote: output, agent files, journals, result, reports, logs, the local node's home
        int scanned = 0;
        QStringList hits;
        for (const QString& d : { m_dir.filePath(u"key"_s), m_dir.filePath(u"state"_s), m_dir.filePath(u"cache"_s) })
            hits += filesContaining(d, m_key, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        QVERIFY2(scanned >= 8, qPrintable(u"only %1 files scanned"_s.arg(scanned))); // result, journals, spec, reports, log ...
        QVERIFY(!QDir(m_dir.filePath(u"state"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()); // the log was written
    }

    // The node reached over a real sshd on loopback: the agent, its spec, journal and CA copy live in the
    // node's agent directory, written through SSH; none holds the key, nor does sshd's log.
    void overSshTheKeyReachesNoFileOnTheNode()
    {
        qunsetenv("SSH_AUTH_SOCK");
        SshdFixture sshd;
        QString error;
        if (!sshd.start(error))
            QSKIP(qPrintable(u"cannot start sshd here: "_s + error));
        const QString dir = m_dir.filePath(u"ssh"_s);
        QDir().mkpath(dir);
        writeFile(dir + u"/ssh_config"_s, u"Host node-1\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2\n  UserKnownHostsFile %3\n"_s
                                            .arg(sshd.port())
                                            .arg(sshd.clientKey(), sshd.knownHostsFile())
                                            .toUtf8());
        const CliRun r = run(u"ssh"_s,
                             { { u"ssh"_s, u"node-1"_s },
                               { u"endpoint"_s, u"https://127.0.0.1:%1"_s.arg(m_tlsPort) },
                               { u"agent_dir"_s, sshd.path(u"node-home"_s) },
                               { u"api_key_env"_s, QString::fromLatin1(kKeyVariable) },
                               { u"ca_file"_s, m_dir.filePath(u"ca.pem"_s) } },
                             true, 12, u"completions"_s, { u"-F"_s, dir + u"/ssh_config"_s });
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const BenchmarkResult b = readResult(dir);
        QCOMPARE(qsizetype(b.phases.value(0).requests.size()), 12);
        QCOMPARE(b.nodes.value(0).tls, u"ca_file"_s);
        QVERIFY2(r.keyInCmdline.isEmpty(), qPrintable(r.keyInCmdline.join(u' ')));
        int scanned = 0;
        QStringList hits = filesContaining(sshd.dir(), m_key, &scanned) + filesContaining(dir, m_key, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        QVERIFY(!filesContaining(sshd.path(u"node-home"_s), "-----BEGIN CERTIFICATE-----", &scanned).isEmpty()); // the CA went there
        QVERIFY(scanned >= 10);
        QVERIFY(!sshd.log().contains(m_key));
    }

    void withoutAKeyTheRunSaysTheServerWantsOne()
    {
        const CliRun r = run(u"nokey"_s, { { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(m_port) } }, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the server wants an API key"), r.err.right(2000).constData());
    }

    void anUnsetKeyVariableIsBadInputBeforeAnythingStarts()
    {
        const CliRun r = run(u"unset"_s,
                             { { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(m_port) }, { u"api_key_env"_s, QString::fromLatin1(kKeyVariable) } },
                             false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(kKeyVariable) && r.err.contains("not set"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"unset/out/journal.jsonl"_s)));
    }

    void aKeyFileOthersCanReadIsRefused()
    {
        writeFile(m_dir.filePath(u"open-key"_s), m_key + '\n', QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const CliRun r = run(u"openkey"_s,
                             { { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(m_port) }, { u"api_key_file"_s, m_dir.filePath(u"open-key"_s) } },
                             false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("chmod 600"), r.err.constData());
    }

    void httpsWithTheTestCaRunsAndTheInventorySaysCaFile()
    {
        const CliRun r = run(u"tls-ca"_s,
                             { { u"endpoint"_s, u"https://127.0.0.1:%1"_s.arg(m_tlsPort) },
                               { u"api_key_file"_s, m_dir.filePath(u"server-key"_s) },
                               { u"ca_file"_s, m_dir.filePath(u"ca.pem"_s) } },
                             false);
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const BenchmarkResult b = readResult(m_dir.filePath(u"tls-ca"_s));
        QCOMPARE(b.phases.size(), 1);
        QCOMPARE(qsizetype(b.phases.first().requests.size()), 12);
        for (std::size_t i = 0; i < b.phases.first().requests.size(); ++i)
            QCOMPARE(b.phases.first().requests.status[i], RequestColumns::kOk);
        QCOMPARE(b.nodes.first().tls, u"ca_file"_s);
        QVERIFY(b.nodes.first().apiKey);
        QVERIFY(r.keyInCmdline.isEmpty());
        // the simulated telemetry reads the same https server, verified against the same CA
        QVERIFY2(!r.err.contains("telemetry sample failed"), r.err.right(2000).constData());
        QVERIFY(b.phases.first().telemetry.size() > 0);
    }

    void httpsWithAnotherCaStopsWithACertificateMessage()
    {
        const CliRun r = run(u"tls-wrong"_s,
                             { { u"endpoint"_s, u"https://127.0.0.1:%1"_s.arg(m_tlsPort) },
                               { u"api_key_file"_s, m_dir.filePath(u"server-key"_s) },
                               { u"ca_file"_s, m_dir.filePath(u"other-ca.pem"_s) } },
                             false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("certificate verify failed"), r.err.right(2000).constData());
    }

    void httpsWithoutVerificationRunsAndTheInventorySaysInsecure()
    {
        const CliRun r = run(u"tls-insecure"_s,
                             { { u"endpoint"_s, u"https://127.0.0.1:%1"_s.arg(m_tlsPort) },
                               { u"api_key_file"_s, m_dir.filePath(u"server-key"_s) },
                               { u"insecure_skip_verify"_s, true } },
                             false);
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const BenchmarkResult b = readResult(m_dir.filePath(u"tls-insecure"_s));
        QCOMPARE(b.nodes.first().tls, u"insecure"_s);
        QCOMPARE(qsizetype(b.phases.first().requests.size()), 12);
    }

    void aSimulatedNodeSpeaksItsDialectAndReasons()
    {
        const CliRun r = run(u"dialect"_s,
                             { { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                               { u"launch"_s, u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model} --speed 4"_s },
                               { u"ready_timeout_s"_s, 30 },
                               { u"dialect"_s, u"sglang"_s },
                               { u"reasoning_tokens"_s, 8 } },
                             false, 8, u"chat"_s); // reasoning streams in chat deltas (SGLang's reasoning_content)
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const BenchmarkResult b = readResult(m_dir.filePath(u"dialect"_s));
        QCOMPARE(b.phases.size(), 1);
        const RequestColumns& req = b.phases.first().requests;
        QCOMPARE(qsizetype(req.size()), 8);
        for (std::size_t i = 0; i < req.size(); ++i) {
            QCOMPARE(req.status[i], RequestColumns::kOk);
            QCOMPARE(req.reasoningTokens[i], 8);
            QVERIFY(req.firstAnswer[i] > req.firstToken[i]); // the answer follows the thinking
        }
        QCOMPARE(b.nodes.first().engines.value(0).name, u"sglang"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliRunAuthTls)
#include "tst_cli_run_auth_tls.moc"
