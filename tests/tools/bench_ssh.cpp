// SSH transport benchmark (scripts/bench-ssh): against a throw-away sshd on loopback,
//  - exec stdout throughput of SshTransport, and of OpenSSH's own `ssh` client on the same stream as the
//    baseline measured in the same run;
//  - latency from a line written on the node (stamped with the node's clock, which is this machine's)
//    to its arrival in the caller's thread.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "remote/sshtransport.h"
#include "sshdfixture.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
class NoPrompts : public SshPrompter {
public:
    HostKeyDecision unknownHostKey(const HostKeyInfo&) override { return HostKeyDecision::Refuse; }
    std::optional<SecretBytes> secret(const SecretRequest&) override { return std::nullopt; }
};

double unixNow()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 bytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256LL << 20;
    qunsetenv("SSH_AUTH_SOCK");
    SshdFixture sshd;
    QString error;
    if (!sshd.start(error)) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(error));
        return 1;
    }
    SshHostConfig host;
    host.destination = u"bench"_s;
    host.hostName = u"127.0.0.1"_s;
    host.user = qEnvironmentVariable("USER", u"root"_s);
    host.port = sshd.port();
    host.identityFiles = { sshd.clientKey() };
    host.userKnownHostsFiles = { sshd.knownHostsFile() };
    NoPrompts prompts;
    SshTransport t(host, &prompts);
    {
        QEventLoop loop;
        QObject::connect(&t, &Transport::stateChanged, &loop, [&](Transport::State s) {
            if (s == Transport::State::Connected || s == Transport::State::Failed)
                loop.quit();
        });
        t.open();
        loop.exec();
        if (t.state() != Transport::State::Connected)
            return 1;
    }
    // throughput: lines of 100 bytes, as agent events are lines
    const QString produce = u"yes 012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678 | head -c %1"_s.arg(bytes);
    qint64 received = 0;
    QElapsedTimer timer;
    {
        QEventLoop loop;
        int id = -1;
        QObject::connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray& d) { if (i == id) received += d.size(); });
        QObject::connect(&t, &Transport::finished, &loop, [&](int i) { if (i == id) loop.quit(); });
        timer.start();
        id = t.start({ u"sh"_s, u"-c"_s, produce });
        loop.exec();
    }
    const double ourS = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    QProcess ssh;
    ssh.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    ssh.start(u"ssh"_s, { u"-q"_s, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"UserKnownHostsFile="_s + sshd.knownHostsFile(), u"-i"_s,
                          sshd.clientKey(), u"-p"_s, QString::number(sshd.port()), u"127.0.0.1"_s, produce });
    ssh.waitForFinished(600000);
    const double sshS = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    std::printf("throughput_mb_s %.1f\nopenssh_mb_s %.1f\nbytes %lld\n", static_cast<double>(received) / ourS / 1e6,
                static_cast<double>(bytes) / sshS / 1e6, received);

    // latency: a line every 10 ms for 5 s, stamped when written
    std::vector<double> latency;
    {
        QEventLoop loop;
        int id = -1;
        QObject::connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray& d) {
            if (i != id)
                return;
            const double now = unixNow();
            for (const QByteArray& line : d.split('\n'))
                if (!line.isEmpty())
                    latency.push_back(now - line.toDouble());
        });
        QObject::connect(&t, &Transport::finished, &loop, [&](int i) { if (i == id) loop.quit(); });
        id = t.start({ u"python3"_s, u"-c"_s,
                       u"import sys, time\nfor _ in range(500):\n    print('%.6f' % time.time(), flush=True)\n    time.sleep(0.01)\n"_s });
        loop.exec();
    }
    std::sort(latency.begin(), latency.end());
    auto q = [&](double p) { return latency.empty() ? 0.0 : latency[static_cast<std::size_t>(p * double(latency.size() - 1))] * 1e3; };
    std::printf("lines %zu\nlatency_p50_ms %.3f\nlatency_p99_ms %.3f\nlatency_max_ms %.3f\n", latency.size(), q(0.5), q(0.99), q(1.0));
    return 0;
}
