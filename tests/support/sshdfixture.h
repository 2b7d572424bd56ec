#pragma once
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "util/ports.h"

namespace inferdeck::testing {

/// A real OpenSSH sshd on 127.0.0.1 at a free port, with throw-away host and client keys in a temporary
/// directory; runs as the current user (root or not) and stops with the fixture.
class SshdFixture {
public:
    ~SshdFixture();
    /// Starts sshd; `extraConfig` lines are appended to its sshd_config. False with a reason when it fails.
    bool start(QString& error, const QString& extraConfig = {}, bool sftp = true);
    void stop();

    int port() const { return m_port; }
    qint64 pid() const { return m_sshd.processId(); }
    QString dir() const { return m_dir.path(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// The client key (no passphrase) sshd accepts.
    QString clientKey() const { return path(QStringLiteral("id_client")); }
    /// A known_hosts file that trusts this server's key.
    QString knownHostsFile() const { return path(QStringLiteral("known_hosts")); }
    /// The server's host public key line ("ssh-ed25519 AAAA...").
    QString hostPublicKey() const;
    /// Writes an ssh_config at `path` in which Host `alias` is this server, reached with the client key and
    /// known_hosts above; returns `path`.
    QString writeClientConfig(const QString& path, const QString& alias) const;
    /// Adds a public key file's key to authorized_keys.
    bool authorize(const QString& publicKeyFile);
    /// sshd's log (it runs with -E).
    QByteArray log() const;

    /// Runs a program to completion (for ssh-keygen and the like); false with its output on failure.
    static bool run(const QString& program, const QStringList& args, QString& error, int timeoutMs = 20000);

private:
    QTemporaryDir m_dir;
    QProcess m_sshd;
    int m_port = 0;
};

using inferdeck::freeLoopbackPort;

} // namespace inferdeck::testing
