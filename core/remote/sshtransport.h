#pragma once
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "remote/prompter.h"
#include "remote/sshconfig.h"
#include "remote/transport.h"

namespace inferdeck {

class SshSession;

/// A node over SSH (libssh): one session on its own worker thread, polled without blocking, so the
/// caller's thread never waits on the network. Keepalives and TCP timeouts notice a dead link within
/// 10 s; reconnect() retries with backoff.
class SshTransport : public Transport {
    Q_OBJECT
public:
    /// `prompter` answers host-key and secret questions on the worker thread; it must outlive this.
    SshTransport(SshHostConfig host, SshPrompter* prompter, QObject* parent = nullptr);
    ~SshTransport() override;

    QString nodeName() const override { return m_host.destination; }
    State state() const override { return m_state.load(); }
    void open() override;
    void close() override;
    int start(const QStringList& argv) override;
    void writeStdin(int id, const QByteArray& data) override;
    void closeStdin(int id) override;
    void stop(int id, int graceMs = 3000) override;
    int upload(const QByteArray& content, const QString& path, int mode = 0644) override;

    /// Tries to connect up to `attempts` times, waiting 1, 2, 4, ... s (at most 30) between tries.
    void reconnect(int attempts = 5);
    /// The keepalive interval when the configuration sets no ServerAliveInterval.
    static constexpr int kDefaultKeepaliveS = 3;

private:
    struct Command;
    void post(std::function<void()> op);
    void loop();
    void connectNow(int attempts);
    void pump();
    void dropped(const QString& why);
    void openCommand(int id, const QStringList& argv);
    void readChannel(int id, Command& c);
    bool execSimple(const QString& command, QString& error);
    void uploadNow(int id, const QByteArray& content, const QString& path, int mode);
    QString uploadSftp(const QByteArray& content, const QString& path, int mode);
    QString uploadCat(const QByteArray& content, const QString& path, int mode);
    void setState(State s, const QString& message);

    const SshHostConfig m_host;
    SshPrompter* const m_prompter;
    std::atomic<State> m_state { State::Disconnected };
    std::atomic<int> m_nextId { 1 };
    std::atomic_bool m_quit { false };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_ops;
    std::thread m_thread;

    // worker thread only
    std::unique_ptr<SshSession> m_session;
    void* m_event = nullptr; // ssh_event
    std::map<int, std::unique_ptr<Command>> m_commands;
    // process groups a stop() still owes a KILL: kept when the leader exits on TERM first, since children
    // that ignore TERM would otherwise outlive the command (pid, when in ms)
    std::vector<std::pair<qint64, qint64>> m_pendingKills;
    qint64 m_nextKeepaliveMs = 0;
};

} // namespace inferdeck
