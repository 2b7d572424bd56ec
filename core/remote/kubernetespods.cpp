#include "remote/kubernetespods.h"

#include <QCoreApplication>

#include <algorithm>

#include "log/log.h"
#include "remote/kubernetestransport.h"
#include "remote/transport.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(KubernetesPods)
};

constexpr int kPollMs = 2000;          // watching the pods costs one `kubectl get pods` per 2 s
constexpr qint64 kReleaseWaitMs = 10000;

QString tail(const QByteArray& err)
{
    return printable(QString::fromUtf8(err).trimmed().right(600));
}
} // namespace

KubernetesPods::KubernetesPods(KubernetesSettings settings, int count, std::unique_ptr<Transport> host, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_count(count)
    , m_host(std::move(host))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &KubernetesPods::poll);
}

KubernetesPods::~KubernetesPods() = default;

QStringList KubernetesPods::kubectl(const QStringList& rest) const
{
    // the context is pinned once known: a `kubectl config use-context` elsewhere mid-run cannot redirect the run
    QStringList argv { u"kubectl"_s };
    const QString context = m_context.isEmpty() ? m_settings.context : m_context;
    if (!context.isEmpty())
        argv << u"--context=%1"_s.arg(context);
    if (!m_settings.nameSpace.isEmpty())
        argv << u"--namespace=%1"_s.arg(m_settings.nameSpace);
    return argv + rest;
}

QStringList KubernetesPods::getPodsArgv(const KubernetesSettings& settings, const QStringList& names)
{
    QStringList argv { u"get"_s, u"pods"_s };
    if (!names.isEmpty())
        argv << names;
    else if (!settings.pods.isEmpty())
        argv << settings.pods;
    else
        argv << u"--selector=%1"_s.arg(settings.selector);
    return argv << u"--output=json"_s;
}

void KubernetesPods::runCommand(const QStringList& argv, std::function<void(int, const QByteArray&, const QByteArray&)> done)
{
    m_commands.run(argv, std::move(done));
}

void KubernetesPods::discover()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Discovering;
    if (m_host->state() == Transport::State::Connected)
        return findContext();
    auto* once = new QObject(this);
    connect(m_host.get(), &Transport::stateChanged, once, [this, once](Transport::State s, const QString& m) {
        if (s == Transport::State::Connected) {
            delete once;
            findContext();
        } else if (s == Transport::State::Failed) {
            delete once;
            setFailed(Tr::tr("cannot reach the kubectl host %1: %2").arg(m_settings.kubectlHost, m));
        }
    });
    m_host->open();
}

void KubernetesPods::findContext()
{
    if (!m_settings.context.isEmpty()) {
        m_context = m_settings.context;
        return findPods();
    }
    // the report names the cluster the run used: kubeconfig's current context, asked once and then pinned
    runCommand({ u"kubectl"_s, u"config"_s, u"current-context"_s }, [this](int code, const QByteArray& out, const QByteArray& err) {
        if (code != 0 || out.trimmed().isEmpty())
            return setFailed(Tr::tr("kubectl on %1 has no current context (set \"context\" in the cluster file): %2")
                                 .arg(m_settings.kubectlHost, code == -1 ? tail(err) : tail(err + out)));
        m_context = printable(QString::fromUtf8(out).trimmed());
        findPods();
    });
}

void KubernetesPods::findPods()
{
    const QStringList argv = kubectl(getPodsArgv(m_settings));
    log::remote()->info("kubernetes: {}", argv.join(u' ').toStdString());
    runCommand(argv, [this](int code, const QByteArray& out, const QByteArray& err) {
        if (code != 0)
            return setFailed(Tr::tr("kubectl could not list the pods (context %1): %2").arg(m_context, tail(err.isEmpty() ? out : err)));
        const auto found = parsePods(out, m_settings.container, m_settings.kubectlHost);
        if (!found)
            return setFailed(found.error().toString());
        choosePods(found.value());
    });
}

void KubernetesPods::choosePods(const QList<PodStatus>& found)
{
    QList<PodStatus> chosen;
    QStringList problems;
    if (!m_settings.pods.isEmpty()) {
        for (const QString& name : m_settings.pods) {
            const auto it = std::find_if(found.begin(), found.end(), [&](const PodStatus& p) { return p.name == name; });
            if (it == found.end())
                problems << Tr::tr("pod %1 was not found").arg(name);
            else if (const QString problem = podProblem(*it); !problem.isEmpty())
                problems << problem;
            else
                chosen << *it;
        }
    } else {
        // a selector's pods in name order, the ready ones first: the same pods for the same cluster
        QList<PodStatus> sorted = found;
        std::sort(sorted.begin(), sorted.end(), [](const PodStatus& a, const PodStatus& b) { return a.name < b.name; });
        for (const PodStatus& p : sorted) {
            if (chosen.size() == m_count)
                break;
            if (const QString problem = podProblem(p); problem.isEmpty())
                chosen << p;
            else
                problems << problem;
        }
        if (found.isEmpty())
            problems << Tr::tr("no pod matches the selector %1").arg(m_settings.selector);
    }
    if (chosen.size() < m_count) {
        //: where pods were looked for: %1 a kubeconfig context, %2 a namespace
        const QString where = m_nameSpace.isEmpty() ? Tr::tr("context %1, its default namespace").arg(m_context)
                                                    : Tr::tr("context %1, namespace %2").arg(m_context, m_nameSpace);
        //: %1 pods found ready, %2 pods needed, %3 where they were looked for, %4 why others cannot be used
        return setFailed(Tr::tr("%1 of the %2 pods the cluster needs are ready (%3): %4")
                             .arg(chosen.size())
                             .arg(m_count)
                             .arg(where, problems.join(u"; "_s)));
    }
    m_pods = chosen;
    m_current = chosen;
    m_nameSpace = m_settings.nameSpace.isEmpty() ? chosen.value(0).nameSpace : m_settings.nameSpace;
    m_state = State::Ready;
    QStringList names;
    for (const PodStatus& p : chosen)
        names << p.name;
    emit message(Tr::tr("using pods %1 (context %2, namespace %3)").arg(names.join(u", "_s), m_context, m_nameSpace));
    for (int i = 0; i < m_pods.size(); ++i)
        emit podChanged(i, m_pods[i]);
    emit discovered();
    m_pollTimer.start(kPollMs);
}

void KubernetesPods::poll()
{
    if (m_state != State::Ready)
        return;
    if (m_pollBusy)
        return;
    m_pollBusy = true;
    QStringList names;
    for (const PodStatus& p : std::as_const(m_pods))
        names << p.name;
    runCommand(kubectl(getPodsArgv(m_settings, names)), [this](int code, const QByteArray& out, const QByteArray& err) {
        m_pollBusy = false;
        onPoll(code, out, err);
    });
}

void KubernetesPods::onPoll(int code, const QByteArray& out, const QByteArray& err)
{
    if (m_state != State::Ready)
        return;
    // with several names kubectl lists those it found and names the others on stderr (NotFound)
    const auto found = parsePods(out, m_settings.container, m_settings.kubectlHost);
    if (!found) {
        // the API server did not answer (a hiccup, a timeout): what the pods do is unknown, not changed
        log::remote()->warn("kubernetes: cannot read the pods' status ({}): {}", code, tail(err).toStdString());
    } else {
        for (int i = 0; i < m_pods.size(); ++i) {
            const auto it = std::find_if(found.value().begin(), found.value().end(), [&](const PodStatus& p) { return p.name == m_pods[i].name; });
            const bool notFound = err.contains(QByteArray("\"" + m_pods[i].name.toUtf8() + "\" not found"));
            QString change;
            if (it == found.value().end()) {
                if (code == 0 || notFound)
                    change = Tr::tr("pod %1 was deleted during the run").arg(m_pods[i].name);
            } else {
                if (it->phase != m_current[i].phase || it->ready != m_current[i].ready || it->restarts != m_current[i].restarts
                    || it->running != m_current[i].running) {
                    m_current[i] = *it;
                    emit podChanged(i, *it);
                }
                m_current[i] = *it;
                change = podChange(m_pods[i], *it);
            }
            if (!change.isEmpty() && !m_ended.contains(i)) {
                m_ended[i] = change;
                log::remote()->warn("kubernetes: {}", change.toStdString());
                emit message(change);
                emit podEnded(i, change);
            }
        }
    }
    for (auto& done : std::exchange(m_afterPoll, {}))
        done();
    m_pollTimer.start(kPollMs);
}

void KubernetesPods::stopGroup(int index, qint64 pid, int graceMs)
{
    const PodStatus pod = m_pods.value(index);
    if (!pod.name.isEmpty() && pid > 0)
        runCommand(KubernetesExecTransport::stopArgv(kubectl({}), pod.name, pod.container, pid, graceMs));
}

void KubernetesPods::check(int index, std::function<void(bool)> done, int patienceMs)
{
    if (m_state != State::Ready || m_ended.contains(index)) {
        done(false);
        return;
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // asked after something went wrong: the answer comes from a poll that starts after the question
    m_afterPoll.append([this, index, done, patienceMs, clock] {
        if (m_ended.contains(index) || m_state != State::Ready || clock->elapsed() >= patienceMs)
            return done(!m_ended.contains(index) && m_state == State::Ready);
        QTimer::singleShot(500, this, [this, index, done, patienceMs, elapsed = clock->elapsed()] {
            check(index, done, static_cast<int>(patienceMs - elapsed - 500));
        });
    });
    if (m_pollBusy) {
        m_pollTimer.start(0);
        return;
    }
    m_pollTimer.stop();
    poll();
}

void KubernetesPods::setFailed(const QString& message)
{
    if (m_state == State::Failed || m_state == State::Released)
        return;
    m_state = State::Failed;
    m_failure = printable(message);
    log::remote()->error("kubernetes: {}", m_failure.toStdString());
    emit failed(m_failure);
}

void KubernetesPods::recordExecStart(double seconds)
{
    m_execStarts.append(seconds);
}

QString KubernetesPods::execStartSummary() const
{
    if (m_execStarts.isEmpty())
        return {};
    QList<double> sorted = m_execStarts;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.size() % 2 ? sorted[sorted.size() / 2] : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2.0;
    return Tr::tr("kubectl execs: %1, start latency median %2 ms, max %3 ms")
        .arg(sorted.size())
        .arg(median * 1e3, 0, 'f', 0)
        .arg(sorted.last() * 1e3, 0, 'f', 0);
}

void KubernetesPods::release()
{
    if (m_state == State::Released)
        return;
    m_pollTimer.stop();
    m_state = State::Released;
    for (auto& done : std::exchange(m_afterPoll, {}))
        done();
    // a stop's kill may still be on its way into a pod: it must arrive before the kubectl host goes
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto* waiter = new QTimer(this);
    waiter->setInterval(50);
    connect(waiter, &QTimer::timeout, this, [this, waiter, clock] {
        if (m_commands.busy() && clock->elapsed() < kReleaseWaitMs)
            return;
        waiter->deleteLater();
        emit released();
    });
    waiter->start();
}

} // namespace inferdeck
