#pragma once
#include <QString>

#include <libssh/libssh.h>

#include <memory>

#include "remote/prompter.h"
#include "remote/sshconfig.h"
#include "util/result.h"

namespace inferdeck {

/// One authenticated libssh session: connects like `ssh` (configuration, host-key check, ssh-agent,
/// key files, keyboard-interactive, password) and owns the handle. Used by one thread only.
class SshSession {
public:
    SshSession(SshHostConfig host, SshPrompter* prompter);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    /// Connects, verifies the host key and authenticates. Blocking: call it on a worker thread.
    Status connect(int timeoutS = 15);
    ssh_session handle() const { return m_session.get(); }
    bool isConnected() const;
    /// How the user was authenticated ("publickey (ssh-agent)", "publickey (~/.ssh/id_ed25519)", ...).
    const QString& authMethod() const { return m_authMethod; }
    const SshHostConfig& host() const { return m_host; }

private:
    Status verifyHostKey();
    Status authenticate();
    bool tryKeyFile(const QString& path, QString& why);
    bool tryKeyboardInteractive(QString& why);
    bool tryPassword(QString& why);
    QString lastError() const;

    struct Free {
        void operator()(ssh_session s) const
        {
            ssh_disconnect(s);
            ssh_free(s);
        }
    };
    SshHostConfig m_host;
    SshPrompter* m_prompter;
    std::unique_ptr<ssh_session_struct, Free> m_session;
    QString m_authMethod;
};

/// The libssh version this build runs with, e.g. "0.10.6", for About boxes and logs.
QString libsshVersion();

/// Lines of known_hosts files that name `host` (plain, "[host]:port" or hashed), as "file:line".
QStringList knownHostsLinesFor(const QStringList& files, const QString& host, int port);

} // namespace inferdeck
