#include "remote/slurmtransport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

#include "log/log.h"
#include "model/inventory.h"
#include "remote/slurmjob.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmStepTransport)
};

// The step's first stderr line: its job and step id and the task's pid on the node, so stop() can signal
// exactly this step and the run can tell when it started. `exec` keeps the pid for the command.
constexpr char kStepMarker[] = "\x1einferdeck-step ";
const QString kMarkerScript = u"printf '\\036inferdeck-step %s.%s %s\\n' \"$SLURM_JOB_ID\" \"$SLURM_STEP_ID\" \"$$\" >&2; exec \"$@\""_s;
// Writes stdin to $1 under a temporary name, then renames: a half-written agent is never run.
const QString kUploadScript = u"d=$(dirname -- \"$1\") && mkdir -p -- \"$d\" && cat > \"$1.tmp.$$\" && chmod \"$2\" \"$1.tmp.$$\" "
                              "&& mv -f -- \"$1.tmp.$$\" \"$1\""_s;
} // namespace

SlurmStepTransport::SlurmStepTransport(QString name, int index, SlurmJob* job, QObject* parent)
    : Transport(parent)
    , m_name(std::move(name))
    , m_index(index)
    , m_job(job)
{
    Transport* submit = m_job->submitTransport();
    connect(submit, &Transport::stdoutLines, this, [this](int sid, const QByteArray& lines) {
        const int id = m_bySubmit.value(sid, -1);
        if (auto it = m_steps.find(id); it != m_steps.end() && !it->detached && !m_uploads.contains(id))
            emit stdoutLines(id, lines);
    });
    connect(submit, &Transport::stderrLines, this, [this](int sid, const QByteArray& lines) {
        const int id = m_bySubmit.value(sid, -1);
        if (auto it = m_steps.find(id); it != m_steps.end() && !it->detached)
            onStderr(id, *it, lines);
    });
    connect(submit, &Transport::finished, this, &SlurmStepTransport::onFinished);
    connect(m_job, &SlurmJob::allocated, this, [this] {
        if (m_state == State::Connecting)
            setState(State::Connected, Tr::tr("Slurm job %1, node %2").arg(m_job->jobId(), slurmNode()));
    });
    connect(m_job, &SlurmJob::failed, this, [this](const QString& message) {
        if (m_state == State::Connecting)
            setState(State::Failed, message);
    });
    connect(m_job, &SlurmJob::queueStateChanged, this, [this](const QString& jobId, const QString& state, const QString& reason) {
        if (m_state == State::Connecting)
            emit stateChanged(State::Connecting, Tr::tr("Slurm job %1: %2 (%3)").arg(jobId, state, reason));
    });
    // the job ended under the run (time limit, scancel, node failure): every step went with it
    connect(m_job, &SlurmJob::ended, this, [this](const QString& message) {
        if (m_state == State::Connected)
            setState(State::Failed, message);
    });
}

SlurmStepTransport::~SlurmStepTransport()
{
    // a step still running when its transport goes is ended with it: nothing of a run may stay on a node
    Transport* submit = m_job->submitTransport();
    for (const Step& s : std::as_const(m_steps)) {
        if (!s.stepId.isEmpty())
            m_job->runCommand({ u"scancel"_s, u"--signal=KILL"_s, s.stepId });
        submit->stop(s.submitId, 1000);
    }
}

QString SlurmStepTransport::slurmNode() const
{
    return m_job->nodes().value(m_index);
}

QString SlurmStepTransport::hostLabel() const
{
    // data in the result file (the destination the inventory names), never translated
    const QString partition = m_job->partition();
    return partition.isEmpty() ? u"%1 (Slurm job %2)"_s.arg(slurmNode(), m_job->jobId())
                               : u"%1 (Slurm job %2, partition %3)"_s.arg(slurmNode(), m_job->jobId(), partition);
}

void SlurmStepTransport::describePlacement(NodeInventory& node) const
{
    node.host = hostLabel();
    // Slurm's own account and QoS when it keeps them, else what the job was submitted with; every name as the
    // result reader accepts it (printable), so a file written here always reads back
    const SlurmSettings& asked = m_job->settings();
    node.slurm = { m_job->jobId(), printable(m_job->partition()), printable(slurmNode()),
                   printable(m_job->account().isEmpty() ? asked.account : m_job->account()),
                   printable(m_job->qos().isEmpty() ? asked.qos : m_job->qos()) };
}

QString SlurmStepTransport::endedBy() const
{
    // a job that ended under the run (Ended); one that never ran (Failed: refused, unreachable submit host)
    // is a failure to reach the nodes
    return m_job->state() == SlurmJob::State::Ended ? m_job->endMessage() : QString();
}

QStringList SlurmStepTransport::srunArgv(const QString& jobId, const QString& node, int gpusPerNode, const QStringList& argv)
{
    // --overlap: steps share the job's CPUs (and, since Slurm 21.08, its memory and GRES) with each other
    // and with the holding batch step, so the server, the agent and telemetry run side by side
    QStringList srun { u"srun"_s, u"--overlap"_s, u"--jobid=%1"_s.arg(jobId), u"--nodelist=%1"_s.arg(node), u"--nodes=1"_s,
                       u"--ntasks=1"_s, u"--quiet"_s };
    if (gpusPerNode > 0)
        srun << u"--gpus-per-node=%1"_s.arg(gpusPerNode); // nvidia-smi and the engine see the node's GPUs
    return srun + QStringList { u"sh"_s, u"-c"_s, kMarkerScript, u"inferdeck-step"_s } + argv;
}

void SlurmStepTransport::setState(State s, const QString& message)
{
    m_state = s;
    emit stateChanged(s, message);
}

void SlurmStepTransport::open()
{
    switch (m_job->state()) {
    case SlurmJob::State::Running:
        // asked again after a lost stream: whether the job still runs decides between resuming and failing
        setState(State::Connecting, {});
        m_job->check([this](bool running) {
            if (running)
                setState(State::Connected, Tr::tr("Slurm job %1, node %2").arg(m_job->jobId(), slurmNode()));
            else
                setState(State::Failed, m_job->endMessage());
        });
        return;
    case SlurmJob::State::Ended:
    case SlurmJob::State::Failed:
    case SlurmJob::State::Released:
        QMetaObject::invokeMethod(this, [this] { setState(State::Failed, m_job->endMessage()); }, Qt::QueuedConnection);
        return;
    default:
        setState(State::Connecting, {});
        m_job->allocate();
    }
}

void SlurmStepTransport::close()
{
    // steps given up with a lost stream still run (a server, a telemetry sampler): the run is over, end them
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        if (!it->detached)
            continue;
        if (!it->stepId.isEmpty())
            m_job->runCommand({ u"scancel"_s, u"--signal=TERM"_s, it->stepId });
        else
            m_job->submitTransport()->stop(it->submitId, 3000);
    }
    setState(State::Disconnected, {});
}

int SlurmStepTransport::start(const QStringList& argv)
{
    const int id = m_nextId++;
    if (m_state != State::Connected) {
        QMetaObject::invokeMethod(this, [this, id, argv] {
            emit finished(id, -1, Tr::tr("cannot start %1 on %2: the Slurm job does not run").arg(argv.value(0), m_name));
        }, Qt::QueuedConnection);
        return id;
    }
    Step step;
    step.clock.start();
    step.submitId = m_job->submitTransport()->start(srunArgv(m_job->jobId(), slurmNode(), m_job->settings().gpusPerNode, argv));
    m_bySubmit[step.submitId] = id;
    m_steps[id] = step;
    log::remote()->debug("{}: step #{} on {}: {}", m_name.toStdString(), id, slurmNode().toStdString(), argv.join(u' ').toStdString());
    return id;
}

void SlurmStepTransport::writeStdin(int id, const QByteArray& data)
{
    if (auto it = m_steps.find(id); it != m_steps.end())
        m_job->submitTransport()->writeStdin(it->submitId, data);
}

void SlurmStepTransport::closeStdin(int id)
{
    if (auto it = m_steps.find(id); it != m_steps.end())
        m_job->submitTransport()->closeStdin(it->submitId);
}

void SlurmStepTransport::stop(int id, int graceMs)
{
    auto it = m_steps.find(id);
    if (it == m_steps.end())
        return;
    it->stopRequested = true;
    const int submitId = it->submitId;
    if (it->stepId.isEmpty()) {
        // not started far enough to name its step: srun itself ends the step it is starting
        m_job->submitTransport()->stop(submitId, graceMs);
        return;
    }
    const QString stepId = it->stepId;
    // TERM to every process of the step (as a process group gets it over SSH), KILL after the grace
    m_job->runCommand({ u"scancel"_s, u"--signal=TERM"_s, stepId });
    QTimer::singleShot(graceMs, this, [this, id, stepId, submitId] {
        if (!m_steps.contains(id))
            return;
        m_job->runCommand({ u"scancel"_s, u"--signal=KILL"_s, stepId });
        // srun outlives its step only when the submit host lost touch with the node: end it too
        QTimer::singleShot(3000, this, [this, id, submitId] {
            if (m_steps.contains(id))
                m_job->submitTransport()->stop(submitId, 1000);
        });
    });
}

void SlurmStepTransport::onStderr(int id, Step& step, const QByteArray& lines)
{
    QByteArray rest = lines;
    if (!step.markerSeen) {
        step.err += rest;
        const qsizetype nl = step.err.indexOf('\n');
        if (nl < 0)
            return;
        const QByteArray first = step.err.left(nl);
        rest = step.err.mid(nl + 1);
        step.err.clear();
        step.markerSeen = true;
        if (first.startsWith(kStepMarker)) {
            const QList<QByteArray> words = first.mid(qsizetype(sizeof kStepMarker) - 1).split(' ');
            step.stepId = QString::fromLatin1(words.value(0));
            const double latency = static_cast<double>(step.clock.elapsed()) / 1000.0;
            m_job->recordStepStart(latency);
            log::remote()->debug("{}: step {} started in {:.0f} ms", m_name.toStdString(), step.stepId.toStdString(), latency * 1e3);
            emit started(id, words.value(1).toLongLong());
        } else {
            rest = first + '\n' + rest; // srun's own complaint came first: the step never started
        }
    }
    // slurmstepd tells a step it cancels: "slurmstepd: error: *** STEP 12.3 ON gpu1 CANCELLED AT ... DUE TO TIME LIMIT ***"
    static const QRegularExpression cancelled(u"\\*\\*\\* (STEP|JOB) \\S+ ON \\S+ CANCELLED AT \\S+( DUE TO [A-Z ]+| BY \\S+)? \\*\\*\\*"_s);
    if (const auto m = cancelled.match(QString::fromUtf8(rest)); m.hasMatch() && step.cancelled.isEmpty())
        step.cancelled = m.captured(0);
    if (rest.isEmpty())
        return;
    // the tail is kept for the step's end: srun's reason when it could not start, an upload's error
    step.err = QByteArray(step.err + rest).right(4096);
    if (!m_uploads.contains(id))
        emit stderrLines(id, rest);
}

void SlurmStepTransport::onFinished(int submitId, int code, const QString& error)
{
    const auto mapped = m_bySubmit.find(submitId);
    if (mapped == m_bySubmit.end())
        return;
    const int id = *mapped;
    m_bySubmit.erase(mapped);
    const Step step = m_steps.take(id);
    if (step.detached)
        return; // reported as lost already
    // a step that could not even start ("Unable to create step ... already completing") most likely met
    // the job's end: ask Slurm, so the run reports the time limit rather than srun's complaint
    if (code != 0 && step.stepId.isEmpty() && !step.stopRequested && m_job->state() == SlurmJob::State::Running) {
        const bool refused = step.err.contains("already completing or completed");
        m_job->check([this, id, step, code, error](bool running) {
            const QString why = running ? error : m_job->endMessage();
            finishStep(id, step, running ? code : -1, why);
        }, refused);
        return;
    }
    finishStep(id, step, code, error);
}

void SlurmStepTransport::finishStep(int id, const Step& step, int code, const QString& error)
{
    if (const auto up = m_uploads.find(id); up != m_uploads.end()) {
        const int uploadId = *up;
        m_uploads.erase(up);
        const bool jobEnded = m_job->state() == SlurmJob::State::Ended;
        emit uploadFinished(uploadId, code == 0 ? QString()
                                  : jobEnded    ? m_job->endMessage()
                                                : Tr::tr("writing the file through a Slurm step on %1 failed (status %2): %3")
                                                      .arg(slurmNode())
                                                      .arg(code)
                                                      .arg(printable(QString(QString::fromUtf8(step.err).trimmed() + error))));
        return;
    }
    QString why = error;
    // not asked to stop, yet the step went: Slurm cancelled it, or srun (the stream) died. Either way the
    // node's agent journal holds what the stream did not bring: say the stream was lost, so the run checks
    // the job and resumes from the journal, or fails with the job's fate
    const bool srunKilled = code == -1;
    if (!step.stopRequested && (srunKilled || !step.cancelled.isEmpty()) && m_state == State::Connected) {
        why = step.cancelled.isEmpty() ? Tr::tr("the stream of Slurm step %1 on %2 was lost: %3").arg(step.stepId, slurmNode(), error)
                                       : Tr::tr("Slurm step %1 on %2 was lost: %3").arg(step.stepId, slurmNode(), step.cancelled);
        log::remote()->warn("{}: {}", m_name.toStdString(), why.toStdString());
        code = -1;
        // as when an SSH link drops, every stream of the node is lost at once: the run resumes the agent from
        // its journal and starts telemetry afresh, so no old stream may keep feeding it. Those steps run on
        // (the server must) until the run ends them or close() does
        QList<int> others;
        for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
            if (it->detached || m_uploads.contains(it.key()))
                continue;
            it->detached = true;
            others.append(it.key());
        }
        setState(State::Failed, why);
        emit finished(id, code, why);
        for (int other : others)
            emit finished(other, -1, why);
        return;
    }
    emit finished(id, code, why);
}

int SlurmStepTransport::upload(const QByteArray& content, const QString& path, int mode)
{
    const int uploadId = m_nextId++;
    const int id = start({ u"sh"_s, u"-c"_s, kUploadScript, u"inferdeck-upload"_s, path, QString::number(mode, 8) });
    if (m_state != State::Connected) {
        QMetaObject::invokeMethod(this, [this, uploadId] {
            emit uploadFinished(uploadId, Tr::tr("cannot write to %1: the Slurm job does not run").arg(m_name));
        }, Qt::QueuedConnection);
        return uploadId;
    }
    m_uploads[id] = uploadId;
    writeStdin(id, content);
    closeStdin(id);
    return uploadId;
}

} // namespace inferdeck
