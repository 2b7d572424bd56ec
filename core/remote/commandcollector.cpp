#include "remote/commandcollector.h"

#include "remote/transport.h"

namespace inferdeck {

CommandCollector::CommandCollector(Transport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{
    connect(m_transport, &Transport::stdoutLines, this, [this](int id, const QByteArray& lines) {
        if (auto it = m_commands.find(id); it != m_commands.end())
            it->out += lines;
    });
    connect(m_transport, &Transport::stderrLines, this, [this](int id, const QByteArray& lines) {
        if (auto it = m_commands.find(id); it != m_commands.end())
            it->err += lines;
    });
    connect(m_transport, &Transport::finished, this, [this](int id, int code, const QString& error) {
        auto it = m_commands.find(id);
        if (it == m_commands.end())
            return;
        Command c = std::move(*it);
        m_commands.erase(it);
        if (!error.isEmpty())
            c.err += error.toUtf8();
        if (c.done)
            c.done(code, c.out, c.err);
    });
}

void CommandCollector::run(const QStringList& argv, Done done)
{
    const int id = m_transport->start(argv);
    m_commands[id].done = std::move(done);
}

} // namespace inferdeck
