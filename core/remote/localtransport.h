#pragma once
#include <QDir>
#include <QHash>

#include "remote/transport.h"

class QProcess;

namespace inferdeck {

/// The workstation itself as a node (the demo cluster, tests): commands run as local processes in
/// `home`, each leading its own process group, with the same signals as over SSH.
class LocalTransport : public Transport {
    Q_OBJECT
public:
    /// `home` stands for the remote home directory: relative paths and commands start there.
    explicit LocalTransport(QString nodeName, QString home = QDir::homePath(), QObject* parent = nullptr);
    ~LocalTransport() override;

    QString nodeName() const override { return m_name; }
    State state() const override { return m_state; }
    void open() override;
    void close() override;
    int start(const QStringList& argv) override;
    void writeStdin(int id, const QByteArray& data) override;
    void closeStdin(int id) override;
    void stop(int id, int graceMs = 3000) override;
    int upload(const QByteArray& content, const QString& path, int mode = 0644) override;
    /// Commands started from now on do not inherit these environment variables (an API key the run read
    /// from the workstation's environment: a node started over SSH never sees it either).
    void hideEnvironment(const QStringList& names) { m_hidden = names; }

private:
    struct Running {
        QProcess* process = nullptr;
        QByteArray out;
        QByteArray err;
    };
    QString m_name;
    QString m_home;
    QStringList m_hidden;
    State m_state = State::Disconnected;
    int m_nextId = 1;
    QHash<int, Running> m_running;
};

} // namespace inferdeck
