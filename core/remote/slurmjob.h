#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include "remote/commandcollector.h"
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

#include "run/scheduler.h"

namespace inferdeck {

class Transport;

/// A Slurm allocation a run uses: submits a holding job (or adopts a given one) through the submit host's
/// transport, waits while it is pending (reporting state and reason), learns its nodes, watches it while
/// the run uses it and cancels it at the end if it submitted it. Job steps (SlurmStepTransport) run in it.
class SlurmJob : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Submitting, Pending, Running, Ended, Failed, Released };
    Q_ENUM(State)

    /// `submit` reaches the host where sbatch, squeue and srun run (local or over SSH); `nodeCount` nodes
    /// are asked for. `jobName` names a submitted job (sbatch --job-name).
    SlurmJob(SlurmSettings settings, int nodeCount, QString jobName, std::unique_ptr<Transport> submit, QObject* parent = nullptr);
    ~SlurmJob() override;

    /// Connects to the submit host and submits (or adopts) the job; idempotent. allocated() or failed() follows.
    void allocate();
    /// Ends the job if InferDeck submitted it (scancel, which also ends every step), then released().
    /// A given job is left running. Idempotent.
    void release();

    State state() const { return m_state; }
    QString jobId() const { return m_jobId; }
    /// The allocation's nodes in Slurm's order (valid once allocated).
    QStringList nodes() const { return m_nodes; }
    /// The partition the job runs in, as Slurm says (valid once allocated).
    QString partition() const { return m_partition; }
    /// The account and QoS Slurm runs the job under (valid once allocated; empty when Slurm keeps none).
    QString account() const { return m_account; }
    QString qos() const { return m_qos; }
    const SlurmSettings& settings() const { return m_settings; }
    /// Why the job ended or could not be had (valid in Ended and Failed).
    QString endMessage() const { return m_endMessage; }
    Transport* submitTransport() const { return m_submit.get(); }
    /// Seconds from submitting (or adopting) to the allocation running; negative before.
    double allocationSeconds() const { return m_allocationS; }
    /// A step's start latency (srun started → the step's first line), for the run's overhead summary.
    void recordStepStart(double seconds);
    /// "steps: 14, start median 95 ms, max 180 ms", or empty before any step.
    QString stepStartSummary() const;
    /// Asks Slurm now whether the job still runs: `done(true)` when it does, `done(false)` once it has
    /// ended (endMessage() says how). For a transport that lost a step's stream.
    /// With `expectEnd` (a step was refused as "already completing") a job still shown RUNNING is asked
    /// again for up to 30 s: Slurm refuses steps past the time limit before it ends the job.
    void check(std::function<void(bool running)> done, bool expectEnd = false);
    /// Runs a short Slurm command on the submit host; `done` gets its exit status and output.
    void runCommand(const QStringList& argv, std::function<void(int, const QByteArray&, const QByteArray&)> done = {});

signals:
    /// The job's queue state changed while waiting ("PENDING", "Resources"), and whenever the reason does.
    void queueStateChanged(const QString& jobId, const QString& state, const QString& reason);
    void allocated(const QStringList& nodes);
    void failed(const QString& message);
    /// The job left RUNNING while in use: time limit, cancelled by someone, node failure.
    void ended(const QString& message);
    void released();
    /// Progress worth a line in the run's log (submitted, allocated, cancelled).
    void message(const QString& line);

private:
    void submit();
    void poll();
    void onPoll(int code, const QByteArray& out, const QByteArray& err);
    void learnNodes(const QString& nodeList);
    void setFailed(const QString& message);

    SlurmSettings m_settings;
    int m_nodeCount = 0;
    QString m_jobName;
    std::unique_ptr<Transport> m_submit;
    CommandCollector m_commands { m_submit.get() }; // short commands in flight on it
    State m_state = State::Idle;
    QString m_jobId;
    QStringList m_nodes;
    QString m_partition;
    QString m_account;
    QString m_qos;
    QString m_lastState;
    QString m_lastReason;
    QString m_endMessage;
    QTimer m_pollTimer;
    bool m_pollBusy = false;
    bool m_releasing = false;
    QElapsedTimer m_clock;
    double m_allocationS = -1.0;
    QList<double> m_stepStarts; // s
    QList<std::function<void(bool)>> m_checks;
    QElapsedTimer m_expectEnd; // valid while a check waits for the job's end
};

} // namespace inferdeck
