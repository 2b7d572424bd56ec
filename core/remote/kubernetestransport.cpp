#include "remote/kubernetestransport.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "log/log.h"
#include "model/inventory.h"
#include "remote/kubernetespods.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(KubernetesExecTransport)
};

// Runs in the pod before every command (engine images have python3, not always a shell): a new session, so
// the command leads a process group stop() can signal as a whole; the home directory, where the Transport
// contract starts commands; its pid as the first stderr line; then exec, so the pid stays the command's.
// An image without procps has no `kill`: the run's `kill -SIG -- -PGID` is done by Python then.
constexpr char kMarker[] = "\x1einferdeck-pid ";
const QString kWrapper = uR"(import os, shutil, signal, sys
try:
    os.setsid()
except OSError:
    pass
home = os.environ.get('HOME', '')
os.chdir(home if home and os.path.isdir(home) else '/')
sys.stderr.write('\x1einferdeck-pid %d\n' % os.getpid())
sys.stderr.flush()
argv = sys.argv[1:]
if argv[:1] == ['kill'] and shutil.which('kill') is None:
    sig = signal.SIGTERM
    for word in argv[1:]:
        if word.startswith('-') and word[1:].isalpha():
            sig = getattr(signal, 'SIG' + word[1:])
        elif word.lstrip('-').isdigit():
            try:
                os.kill(int(word), sig)
            except ProcessLookupError:
                pass
    sys.exit(0)
try:
    os.execvp(argv[0], argv)
except OSError as e:
    sys.stderr.write('inferdeck: cannot run %s in the pod: %s\n' % (argv[0], e.strerror))
    sys.exit(127)
)"_s;
// Stops a process group as over SSH: TERM, then KILL once the grace is over if anything of it is left (children
// that ignored TERM). It returns as soon as the group is gone, so a run's end waits no longer than it must; a
// group already gone is not an error (that is what stopping wanted)
const QString kStopGroup = uR"(import os, signal, sys, time
group, grace = int(sys.argv[1]), float(sys.argv[2])
def alive():
    try:
        os.killpg(group, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
try:
    os.killpg(group, signal.SIGTERM if grace > 0 else signal.SIGKILL)
except ProcessLookupError:
    sys.exit(0)
end = time.monotonic() + grace
while alive() and time.monotonic() < end:
    time.sleep(0.05)
if alive():
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass
)"_s;
// Writes stdin to the file under a temporary name, then renames: a half-written agent is never run
const QString kUpload = uR"(import os, sys
path, mode = sys.argv[1], int(sys.argv[2], 8)
if os.path.dirname(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
tmp = '%s.tmp.%d' % (path, os.getpid())
with open(tmp, 'wb') as f:
    f.write(sys.stdin.buffer.read())
os.chmod(tmp, mode)
os.replace(tmp, path)
)"_s;
constexpr int kMaxLostInARow = 4;
} // namespace

KubernetesExecTransport::KubernetesExecTransport(QString name, int index, KubernetesPods* pods, QObject* parent)
    : Transport(parent)
    , m_name(std::move(name))
    , m_index(index)
    , m_pods(pods)
{
    Transport* host = m_pods->hostTransport();
    connect(host, &Transport::stdoutLines, this, [this](int hid, const QByteArray& lines) {
        const int id = m_byHost.value(hid, -1);
        if (auto it = m_execs.find(id); it != m_execs.end() && !it->detached && !m_uploads.contains(id))
            emit stdoutLines(id, lines);
    });
    connect(host, &Transport::stderrLines, this, [this](int hid, const QByteArray& lines) {
        const int id = m_byHost.value(hid, -1);
        if (auto it = m_execs.find(id); it != m_execs.end() && !it->detached)
            onStderr(id, *it, lines);
    });
    connect(host, &Transport::finished, this, &KubernetesExecTransport::onFinished);
    connect(m_pods, &KubernetesPods::discovered, this, [this] {
        if (m_state == State::Connecting)
            setState(State::Connected, Tr::tr("pod %1").arg(podName()));
    });
    connect(m_pods, &KubernetesPods::failed, this, [this](const QString& message) {
        if (m_state == State::Connecting)
            setState(State::Failed, message);
    });
    // the pod restarted, was replaced or stopped under the run: everything the run had in it went with it
    connect(m_pods, &KubernetesPods::podEnded, this, [this](int index, const QString& message) {
        if (index == m_index && m_state == State::Connected)
            setState(State::Failed, message);
    });
}

KubernetesExecTransport::~KubernetesExecTransport()
{
    // a command still running when its transport goes is ended with it: nothing of a run may stay in a pod
    for (const Exec& e : std::as_const(m_execs)) {
        if (e.pid > 0)
            m_pods->stopGroup(m_index, e.pid, 0);
        m_pods->hostTransport()->stop(e.hostId, 1000);
    }
    for (qint64 pid : std::as_const(m_orphans))
        m_pods->stopGroup(m_index, pid, 0);
}

QString KubernetesExecTransport::podName() const
{
    return m_pods->pod(m_index).name;
}

QString KubernetesExecTransport::endedBy() const
{
    return m_pods->endMessage(m_index);
}

void KubernetesExecTransport::describePlacement(NodeInventory& node) const
{
    const PodStatus pod = m_pods->pod(m_index);
    // data in the result file, never translated
    node.host = u"%1 (Kubernetes context %2, namespace %3)"_s.arg(pod.name, m_pods->context(), m_pods->nameSpace());
    node.kubernetes = { m_pods->context(), m_pods->nameSpace(), pod.name, pod.container, pod.image, pod.imageId, pod.nodeName, pod.restarts };
}

QStringList KubernetesExecTransport::execArgv(const QStringList& kubectl, const QString& pod, const QString& container, const QStringList& argv)
{
    // -i: the agent reads its API key, barrier and control lines on stdin; no -t: a TTY would mix stderr into
    // stdout and echo the key. `--` ends kubectl's options, so no word of the command is taken for one
    QStringList exec = kubectl + QStringList { u"exec"_s, u"-i"_s, pod };
    if (!container.isEmpty())
        exec << u"-c"_s << container;
    return exec + QStringList { u"--"_s, u"python3"_s, u"-c"_s, kWrapper } + argv;
}

QStringList KubernetesExecTransport::stopArgv(const QStringList& kubectl, const QString& pod, const QString& container, qint64 pid, int graceMs)
{
    QStringList exec = kubectl + QStringList { u"exec"_s, pod };
    if (!container.isEmpty())
        exec << u"-c"_s << container;
    return exec + QStringList { u"--"_s, u"python3"_s, u"-c"_s, kStopGroup, QString::number(pid), QString::number(graceMs / 1000.0, 'f', 3) };
}

void KubernetesExecTransport::setState(State s, const QString& message)
{
    m_state = s;
    emit stateChanged(s, message);
}

void KubernetesExecTransport::open()
{
    switch (m_pods->state()) {
    case KubernetesPods::State::Ready:
        // asked again after a lost stream: whether the pod is still the same decides between resuming and failing
        if (m_lostStreams >= kMaxLostInARow) {
            QMetaObject::invokeMethod(this, [this] {
                setState(State::Failed, Tr::tr("kubectl exec into pod %1 failed %2 times in a row").arg(podName()).arg(m_lostStreams));
            }, Qt::QueuedConnection);
            return;
        }
        setState(State::Connecting, {});
        m_pods->check(m_index, [this, alive = QPointer(this)](bool same) {
            if (!alive)
                return;
            if (same)
                setState(State::Connected, Tr::tr("pod %1").arg(podName()));
            else
                setState(State::Failed, m_pods->endMessage(m_index));
        });
        return;
    case KubernetesPods::State::Failed:
    case KubernetesPods::State::Released:
        QMetaObject::invokeMethod(this, [this] {
            setState(State::Failed, m_pods->failure().isEmpty() ? Tr::tr("the run's pods are released") : m_pods->failure());
        }, Qt::QueuedConnection);
        return;
    default:
        setState(State::Connecting, {});
        m_pods->discover();
    }
}

void KubernetesExecTransport::close()
{
    // commands given up with a lost stream still run in the pod (a server, a telemetry sampler): the run is
    // over, end them
    for (auto it = m_execs.begin(); it != m_execs.end(); ++it) {
        if (!it->detached)
            continue;
        if (it->pid > 0)
            m_orphans.append(it->pid);
        m_pods->hostTransport()->stop(it->hostId, 3000);
    }
    for (qint64 pid : std::exchange(m_orphans, {}))
        m_pods->stopGroup(m_index, pid, 3000);
    setState(State::Disconnected, {});
}

int KubernetesExecTransport::start(const QStringList& argv)
{
    const int id = m_nextId++;
    if (m_state != State::Connected) {
        QMetaObject::invokeMethod(this, [this, id, argv] {
            emit finished(id, -1, Tr::tr("cannot start %1 on %2: its pod is not reachable").arg(argv.value(0), m_name));
        }, Qt::QueuedConnection);
        return id;
    }
    const PodStatus pod = m_pods->pod(m_index);
    Exec exec;
    exec.clock.start();
    exec.hostId = m_pods->hostTransport()->start(execArgv(m_pods->kubectl({}), pod.name, pod.container, argv));
    m_byHost[exec.hostId] = id;
    m_execs[id] = exec;
    log::remote()->debug("{}: exec #{} in pod {}: {}", m_name.toStdString(), id, pod.name.toStdString(), argv.join(u' ').toStdString());
    return id;
}

void KubernetesExecTransport::writeStdin(int id, const QByteArray& data)
{
    if (auto it = m_execs.find(id); it != m_execs.end())
        m_pods->hostTransport()->writeStdin(it->hostId, data);
}

void KubernetesExecTransport::closeStdin(int id)
{
    if (auto it = m_execs.find(id); it != m_execs.end())
        m_pods->hostTransport()->closeStdin(it->hostId);
}

void KubernetesExecTransport::stop(int id, int graceMs)
{
    auto it = m_execs.find(id);
    if (it == m_execs.end())
        return;
    it->stopRequested = true;
    const int hostId = it->hostId;
    const qint64 pid = it->pid;
    if (pid <= 0) {
        // not started far enough to tell its pid: ending kubectl is all there is to do
        m_pods->hostTransport()->stop(hostId, graceMs);
        return;
    }
    // ending kubectl alone would leave the command running in the pod: its process group is stopped there, KILL
    // after the grace even when the leader is gone by then (its children may have ignored TERM)
    m_pods->stopGroup(m_index, pid, graceMs);
    // kubectl outlives the command only when it lost touch with the pod: end it too
    QTimer::singleShot(graceMs + 3000, this, [this, id, hostId] {
        if (m_execs.contains(id))
            m_pods->hostTransport()->stop(hostId, 1000);
    });
}

void KubernetesExecTransport::onStderr(int id, Exec& exec, const QByteArray& lines)
{
    QByteArray rest = lines;
    if (!exec.markerSeen) {
        exec.err += rest;
        const qsizetype nl = exec.err.indexOf('\n');
        if (nl < 0)
            return;
        const QByteArray first = exec.err.left(nl);
        rest = exec.err.mid(nl + 1);
        exec.err.clear();
        exec.markerSeen = true;
        if (first.startsWith(kMarker)) {
            exec.pid = first.mid(qsizetype(sizeof kMarker) - 1).trimmed().toLongLong();
            const double latency = static_cast<double>(exec.clock.elapsed()) / 1000.0;
            m_pods->recordExecStart(latency);
            log::remote()->debug("{}: exec #{} started in {:.0f} ms", m_name.toStdString(), id, latency * 1e3);
            emit started(id, exec.pid);
        } else {
            rest = first + '\n' + rest; // kubectl's own complaint came first: the command never started
        }
    }
    if (rest.isEmpty())
        return;
    // the tail is kept for the end: kubectl's reason when it failed, an upload's error
    exec.err = QByteArray(exec.err + rest).right(4096);
    if (!m_uploads.contains(id))
        emit stderrLines(id, rest);
}

void KubernetesExecTransport::onFinished(int hostId, int code, const QString& error)
{
    const auto mapped = m_byHost.find(hostId);
    if (mapped == m_byHost.end())
        return;
    const int id = *mapped;
    m_byHost.erase(mapped);
    const Exec exec = m_execs.take(id);
    if (exec.detached)
        return; // reported as lost already
    if (code == 0)
        m_lostStreams = 0;
    if (code == 0 || exec.stopRequested || m_state != State::Connected)
        return finishExec(id, exec, code, error);
    // an exec that failed may have met the pod's restart (its processes were killed with the container):
    // ask the API server, so the run reports the restart rather than a status 137. A command killed by a
    // signal (kubectl reports 128 + N) gets a few seconds for the restart to show there
    const int patienceMs = code >= 128 ? 5000 : 0;
    m_pods->check(m_index, [this, alive = QPointer(this), id, exec, code, error](bool same) {
        if (!alive)
            return;
        if (!same) {
            if (m_state == State::Connected)
                setState(State::Failed, m_pods->endMessage(m_index));
            return finishExec(id, exec, -1, m_pods->endMessage(m_index));
        }
        // kubectl tells a command's own non-zero status ("command terminated with exit code N"); any other end
        // of a command that ran is kubectl losing its stream (killed, the connection to the API server broke)
        const bool commandEnded = exec.err.contains("command terminated with exit code");
        if (exec.markerSeen && exec.pid > 0 && !commandEnded && m_state == State::Connected && !m_uploads.contains(id)) {
            m_orphans.append(exec.pid); // kubectl is gone, the command is not
            return streamLost(id, Tr::tr("the kubectl exec stream to pod %1 was lost: %2")
                                      .arg(podName(), printable(error.isEmpty() ? QString::fromUtf8(exec.err).trimmed().right(300) : error)));
        }
        finishExec(id, exec, code, error.isEmpty() && !exec.markerSeen ? printable(QString::fromUtf8(exec.err).trimmed().right(600)) : error);
    }, patienceMs);
}

void KubernetesExecTransport::streamLost(int id, const QString& why)
{
    ++m_lostStreams;
    log::remote()->warn("{}: {}", m_name.toStdString(), why.toStdString());
    // as when an SSH link drops, every stream of the node is lost at once: the run resumes the agent from its
    // journal and starts telemetry afresh, so no old stream may keep feeding it. Those commands run on in the
    // pod (the server must) until the run ends them or close() does
    QList<int> others;
    for (auto it = m_execs.begin(); it != m_execs.end(); ++it) {
        if (it->detached || m_uploads.contains(it.key()))
            continue;
        it->detached = true;
        others.append(it.key());
    }
    setState(State::Failed, why);
    emit finished(id, -1, why);
    for (int other : others)
        emit finished(other, -1, why);
}

void KubernetesExecTransport::finishExec(int id, const Exec& exec, int code, const QString& error)
{
    if (const auto up = m_uploads.find(id); up != m_uploads.end()) {
        const int uploadId = *up;
        m_uploads.erase(up);
        emit uploadFinished(uploadId, code == 0 ? QString()
                                                : Tr::tr("writing the file in pod %1 failed (status %2): %3")
                                                      .arg(podName())
                                                      .arg(code)
                                                      .arg(printable(QString(QString::fromUtf8(exec.err).trimmed() + error))));
        return;
    }
    emit finished(id, code, error);
}

int KubernetesExecTransport::upload(const QByteArray& content, const QString& path, int mode)
{
    const int uploadId = m_nextId++;
    if (m_state != State::Connected) {
        QMetaObject::invokeMethod(this, [this, uploadId] {
            emit uploadFinished(uploadId, Tr::tr("cannot write to %1: its pod is not reachable").arg(m_name));
        }, Qt::QueuedConnection);
        return uploadId;
    }
    // the file travels on the exec's stdin: `kubectl cp` would need tar in the image
    const int id = start({ u"python3"_s, u"-c"_s, kUpload, path, QString::number(mode, 8) });
    m_uploads[id] = uploadId;
    writeStdin(id, content);
    closeStdin(id);
    return uploadId;
}

} // namespace inferdeck
