#pragma once
#include <QElapsedTimer>
#include <QHash>

#include "remote/transport.h"

namespace inferdeck {

class SlurmJob;

/// One node of a Slurm allocation as a Transport: every command runs as a job step on that node
/// (`srun --overlap --jobid J --nodelist NODE -N1 -n1`) started through the submit host's transport, with
/// its stdout and stderr streamed through srun; stop() signals the step with scancel; upload() is a step
/// that writes its stdin to the file. Opening waits for the job's allocation (pending is Connecting).
class SlurmStepTransport : public Transport {
    Q_OBJECT
public:
    /// The `index`-th node of `job`'s allocation, known to the user as `name`. `job` must outlive this.
    SlurmStepTransport(QString name, int index, SlurmJob* job, QObject* parent = nullptr);
    ~SlurmStepTransport() override;

    QString nodeName() const override { return m_name; }
    State state() const override { return m_state; }
    /// The Slurm node this runs on ("gpu2"); empty before the allocation.
    QString slurmNode() const;
    /// How the inventory names where the node ran: "gpu2 (Slurm job 12, partition gpu)".
    QString hostLabel() const;
    void open() override;
    void close() override;
    int start(const QStringList& argv) override;
    void writeStdin(int id, const QByteArray& data) override;
    void closeStdin(int id) override;
    void stop(int id, int graceMs = 3000) override;
    int upload(const QByteArray& content, const QString& path, int mode = 0644) override;
    QString endedBy() const override;
    void describePlacement(NodeInventory& node) const override;

    /// The srun argv that runs `argv` as a step on `node` of job `jobId` (exposed for the tests, which
    /// check it against srun's documented options).
    static QStringList srunArgv(const QString& jobId, const QString& node, int gpusPerNode, const QStringList& argv);

private:
    struct Step {
        int submitId = -1;
        QString stepId; // "12.4", from the step's first stderr line
        bool markerSeen = false;
        bool stopRequested = false;
        bool detached = false; // its stream was given up with a lost one: output ignored, ended by close()
        QString cancelled; // slurmstepd's "*** STEP ... CANCELLED AT ... ***" line, when the step was cancelled
        QByteArray err;
        QElapsedTimer clock;
    };
    void setState(State s, const QString& message);
    void onStderr(int id, Step& step, const QByteArray& lines);
    void onFinished(int submitId, int code, const QString& error);
    void finishStep(int id, const Step& step, int code, const QString& error);

    QString m_name;
    int m_index = 0;
    SlurmJob* m_job;
    State m_state = State::Disconnected;
    int m_nextId = 1;
    QHash<int, Step> m_steps;   // by this transport's command id
    QHash<int, int> m_bySubmit; // submit transport's command id → this transport's
    QHash<int, int> m_uploads;  // upload step's command id → upload id
};

} // namespace inferdeck
