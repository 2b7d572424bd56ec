#include "remote/nodeprobe.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "io/runfiles.h"
#include "remote/agentinstaller.h"
#include "remote/transport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(NodeProbe)
};
} // namespace

NodeProbe::NodeProbe(std::unique_ptr<Transport> transport, QString nodeName, QString agentDir, QObject* parent)
    : QObject(parent), m_transport(std::move(transport)), m_node(std::move(nodeName)), m_agentDir(std::move(agentDir))
{
    m_timeout.setSingleShot(true);
}

NodeProbe::~NodeProbe()
{
    if (m_transport)
        m_transport->close();
}

void NodeProbe::start(int stepTimeoutMs)
{
    Transport* t = m_transport.get();
    connect(&m_timeout, &QTimer::timeout, this, [this, stepTimeoutMs] {
        fail(Tr::tr("%1: no answer within %2 s").arg(m_node).arg(stepTimeoutMs / 1000), m_installer == nullptr);
    });
    m_timeout.setInterval(stepTimeoutMs);
    connect(t, &Transport::stateChanged, this, [this, stepTimeoutMs](Transport::State s, const QString& message) {
        if (m_done || m_installer)
            return;
        if (s == Transport::State::Failed) {
            fail(message.isEmpty() ? Tr::tr("%1: the connection failed").arg(m_node) : message, true);
        } else if (s == Transport::State::Connected) {
            m_timeout.start(stepTimeoutMs);
            m_installer = std::make_unique<AgentInstaller>(m_transport.get(), m_agentDir);
            connect(m_installer.get(), &AgentInstaller::installed, this, [this](const QString& path) { runProbe(path); });
            connect(m_installer.get(), &AgentInstaller::failed, this, [this](const Error& e) { fail(e.toString(), false); });
            m_installer->install();
        }
    });
    connect(t, &Transport::stdoutLines, this, [this](int id, const QByteArray& d) { if (id == m_id) m_out += d; });
    connect(t, &Transport::stderrLines, this, [this](int id, const QByteArray& d) { if (id == m_id) m_err += d; });
    connect(t, &Transport::finished, this, [this](int id, int code, const QString& error) {
        if (id != m_id || m_done)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(m_out.trimmed());
        if (code != 0 || !doc.isObject()) {
            fail(Tr::tr("%1: the probe failed: %2").arg(m_node, error.isEmpty() ? QString::fromUtf8(m_err).trimmed() : error), false);
            return;
        }
        m_raw = doc.object();
        for (const char* envelope : { "v", "seq", "type" })
            m_raw.remove(QLatin1StringView(envelope));
        const auto inventory = inventoryFromProbe(m_out.trimmed(), m_node, m_node);
        if (!inventory) {
            fail(inventory.error().toString(), false);
            return;
        }
        m_done = true;
        m_timeout.stop();
        emit finished(inventory.value());
    });
    m_timeout.start(stepTimeoutMs);
    t->open();
}

void NodeProbe::runProbe(const QString& agentPath)
{
    m_id = m_transport->start({ u"python3"_s, agentPath, u"probe"_s });
}

void NodeProbe::fail(const QString& message, bool connection)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit failed(Error{ message, QString() }, connection);
}

} // namespace inferdeck
