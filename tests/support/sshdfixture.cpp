#include "sshdfixture.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

static bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

bool SshdFixture::run(const QString& program, const QStringList& args, QString& error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()));
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return true;
}

SshdFixture::~SshdFixture() { stop(); }

void SshdFixture::stop()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(2000);
        }
    }
}

QString SshdFixture::hostPublicKey() const
{
    QFile f(path(u"host_ed25519.pub"_s));
    f.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return QString::fromLatin1(parts.value(0) + ' ' + parts.value(1));
}

QString SshdFixture::writeClientConfig(const QString& path, const QString& alias) const
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(u"Host %1\n  HostName 127.0.0.1\n  Port %2\n  IdentityFile %3\n  UserKnownHostsFile %4\n"_s
                    .arg(alias)
                    .arg(m_port)
                    .arg(clientKey(), knownHostsFile())
                    .toUtf8());
    return path;
}

bool SshdFixture::authorize(const QString& publicKeyFile)
{
    QFile in(publicKeyFile);
    QFile out(path(u"authorized_keys"_s));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::Append))
        return false;
    return out.write(in.readAll()) > 0;
}

QByteArray SshdFixture::log() const
{
    QFile f(path(u"sshd.log"_s));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

bool SshdFixture::start(QString& error, const QString& extraConfig, bool sftp)
{
    if (!m_dir.isValid()) {
        error = u"no temporary directory"_s;
        return false;
    }
    if (!QFile::exists(u"/usr/sbin/sshd"_s)) {
        error = u"/usr/sbin/sshd is not installed (openssh-server)"_s;
        return false;
    }
    if (!QFile::exists(path(u"host_ed25519"_s))) {
        if (!run(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path(u"host_ed25519"_s) }, error)
            || !run(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, clientKey() }, error)
            || !authorize(clientKey() + u".pub"_s))
            return false;
    }
    // as root, sshd insists on its privilege-separation directory
    if (::geteuid() == 0)
        QDir().mkpath(u"/run/sshd"_s);
    m_port = freeLoopbackPort();
    QFile config(path(u"sshd_config"_s));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    const QString sftpServer = QFile::exists(u"/usr/lib/openssh/sftp-server"_s) ? u"/usr/lib/openssh/sftp-server"_s : u"internal-sftp"_s;
    config.write(u"Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\nAuthorizedKeysFile %4\n"
                 "UsePAM no\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                 "PubkeyAuthentication yes\nPermitRootLogin yes\nLogLevel DEBUG1\n%5\n"
                 "MaxStartups 50\nMaxSessions 50\n%6\n"_s
                     .arg(m_port)
                     .arg(path(u"host_ed25519"_s), path(u"sshd.pid"_s), path(u"authorized_keys"_s),
                          sftp ? u"Subsystem sftp "_s + sftpServer : QString(), extraConfig)
                     .toUtf8());
    config.close();
    QFile known(knownHostsFile());
    if (!known.open(QIODevice::WriteOnly))
        return false;
    known.write(u"[127.0.0.1]:%1 %2\n"_s.arg(m_port).arg(hostPublicKey()).toUtf8());
    known.close();
    m_sshd.setProcessChannelMode(QProcess::ForwardedChannels);
    m_sshd.start(u"/usr/sbin/sshd"_s, { u"-D"_s, u"-E"_s, path(u"sshd.log"_s), u"-f"_s, path(u"sshd_config"_s) });
    if (!m_sshd.waitForStarted(5000)) {
        error = u"sshd did not start: "_s + m_sshd.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) { // bounded: 5 s
        if (accepts(m_port))
            return true;
        if (m_sshd.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    error = u"sshd is not listening on port %1: %2"_s.arg(m_port).arg(QString::fromLocal8Bit(log()));
    stop();
    return false;
}

} // namespace inferdeck::testing
