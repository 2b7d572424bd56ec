#pragma once
#include <QObject>
#include <QString>

#include "util/result.h"

namespace inferdeck {

class Transport;

/// Puts the embedded node agent on a node: reuses a copy whose SHA-256 matches, otherwise uploads it
/// (SFTP, or cat over exec) and checks the hash of what arrived. Asynchronous, on a connected transport.
class AgentInstaller : public QObject {
    Q_OBJECT
public:
    /// `cacheDir` is relative to the remote home unless absolute.
    explicit AgentInstaller(Transport* transport, QString cacheDir = QStringLiteral(".cache/inferdeck"),
                            QObject* parent = nullptr);

    void install();
    /// Where the agent lives on the node (valid once installed).
    QString remotePath() const;

signals:
    /// `reused`: a matching copy was already there.
    void installed(const QString& remotePath, bool reused);
    void failed(const inferdeck::Error& error);

private:
    void checkHash(bool afterUpload);
    Transport* m_transport;
    QString m_cacheDir;
    QByteArray m_out;
    int m_command = -1;
    int m_upload = -1;
};

} // namespace inferdeck
