// SshTransport against a real OpenSSH sshd started by the test on 127.0.0.1: host keys, every way to
// authenticate, streaming, stdin, exit codes, stopping process groups, uploads, dropped links, jump hosts
// and hostile arguments.
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <spdlog/sinks/ostream_sink.h>

#include <csignal>
#include <sstream>

#include "log/log.h"
#include "remote/shellquote.h"
#include "remote/sshtransport.h"
#include "sshdfixture.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
class TestPrompter : public SshPrompter {
public:
    HostKeyDecision decision = HostKeyDecision::Refuse;
    QByteArray secretAnswer;
    int hostKeyQuestions = 0;
    int secretQuestions = 0;
    HostKeyInfo lastKey;
    HostKeyDecision unknownHostKey(const HostKeyInfo& key) override
    {
        ++hostKeyQuestions;
        lastKey = key;
        return decision;
    }
    std::optional<SecretBytes> secret(const SecretRequest&) override
    {
        ++secretQuestions;
        if (secretAnswer.isEmpty())
            return std::nullopt;
        return SecretBytes(QByteArray(secretAnswer.constData(), secretAnswer.size()));
    }
};

struct Outcome {
    QByteArray out;
    QByteArray err;
    int exitCode = -2;
    QString error;
    bool finished = false;
};

// Waits (bounded) until `transport` reaches Connected or Failed; returns the state and message.
std::pair<Transport::State, QString> openAndWait(Transport& t, int timeoutMs = 20000)
{
    std::pair<Transport::State, QString> result { Transport::State::Connecting, {} };
    QEventLoop loop;
    bool attempting = false; // news queued before this attempt (e.g. of a dropped link) is not its outcome
    auto c = QObject::connect(&t, &Transport::stateChanged, &loop, [&](Transport::State s, const QString& m) {
        attempting = attempting || s == Transport::State::Connecting;
        if (attempting && (s == Transport::State::Connected || s == Transport::State::Failed)) {
            result = { s, m };
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    t.open();
    loop.exec();
    QObject::disconnect(c);
    return result;
}

Outcome runAndWait(Transport& t, const QStringList& argv, const QByteArray& input = {}, bool sendInput = false,
                   int timeoutMs = 30000)
{
    Outcome o;
    QEventLoop loop;
    int id = -1;
    QList<QMetaObject::Connection> cs;
    cs << QObject::connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray& d) { if (i == id) o.out += d; });
    cs << QObject::connect(&t, &Transport::stderrLines, &loop, [&](int i, const QByteArray& d) { if (i == id) o.err += d; });
    cs << QObject::connect(&t, &Transport::finished, &loop, [&](int i, int code, const QString& e) {
        if (i != id)
            return;
        o.exitCode = code;
        o.error = e;
        o.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    id = t.start(argv);
    if (sendInput) {
        t.writeStdin(id, input);
        t.closeStdin(id);
    }
    loop.exec();
    for (const auto& c : cs)
        QObject::disconnect(c);
    return o;
}

QString uploadAndWait(Transport& t, const QByteArray& content, const QString& path)
{
    QString error = u"timed out"_s;
    QEventLoop loop;
    int id = -1;
    auto c = QObject::connect(&t, &Transport::uploadFinished, &loop, [&](int i, const QString& e) {
        if (i == id) {
            error = e;
            loop.quit();
        }
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    id = t.upload(content, path, 0755);
    loop.exec();
    QObject::disconnect(c);
    return error;
}

SshHostConfig hostFor(const SshdFixture& sshd)
{
    SshHostConfig h;
    h.destination = u"test-node"_s;
    h.hostName = u"127.0.0.1"_s;
    h.user = qEnvironmentVariable("USER", u"root"_s);
    h.port = sshd.port();
    h.identityFiles = { sshd.clientKey() };
    h.userKnownHostsFiles = { sshd.knownHostsFile() };
    return h;
}
} // namespace

class TestSshTransport : public QObject {
    Q_OBJECT
    SshdFixture m_sshd;
    TestPrompter m_prompter;

private slots:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK"); // the developer's agent must not decide these tests
        QString error;
        if (!m_sshd.start(error))
            QSKIP(qPrintable(u"cannot start sshd here: "_s + error));
    }

    void keyAuthStreamsOutputAndReturnsTheExitCode()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        const auto [state, message] = openAndWait(t);
        QCOMPARE(state, Transport::State::Connected);
        QVERIFY2(message.contains(m_sshd.clientKey()), qPrintable(message));
        const Outcome o = runAndWait(t, { u"sh"_s, u"-c"_s, u"echo hello; echo oops >&2; exit 3"_s });
        QVERIFY(o.finished);
        QCOMPARE(o.out, QByteArray("hello\n"));
        QCOMPARE(o.err, QByteArray("oops\n"));
        QCOMPARE(o.exitCode, 3);
    }

    void stdinRoundTrip()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        QByteArray input;
        for (int i = 0; i < 20000; ++i)
            input += "line " + QByteArray::number(i) + " äöü\n";
        const Outcome o = runAndWait(t, { u"cat"_s }, input, true);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, input);
    }

    void tenMegabytesOfStdoutArriveIntact()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        QByteArray expected;
        for (int i = 0; i < 40960; ++i) // 10 MiB: every byte value, newlines included
            for (int b = 0; b < 256; ++b)
                expected += char(b);
        const Outcome o = runAndWait(t, { u"python3"_s, u"-c"_s,
                                          u"import sys; sys.stdout.buffer.write(bytes(range(256)) * 40960)"_s });
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.size(), expected.size());
        QCOMPARE(QCryptographicHash::hash(o.out, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    }

    void hostileArgumentsArriveVerbatimAndRunNothing()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        const QString canary = m_sshd.path(u"canary"_s);
        const QStringList hostile = {
            u"; touch %1"_s.arg(canary), u"$(touch %1)"_s.arg(canary), u"`touch %1`"_s.arg(canary),
            u"' ; touch %1 ; '"_s.arg(canary), u"\" ; touch %1 ; \""_s.arg(canary), u"a\nb\ntouch %1"_s.arg(canary),
            u"*"_s, u"?"_s, u"[a-z]*"_s, u"~"_s, u"$HOME"_s, u"-n"_s, u"--help"_s, u"ünïcödé ✓ 日本"_s,
            u"back\\slash"_s, u"tab\there"_s, u"x=y"_s, u"&& touch %1"_s.arg(canary), u"| touch %1"_s.arg(canary),
            u"> %1"_s.arg(canary), QString(),
        };
        for (const QString& word : hostile) {
            // printf %s\0 prints the argument exactly as it arrived, NUL-terminated
            const Outcome o = runAndWait(t, { u"printf"_s, u"%s\\0"_s, word });
            QCOMPARE(o.exitCode, 0);
            QCOMPARE(QString::fromUtf8(o.out.chopped(1)), word);
        }
        QVERIFY2(!QFile::exists(canary), "a hostile argument ran a command on the node");
    }

    void unknownHostKeyIsRefusedWithoutConsentAcceptedOnceOrSaved()
    {
        SshHostConfig h = hostFor(m_sshd);
        h.userKnownHostsFiles = { m_sshd.path(u"empty_known_hosts"_s) };
        QFile::remove(h.userKnownHostsFiles[0]);
        TestPrompter refuse;
        {
            SshTransport t(h, &refuse);
            const auto [state, message] = openAndWait(t);
            QCOMPARE(state, Transport::State::Failed);
            QVERIFY2(message.contains(u"not accepted"_s), qPrintable(message));
            QCOMPARE(refuse.hostKeyQuestions, 1);
            QVERIFY(refuse.lastKey.fingerprint.startsWith(u"SHA256:"_s));
            QCOMPARE(refuse.lastKey.host, u"[127.0.0.1]:%1"_s.arg(m_sshd.port()));
        }
        TestPrompter once;
        once.decision = HostKeyDecision::AcceptOnce;
        {
            SshTransport t(h, &once);
            QCOMPARE(openAndWait(t).first, Transport::State::Connected);
            QVERIFY(!QFile::exists(h.userKnownHostsFiles[0]));
        }
        TestPrompter save;
        save.decision = HostKeyDecision::AcceptAndSave;
        {
            SshTransport t(h, &save);
            QCOMPARE(openAndWait(t).first, Transport::State::Connected);
            QVERIFY(QFile::exists(h.userKnownHostsFiles[0]));
        }
        TestPrompter again; // refuses, but is not asked: the key is known now
        {
            SshTransport t(h, &again);
            QCOMPARE(openAndWait(t).first, Transport::State::Connected);
            QCOMPARE(again.hostKeyQuestions, 0);
        }
    }

    void changedHostKeyIsAlwaysRefusedNamingTheLine()
    {
        QString error;
        const QString other = m_sshd.path(u"other_host_key"_s);
        QVERIFY2(SshdFixture::run(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other }, error),
                 qPrintable(error));
        QFile pub(other + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        SshHostConfig h = hostFor(m_sshd);
        h.userKnownHostsFiles = { m_sshd.path(u"changed_known_hosts"_s) };
        QFile known(h.userKnownHostsFiles[0]);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write("# line 1: a comment\n[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' '
                    + pub.readAll().split(' ').mid(0, 2).join(' ') + '\n');
        known.close();
        TestPrompter accepting;
        accepting.decision = HostKeyDecision::AcceptAndSave; // would accept anything; must not be asked
        SshTransport t(h, &accepting);
        const auto [state, message] = openAndWait(t);
        QCOMPARE(state, Transport::State::Failed);
        QVERIFY2(message.contains(u"HOST KEY CHANGED"_s), qPrintable(message));
        QVERIFY2(message.contains(h.userKnownHostsFiles[0] + u":2"_s), qPrintable(message));
        QCOMPARE(accepting.hostKeyQuestions, 0);
    }

    void passphraseIsAskedThroughTheCallbackAndNeverLogged()
    {
        QString error;
        const QString key = m_sshd.path(u"id_secret"_s);
        const QByteArray passphrase = "correct horse 7 battery";
        if (!QFile::exists(key)) {
            QVERIFY2(SshdFixture::run(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString::fromLatin1(passphrase),
                                                          u"-f"_s, key },
                                      error),
                     qPrintable(error));
            QVERIFY(m_sshd.authorize(key + u".pub"_s));
        }
        std::ostringstream logged;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(logged);
        log::addSink(sink);
        const auto unhook = qScopeGuard([&] { log::removeSink(sink); });
        log::remote()->set_level(spdlog::level::trace);
        SshHostConfig h = hostFor(m_sshd);
        h.identityFiles = { key };
        TestPrompter wrong;
        wrong.secretAnswer = "not it";
        {
            SshTransport t(h, &wrong);
            QCOMPARE(openAndWait(t).first, Transport::State::Failed);
            QCOMPARE(wrong.secretQuestions, 3); // three tries, like ssh
        }
        TestPrompter right;
        right.secretAnswer = passphrase;
        {
            SshTransport t(h, &right);
            const auto [state, message] = openAndWait(t);
            QCOMPARE(state, Transport::State::Connected);
            QVERIFY(message.contains(key));
            QCOMPARE(runAndWait(t, { u"true"_s }).exitCode, 0);
        }
        log::remote()->flush();
        const std::string text = logged.str();
        QVERIFY2(text.find("connected to") != std::string::npos, "the log sink saw nothing");
        QVERIFY2(text.find(passphrase.toStdString()) == std::string::npos, "the passphrase reached the log");
    }

    void sshAgentAuthenticates()
    {
        QString error;
        const QString socket = m_sshd.path(u"agent.sock"_s);
        QProcess agent;
        agent.start(u"ssh-agent"_s, { u"-D"_s, u"-a"_s, socket });
        QVERIFY(agent.waitForStarted(5000));
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QTest::qWait(20);
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
        const auto cleanup = qScopeGuard([&] {
            qunsetenv("SSH_AUTH_SOCK");
            agent.kill();
            agent.waitForFinished(2000);
        });
        QVERIFY2(SshdFixture::run(u"ssh-add"_s, { m_sshd.clientKey() }, error), qPrintable(error));
        SshHostConfig h = hostFor(m_sshd);
        h.identityFiles = { m_sshd.path(u"no-such-key"_s) }; // only the agent has the key
        SshTransport t(h, &m_prompter);
        const auto [state, message] = openAndWait(t);
        QCOMPARE(state, Transport::State::Connected);
        QVERIFY2(message.contains(u"ssh-agent"_s), qPrintable(message));
    }

    void hostAliasFromAnSshConfigFile()
    {
        QFile f(m_sshd.path(u"ssh_config"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"Host gpu-test\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2\n  UserKnownHostsFile %3\n"
                "  ServerAliveInterval 2\n"_s
                    .arg(m_sshd.port())
                    .arg(m_sshd.clientKey(), m_sshd.knownHostsFile())
                    .toUtf8());
        f.close();
        const auto config = SshConfig::load(f.fileName());
        QVERIFY(config.ok());
        const auto host = config.value().resolve(u"gpu-test"_s);
        QVERIFY(host.ok());
        QCOMPARE(host.value().serverAliveIntervalS, 2);
        SshTransport t(host.value(), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        QCOMPARE(runAndWait(t, { u"true"_s }).exitCode, 0);
    }

    void stoppingACommandLeavesNoProcessOnTheNode()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        const QString marker = u"inferdeck-stop-test-%1"_s.arg(QCoreApplication::applicationPid());
        QEventLoop loop;
        int id = -1;
        bool finished = false;
        bool started = false;
        connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray&) {
            if (i == id) {
                started = true;
                loop.quit();
            }
        });
        connect(&t, &Transport::finished, &loop, [&](int i) {
            if (i == id) {
                finished = true;
                loop.quit();
            }
        });
        // a parent that ignores TERM's first blow is still stopped: children in its group get KILL too
        // the second sleep ignores TERM and lets go of the channel's pipes, so the command ends with its
        // leader and only the KILL still owed to the group can stop it
        id = t.start({ u"sh"_s, u"-c"_s, u"sleep 300 & (trap '' TERM; exec sleep 301 >/dev/null 2>&1 </dev/null) & echo up; wait"_s, marker });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(started);
        t.stop(id, 1000);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(finished);
        // our sleeps are children of the marked sh; none may survive (other sleeps on the box don't match).
        // The group's KILL lands a moment after `finished` on a loaded machine: look for up to 5 s.
        QString left;
        for (int attempt = 0; attempt < 25; ++attempt) {
            QTest::qWait(200);
            QProcess pgrep;
            pgrep.start(u"pgrep"_s, { u"-f"_s, u"sleep 30[01]"_s });
            pgrep.waitForFinished(5000);
            left = QString::fromLatin1(pgrep.readAll()).trimmed();
            if (left.isEmpty())
                break;
        }
        QCOMPARE(left, QString());
    }

    void uploadWritesTheFileAtomically()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        QByteArray content;
        for (int i = 0; i < 5000; ++i)
            content += "print('line " + QByteArray::number(i) + "')\n";
        const QString target = m_sshd.path(u"deep/er/agent.py"_s);
        QCOMPARE(uploadAndWait(t, content, target), QString());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(f.permissions() & QFileDevice::ExeOwner);
        QCOMPARE(QDir(m_sshd.path(u"deep/er"_s)).entryList(QDir::Files), QStringList { u"agent.py"_s });
    }

    void uploadFallsBackToCatWithoutSftp()
    {
        SshdFixture noSftp;
        QString error;
        QVERIFY2(noSftp.start(error, {}, false), qPrintable(error));
        SshTransport t(hostFor(noSftp), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        const QByteArray content = QByteArray("#!/bin/sh\necho 'it''s here'\n").repeated(1000);
        const QString target = noSftp.path(u"no sftp/with space/agent.py"_s);
        QCOMPARE(uploadAndWait(t, content, target), QString());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(f.permissions() & QFileDevice::ExeOwner);
        // sftp was asked for and refused, so the file came through `cat`
        QVERIFY2(noSftp.log().contains("subsystem request for sftp"), noSftp.log().right(1500).constData());
    }

    void killedSessionIsDetectedWithin10sAndReconnectWorks()
    {
        SshTransport t(hostFor(m_sshd), &m_prompter);
        QCOMPARE(openAndWait(t).first, Transport::State::Connected);
        QEventLoop loop;
        int id = -1;
        bool started = false;
        Outcome o;
        connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray&) {
            if (i == id && !started) {
                started = true;
                loop.quit();
            }
        });
        connect(&t, &Transport::finished, &loop, [&](int i, int code, const QString& e) {
            if (i == id) {
                o.finished = true;
                o.exitCode = code;
                o.error = e;
                loop.quit();
            }
        });
        id = t.start({ u"sh"_s, u"-c"_s, u"while :; do echo tick; sleep 0.1; done"_s });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(started);
        // kill the per-connection sshd processes (children of the listener), as a crash or a cut would
        QProcess pkill;
        pkill.start(u"pkill"_s, { u"-KILL"_s, u"-P"_s, QString::number(m_sshd.pid()) });
        pkill.waitForFinished(5000);
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(o.finished);
        QCOMPARE(o.exitCode, -1);
        QVERIFY2(o.error.contains(u"lost"_s), qPrintable(o.error));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"detected after %1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(t.state(), Transport::State::Failed);
        const auto [state, message] = openAndWait(t);
        QVERIFY2(state == Transport::State::Connected, qPrintable(message));
        QCOMPARE(runAndWait(t, { u"true"_s }).exitCode, 0);
        QProcess::execute(u"pkill"_s, { u"-f"_s, u"while :; do echo tick"_s });
    }

    void jumpHostThroughASecondSshd()
    {
        SshdFixture jump;
        QString error;
        QVERIFY2(jump.start(error), qPrintable(error));
        QVERIFY(jump.authorize(m_sshd.clientKey() + u".pub"_s));
        QFile known(m_sshd.path(u"jump_known_hosts"_s));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[127.0.0.1]:%1 %2\n[127.0.0.1]:%3 %4\n"_s
                        .arg(jump.port())
                        .arg(jump.hostPublicKey())
                        .arg(m_sshd.port())
                        .arg(m_sshd.hostPublicKey())
                        .toUtf8());
        known.close();
        QFile f(m_sshd.path(u"jump_config"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"Host bastion\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2\n  UserKnownHostsFile %3\n"
                "  BatchMode yes\n"
                "Host behind\n  HostName 127.0.0.1\n  Port %4\n  ProxyJump bastion\n  IdentityFile %2\n"
                "  UserKnownHostsFile %3\n"_s
                    .arg(jump.port())
                    .arg(m_sshd.clientKey(), known.fileName())
                    .arg(m_sshd.port())
                    .toUtf8());
        f.close();
        const auto host = SshConfig::load(f.fileName()).value().resolve(u"behind"_s);
        QVERIFY(host.ok());
        QCOMPARE(host.value().proxyJump, u"bastion"_s);
        SshTransport t(host.value(), &m_prompter);
        const auto [state, message] = openAndWait(t);
        QVERIFY2(state == Transport::State::Connected, qPrintable(message));
        QCOMPARE(runAndWait(t, { u"echo"_s, u"through"_s }).out, QByteArray("through\n"));
        // the bastion forwarded the connection: its log has the direct-tcpip request to the target port
        QVERIFY2(jump.log().contains("direct-tcpip"), jump.log().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
