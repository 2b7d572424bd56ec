#pragma once
#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace inferdeck {

class Transport;

/// Short commands on a transport (squeue, kubectl get ...) whose whole output is wanted at once: runs each,
/// gathers its stdout and stderr, and calls back with both and the exit status (the transport's error, if any,
/// appended to stderr). Slurm's job and Kubernetes' pods ask their scheduler this way.
class CommandCollector : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(int exitCode, const QByteArray& out, const QByteArray& err)>;

    explicit CommandCollector(Transport* transport, QObject* parent = nullptr);

    void run(const QStringList& argv, Done done = {});
    /// Whether a command is still running.
    bool busy() const { return !m_commands.isEmpty(); }

private:
    struct Command {
        QByteArray out;
        QByteArray err;
        Done done;
    };
    Transport* m_transport;
    QHash<int, Command> m_commands;
};

} // namespace inferdeck
