// Password and keyboard-interactive authentication. Debian's sshd does both only through PAM, which a
// test cannot set up without touching the machine's accounts; so these run against a small SSH server
// built on libssh's server API, on 127.0.0.1 at a free port: the same protocol messages reach the client.
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <libssh/libssh.h>
#include <libssh/server.h>

// libssh marks its message-based server API deprecated in favour of callbacks; for a scripted test server
// answering a handful of messages in order it is the clearer of the two
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#include <atomic>
#include <thread>

#include "remote/sshtransport.h"
#include "sshdfixture.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
// Accepts one connection and authenticates it by password or by a one-question keyboard-interactive
// exchange; counts the attempts it saw.
class AuthServer {
public:
    AuthServer(const QString& hostKey, int methods, QByteArray secret)
        : m_methods(methods)
        , m_secret(std::move(secret))
    {
        m_port = freeLoopbackPort();
        m_bind = ssh_bind_new();
        ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_BINDADDR, "127.0.0.1");
        ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_BINDPORT, &m_port);
        const QByteArray key = QFile::encodeName(hostKey);
        ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_HOSTKEY, key.constData());
        m_listening = ssh_bind_listen(m_bind) == SSH_OK;
        if (m_listening)
            m_thread = std::thread([this] { serve(); });
    }
    ~AuthServer()
    {
        if (m_thread.joinable())
            m_thread.join();
        ssh_bind_free(m_bind);
    }
    bool listening() const { return m_listening; }
    int port() const { return m_port; }
    int attempts() const { return m_attempts; }

private:
    void serve()
    {
        ssh_session s = ssh_new();
        long timeout = 20;
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
        if (ssh_bind_accept(m_bind, s) == SSH_OK && ssh_handle_key_exchange(s) == SSH_OK) {
            ssh_set_auth_methods(s, m_methods);
            bool done = false;
            for (int i = 0; i < 50 && !done; ++i) { // bounded: a client gives up long before
                ssh_message msg = ssh_message_get(s);
                if (!msg)
                    break;
                if (ssh_message_type(msg) == SSH_REQUEST_AUTH && ssh_message_subtype(msg) == SSH_AUTH_METHOD_PASSWORD
                    && (m_methods & SSH_AUTH_METHOD_PASSWORD)) {
                    ++m_attempts;
                    if (m_secret == ssh_message_auth_password(msg)) {
                        ssh_message_auth_reply_success(msg, 0);
                        done = true;
                    } else {
                        ssh_message_auth_set_methods(msg, m_methods);
                        ssh_message_reply_default(msg);
                    }
                } else if (ssh_message_type(msg) == SSH_REQUEST_AUTH && ssh_message_subtype(msg) == SSH_AUTH_METHOD_INTERACTIVE
                           && (m_methods & SSH_AUTH_METHOD_INTERACTIVE)) {
                    if (!ssh_message_auth_kbdint_is_response(msg)) {
                        const char* prompts[] = { "Verification code: " };
                        char echo[] = { 0 };
                        ssh_message_auth_interactive_request(msg, "InferDeck test", "Enter the code", 1, prompts, echo);
                    } else {
                        ++m_attempts;
                        if (ssh_userauth_kbdint_getnanswers(s) == 1 && m_secret == ssh_userauth_kbdint_getanswer(s, 0)) {
                            ssh_message_auth_reply_success(msg, 0);
                            done = true;
                        } else {
                            ssh_message_auth_set_methods(msg, m_methods);
                            ssh_message_reply_default(msg);
                        }
                    }
                } else {
                    if (ssh_message_type(msg) == SSH_REQUEST_AUTH)
                        ssh_message_auth_set_methods(msg, m_methods);
                    ssh_message_reply_default(msg);
                }
                ssh_message_free(msg);
            }
            // let the client see its success before the connection goes
            for (int i = 0; done && i < 20; ++i) {
                ssh_message msg = ssh_message_get(s);
                if (!msg)
                    break;
                ssh_message_reply_default(msg);
                ssh_message_free(msg);
            }
        }
        ssh_disconnect(s);
        ssh_free(s);
    }

    int m_methods;
    QByteArray m_secret;
    int m_port = 0;
    ssh_bind m_bind = nullptr;
    bool m_listening = false;
    std::atomic<int> m_attempts { 0 };
    std::thread m_thread;
};

class AnsweringPrompter : public SshPrompter {
public:
    QByteArray answer;
    QList<SecretRequest> asked;
    HostKeyDecision unknownHostKey(const HostKeyInfo&) override { return HostKeyDecision::Refuse; }
    std::optional<SecretBytes> secret(const SecretRequest& request) override
    {
        asked.append(request);
        return SecretBytes(QByteArray(answer.constData(), answer.size()));
    }
};

std::pair<Transport::State, QString> connectTo(int port, const QString& knownHosts, SshPrompter& prompter)
{
    SshHostConfig h;
    h.destination = u"auth-test"_s;
    h.hostName = u"127.0.0.1"_s;
    h.user = u"bench"_s;
    h.port = port;
    h.identityFiles = {};
    h.userKnownHostsFiles = { knownHosts };
    SshTransport t(h, &prompter);
    std::pair<Transport::State, QString> result { Transport::State::Connecting, {} };
    QEventLoop loop;
    QObject::connect(&t, &Transport::stateChanged, &loop, [&](Transport::State s, const QString& m) {
        if (s == Transport::State::Connected || s == Transport::State::Failed) {
            result = { s, m };
            loop.quit();
        }
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    t.open();
    loop.exec();
    return result;
}
} // namespace

class TestSshPasswordAuth : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_hostKey;
    QString m_publicKey;

    QString knownHostsFor(int port)
    {
        const QString path = m_dir.filePath(u"known_hosts_%1"_s.arg(port));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(u"[127.0.0.1]:%1 %2\n"_s.arg(port).arg(m_publicKey).toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        m_hostKey = m_dir.filePath(u"host_key"_s);
        QString error;
        QVERIFY2(SshdFixture::run(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, m_hostKey }, error),
                 qPrintable(error));
        QFile pub(m_hostKey + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        m_publicKey = QString::fromLatin1(pub.readAll().split(' ').mid(0, 2).join(' '));
    }

    void passwordThroughTheCallback()
    {
        AuthServer server(m_hostKey, SSH_AUTH_METHOD_PASSWORD, "s3cret pass");
        QVERIFY(server.listening());
        AnsweringPrompter prompter;
        prompter.answer = "s3cret pass";
        const auto [state, message] = connectTo(server.port(), knownHostsFor(server.port()), prompter);
        QVERIFY2(state == Transport::State::Connected, qPrintable(message));
        QCOMPARE(message, u"password"_s);
        QCOMPARE(prompter.asked.size(), 1);
        QCOMPARE(prompter.asked[0].kind, SecretRequest::Kind::Password);
        QCOMPARE(prompter.asked[0].target, u"bench@127.0.0.1:%1"_s.arg(server.port()));
    }

    void wrongPasswordIsTriedThreeTimesThenFails()
    {
        AuthServer server(m_hostKey, SSH_AUTH_METHOD_PASSWORD, "right");
        QVERIFY(server.listening());
        AnsweringPrompter prompter;
        prompter.answer = "wrong";
        const auto [state, message] = connectTo(server.port(), knownHostsFor(server.port()), prompter);
        QCOMPARE(state, Transport::State::Failed);
        QVERIFY2(message.contains(u"password"_s), qPrintable(message));
        QCOMPARE(prompter.asked.size(), 3);
    }

    void keyboardInteractiveShowsTheServersPrompt()
    {
        AuthServer server(m_hostKey, SSH_AUTH_METHOD_INTERACTIVE, "424242");
        QVERIFY(server.listening());
        AnsweringPrompter prompter;
        prompter.answer = "424242";
        const auto [state, message] = connectTo(server.port(), knownHostsFor(server.port()), prompter);
        QVERIFY2(state == Transport::State::Connected, qPrintable(message));
        QCOMPARE(message, u"keyboard-interactive"_s);
        QCOMPARE(prompter.asked.size(), 1);
        QCOMPARE(prompter.asked[0].kind, SecretRequest::Kind::KeyboardInteractive);
        QCOMPARE(prompter.asked[0].prompt, u"Verification code: "_s);
        QVERIFY(!prompter.asked[0].echo);
    }
};

QTEST_GUILESS_MAIN(TestSshPasswordAuth)
#include "tst_sshpasswordauth.moc"
