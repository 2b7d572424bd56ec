// OpenSSH client configuration as `ssh -F FILE DEST` reads it, and destinations that must be refused.
#include <QTemporaryDir>
#include <QTest>

#include "remote/sshconfig.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
SshHostConfig resolved(const QByteArray& text, const QString& dest)
{
    const auto config = SshConfig::parse(text, u"test_config"_s);
    if (!config.ok())
        qFatal("%s", qPrintable(config.error().toString()));
    const auto host = config.value().resolve(dest);
    if (!host.ok())
        qFatal("%s", qPrintable(host.error().toString()));
    return host.value();
}
} // namespace

class TestSshConfig : public QObject {
    Q_OBJECT
private slots:
    void aliasGivesHostNameUserPortAndKeys()
    {
        const auto h = resolved("Host gpu1 gpu1.lab\n  HostName 10.0.0.5\n  User bench\n  Port 2222\n"
                                "  IdentityFile ~/.ssh/lab_key\n  IdentityFile /keys/%r@%h\n"
                                "  UserKnownHostsFile ~/.ssh/lab_known\n  StrictHostKeyChecking accept-new\n"
                                "  ServerAliveInterval 15\n  ServerAliveCountMax 2\n  ProxyJump bastion\n",
                                u"gpu1"_s);
        QCOMPARE(h.hostName, u"10.0.0.5"_s);
        QCOMPARE(h.user, u"bench"_s);
        QCOMPARE(h.port, 2222);
        QCOMPARE(h.identityFiles, (QStringList { QDir::homePath() + u"/.ssh/lab_key"_s, u"/keys/bench@10.0.0.5"_s }));
        QCOMPARE(h.userKnownHostsFiles, QStringList { QDir::homePath() + u"/.ssh/lab_known"_s });
        QCOMPARE(h.strictHostKeyChecking, u"accept-new"_s);
        QCOMPARE(h.serverAliveIntervalS, 15);
        QCOMPARE(h.serverAliveCountMax, 2);
        QCOMPARE(h.proxyJump, u"bastion"_s);
        QCOMPARE(h.label(), u"bench@10.0.0.5:2222"_s);
    }

    void firstValueWinsAcrossWildcardBlocks()
    {
        const QByteArray text = "Host gpu*\n  User first\n  Port 2200\nHost *\n  User second\n  Port 22\n  HostName %h.lab\n";
        const auto h = resolved(text, u"gpu7"_s);
        QCOMPARE(h.user, u"first"_s);
        QCOMPARE(h.port, 2200);
        QCOMPARE(h.hostName, u"gpu7.lab"_s);
        QCOMPARE(resolved(text, u"cpu1"_s).user, u"second"_s);
    }

    void negatedPatternExcludesABlock()
    {
        const QByteArray text = "Host gpu* !gpu-login\n  User bench\n";
        QCOMPARE(resolved(text, u"gpu3"_s).user, u"bench"_s);
        QVERIFY(resolved(text, u"gpu-login"_s).user != u"bench"_s);
    }

    void destinationOverridesTheFile()
    {
        const QByteArray text = "Host n1\n  User bench\n  Port 2222\n";
        QCOMPARE(resolved(text, u"alice@n1"_s).user, u"alice"_s);
        const auto colon = resolved(text, u"carol@n1:2023"_s);
        QCOMPARE(colon.user, u"carol"_s);
        QCOMPARE(colon.port, 2023);
        QCOMPARE(colon.hostName, u"n1"_s);
        QCOMPARE(resolved(text, u"[::1]:2024"_s).hostName, u"::1"_s);
        QCOMPARE(resolved(text, u"[::1]:2024"_s).port, 2024);
        const auto url = resolved(text, u"ssh://bob@n1:2022"_s);
        QCOMPARE(url.user, u"bob"_s);
        QCOMPARE(url.port, 2022);
    }

    void equalsSignsQuotesAndCommentsParse()
    {
        const auto h = resolved("# comment\nHost=n2\n  HostName = 10.1.1.1\n  IdentityFile \"/path with space/key\"\n", u"n2"_s);
        QCOMPARE(h.hostName, u"10.1.1.1"_s);
        QCOMPARE(h.identityFiles, QStringList { u"/path with space/key"_s });
    }

    void includeAndMatchBlocks()
    {
        QTemporaryDir dir;
        QFile inc(dir.filePath(u"extra.conf"_s));
        QVERIFY(inc.open(QIODevice::WriteOnly));
        inc.write("Host included\n  HostName 10.9.9.9\n");
        inc.close();
        const auto config = SshConfig::parse("Include " + dir.filePath(u"*.conf"_s).toUtf8() + "\nMatch exec true\n  User x\n",
                                             u"cfg"_s);
        QVERIFY(config.ok());
        QCOMPARE(config.value().resolve(u"included"_s).value().hostName, u"10.9.9.9"_s);
        QVERIFY(config.value().resolve(u"included"_s).value().user != u"x"_s);
        QCOMPARE(config.value().warnings().size(), 1);
        QVERIFY(config.value().aliases().contains(u"included"_s));
    }

    void defaultsWhenNothingIsConfigured()
    {
        const auto h = resolved("", u"plain-host"_s);
        QCOMPARE(h.hostName, u"plain-host"_s);
        QCOMPARE(h.port, 22);
        QCOMPARE(h.identityFiles.size(), 3);
        QCOMPARE(h.strictHostKeyChecking, u"ask"_s);
    }

    void hostileDestinationsAreRefused_data()
    {
        QTest::addColumn<QString>("destination");
        for (const QString& d : { u"-oProxyCommand=touch /tmp/x"_s, u"host;id"_s, u"host name"_s, u"$(id)"_s, u"`id`"_s,
                                  u"h|x"_s, u"-x@host"_s, u"us er@host"_s, u"a'b@host"_s, QString(), u"ssh://"_s })
            QTest::newRow(qPrintable(d)) << d;
    }
    void hostileDestinationsAreRefused()
    {
        QFETCH(QString, destination);
        const auto config = SshConfig::parse("", u"cfg"_s);
        QVERIFY(!config.value().resolve(destination).ok());
    }

    // a port that is not a whole number 1..65535 is a typo to report (inferdeck-cli: usage error), never
    // part of a host name to dial (which failed later as a connection error)
    void malformedPortInTheDestinationIsRefused_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("found");
        QTest::newRow("[::1]:22x") << u"[::1]:22x"_s << u"found 22x"_s;
        QTest::newRow("host:22x") << u"host:22x"_s << u"found 22x"_s;
        QTest::newRow("user@host:x22") << u"user@host:x22"_s << u"found x22"_s;
        QTest::newRow("port 0") << u"host:0"_s << u"found 0"_s;
        QTest::newRow("port 65536") << u"[::1]:65536"_s << u"found 65536"_s;
        QTest::newRow("sign") << u"host:+22"_s << u"found +22"_s;
        QTest::newRow("empty port") << u"[::1]:"_s << u"found "_s;
        QTest::newRow("space") << u"host: 22"_s << u"found  22"_s;
        QTest::newRow("text after the bracket") << u"[::1]x"_s << u"not a valid host name"_s;
        QTest::newRow("nested bracket") << u"[[::1]]:22"_s << u"not a valid host name"_s;
    }
    void malformedPortInTheDestinationIsRefused()
    {
        QFETCH(QString, destination);
        QFETCH(QString, found);
        const auto config = SshConfig::parse("", u"cfg"_s);
        const auto h = config.value().resolve(destination);
        QVERIFY2(!h.ok(), qPrintable(h.ok() ? h.value().hostName : QString()));
        QVERIFY2(h.error().toString().contains(found), qPrintable(h.error().toString()));
        QCOMPARE(h.error().where, destination);
    }

    void bareAndBracketedIpv6WithoutAPortKeepTheConfiguredPort()
    {
        const QByteArray text = "Host *\n  Port 2200\n";
        QCOMPARE(resolved(text, u"::1"_s).hostName, u"::1"_s);
        QCOMPARE(resolved(text, u"::1"_s).port, 2200);
        QCOMPARE(resolved(text, u"[fe80::1%eth0]"_s).hostName, u"fe80::1%eth0"_s);
        QCOMPARE(resolved(text, u"me@[::1]"_s).port, 2200);
    }

    void badPortIsAnErrorNamingTheFile()
    {
        const auto config = SshConfig::parse("Host n\n  Port 99999\n", u"my_config"_s);
        const auto h = config.value().resolve(u"n"_s);
        QVERIFY(!h.ok());
        QVERIFY(h.error().toString().contains(u"my_config"_s));
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
