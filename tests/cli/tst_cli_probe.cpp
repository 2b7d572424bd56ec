// `inferdeck-cli probe` against a real sshd: inventory out, agent installed once and reused, host keys
// only with consent, exit code 4 for connection failures and 2 for hostile destinations.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "agent/agentscript.h"
#include "sshdfixture.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

class TestCliProbe : public QObject {
    Q_OBJECT
    SshdFixture m_sshd;
    QString m_config;

    QString writeConfig(const QString& name, const QString& knownHosts)
    {
        const QString path = m_sshd.path(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(u"Host node-a\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2\n  UserKnownHostsFile %3\n"_s
                    .arg(m_sshd.port())
                    .arg(m_sshd.clientKey(), knownHosts)
                    .toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QString error;
        if (!m_sshd.start(error))
            QSKIP(qPrintable(u"cannot start sshd here: "_s + error));
        m_config = writeConfig(u"config"_s, m_sshd.knownHostsFile());
    }

    void probePrintsTheInventoryAndReusesTheAgent()
    {
        const QString agentDir = m_sshd.path(u"agent-cache"_s);
        const auto r = runCli({ u"probe"_s, u"node-a"_s, u"-F"_s, m_config, u"--json"_s, u"--agent-dir"_s, agentDir });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray nodes = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(nodes.size(), 1);
        const QJsonObject inv = nodes[0].toObject();
        QCOMPARE(inv.value(u"destination"_s).toString(), u"node-a"_s);
        QVERIFY(inv.value(u"cpu_count"_s).toInt() >= 1);
        QVERIFY(inv.contains(u"gpus"_s));
        QVERIFY(!inv.value(u"hostname"_s).toString().isEmpty());

        const QString agent = agentDir + u'/' + AgentScript::sha256Hex().left(16) + u"/inferdeck_agent.pyz"_s;
        QFile f(agent);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                 AgentScript::sha256Hex());
        f.close();
        const QDateTime written = QFileInfo(agent).lastModified();
        QTest::qWait(1100);
        const auto again = runCli({ u"probe"_s, u"node-a"_s, u"-F"_s, m_config, u"--agent-dir"_s, agentDir });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("CPUs"));
        QCOMPARE(QFileInfo(agent).lastModified(), written); // reused, not uploaded again

        // a damaged copy is replaced
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("print('tampered')\n");
        f.close();
        QCOMPARE(runCli({ u"probe"_s, u"node-a"_s, u"-F"_s, m_config, u"--agent-dir"_s, agentDir }).exitCode, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), AgentScript::bytes());
        f.close();
    }

    void unknownHostKeyNeedsConsent()
    {
        const QString known = m_sshd.path(u"fresh_known_hosts"_s);
        QFile::remove(known);
        const QString config = writeConfig(u"fresh_config"_s, known);
        const QString agentDir = m_sshd.path(u"agent-cache"_s);
        const auto refused = runCli({ u"probe"_s, u"node-a"_s, u"-F"_s, config, u"--agent-dir"_s, agentDir });
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("SHA256:") && refused.err.contains("--accept-new-host-keys"), refused.err.constData());
        QVERIFY(!QFile::exists(known));
        const auto accepted = runCli({ u"probe"_s, u"node-a"_s, u"-F"_s, config, u"--accept-new-host-keys"_s, u"--agent-dir"_s, agentDir });
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(QFile::exists(known));
    }

    void connectionFailureIsExitCode4()
    {
        const auto r = runCli({ u"probe"_s, u"127.0.0.1:%1"_s.arg(freeLoopbackPort()), u"-F"_s, m_config });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData());
    }

    void hostileDestinationIsAUsageError()
    {
        const QString canary = m_sshd.path(u"canary"_s);
        const auto r = runCli({ u"probe"_s, u"-oProxyCommand=touch"_s + canary, u"-F"_s, m_config });
        QCOMPARE(r.exitCode, 2);
        const auto r2 = runCli({ u"probe"_s, u"node;touch "_s + canary, u"-F"_s, m_config });
        QCOMPARE(r2.exitCode, 2);
        QVERIFY(!QFile::exists(canary));
    }

    // a DEST whose port is no number from 1 to 65535 is a typo (2); it was once dialled as a host name
    // ("[::1]:22x") and reported as a connection failure (4)
    void malformedPortIsAUsageError_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::newRow("[::1]:22x") << u"[::1]:22x"_s;
        QTest::newRow("127.0.0.1:22x") << u"127.0.0.1:22x"_s;
        QTest::newRow("node-a:0") << u"node-a:0"_s;
        QTest::newRow("[::1]:65536") << u"[::1]:65536"_s;
        QTest::newRow("user@node-a:") << u"user@node-a:"_s;
    }
    void malformedPortIsAUsageError()
    {
        QFETCH(QString, destination);
        const auto r = runCli({ u"probe"_s, destination, u"-F"_s, m_config });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("port must be 1 to 65535"), r.err.constData());
    }

    // a bad value in the ssh config file is a bad input file (3), and the message names the file
    void badPortInTheSshConfigIsBadInput()
    {
        const QString config = m_sshd.path(u"bad_port_config"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host typo\n  HostName 127.0.0.1\n  Port 22x\n");
        f.close();
        const auto r = runCli({ u"probe"_s, u"typo"_s, u"-F"_s, config });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("bad_port_config") && r.err.contains("22x"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
