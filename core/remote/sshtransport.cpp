#include "remote/sshtransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive is declared here, but serves clients as well
#include <libssh/sftp.h>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "log/log.h"
#include "remote/shellquote.h"
#include "remote/sshsession.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SshTransport)
};

// The first line a started command writes to stderr: its pid, which is also its process group (sshd
// makes every session's process a session leader, and `exec` keeps that pid for the command).
constexpr char kPidMarker[] = "\x1einferdeck-pid ";

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

struct SshTransport::Command {
    ssh_channel channel = nullptr;
    QByteArray out;
    QByteArray err;
    bool pidSeen = false;
    qint64 pid = -1;
    QByteArray stdinPending;
    bool closeStdin = false;
    bool eofSent = false;
    bool eof = false;
    qint64 eofAtMs = 0;
    qint64 killAtMs = -1;

    ~Command()
    {
        if (channel) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
        }
    }
};

SshTransport::SshTransport(SshHostConfig host, SshPrompter* prompter, QObject* parent)
    : Transport(parent)
    , m_host(std::move(host))
    , m_prompter(prompter)
{
    m_thread = std::thread([this] { loop(); });
}

SshTransport::~SshTransport()
{
    m_quit = true;
    m_wake.notify_all();
    m_thread.join();
}

void SshTransport::post(std::function<void()> op)
{
    {
        std::lock_guard lock(m_mutex);
        m_ops.push_back(std::move(op));
    }
    m_wake.notify_all();
}

void SshTransport::setState(State s, const QString& message)
{
    m_state = s;
    emit stateChanged(s, message);
}

void SshTransport::open()
{
    post([this] { connectNow(1); });
}

void SshTransport::reconnect(int attempts)
{
    post([this, attempts] { connectNow(std::max(1, attempts)); });
}

void SshTransport::close()
{
    post([this] {
        m_commands.clear();
        if (m_event) {
            ssh_event_free(static_cast<ssh_event>(m_event));
            m_event = nullptr;
        }
        m_session.reset();
        setState(State::Disconnected, {});
    });
}

int SshTransport::start(const QStringList& argv)
{
    const int id = m_nextId++;
    post([this, id, argv] { openCommand(id, argv); });
    return id;
}

void SshTransport::writeStdin(int id, const QByteArray& data)
{
    post([this, id, data] {
        if (auto it = m_commands.find(id); it != m_commands.end())
            it->second->stdinPending += data;
    });
}

void SshTransport::closeStdin(int id)
{
    post([this, id] {
        if (auto it = m_commands.find(id); it != m_commands.end())
            it->second->closeStdin = true;
    });
}

void SshTransport::stop(int id, int graceMs)
{
    post([this, id, graceMs] {
        auto it = m_commands.find(id);
        if (it == m_commands.end())
            return;
        Command& c = *it->second;
        QString error;
        if (c.pid > 0) {
            execSimple(shellCommand({ u"kill"_s, u"-TERM"_s, u"--"_s, u"-%1"_s.arg(c.pid) }), error);
            c.killAtMs = nowMs() + graceMs;
        } else if (c.channel) {
            ssh_channel_close(c.channel); // not started far enough to know its pid: hang up on it
        }
    });
}

int SshTransport::upload(const QByteArray& content, const QString& path, int mode)
{
    const int id = m_nextId++;
    post([this, id, content, path, mode] { uploadNow(id, content, path, mode); });
    return id;
}

void SshTransport::loop()
{
    while (!m_quit) {
        std::deque<std::function<void()>> ops;
        {
            std::unique_lock lock(m_mutex);
            if (m_ops.empty() && !m_session)
                m_wake.wait_for(lock, std::chrono::milliseconds(200));
            ops.swap(m_ops);
        }
        for (auto& op : ops)
            op();
        if (m_session)
            pump();
    }
    m_commands.clear();
    if (m_event)
        ssh_event_free(static_cast<ssh_event>(m_event));
    m_session.reset();
}

void SshTransport::connectNow(int attempts)
{
    if (m_session && m_session->isConnected()) {
        setState(State::Connected, m_session->authMethod()); // asked again: say so again
        return;
    }
    m_commands.clear();
    if (m_event) {
        ssh_event_free(static_cast<ssh_event>(m_event));
        m_event = nullptr;
    }
    for (int attempt = 1; attempt <= attempts && !m_quit; ++attempt) {
        setState(State::Connecting, attempt > 1 ? Tr::tr("attempt %1 of %2").arg(attempt).arg(attempts) : QString());
        auto session = std::make_unique<SshSession>(m_host, m_prompter);
        const Status st = session->connect();
        if (st) {
            m_session = std::move(session);
            ssh_session s = m_session->handle();
            // a dead link must be noticed within 10 s even when nothing is being sent: TCP keepalive
            // probes, and a cap on how long sent data may stay unacknowledged
            const int fd = ssh_get_fd(s);
            int on = 1, idle = 3, interval = 2, count = 3;
            unsigned int userTimeoutMs = 8000;
            setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
            setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
            ssh_set_blocking(s, 0);
            ssh_event ev = ssh_event_new();
            ssh_event_add_session(ev, s);
            m_event = ev;
            m_nextKeepaliveMs = nowMs() + 1000LL * (m_host.serverAliveIntervalS > 0 ? m_host.serverAliveIntervalS : kDefaultKeepaliveS);
            log::remote()->info("connected to {} ({})", m_host.label().toStdString(), m_session->authMethod().toStdString());
            setState(State::Connected, m_session->authMethod());
            return;
        }
        log::remote()->warn("{}", st.error().toString().toStdString());
        if (attempt == attempts) {
            setState(State::Failed, st.error().toString());
            return;
        }
        const qint64 waitMs = std::min<qint64>(30000, 1000LL << (attempt - 1));
        const QDeadlineTimer until(waitMs);
        while (!until.hasExpired() && !m_quit)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void SshTransport::dropped(const QString& why)
{
    log::remote()->warn("{}: {}", m_host.label().toStdString(), why.toStdString());
    m_state = State::Failed; // before the commands' news, so whoever hears it sees the link down
    for (auto& [id, c] : m_commands) {
        c->channel = nullptr; // the session is gone; its channels went with it
        emit finished(id, -1, why);
    }
    m_commands.clear();
    ssh_event_free(static_cast<ssh_event>(m_event));
    m_event = nullptr;
    m_session.reset();
    setState(State::Failed, why);
}

void SshTransport::pump()
{
    ssh_session s = m_session->handle();
    // waits for the socket, so output reaches the caller as soon as it arrives; requests queued by the
    // caller wait at most this long
    ssh_event_dopoll(static_cast<ssh_event>(m_event), 5);
    const qint64 now = nowMs();
    // a channel closed because the whole link died is the link's news, reported once by dropped()
    const bool linkUp = ssh_is_connected(s) && !(ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR));
    for (auto it = m_commands.begin(); it != m_commands.end();) {
        Command& c = *it->second;
        readChannel(it->first, c);
        if (!c.stdinPending.isEmpty() && !ssh_channel_is_closed(c.channel)) {
            const int n = ssh_channel_write(c.channel, c.stdinPending.constData(),
                                            static_cast<uint32_t>(std::min<qsizetype>(c.stdinPending.size(), 1 << 20)));
            if (n > 0)
                c.stdinPending.remove(0, n);
        }
        if (c.closeStdin && c.stdinPending.isEmpty() && !c.eofSent) {
            ssh_channel_send_eof(c.channel);
            c.eofSent = true;
        }
        if (c.killAtMs >= 0 && now >= c.killAtMs) {
            QString error;
            execSimple(shellCommand({ u"kill"_s, u"-KILL"_s, u"--"_s, u"-%1"_s.arg(c.pid) }), error);
            c.killAtMs = -1;
        }
        const bool closed = ssh_channel_is_closed(c.channel);
        if ((c.eof || closed) && ssh_channel_poll(c.channel, 0) <= 0 && ssh_channel_poll(c.channel, 1) <= 0) {
            const int status = ssh_channel_get_exit_status(c.channel);
            // the exit status follows EOF closely; a command killed by a signal has none
            if (status >= 0 || (linkUp && (closed || now - c.eofAtMs > 2000))) {
                if (!c.out.isEmpty())
                    emit stdoutLines(it->first, std::exchange(c.out, {}));
                if (!c.err.isEmpty())
                    emit stderrLines(it->first, std::exchange(c.err, {}));
                emit finished(it->first, status,
                              status >= 0 ? QString() : Tr::tr("the command ended without an exit status (killed by a signal?)"));
                if (c.killAtMs >= 0)
                    m_pendingKills.emplace_back(c.pid, c.killAtMs);
                it = m_commands.erase(it);
                continue;
            }
        }
        ++it;
    }
    for (auto k = m_pendingKills.begin(); k != m_pendingKills.end();) {
        if (now < k->second) {
            ++k;
            continue;
        }
        QString error; // the group may be gone already: then kill finds nothing, which is the point
        execSimple(shellCommand({ u"kill"_s, u"-KILL"_s, u"--"_s, u"-%1"_s.arg(k->first) }), error);
        k = m_pendingKills.erase(k);
    }
    if (now >= m_nextKeepaliveMs) {
        ssh_send_keepalive(s);
        m_nextKeepaliveMs = now + 1000LL * (m_host.serverAliveIntervalS > 0 ? m_host.serverAliveIntervalS : kDefaultKeepaliveS);
    }
    if (!linkUp || !ssh_is_connected(s) || ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR))
        dropped(Tr::tr("the connection to %1 was lost: %2").arg(m_host.label(), QString::fromUtf8(ssh_get_error(s))));
}

void SshTransport::readChannel(int id, Command& c)
{
    char buf[65536];
    for (int isErr = 0; isErr < 2; ++isErr) {
        while (true) {
            const int n = ssh_channel_read_nonblocking(c.channel, buf, sizeof buf, isErr);
            if (n <= 0)
                break;
            (isErr ? c.err : c.out).append(buf, n);
        }
    }
    if (!c.pidSeen && c.err.contains('\n')) {
        const qsizetype nl = c.err.indexOf('\n');
        const QByteArray first = c.err.left(nl);
        if (first.startsWith(kPidMarker)) {
            c.pid = first.mid(static_cast<qsizetype>(sizeof kPidMarker) - 1).toLongLong();
            c.err.remove(0, nl + 1);
            emit started(id, c.pid);
        }
        c.pidSeen = true;
    }
    if (QByteArray lines = takeCompleteLines(c.out); !lines.isEmpty())
        emit stdoutLines(id, lines);
    if (c.pidSeen) {
        if (QByteArray lines = takeCompleteLines(c.err); !lines.isEmpty())
            emit stderrLines(id, lines);
    }
    if (!c.eof && ssh_channel_is_eof(c.channel)) {
        c.eof = true;
        c.eofAtMs = nowMs();
    }
}

void SshTransport::openCommand(int id, const QStringList& argv)
{
    if (!m_session) {
        emit finished(id, -1, Tr::tr("not connected to %1").arg(m_host.label()));
        return;
    }
    ssh_session s = m_session->handle();
    auto c = std::make_unique<Command>();
    ssh_set_blocking(s, 1);
    c->channel = ssh_channel_new(s);
    // `exec` keeps the pid sshd made a session (and process group) leader, so stop() can signal the
    // whole group; the printf tells us that pid
    const QString command = u"printf '\\036inferdeck-pid %s\\n' \"$$\" >&2; exec "_s + shellCommand(argv);
    const QByteArray bytes = command.toUtf8();
    const bool ok = c->channel && ssh_channel_open_session(c->channel) == SSH_OK
        && ssh_channel_request_exec(c->channel, bytes.constData()) == SSH_OK;
    ssh_set_blocking(s, 0);
    if (!ok) {
        emit finished(id, -1, Tr::tr("cannot start %1 on %2: %3").arg(argv.value(0), m_host.label(), QString::fromUtf8(ssh_get_error(s))));
        return;
    }
    log::remote()->debug("{}: started #{}: {}", m_host.label().toStdString(), id, shellCommand(argv).toStdString());
    m_commands.emplace(id, std::move(c));
}

bool SshTransport::execSimple(const QString& command, QString& error)
{
    ssh_session s = m_session->handle();
    ssh_set_blocking(s, 1);
    ssh_channel ch = ssh_channel_new(s);
    const QByteArray bytes = command.toUtf8();
    bool ok = ch && ssh_channel_open_session(ch) == SSH_OK && ssh_channel_request_exec(ch, bytes.constData()) == SSH_OK;
    if (ok) {
        char buf[4096];
        int n = 0;
        while ((n = ssh_channel_read_timeout(ch, buf, sizeof buf, 1, 10000)) > 0) // stderr, for the message
            error += QString::fromUtf8(buf, n);
        ok = ssh_channel_get_exit_status(ch) == 0;
    } else {
        error = QString::fromUtf8(ssh_get_error(s));
    }
    if (ch) {
        ssh_channel_close(ch);
        ssh_channel_free(ch);
    }
    ssh_set_blocking(s, 0);
    return ok;
}

void SshTransport::uploadNow(int id, const QByteArray& content, const QString& path, int mode)
{
    if (!m_session) {
        emit uploadFinished(id, Tr::tr("not connected to %1").arg(m_host.label()));
        return;
    }
    ssh_set_blocking(m_session->handle(), 1);
    QString error = uploadSftp(content, path, mode);
    if (!error.isEmpty()) {
        log::remote()->info("{}: SFTP upload failed ({}), trying cat over exec", m_host.label().toStdString(), error.toStdString());
        error = uploadCat(content, path, mode);
    }
    ssh_set_blocking(m_session->handle(), 0);
    emit uploadFinished(id, error);
}

QString SshTransport::uploadSftp(const QByteArray& content, const QString& path, int mode)
{
    sftp_session sftp = sftp_new(m_session->handle());
    if (!sftp)
        return Tr::tr("no SFTP");
    const auto done = qScopeGuard([sftp] { sftp_free(sftp); });
    if (sftp_init(sftp) != SSH_OK)
        return Tr::tr("the server offers no SFTP");
    // mkdir -p, one component at a time; "already exists" is fine
    const QStringList parts = QFileInfo(path).path().split(u'/');
    QString dir = path.startsWith(u'/') ? u"/"_s : QString();
    for (const QString& p : parts) {
        if (p.isEmpty() || p == u"."_s)
            continue;
        dir += (dir.isEmpty() || dir.endsWith(u'/') ? QString() : u"/"_s) + p;
        sftp_mkdir(sftp, dir.toUtf8().constData(), 0700);
    }
    // written under a temporary name and renamed, so a half-written file is never run
    const QString tmp = path + u".tmp-"_s + QString::number(QRandomGenerator::global()->generate(), 16);
    const QByteArray tmpName = tmp.toUtf8();
    sftp_file f = sftp_open(sftp, tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC, static_cast<mode_t>(mode));
    if (!f)
        return Tr::tr("cannot create %1: %2").arg(tmp, QString::fromUtf8(ssh_get_error(m_session->handle())));
    qsizetype at = 0;
    while (at < content.size()) {
        const ssize_t n = sftp_write(f, content.constData() + at, static_cast<size_t>(std::min<qsizetype>(content.size() - at, 32768)));
        if (n <= 0) {
            sftp_close(f);
            sftp_unlink(sftp, tmpName.constData());
            return Tr::tr("writing %1 failed").arg(tmp);
        }
        at += n;
    }
    sftp_close(f);
    sftp_chmod(sftp, tmpName.constData(), static_cast<mode_t>(mode));
    const QByteArray finalName = path.toUtf8();
    sftp_unlink(sftp, finalName.constData()); // SFTP v3 rename does not replace
    if (sftp_rename(sftp, tmpName.constData(), finalName.constData()) != SSH_OK) {
        sftp_unlink(sftp, tmpName.constData());
        return Tr::tr("cannot rename %1 to %2").arg(tmp, path);
    }
    return {};
}

QString SshTransport::uploadCat(const QByteArray& content, const QString& path, int mode)
{
    ssh_session s = m_session->handle();
    const QString tmp = path + u".tmp-"_s + QString::number(QRandomGenerator::global()->generate(), 16);
    const QString dir = QFileInfo(path).path();
    const QString command = shellCommand({ u"mkdir"_s, u"-p"_s, u"--"_s, dir }) + u" && "_s
        + shellCommand({ u"cat"_s }) + u" > "_s + shellQuote(tmp) + u" && "_s
        + shellCommand({ u"chmod"_s, QString::number(mode, 8), u"--"_s, tmp }) + u" && "_s
        + shellCommand({ u"mv"_s, u"-f"_s, u"--"_s, tmp, path });
    ssh_channel ch = ssh_channel_new(s);
    const QByteArray bytes = command.toUtf8();
    QString error;
    if (!ch || ssh_channel_open_session(ch) != SSH_OK || ssh_channel_request_exec(ch, bytes.constData()) != SSH_OK) {
        error = Tr::tr("cannot run cat: %1").arg(QString::fromUtf8(ssh_get_error(s)));
    } else {
        qsizetype at = 0;
        while (at < content.size()) {
            const int n = ssh_channel_write(ch, content.constData() + at, static_cast<uint32_t>(std::min<qsizetype>(content.size() - at, 32768)));
            if (n <= 0)
                break;
            at += n;
        }
        ssh_channel_send_eof(ch);
        char buf[4096];
        QByteArray err;
        int n = 0;
        while ((n = ssh_channel_read_timeout(ch, buf, sizeof buf, 1, 30000)) > 0)
            err.append(buf, n);
        const int status = ssh_channel_get_exit_status(ch);
        if (at < content.size() || status != 0)
            error = Tr::tr("writing %1 with cat failed: %2").arg(path, QString::fromUtf8(err).trimmed());
    }
    if (ch) {
        ssh_channel_close(ch);
        ssh_channel_free(ch);
    }
    return error;
}

} // namespace inferdeck
