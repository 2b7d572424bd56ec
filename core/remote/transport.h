#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace inferdeck {

struct NodeInventory;

/// How a node is reached: run commands with streamed output, feed their stdin, stop them with their
/// process group, upload files. Everything above core/remote uses only this; SshTransport and
/// LocalTransport implement it. All calls return at once; results arrive as signals.
class Transport : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    /// The node as the user knows it ("gpu-node-2", "local").
    virtual QString nodeName() const = 0;
    virtual State state() const = 0;

    /// Connects (or reconnects) in the background; stateChanged() tells how it went.
    virtual void open() = 0;
    /// Ends every command's channel and the connection; commands on the node keep running unless stopped.
    virtual void close() = 0;

    /// Starts argv (each word quoted, never pasted) in the remote user's home directory, as the leader
    /// of a new process group. Returns an id for the signals below.
    virtual int start(const QStringList& argv) = 0;
    virtual void writeStdin(int id, const QByteArray& data) = 0;
    virtual void closeStdin(int id) = 0;
    /// SIGTERM to the command's process group, SIGKILL after `graceMs`.
    virtual void stop(int id, int graceMs = 3000) = 0;

    /// Why the node is gone for good although nothing is wrong with the link to it (a scheduler's job ended:
    /// time limit, cancelled, preempted); empty otherwise. A run that loses such a node failed, it did not
    /// fail to connect.
    virtual QString endedBy() const { return {}; }

    /// Adds a scheduler's placement to the node's inventory (which holds the cluster file's destination):
    /// the Slurm job and node, or the Kubernetes context, namespace, pod and image, for the report's appendix.
    virtual void describePlacement(NodeInventory& /*node*/) const { }

    /// Writes `content` to `path` (relative paths are under the remote home), creating directories,
    /// then sets `mode`. uploadFinished() reports the outcome.
    virtual int upload(const QByteArray& content, const QString& path, int mode = 0644) = 0;

signals:
    void stateChanged(inferdeck::Transport::State state, const QString& message);
    /// A command runs: its pid on the node, which is also its process group.
    void started(int id, qint64 pid);
    /// Complete lines (each ending in '\n') of a command's stdout; the last partial line comes with finished().
    void stdoutLines(int id, const QByteArray& lines);
    void stderrLines(int id, const QByteArray& lines);
    /// The command ended: its exit status, or -1 with `error` when it could not run or its link broke.
    void finished(int id, int exitCode, const QString& error);
    void uploadFinished(int id, const QString& error);
};

/// Takes the complete lines (up to the last '\n') out of `partial`, leaving the unfinished rest: how
/// transports hand output on in whole lines.
inline QByteArray takeCompleteLines(QByteArray& partial)
{
    const qsizetype nl = partial.lastIndexOf('\n');
    if (nl < 0)
        return {};
    QByteArray lines = partial.left(nl + 1);
    partial.remove(0, nl + 1);
    return lines;
}

} // namespace inferdeck
