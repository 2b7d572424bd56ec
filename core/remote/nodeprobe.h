#pragma once
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

#include "model/inventory.h"
#include "util/result.h"

namespace inferdeck {

class AgentInstaller;
class Transport;

/// Tests a node the way a run would reach it: opens the transport, puts the agent there (hash-checked,
/// reused when it matches) and runs its probe. Asynchronous; every step is bounded by a timeout, so a
/// silent node ends in an error, never a hang. Used by `inferdeck-cli probe` and the cluster editor.
class NodeProbe : public QObject {
    Q_OBJECT
public:
    NodeProbe(std::unique_ptr<Transport> transport, QString nodeName, QString agentDir, QObject* parent = nullptr);
    ~NodeProbe() override;

    void start(int stepTimeoutMs = 120000);
    /// The probe's JSON as the agent printed it (without its event envelope).
    const QJsonObject& raw() const { return m_raw; }
    Transport* transport() const { return m_transport.get(); }

signals:
    /// `connectionFailed`: the failure happened while connecting or authenticating (CLI exit code 4).
    void finished(const inferdeck::NodeInventory& inventory);
    void failed(const inferdeck::Error& error, bool connectionFailed);

private:
    void fail(const QString& message, bool connection);
    void runProbe(const QString& agentPath);

    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<AgentInstaller> m_installer;
    QString m_node;
    QString m_agentDir;
    QTimer m_timeout;
    QByteArray m_out;
    QByteArray m_err;
    int m_id = -1;
    bool m_done = false;
    QJsonObject m_raw;
};

} // namespace inferdeck
