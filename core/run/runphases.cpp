#include "run/runcontroller.h"
#include "run/runcontrollerinternal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <utility>

#include <chrono>
#include <cmath>
#include <limits>

#include "agent/agentscript.h"
#include "io/modeljson.h"
#include "io/resultfile.h"
#include "io/runfiles.h"
#include "log/log.h"
#include "protocol/runrecorder.h"
#include "remote/agentinstaller.h"
#include "remote/shellquote.h"
#include "remote/sshtransport.h"
#include "remote/transport.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

// Running the phases: per-node agents behind a barrier, the synchronized start, events into the journal
// and the recorder, telemetry beside each phase, and resuming after a dropped link.
namespace inferdeck {

using namespace runinternal;

void RunController::startPhase(int k)
{
    m_phase = k;
    const PhaseSpec& spec = m_phases[k];
    setStage(Stage::Running, Tr::tr("phase %1 of %2: %3, repetition %4").arg(k + 1).arg(m_phases.size()).arg(spec.name).arg(spec.repetition + 1));
    m_phaseClock.invalidate(); // the clock starts at the phase's go, not at its set-up
    m_stepStopped = false;
    m_stepRowsSeen = m_stepMissed = 0;
    m_phaseTaken = false;
    m_recorder = std::make_unique<RunRecorder>();
    m_phaseNodes.clear();
    QList<std::pair<int, QString>> streams;
    for (int local = 0; local < spec.nodes.size(); ++local) {
        const Node& n = *m_nodes[static_cast<std::size_t>(spec.nodes[local])];
        PhaseNode pn;
        pn.node = spec.nodes[local];
        const int rn = m_recorder->addNode(n.spec.name, n.offset);
        pn.runStream = m_recorder->addStream(rn, n.spec.name + u" run"_s);
        pn.telStream = m_recorder->addStream(rn, n.spec.name + u" telemetry"_s);
        streams.append({ rn, n.spec.name + u" run"_s });
        streams.append({ rn, n.spec.name + u" telemetry"_s });
        m_phaseNodes.append(pn);
    }
    Phase head = m_recorder->phase();
    head.name = spec.name;
    head.repetition = spec.repetition;
    head.role = spec.role;
    head.load = spec.load;
    m_journal.beginPhase(k, head, streams);
    // the progress bar moves to this phase with the heading, not at the first heartbeat (no estimate yet)
    const qint64 expected = m_opt.plan.requests > 0 ? qint64(m_opt.plan.requests + m_opt.plan.warmupRequests) * spec.nodes.size() : 0;
    emit progress(k, static_cast<int>(m_phases.size()), 0, expected, std::numeric_limits<double>::quiet_NaN());
    // each node gets its spec as a file, then its agent waits at the barrier
    auto pending = std::make_shared<int>(static_cast<int>(m_phaseNodes.size()));
    for (int local = 0; local < m_phaseNodes.size(); ++local) {
        const int node = m_phaseNodes[local].node;
        Node& n = *m_nodes[static_cast<std::size_t>(node)];
        // the agent's own files of the run (spec, node-side journal) stay apart from the results
        const QString base = runDir(node) + u"/agent-files/phase%1-%2"_s.arg(k).arg(n.spec.name);
        const json runSpec = agentRunSpec(m_opt.plan, spec, n.spec, static_cast<quint64>(1000 * k + node + 1), n.caPath, m_trace.get(),
                                          local, static_cast<int>(m_opt.cluster.nodes.size()), m_conversations.get());
        auto* once = new QObject(this);
        const int uploadId = n.transport->upload(QByteArray::fromStdString(runSpec.dump(2)), base + u".spec.json"_s);
        connect(n.transport.get(), &Transport::uploadFinished, once, [this, once, uploadId, local, node, base, pending](int id, const QString& e) {
            if (id != uploadId)
                return;
            delete once;
            if (m_stopping)
                return; // the run ended while the spec was on its way
            if (!e.isEmpty())
                return fail(Tr::tr("node %1: %2").arg(m_nodes[static_cast<std::size_t>(node)]->spec.name, e));
            Node& n = *m_nodes[static_cast<std::size_t>(node)];
            m_phaseNodes[local].base = base;
            if (!m_opt.plan.external.active()) {
                startRunCommand(local, { u"python3"_s, n.agentPath, u"run"_s, base + u".spec.json"_s, u"--barrier"_s, u"--journal"_s,
                                         base + u".journal.jsonl"_s });
                // stdin stays open: `go` and `stop` follow the key
                sendApiKey(node, m_phaseNodes[local].runId, false);
                return;
            }
            QString error;
            const QStringList argv = externalArgv(local, error);
            if (!error.isEmpty())
                return fail(error);
            // quoted as the node's shell gets it, so each word's bounds show
            emitLog(n.spec.name, Tr::tr("running: %1").arg(shellCommand(argv.mid(1))));
            startRunCommand(local, QStringList { u"python3"_s, n.agentPath, u"exec"_s, u"--result-file"_s, argv.first(), u"--journal"_s,
                                                 base + u".journal.jsonl"_s, u"--"_s }
                                       + argv.mid(1));
            // an external tool has no barrier: the phase starts when every node's tool is started
            if (--*pending == 0)
                beginExternalPhase();
        });
    }
}

QStringList RunController::externalArgv(int local, QString& error) const
{
    const PhaseNode& pn = m_phaseNodes[local];
    const Node& n = *m_nodes[static_cast<std::size_t>(pn.node)];
    const PhaseSpec& spec = m_phases[m_phase];
    const RunPlan& plan = m_opt.plan;
    const QUrl url(n.spec.endpoint);
    const bool closed = spec.load.mode == LoadSpec::Mode::Concurrency;
    const qint64 requests = plan.requests > 0 ? plan.requests
                          : closed            ? 0
                                              : static_cast<qint64>(std::ceil(spec.load.value * plan.durationS));
    QMap<QString, QString> values = {
        { u"model"_s, plan.model },
        { u"endpoint"_s, n.spec.endpoint },
        { u"host"_s, url.host() },
        { u"port"_s, QString::number(url.port(80)) },
        { u"node"_s, n.spec.name },
        // a closed-loop phase sends as fast as its in-flight limit allows; an open-loop one has no such limit
        { u"rate"_s, closed ? u"inf"_s : QString::number(spec.load.value, 'g', 12) },
        { u"concurrency"_s, closed ? QString::number(spec.load.value, 'g', 12) : QString::number(std::max<qint64>(requests, 1)) },
        { u"requests"_s, QString::number(requests) },
        { u"duration"_s, QString::number(plan.durationS, 'g', 12) },
        { u"run_dir"_s, runDir(pn.node) },
        { u"run_tag"_s, m_tag },
        { u"phase"_s, spec.name },
        { u"repetition"_s, QString::number(spec.repetition + 1) },
        { u"python"_s, u"python3"_s },
    };
    QString unknown;
    QString resultFile = plan.external.resultFile.isEmpty() ? pn.base + u".result.json"_s
                                                            : fillCommandTemplate(plan.external.resultFile, values, &unknown).join(u' ');
    values[u"result_file"_s] = resultFile;
    const QStringList argv = fillCommandTemplate(plan.external.command, values, &unknown);
    if (!unknown.isEmpty()) {
        error = Tr::tr("unknown placeholder {%1} in the external command").arg(unknown);
        return {};
    }
    return QStringList { resultFile } + argv; // the result file first, for the agent's --result-file
}

void RunController::beginExternalPhase()
{
    const double t0 = unixNow();
    m_recorder->setT0(t0);
    m_journal.phaseT0(m_phase, t0);
    m_phaseClock.start();
    for (int local = 0; local < m_phaseNodes.size(); ++local)
        startTelemetry(local);
}

void RunController::startRunCommand(int local, const QStringList& argv)
{
    const int node = m_phaseNodes[local].node;
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    m_phaseNodes[local].runId = runOn(node, argv,
                                      { [this, local](const QByteArray& l) { onRunLines(local, m_phaseNodes[local].runStream, l); },
                                        [this, &n](const QByteArray& l) {
                                            for (const QByteArray& line : l.trimmed().split('\n'))
                                                emitLog(n.spec.name, QString::fromUtf8(line));
                                        },
                                        [this, local, node](int code, const QString& error) {
                                            PhaseNode& pn = m_phaseNodes[local];
                                            if (linkDown(node) && !m_stopping)
                                                return; // the agent runs on; resumeNode() replays what was missed
                                            pn.runDone = true;
                                            if (m_recorder && !m_phaseTaken)
                                                m_recorder->finishStream(pn.runStream);
                                            if (m_stopping)
                                                return;
                                            if (code != 0)
                                                return fail((m_opt.plan.external.active() ? Tr::tr("node %1: the external tool failed (status %2) %3")
                                                                                          : Tr::tr("node %1: the load generator failed (status %2) %3"))
                                                                .arg(m_nodes[static_cast<std::size_t>(pn.node)]->spec.name)
                                                                .arg(pn.toolExit != 0 ? pn.toolExit : code)
                                                                .arg(error));
                                            if (!m_recorder->missing(pn.runStream).isEmpty())
                                                return fail(Tr::tr("node %1: events are missing from its stream")
                                                                .arg(m_nodes[static_cast<std::size_t>(pn.node)]->spec.name));
                                            if (std::all_of(m_phaseNodes.begin(), m_phaseNodes.end(), [](const PhaseNode& p) { return p.runDone; }))
                                                finishPhase();
                                        } });
}

bool RunController::linkDown(int node) const
{
    const auto& transport = m_nodes[static_cast<std::size_t>(node)]->transport;
    return !transport || transport->state() != Transport::State::Connected;
}

void RunController::linkLost(int node)
{
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    // the node's scheduler job ended (time limit, cancelled): nothing to reconnect to, the run failed
    if (const QString ended = n.transport->endedBy(); !ended.isEmpty())
        return fail(Tr::tr("node %1: %2").arg(n.spec.name, ended));
    n.reconnecting = true;
    emitLog(n.spec.name, Tr::tr("the link dropped; reconnecting (the agent keeps running and journaling on the node)"));
    auto* watch = new QObject(this);
    connect(n.transport.get(), &Transport::stateChanged, watch, [this, node, watch](Transport::State s, const QString& m) {
        if (s == Transport::State::Connected) {
            delete watch;
        } else if (s == Transport::State::Failed && m_nodes[static_cast<std::size_t>(node)]->reconnecting && !m.isEmpty()
                   && !m.contains(u"lost"_s)) {
            delete watch;
            const Node& n = *m_nodes[static_cast<std::size_t>(node)];
            if (const QString ended = n.transport->endedBy(); !ended.isEmpty())
                return fail(Tr::tr("node %1: %2").arg(n.spec.name, ended)); // the node's job ended: the run failed
            m_failedToConnect = m_failedToConnect || !m_stopping;
            fail(Tr::tr("node %1: the link dropped and could not be re-established: %2").arg(n.spec.name, m));
        }
    });
    QMetaObject::invokeMethod(n.transport.get(), [t = n.transport.get()] {
        if (auto* ssh = qobject_cast<SshTransport*>(t))
            ssh->reconnect(5);
        else
            t->open();
    }, Qt::QueuedConnection);
}

void RunController::resumeNode(int node)
{
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    for (int local = 0; local < m_phaseNodes.size(); ++local) {
        PhaseNode& pn = m_phaseNodes[local];
        if (pn.node != node)
            continue;
        if (!pn.runDone) {
            const qint64 from = m_recorder->resumeFrom(pn.runStream);
            emitLog(n.spec.name, Tr::tr("reconnected; replaying the agent's journal after event %1").arg(from));
            startRunCommand(local, { u"python3"_s, n.agentPath, u"run"_s, u"--resume-from"_s, QString::number(from), u"--journal"_s,
                                     pn.base + u".journal.jsonl"_s });
        }
        if (pn.telId >= 0 && !pn.runDone) {
            // a new telemetry process numbers its events afresh: it gets a stream of its own
            const int rn = static_cast<int>(std::find_if(m_recorder->phase().nodes.begin(), m_recorder->phase().nodes.end(),
                                                         [&](const QString& name) { return name == n.spec.name; })
                                            - m_recorder->phase().nodes.begin());
            const QString label = n.spec.name + u" telemetry (after reconnect)"_s;
            pn.telStream = m_recorder->addStream(rn, label);
            m_journal.addStream(m_phase, rn, label);
            pn.telDone = false;
            startTelemetry(local);
        }
    }
}

void RunController::onRunLines(int local, int stream, const QByteArray& lines)
{
    if (!m_recorder || m_phaseTaken)
        return;
    qsizetype at = 0;
    while (at < lines.size()) {
        qsizetype nl = lines.indexOf('\n', at);
        if (nl < 0)
            nl = lines.size();
        const std::string_view line(lines.constData() + at, static_cast<std::size_t>(nl - at));
        at = nl + 1;
        if (line.empty())
            continue;
        m_journal.event(m_phase, stream, line);
        m_recorder->feedLine(stream, line);
        const AgentEventType type = m_recorder->lastType();
        if (type == AgentEventType::End && stream == m_phaseNodes[local].runStream)
            m_phaseNodes[local].toolExit = m_recorder->lastEvent().fields.value("exit_code", nlohmann::json()).is_number_integer()
                                             ? m_recorder->lastEvent().fields["exit_code"].get<int>()
                                             : 0;
        if ((type == AgentEventType::Log || type == AgentEventType::Error) && !m_recorder->messages().isEmpty())
            emitLog(m_nodes[static_cast<std::size_t>(m_phaseNodes[local].node)]->spec.name, m_recorder->messages().last().text);
        if (type == AgentEventType::Ready && stream == m_phaseNodes[local].runStream) {
            m_phaseNodes[local].ready = true;
            if (std::all_of(m_phaseNodes.begin(), m_phaseNodes.end(), [](const PhaseNode& p) { return p.ready; }))
                goPhase();
        } else if (type == AgentEventType::Heartbeat) {
            qint64 done = 0;
            for (const PhaseNode& p : m_phaseNodes)
                done += m_recorder->heartbeat(p.runStream).done;
            const RunPlan& plan = m_opt.plan;
            const qint64 expected = plan.requests > 0 ? qint64(plan.requests + plan.warmupRequests) * m_phaseNodes.size() : 0;
            const double elapsed = static_cast<double>(m_phaseClock.elapsed()) / 1000.0;
            const double perPhase = plan.durationS > 0 ? plan.durationS : (done > 0 ? elapsed * double(expected) / double(done) : elapsed);
            const double eta = std::max(0.0, perPhase - elapsed) + perPhase * double(m_phases.size() - m_phase - 1);
            emit progress(m_phase, static_cast<int>(m_phases.size()), done, expected, eta);
            checkCapacityStep();
        }
    }
}

// An engine's counters run since it started, so a phase's share of them needs a scrape before its first
// request: telemetry starts first, and the synchronized start waits for each node's first engine scrape (its
// first line where none is asked for), at most kTelemetryWaitMs (a python3 starting on a loaded node).
constexpr int kTelemetryWaitMs = 5000;

void RunController::goPhase()
{
    m_awaitingTelemetry = true;
    for (int local = 0; local < m_phaseNodes.size(); ++local)
        startTelemetry(local);
    QTimer::singleShot(kTelemetryWaitMs, this, [this, phase = m_phase] {
        if (m_phase == phase && m_awaitingTelemetry && !m_stopping)
            sendGo();
    });
}

void RunController::sendGo()
{
    m_awaitingTelemetry = false;
    const double go = unixNow() + m_opt.startLeadS;
    m_recorder->setT0(go);
    m_journal.phaseT0(m_phase, go);
    m_phaseClock.start();
    for (PhaseNode& pn : m_phaseNodes) {
        Node& n = *m_nodes[static_cast<std::size_t>(pn.node)];
        // each node is told the instant in its own clock
        n.transport->writeStdin(pn.runId, u"go %1\n"_s.arg(go + n.offset, 0, 'f', 6).toUtf8());
    }
    // what telemetry said while the start waited belongs to the phase: its first scrape is the engine's
    // count before the first request
    for (int local = 0; local < m_phaseNodes.size(); ++local) {
        PhaseNode& pn = m_phaseNodes[local];
        const QByteArray early = std::exchange(pn.telEarly, {});
        if (!early.isEmpty())
            onRunLines(local, pn.telStream, early);
        if (pn.telEndedEarly) {
            pn.telDone = true;
            m_recorder->finishStream(pn.telStream);
        }
    }
}

void RunController::startTelemetry(int local)
{
    PhaseNode& pn = m_phaseNodes[local];
    Node& n = *m_nodes[static_cast<std::size_t>(pn.node)];
    QStringList tel { u"python3"_s, n.agentPath, u"telemetry"_s, u"--interval"_s, u"0.5"_s, u"--node"_s, n.spec.name };
    if (n.simulated)
        tel << u"--sim"_s << n.spec.endpoint;
    // the engine's own state beside the client's timing: its /metrics on the endpoint's host and port
    if (!n.spec.metricsPath.isEmpty()) {
        QUrl metrics(n.spec.endpoint);
        metrics.setPath(n.spec.metricsPath);
        metrics.setQuery(QString());
        tel << u"--engine-metrics"_s << metrics.toString();
    }
    if (n.simulated || !n.spec.metricsPath.isEmpty()) {
        // /metrics wants no key, but an https one is verified as every request is
        if (!n.caPath.isEmpty())
            tel << u"--ca-file"_s << n.caPath;
        if (n.spec.access.insecureSkipVerify)
            tel << u"--insecure"_s;
    }
    const int phase = m_phase;
    const bool engine = n.simulated || !n.spec.metricsPath.isEmpty();
    const auto seen = [this] {
        if (m_awaitingTelemetry && std::all_of(m_phaseNodes.begin(), m_phaseNodes.end(), [](const PhaseNode& p) { return p.telSeen; }))
            sendGo();
    };
    pn.telId = runOn(pn.node, tel,
                     { [this, local, phase, engine, seen, stream = pn.telStream](const QByteArray& l) {
                          if (m_phase != phase || local >= m_phaseNodes.size())
                              return;
                          if (m_awaitingTelemetry && m_phaseNodes[local].telStream == stream) {
                              PhaseNode& p = m_phaseNodes[local];
                              p.telEarly += l;
                              p.telSeen = p.telSeen || !engine || l.contains("\"engine_metrics\"");
                              seen();
                              return;
                          }
                          onRunLines(local, stream, l);
                      },
                       {},
                       [this, local, phase, seen, stream = pn.telStream](int, const QString&) {
                           if (m_phase != phase || local >= m_phaseNodes.size() || m_phaseNodes[local].telStream != stream)
                               return;
                           if (m_awaitingTelemetry) { // ended before the start: said once the held lines are in
                               m_phaseNodes[local].telEndedEarly = m_phaseNodes[local].telSeen = true;
                               seen();
                               return;
                           }
                           m_phaseNodes[local].telDone = true;
                           if (m_recorder && !m_phaseTaken)
                               m_recorder->finishStream(stream);
                       } });
}

void RunController::finishPhase()
{
    // telemetry ran beside the phase; stop it, then keep the phase once every stream is closed
    for (PhaseNode& pn : m_phaseNodes)
        if (!pn.telDone && pn.telId >= 0)
            m_nodes[static_cast<std::size_t>(pn.node)]->transport->stop(pn.telId, 1000);
    auto* waiter = new QTimer(this);
    waiter->setInterval(50);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(waiter, &QTimer::timeout, this, [this, waiter, started] {
        const bool closed = std::all_of(m_phaseNodes.begin(), m_phaseNodes.end(), [](const PhaseNode& p) { return p.telDone || p.telId < 0; });
        if (!closed && started->elapsed() < 10000)
            return;
        waiter->deleteLater();
        if (m_stopping)
            return;
        const PhaseSpec& spec = m_phases[m_phase];
        Phase phase = m_recorder->takePhase();
        m_phaseTaken = true;
        phase.name = spec.name;
        phase.repetition = spec.repetition;
        phase.role = spec.role;
        phase.load = spec.load;
        for (const StreamIssue& issue : m_recorder->issues())
            emitLog(QString(), issue.message);
        m_result.phases.append(std::move(phase));
        m_journal.endPhase(m_phase);
        m_phaseSeconds += static_cast<double>(m_phaseClock.elapsed()) / 1000.0;
        if (m_phase + 1 < m_phases.size() || (m_opt.plan.capacity.enabled && planNextCapacityStep()))
            startPhase(m_phase + 1);
        else
            stopAll(RunStatus::Complete, Tr::tr("phases measured: %1").arg(m_phases.size()));
    });
    waiter->start();
}

void RunController::refuseInput(const QString& why)
{
    m_refusedInput = true;
    fail(why);
}

bool RunController::readTrace()
{
    if (m_opt.plan.workload.dataset != u"trace"_s)
        return true;
    auto trace = readTraceFile(m_opt.plan.workload.tracePath);
    if (!trace) {
        refuseInput(trace.error().toString());
        return false;
    }
    // dealt round-robin over every node of the cluster, a baseline phase replaying the first node's share
    const int nodes = static_cast<int>(m_opt.cluster.nodes.size());
    if (traceShare(trace.value(), nodes - 1, nodes) == 0) {
        refuseInput(Tr::tr("the trace %1 has %2 requests, fewer than the cluster's %3 nodes").arg(m_opt.plan.workload.tracePath).arg(trace.value().requests.size()).arg(nodes));
        return false;
    }
    m_opt.plan.workload.trace = trace.value().info; // the result describes the workload after the file is gone
    m_trace = std::make_shared<const Trace>(std::move(trace).value());
    return true;
}

bool RunController::readConversations()
{
    if (m_opt.plan.workload.dataset != u"sharegpt"_s)
        return true;
    auto conversations = readShareGptFile(m_opt.plan.workload.sharegptPath);
    if (!conversations) {
        refuseInput(conversations.error().toString());
        return false;
    }
    // dealt round-robin over every node of the cluster like a trace, a baseline phase using the first node's share
    const int nodes = static_cast<int>(m_opt.cluster.nodes.size());
    if (conversations.value().conversations.size() < std::size_t(nodes)) {
        refuseInput(Tr::tr("the ShareGPT file %1 has %2 usable conversations, fewer than the cluster's %3 nodes")
                 .arg(m_opt.plan.workload.sharegptPath).arg(conversations.value().conversations.size()).arg(nodes));
        return false;
    }
    m_opt.plan.workload.conversations = conversations.value().info;
    m_conversations = std::make_shared<const ShareGptConversations>(std::move(conversations).value());
    return true;
}

} // namespace inferdeck
