#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace inferdeck {

/// Where and how to reach one node, resolved from a destination and the user's OpenSSH configuration.
struct SshHostConfig {
    QString destination;   // as the user gave it: an alias, host, user@host or ssh://user@host:port
    QString hostName;      // what to connect to
    QString user;
    int port = 22;
    QStringList identityFiles;      // tried in this order after ssh-agent
    QString proxyJump;              // "[user@]host[:port][,...]"
    QString proxyCommand;           // only from the configuration file
    QStringList userKnownHostsFiles;
    QString strictHostKeyChecking = QStringLiteral("ask"); // yes | no | accept-new | ask
    int serverAliveIntervalS = 0;   // 0: InferDeck's own default (see SshTransport)
    int serverAliveCountMax = 3;
    int connectTimeoutS = 0;
    QString configFile;             // the file the values came from ("" when none was read)

    /// "user@host:port" for messages and logs.
    QString label() const;
    friend bool operator==(const SshHostConfig&, const SshHostConfig&) = default;
};

/// The Host blocks of an OpenSSH client configuration file (as `ssh -F FILE` reads it), enough to reach
/// the nodes users already reach with `ssh`. `Match` blocks are skipped with a warning.
class SshConfig {
public:
    /// Reads `path`, or ~/.ssh/config when empty (a missing default file is an empty configuration).
    static Result<SshConfig> load(const QString& path = {});
    /// Parses configuration text; `path` names it in messages and anchors relative Includes.
    static Result<SshConfig> parse(const QByteArray& text, const QString& path);

    /// What `ssh DESTINATION` would use. A destination with a user or port overrides the file's.
    Result<SshHostConfig> resolve(const QString& destination) const;
    /// Host aliases without wildcards, for completion in the GUI.
    QStringList aliases() const;
    const QStringList& warnings() const { return m_warnings; }
    const QString& path() const { return m_path; }

private:
    struct Entry {
        QString key; // lower case
        QString value;
    };
    struct Block {
        QStringList patterns; // empty: before the first Host line, applies to every host
        bool skip = false;    // a Match block
        QList<Entry> entries;
    };
    static Status parseInto(const QByteArray& text, const QString& path, SshConfig& config, int depth);
    static bool matches(const QStringList& patterns, const QString& host);

    QList<Block> m_blocks;
    QStringList m_warnings;
    QString m_path;
};

/// Expands a leading ~ and the tokens %h %p %r %u %% in a path from the configuration.
QString expandSshPath(const QString& path, const SshHostConfig& host);

} // namespace inferdeck
