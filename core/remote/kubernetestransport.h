#pragma once
#include <QElapsedTimer>
#include <QHash>

#include "remote/transport.h"

namespace inferdeck {

class KubernetesPods;

/// One pod as a Transport: every command runs in the pod's container through `kubectl exec -i POD -c C --`
/// on the kubectl host, started by a small Python wrapper that makes it a process-group leader and tells its
/// pid, with stdin, stdout and stderr streamed through kubectl. stop() stops that process group inside the
/// pod (a killed kubectl exec would leave it running); upload() writes the exec's stdin to the file, so
/// nothing needs `kubectl cp` (or tar in the image). A restarted or replaced pod ends the node (endedBy()).
class KubernetesExecTransport : public Transport {
    Q_OBJECT
public:
    /// The `index`-th pod of `pods`, known to the user as `name`. `pods` must outlive this.
    KubernetesExecTransport(QString name, int index, KubernetesPods* pods, QObject* parent = nullptr);
    ~KubernetesExecTransport() override;

    QString nodeName() const override { return m_name; }
    State state() const override { return m_state; }
    /// The pod this node runs in; empty before the pods are found.
    QString podName() const;
    void open() override;
    void close() override;
    int start(const QStringList& argv) override;
    void writeStdin(int id, const QByteArray& data) override;
    void closeStdin(int id) override;
    void stop(int id, int graceMs = 3000) override;
    int upload(const QByteArray& content, const QString& path, int mode = 0644) override;
    QString endedBy() const override;
    void describePlacement(NodeInventory& node) const override;

    /// The kubectl argv that runs `argv` in `container` of `pod` behind the wrapper, after `kubectl` (the
    /// global options): exposed for the tests, which check it against kubectl exec's documented options.
    static QStringList execArgv(const QStringList& kubectl, const QString& pod, const QString& container, const QStringList& argv);
    /// The argv that stops process group `pid` in the pod, without stdin: TERM, and KILL after `graceMs` to
    /// whatever is left of it (0: KILL at once).
    static QStringList stopArgv(const QStringList& kubectl, const QString& pod, const QString& container, qint64 pid, int graceMs);

private:
    struct Exec {
        int hostId = -1;
        qint64 pid = -1; // in the pod: the process group stop() signals
        bool markerSeen = false;
        bool stopRequested = false;
        bool detached = false; // its stream was given up with a lost one: output ignored, its group ended by close()
        QByteArray err;
        QElapsedTimer clock;
    };
    void setState(State s, const QString& message);
    void onStderr(int id, Exec& exec, const QByteArray& lines);
    void onFinished(int hostId, int code, const QString& error);
    void finishExec(int id, const Exec& exec, int code, const QString& error);
    void streamLost(int id, const QString& why);

    QString m_name;
    int m_index = 0;
    KubernetesPods* m_pods;
    State m_state = State::Disconnected;
    int m_nextId = 1;
    int m_lostStreams = 0; // in a row: a pod whose exec keeps failing is not resumed forever
    QHash<int, Exec> m_execs;  // by this transport's command id
    QHash<int, int> m_byHost;  // the kubectl host's command id → this transport's
    QHash<int, int> m_uploads; // upload exec's command id → upload id
    QList<qint64> m_orphans;   // process groups whose kubectl died: still running in the pod until close()
};

} // namespace inferdeck
