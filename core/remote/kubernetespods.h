#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include "remote/commandcollector.h"
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

#include "remote/podstatus.h"
#include "run/scheduler.h"

namespace inferdeck {

class Transport;

/// The Kubernetes pods a run uses: finds them through kubectl on the kubectl host (a label selector or
/// names), checks they are Running and ready, then watches them while the run uses them, so a restarted,
/// replaced or stopped pod is reported. KubernetesExecTransport runs commands in them.
class KubernetesPods : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Discovering, Ready, Failed, Released };
    Q_ENUM(State)

    /// `host` reaches where kubectl runs (local or over SSH); `count` pods are used, one per node.
    KubernetesPods(KubernetesSettings settings, int count, std::unique_ptr<Transport> host, QObject* parent = nullptr);
    ~KubernetesPods() override;

    /// Connects to the kubectl host and finds the pods; idempotent. discovered() or failed() follows.
    void discover();
    /// Stops watching and waits (at most 10 s) for kubectl commands still in flight, such as a stop's kill,
    /// then released(). Idempotent.
    void release();

    State state() const { return m_state; }
    const KubernetesSettings& settings() const { return m_settings; }
    /// The context kubectl used (the settings', else kubeconfig's current one) and the pods' namespace.
    QString context() const { return m_context; }
    QString nameSpace() const { return m_nameSpace; }
    /// The `index`-th node's pod as found at the start (valid once discovered).
    PodStatus pod(int index) const { return m_pods.value(index); }
    /// Its latest status as last seen.
    PodStatus current(int index) const { return m_current.value(index); }
    /// Why the `index`-th pod is gone for the run (restarted, replaced, stopped), or empty.
    QString endMessage(int index) const { return m_ended.value(index); }
    /// Why discovery failed (valid in Failed).
    QString failure() const { return m_failure; }
    Transport* hostTransport() const { return m_host.get(); }

    /// `kubectl [--context=C] [--namespace=N] REST...`: every kubectl command InferDeck runs.
    QStringList kubectl(const QStringList& rest) const;
    /// Runs a short kubectl command on the kubectl host; `done` gets its exit status and output.
    void runCommand(const QStringList& argv, std::function<void(int, const QByteArray&, const QByteArray&)> done = {});
    /// Stops process group `pid` in the `index`-th pod: TERM, KILL after `graceMs` to what is left (0: KILL at
    /// once). Run from here, not by the transport that asks: the KILL owed to children that ignored TERM must
    /// arrive even when their leader exited at once and its transport is gone; release() waits for it.
    void stopGroup(int index, qint64 pid, int graceMs);
    /// Asks the API server now whether the `index`-th pod is still the one the run started on:
    /// `done(true)` when it is, `done(false)` when it is not (endMessage() says why). For a transport whose
    /// exec stream ended unexpectedly. With `patienceMs` a pod that still looks the same is asked again
    /// (every 500 ms) until then: a command killed with its container ends before the API server shows the
    /// restart.
    void check(int index, std::function<void(bool same)> done, int patienceMs = 0);

    /// An exec's start latency (kubectl started → the command's first line), for the run's overhead summary.
    void recordExecStart(double seconds);
    /// "execs: 14, start latency median 95 ms, max 180 ms", or empty before any.
    QString execStartSummary() const;

    /// The argv of `kubectl get pods` for these settings: by selector, or by name (exposed for the tests,
    /// which check it against kubectl's documented options).
    static QStringList getPodsArgv(const KubernetesSettings& settings, const QStringList& names = {});

signals:
    void discovered();
    void failed(const QString& message);
    /// A pod's phase, readiness or restart count changed (and once for each pod when found).
    void podChanged(int index, const inferdeck::PodStatus& status);
    /// The `index`-th pod is no longer the one the run started on.
    void podEnded(int index, const QString& message);
    void released();
    /// Progress worth a line in the run's log.
    void message(const QString& line);

private:
    void findContext();
    void findPods();
    void choosePods(const QList<PodStatus>& found);
    void poll();
    void onPoll(int code, const QByteArray& out, const QByteArray& err);
    void setFailed(const QString& message);

    KubernetesSettings m_settings;
    int m_count = 0;
    std::unique_ptr<Transport> m_host;
    CommandCollector m_commands { m_host.get() }; // short commands in flight on it
    State m_state = State::Idle;
    QString m_context;
    QString m_nameSpace;
    QString m_failure;
    QList<PodStatus> m_pods;
    QList<PodStatus> m_current;
    QHash<int, QString> m_ended;
    QTimer m_pollTimer;
    bool m_pollBusy = false;
    QList<std::function<void()>> m_afterPoll; // checks waiting for the next poll's answer
    QList<double> m_execStarts; // s
};

} // namespace inferdeck
