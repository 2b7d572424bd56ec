#include "remote/slurmjob.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include "log/log.h"
#include "remote/transport.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmJob)
};

constexpr int kPendingPollMs = 1000;  // a waiting user sees a state change within a second
constexpr int kRunningPollMs = 2000;  // watching a running job costs one squeue per 2 s
constexpr qint64 kReleaseWaitMs = 20000;

bool activeState(const QString& state)
{
    static const QStringList active = { u"PENDING"_s, u"CONFIGURING"_s, u"RUNNING"_s, u"SUSPENDED"_s, u"COMPLETING"_s,
                                        u"REQUEUED"_s, u"RESIZING"_s, u"SIGNALING"_s, u"STAGE_OUT"_s };
    return active.contains(state);
}

// squeue prints "(null)" for an account or QoS Slurm does not keep (no accounting storage)
QString known(const QString& field)
{
    const QString v = printable(field.trimmed());
    return v == u"(null)"_s || v == u"N/A"_s ? QString() : v;
}
} // namespace

SlurmJob::SlurmJob(SlurmSettings settings, int nodeCount, QString jobName, std::unique_ptr<Transport> submit, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_nodeCount(nodeCount)
    , m_jobName(std::move(jobName))
    , m_submit(std::move(submit))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SlurmJob::poll);
}

SlurmJob::~SlurmJob() = default;

void SlurmJob::runCommand(const QStringList& argv, std::function<void(int, const QByteArray&, const QByteArray&)> done)
{
    m_commands.run(argv, std::move(done));
}

void SlurmJob::allocate()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Submitting;
    m_clock.start();
    if (m_submit->state() == Transport::State::Connected)
        return submit();
    auto* once = new QObject(this);
    connect(m_submit.get(), &Transport::stateChanged, once, [this, once](Transport::State s, const QString& m) {
        if (s == Transport::State::Connected) {
            delete once;
            submit();
        } else if (s == Transport::State::Failed) {
            delete once;
            setFailed(Tr::tr("cannot reach the Slurm submit host %1: %2").arg(m_settings.submitHost, m));
        }
    });
    m_submit->open();
}

void SlurmJob::submit()
{
    if (!m_settings.jobId.isEmpty()) {
        m_jobId = m_settings.jobId;
        emit message(Tr::tr("using the existing Slurm job %1").arg(m_jobId));
        m_state = State::Pending;
        return poll();
    }
    QStringList argv { u"sbatch"_s, u"--parsable"_s, u"--job-name=%1"_s.arg(m_jobName), u"--nodes=%1"_s.arg(m_nodeCount),
                       u"--ntasks-per-node=1"_s };
    const SlurmSettings& s = m_settings;
    if (!s.partition.isEmpty())
        argv << u"--partition=%1"_s.arg(s.partition);
    if (!s.account.isEmpty())
        argv << u"--account=%1"_s.arg(s.account);
    if (!s.qos.isEmpty())
        argv << u"--qos=%1"_s.arg(s.qos);
    if (!s.timeLimit.isEmpty())
        argv << u"--time=%1"_s.arg(s.timeLimit);
    if (s.gpusPerNode > 0)
        argv << u"--gpus-per-node=%1"_s.arg(s.gpusPerNode);
    argv << s.sbatchOptions;
    // the job only holds the nodes; everything InferDeck runs there is a step of it, so its own output is
    // nothing worth a file on a shared disk
    argv << u"--output=/dev/null"_s << u"--wrap=exec sleep 2147483647"_s;
    log::remote()->info("slurm: {}", argv.join(u' ').toStdString());
    runCommand(argv, [this](int code, const QByteArray& out, const QByteArray& err) {
        const QString id = QString::fromUtf8(out).trimmed().section(u';', 0, 0);
        if (code != 0 || id.isEmpty() || !std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); })) {
            // Slurm's messages come a line each: one line here, not escaped line ends
            const QString said = printable(QString::fromUtf8(err + out).trimmed().replace(u'\n', u"; "_s));
            const QString where = m_settings.submitHost == u"local"_s ? Tr::tr("this machine") : m_settings.submitHost;
            // sbatch itself did not run: the transport could not start it (-1), or the remote shell found no such
            // command (127, POSIX's "command not found")
            if (code < 0 || code == 127)
                setFailed(Tr::tr("cannot run sbatch on %1 (is Slurm's client installed there and on the PATH?): %2").arg(where, said));
            else
                setFailed(Tr::tr("sbatch refused the job on %1: %2").arg(where, said));
            return;
        }
        m_jobId = id;
        emit message(Tr::tr("submitted Slurm job %1 for %2 nodes").arg(m_jobId).arg(m_nodeCount));
        if (m_releasing) { // cancelled while sbatch ran
            m_state = State::Pending;
            m_releasing = false;
            return release();
        }
        m_state = State::Pending;
        poll();
    });
}

void SlurmJob::poll()
{
    if (m_pollBusy || m_jobId.isEmpty() || m_state == State::Released)
        return;
    m_pollBusy = true;
    runCommand({ u"squeue"_s, u"--noheader"_s, u"--states=all"_s, u"--jobs=%1"_s.arg(m_jobId), u"--format=%T|%r|%N|%P|%a|%q"_s },
               [this](int code, const QByteArray& out, const QByteArray& err) {
                   m_pollBusy = false;
                   onPoll(code, out, err);
               });
}

void SlurmJob::onPoll(int code, const QByteArray& out, const QByteArray& err)
{
    if (m_state == State::Released || m_state == State::Failed || m_state == State::Ended)
        return;
    const QStringList fields = QString::fromUtf8(out).trimmed().split(u'\n').value(0).split(u'|');
    const QString state = fields.value(0).trimmed();
    const QString reason = fields.value(1).trimmed();
    if (code != 0 || state.isEmpty()) {
        // squeue forgets a job MinJobAge after it ended: gone is ended
        const QString why = Tr::tr("the Slurm job %1 is no longer known to Slurm (%2)").arg(m_jobId, printable(QString::fromUtf8(err).trimmed()));
        if (m_state == State::Running) {
            m_state = State::Ended;
            m_endMessage = why;
            emit ended(why);
            for (auto& done : std::exchange(m_checks, {}))
                done(false);
            return;
        }
        return setFailed(why);
    }
    if (state == u"RUNNING"_s && m_state == State::Running) {
        if (m_expectEnd.isValid() && m_expectEnd.elapsed() < 30000) {
            m_pollTimer.start(500);
            return;
        }
        m_expectEnd.invalidate();
        for (auto& done : std::exchange(m_checks, {}))
            done(true);
    }
    // a running job that is completing (time limit, scancel) ends in a moment: wait for its final state
    if (m_state == State::Running && state != u"RUNNING"_s && activeState(state)) {
        m_pollTimer.start(300);
        return;
    }
    if (state == u"RUNNING"_s && m_state == State::Pending) {
        m_allocationS = static_cast<double>(m_clock.elapsed()) / 1000.0;
        m_partition = fields.value(3).trimmed();
        m_account = known(fields.value(4));
        m_qos = known(fields.value(5));
        learnNodes(fields.value(2).trimmed());
        return;
    }
    if (state != u"RUNNING"_s && !activeState(state)) {
        if (state == u"TIMEOUT"_s)
            m_endMessage = Tr::tr("the Slurm job %1 hit its time limit (%2)").arg(m_jobId, m_settings.timeLimit.isEmpty() ? reason : m_settings.timeLimit);
        else if (state == u"CANCELLED"_s)
            m_endMessage = Tr::tr("the Slurm job %1 was cancelled").arg(m_jobId);
        else if (state == u"NODE_FAIL"_s)
            m_endMessage = Tr::tr("a node of the Slurm job %1 failed").arg(m_jobId);
        else if (state == u"PREEMPTED"_s)
            m_endMessage = Tr::tr("the Slurm job %1 was preempted").arg(m_jobId);
        else
            m_endMessage = Tr::tr("the Slurm job %1 ended: %2 (%3)").arg(m_jobId, state, reason);
        m_endMessage = printable(m_endMessage);
        const bool wasRunning = m_state == State::Running;
        m_state = State::Ended;
        log::remote()->warn("slurm: {}", m_endMessage.toStdString());
        // the transports hear of the end before any check's answer, so none takes it for a lost stream
        if (wasRunning)
            emit ended(m_endMessage);
        else
            emit failed(m_endMessage);
        for (auto& done : std::exchange(m_checks, {}))
            done(false);
        return;
    }
    // reasons that only a changed request clears (Slurm's job_reason_codes.html: the job asks for more than the
    // partition has or allows, or names an account or QOS it may not use): waiting on them waits forever
    static const QStringList hopeless = { u"BadConstraints"_s, u"PartitionConfig"_s, u"PartitionTimeLimit"_s, u"InvalidAccount"_s,
                                          u"InvalidQOS"_s, u"AccountNotAllowed"_s, u"QOSNotAllowed"_s };
    if (m_state == State::Pending && hopeless.contains(reason)) {
        return setFailed(Tr::tr("the Slurm job %1 cannot start: Slurm says %2 (the request asks for more than the partition has or allows, "
                                "or for an account or QOS it may not use); change the cluster file's scheduler settings")
                             .arg(m_jobId, printable(reason)));
    }
    // "None" is a job the scheduler has not looked at yet: said only if it stays so (it printed on every run)
    const bool unjudged = reason == u"None"_s && m_clock.elapsed() < 3000;
    if (m_state == State::Pending && !unjudged && (state != m_lastState || reason != m_lastReason))
        emit queueStateChanged(m_jobId, printable(state), printable(reason));
    if (!unjudged) {
        m_lastState = state;
        m_lastReason = reason;
    }
    // a job usually starts within seconds where nodes are free: asked often at first, so the allocation
    // time the run reports is not the poll interval
    const int pendingMs = m_clock.elapsed() < 10000 ? 250 : kPendingPollMs;
    m_pollTimer.start(m_state == State::Pending ? pendingMs : kRunningPollMs);
}

void SlurmJob::learnNodes(const QString& nodeList)
{
    runCommand({ u"scontrol"_s, u"show"_s, u"hostnames"_s, nodeList }, [this, nodeList](int code, const QByteArray& out, const QByteArray& err) {
        const QStringList nodes = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        if (code != 0 || nodes.isEmpty())
            return setFailed(Tr::tr("cannot expand the node list %1 of Slurm job %2: %3").arg(printable(nodeList), m_jobId, printable(QString::fromUtf8(err).trimmed())));
        if (nodes.size() < m_nodeCount)
            return setFailed(Tr::tr("the Slurm job %1 has %2 nodes (%3) and the cluster file lists %4")
                                 .arg(m_jobId)
                                 .arg(nodes.size())
                                 .arg(printable(nodeList))
                                 .arg(m_nodeCount));
        m_nodes = nodes.mid(0, m_nodeCount);
        for (QString& n : m_nodes)
            n = n.trimmed();
        m_state = State::Running;
        emit message(Tr::tr("Slurm job %1 runs on %2 (allocated after %3 s)")
                         .arg(m_jobId, printable(m_nodes.join(u", "_s)))
                         .arg(m_allocationS, 0, 'f', 2));
        emit allocated(m_nodes);
        m_pollTimer.start(kRunningPollMs);
    });
}

void SlurmJob::setFailed(const QString& message)
{
    if (m_state == State::Failed || m_state == State::Released)
        return;
    m_state = State::Failed;
    m_endMessage = printable(message);
    log::remote()->error("slurm: {}", m_endMessage.toStdString());
    for (auto& done : std::exchange(m_checks, {}))
        done(false);
    emit failed(m_endMessage);
}

void SlurmJob::check(std::function<void(bool)> done, bool expectEnd)
{
    if (m_state != State::Running) {
        done(false);
        return;
    }
    m_checks.append(std::move(done));
    if (expectEnd && !m_expectEnd.isValid())
        m_expectEnd.start();
    m_pollTimer.stop();
    poll();
}

void SlurmJob::recordStepStart(double seconds)
{
    m_stepStarts.append(seconds);
}

QString SlurmJob::stepStartSummary() const
{
    if (m_stepStarts.isEmpty())
        return {};
    QList<double> sorted = m_stepStarts;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.size() % 2 ? sorted[sorted.size() / 2] : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2.0;
    return Tr::tr("job steps: %1, start latency median %2 ms, max %3 ms")
        .arg(sorted.size())
        .arg(median * 1e3, 0, 'f', 0)
        .arg(sorted.last() * 1e3, 0, 'f', 0);
}

void SlurmJob::release()
{
    if (m_state == State::Released || m_releasing)
        return;
    m_pollTimer.stop();
    const bool owned = m_settings.jobId.isEmpty() && !m_jobId.isEmpty();
    if (m_state == State::Submitting) {
        m_releasing = true; // sbatch's answer cancels the job it made
        return;
    }
    if (!owned) {
        m_state = State::Released;
        emit released();
        return;
    }
    if (m_submit->state() != Transport::State::Connected) {
        // the submit host's link dropped: reach it again, or the job would hold its nodes until its limit
        auto* once = new QObject(this);
        connect(m_submit.get(), &Transport::stateChanged, once, [this, once](Transport::State s, const QString& m) {
            if (s == Transport::State::Connected) {
                delete once;
                m_releasing = false;
                release();
            } else if (s == Transport::State::Failed) {
                delete once;
                emit message(Tr::tr("cannot reach %1 to cancel Slurm job %2 (%3): cancel it there with scancel %2")
                                 .arg(m_settings.submitHost, m_jobId, printable(m)));
                m_releasing = false;
                m_state = State::Released;
                emit released();
            }
        });
        m_releasing = true;
        m_submit->open();
        return;
    }
    m_releasing = true;
    emit message(Tr::tr("cancelling Slurm job %1").arg(m_jobId));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // scancel returns at once; the job's steps end within KillWait. Wait for that, so "nothing left" holds
    // when the run reports its end
    // the function holds itself only weakly: what keeps it alive is the pending command or timer that will call
    // it again, so it is freed when they are (also when the job is destroyed before scancel is done)
    auto waitGone = std::make_shared<std::function<void()>>();
    *waitGone = [this, clock, weak = std::weak_ptr<std::function<void()>>(waitGone)] {
        runCommand({ u"squeue"_s, u"--noheader"_s, u"--jobs=%1"_s.arg(m_jobId), u"--format=%T"_s },
                   [this, clock, again = weak.lock()](int code, const QByteArray& out, const QByteArray&) {
                       const QString state = QString::fromUtf8(out).trimmed();
                       if (code == 0 && activeState(state) && clock->elapsed() < kReleaseWaitMs && again) {
                           QTimer::singleShot(250, this, [again] { (*again)(); });
                           return;
                       }
                       if (code == 0 && activeState(state))
                           log::remote()->warn("slurm: job {} still {} after scancel", m_jobId.toStdString(), state.toStdString());
                       m_releasing = false;
                       m_state = State::Released;
                       emit released();
                   });
    };
    runCommand({ u"scancel"_s, m_jobId }, [waitGone](int, const QByteArray&, const QByteArray&) { (*waitGone)(); });
}

} // namespace inferdeck
