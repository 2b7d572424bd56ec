#include "run/runcontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <chrono>
#include <cmath>

#include "agent/agentscript.h"
#include "io/modeljson.h"
#include "io/resultfile.h"
#include "io/runfiles.h"
#include "log/log.h"
#include "protocol/runrecorder.h"
#include "remote/agentinstaller.h"
#include "remote/sshtransport.h"
#include "remote/transport.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RunController)
};

double unixNow()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

QString lastLines(const QByteArray& text, int n = 5)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - n)).join(u" | "_s);
}
} // namespace

struct RunController::Node {
    ClusterNode spec;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<AgentInstaller> installer;
    std::map<int, Command> commands;
    QString agentPath;
    int serverId = -1;
    qint64 serverPid = -1; // to stop a server whose channel a dropped link took away
    bool serverDone = false;
    bool reconnecting = false;
    std::map<int, qint64> pids;
    QByteArray serverErr;
    double offset = 0.0; // node clock minus workstation clock
    NodeInventory inventory;
    bool simulated = false;
};

RunController::RunController(RunOptions options, QObject* parent)
    : QObject(parent)
    , m_opt(std::move(options))
{
    m_tag = u"run-%1-%2"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s))
                .arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
    m_phases = planPhases(m_opt.plan, static_cast<int>(m_opt.cluster.nodes.size()));
    m_flushTimer.setInterval(500); // the journal never holds more than a second unwritten
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { m_journal.flush(); });
}

RunController::~RunController() = default;

QString RunController::resultPath() const { return QDir(m_opt.outDir).filePath(u"result.inferdeck.json"_s); }

QString RunController::runDir(int node) const
{
    const ClusterNode& n = m_nodes[static_cast<std::size_t>(node)]->spec;
    // local nodes share the workstation's disk: their files go straight into the output directory
    if (n.kind == ClusterNode::Kind::Local)
        return QDir(m_opt.outDir).absolutePath();
    return n.agentDir + u"/runs/"_s + m_tag;
}

void RunController::setStage(Stage s, const QString& detail)
{
    m_stage = s;
    log::run()->info("{} {}", QMetaEnum::fromType<Stage>().valueToKey(int(s)), detail.toStdString());
    emit stageChanged(s, detail);
}

int RunController::runOn(int node, const QStringList& argv, Command handlers)
{
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    const int id = n.transport->start(argv);
    n.commands[id] = std::move(handlers);
    return id;
}

void RunController::forEachNode(const std::function<void(int, std::function<void()>)>& step, const std::function<void()>& then)
{
    auto pending = std::make_shared<int>(static_cast<int>(m_nodes.size()));
    for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
        step(i, [this, pending, then] {
            if (--*pending == 0 && !m_stopping)
                then();
        });
    }
}

void RunController::start()
{
    m_runClock.start();
    QDir().mkpath(m_opt.outDir);
    if (m_phases.isEmpty())
        return fail(Tr::tr("the plan has no phases"));
    for (const ClusterNode& spec : m_opt.cluster.nodes) {
        auto n = std::make_unique<Node>();
        n->spec = spec;
        n->transport = m_opt.transportFor(spec);
        const int index = static_cast<int>(m_nodes.size());
        Transport* t = n->transport.get();
        connect(t, &Transport::stdoutLines, this, [this, index](int id, const QByteArray& lines) {
            auto& cmds = m_nodes[static_cast<std::size_t>(index)]->commands;
            if (auto it = cmds.find(id); it != cmds.end() && it->second.out)
                it->second.out(lines);
        });
        connect(t, &Transport::stderrLines, this, [this, index](int id, const QByteArray& lines) {
            auto& cmds = m_nodes[static_cast<std::size_t>(index)]->commands;
            if (auto it = cmds.find(id); it != cmds.end() && it->second.err)
                it->second.err(lines);
        });
        connect(t, &Transport::started, this, [this, index](int id, qint64 pid) {
            Node& n = *m_nodes[static_cast<std::size_t>(index)];
            if (id == n.serverId)
                n.serverPid = pid;
        });
        // a link that drops during the phases is re-established and the phase resumed from the journal
        connect(t, &Transport::stateChanged, this, [this, index](Transport::State state) {
            Node& n = *m_nodes[static_cast<std::size_t>(index)];
            if (state == Transport::State::Failed && m_phase >= 0 && !m_stopping && !n.reconnecting) {
                linkLost(index);
            } else if (state == Transport::State::Connected && n.reconnecting) {
                n.reconnecting = false;
                resumeNode(index);
            }
        });
        connect(t, &Transport::finished, this, [this, index](int id, int code, const QString& error) {
            auto& cmds = m_nodes[static_cast<std::size_t>(index)]->commands;
            auto it = cmds.find(id);
            if (it == cmds.end())
                return;
            Command c = std::move(it->second);
            cmds.erase(it);
            if (c.done)
                c.done(code, error);
        });
        m_nodes.push_back(std::move(n));
    }
    json header = { { "plan", jsonio::toJson(m_opt.plan) }, { "cluster", toJson(m_opt.cluster) },
                    { "run_tag", m_tag.toStdString() },        { "started", unixNow() },
                    { "app_version", QCoreApplication::applicationVersion().toStdString() } };
    if (const Status s = m_journal.open(QDir(m_opt.outDir).filePath(u"journal.jsonl"_s), header); !s)
        return fail(s.error().toString());
    m_flushTimer.start();
    m_result.plan = m_opt.plan;
    m_result.provenance.appVersion = QCoreApplication::applicationVersion();
    m_result.provenance.startedUnix = unixNow();
    connectNodes();
}

void RunController::connectNodes()
{
    // no %n plurals until the English numerus translation exists (packaging issue)
    setStage(Stage::Connecting, Tr::tr("connecting to the nodes: %1").arg(m_opt.cluster.nodes.size()));
    forEachNode(
        [this](int i, std::function<void()> done) {
            Transport* t = m_nodes[static_cast<std::size_t>(i)]->transport.get();
            auto* once = new QObject(this);
            connect(t, &Transport::stateChanged, once, [this, i, done, once](Transport::State s, const QString& m) {
                if (s == Transport::State::Connected) {
                    delete once;
                    done();
                } else if (s == Transport::State::Failed) {
                    delete once;
                    fail(Tr::tr("node %1: %2").arg(m_nodes[static_cast<std::size_t>(i)]->spec.name, m));
                }
            });
            t->open();
        },
        [this] { installAgents(); });
}

void RunController::installAgents()
{
    setStage(Stage::Installing);
    forEachNode(
        [this](int i, std::function<void()> done) {
            Node& n = *m_nodes[static_cast<std::size_t>(i)];
            n.installer = std::make_unique<AgentInstaller>(n.transport.get(), n.spec.agentDir);
            connect(n.installer.get(), &AgentInstaller::installed, this, [&n, done](const QString& path) {
                n.agentPath = path;
                done();
            });
            connect(n.installer.get(), &AgentInstaller::failed, this, [this](const Error& e) { fail(e.toString()); });
            n.installer->install();
        },
        [this] { launchServers(); });
}

QStringList RunController::launchArgv(int node, QString& error) const
{
    const Node& n = *m_nodes[static_cast<std::size_t>(node)];
    const QUrl url(n.spec.endpoint);
    const QMap<QString, QString> values = {
        { u"model"_s, m_opt.plan.model },   { u"port"_s, QString::number(url.port(80)) },
        { u"host"_s, url.host() },          { u"tp"_s, QString::number(std::max<qsizetype>(1, n.inventory.gpus.size())) },
        { u"node"_s, n.spec.name },         { u"agent"_s, n.agentPath },
        { u"python"_s, u"python3"_s },      { u"run_dir"_s, runDir(node) },
        { u"run_tag"_s, m_tag },
    };
    // words split on spaces; a placeholder's value always stays inside its word, so a model name with
    // a space or a quote cannot turn into a second argument or a command
    QStringList argv;
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    for (const QString& word : n.spec.launch.command.split(u' ', Qt::SkipEmptyParts)) {
        QString w = word;
        auto it = placeholder.globalMatch(word);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!values.contains(m.captured(1))) {
                error = Tr::tr("node %1: unknown placeholder {%2} in the launch command").arg(n.spec.name, m.captured(1));
                return {};
            }
            w.replace(m.captured(0), values[m.captured(1)]);
        }
        argv.append(w);
    }
    return argv;
}

void RunController::launchServers()
{
    setStage(Stage::Launching);
    for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
        Node& n = *m_nodes[static_cast<std::size_t>(i)];
        if (n.spec.launch.command.isEmpty())
            continue;
        QString error;
        const QStringList argv = launchArgv(i, error);
        if (!error.isEmpty())
            return fail(error);
        emit logLine(n.spec.name, Tr::tr("launching: %1").arg(argv.join(u' ')));
        n.serverId = runOn(i, argv,
                           { {},
                             [&n](const QByteArray& lines) {
                                 n.serverErr += lines;
                                 if (n.serverErr.size() > 65536)
                                     n.serverErr = n.serverErr.right(32768);
                             },
                             [this, &n, i](int code, const QString& error) {
                                 if (linkDown(i))
                                     return; // still running on the node; stopped by pid at the end
                                 n.serverDone = true;
                                 if (!m_stopping)
                                     fail(Tr::tr("node %1: the server exited (status %2) %3 %4")
                                              .arg(n.spec.name)
                                              .arg(code)
                                              .arg(error, lastLines(n.serverErr)));
                             } });
    }
    waitReady();
}

void RunController::waitReady()
{
    setStage(Stage::WaitingReady);
    forEachNode(
        [this](int i, std::function<void()> done) {
            Node& n = *m_nodes[static_cast<std::size_t>(i)];
            auto out = std::make_shared<QByteArray>();
            const double timeout = n.spec.launch.readyTimeoutS;
            runOn(i, { u"python3"_s, n.agentPath, u"wait-ready"_s, n.spec.endpoint, u"--timeout"_s, QString::number(timeout) },
                  { [out](const QByteArray& l) { *out += l; }, {},
                    [this, &n, out, done](int code, const QString&) {
                        if (m_stopping)
                            return;
                        if (code == 0)
                            return done();
                        const json j = json::parse(out->toStdString(), nullptr, false);
                        const QString why = j.is_object() ? QString::fromStdString(j.value("message", "")) : lastLines(*out);
                        fail(Tr::tr("node %1: the server is not ready: %2").arg(n.spec.name, why));
                    } });
        },
        [this] { probeNodes(); });
}

void RunController::probeNodes()
{
    setStage(Stage::Probing);
    forEachNode(
        [this](int i, std::function<void()> done) {
            Node& n = *m_nodes[static_cast<std::size_t>(i)];
            auto out = std::make_shared<QByteArray>();
            runOn(i, { u"python3"_s, n.agentPath, u"probe"_s, u"--endpoint"_s, n.spec.endpoint },
                  { [out](const QByteArray& l) { *out += l; }, {},
                    [this, &n, out, done](int code, const QString& error) {
                        if (code != 0)
                            return fail(Tr::tr("node %1: probe failed %2").arg(n.spec.name, error));
                        const auto inv = inventoryFromProbe(out->trimmed(), n.spec.name,
                                                            n.spec.kind == ClusterNode::Kind::Local ? u"local"_s : n.spec.destination);
                        if (!inv)
                            return fail(inv.error().toString());
                        n.inventory = inv.value();
                        const json j = json::parse(out->toStdString(), nullptr, false);
                        n.simulated = j.is_object() && j.value("simulated", false);
                        done();
                    } });
        },
        [this] { estimateClocks(); });
}

void RunController::estimateClocks()
{
    setStage(Stage::Clocks);
    forEachNode(
        [this](int i, std::function<void()> done) {
            Node& n = *m_nodes[static_cast<std::size_t>(i)];
            // NTP's idea over the open channel: of 7 pings, the one with the shortest round trip bounds
            // the offset best; the node's time is taken to be at the middle of that round trip
            struct State {
                int sent = 0;
                double sentAt = 0.0;
                double bestRtt = 1e9;
                double offset = 0.0;
                int id = -1;
            };
            auto st = std::make_shared<State>();
            auto ping = [this, &n, st] {
                st->sentAt = unixNow();
                ++st->sent;
                n.transport->writeStdin(st->id, "t\n");
            };
            st->id = runOn(i, { u"python3"_s, n.agentPath, u"clock"_s },
                           { [this, &n, st, ping](const QByteArray& lines) {
                                const double now = unixNow();
                                for (const QByteArray& line : lines.split('\n')) {
                                    const json j = json::parse(line.toStdString(), nullptr, false);
                                    if (!j.is_object() || !j.contains("unix"))
                                        continue;
                                    const double rtt = now - st->sentAt;
                                    if (rtt < st->bestRtt) {
                                        st->bestRtt = rtt;
                                        st->offset = j["unix"].get<double>() - (st->sentAt + now) / 2.0;
                                    }
                                    if (st->sent < 7)
                                        ping();
                                    else
                                        n.transport->closeStdin(st->id);
                                }
                            },
                             {},
                             [this, &n, st, done](int code, const QString& error) {
                                 if (code != 0 || st->sent < 7)
                                     return fail(Tr::tr("node %1: cannot read its clock %2").arg(n.spec.name, error));
                                 n.offset = st->offset;
                                 emit logLine(n.spec.name, Tr::tr("clock offset %1 ms (round trip %2 ms)")
                                                               .arg(n.offset * 1e3, 0, 'f', 2)
                                                               .arg(st->bestRtt * 1e3, 0, 'f', 2));
                                 done();
                             } });
            ping();
        },
        [this] {
            for (const auto& n : m_nodes) {
                m_result.nodes.append(n->inventory);
                m_result.simulated = m_result.simulated || n->simulated;
            }
            m_journal.inventory(m_result.nodes, m_result.simulated);
            startPhase(0);
        });
}

void RunController::startPhase(int k)
{
    m_phase = k;
    const PhaseSpec& spec = m_phases[k];
    setStage(Stage::Running, Tr::tr("phase %1 of %2: %3, repetition %4").arg(k + 1).arg(m_phases.size()).arg(spec.name).arg(spec.repetition + 1));
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
    // each node gets its spec as a file, then its agent waits at the barrier
    auto pending = std::make_shared<int>(static_cast<int>(m_phaseNodes.size()));
    for (int local = 0; local < m_phaseNodes.size(); ++local) {
        const int node = m_phaseNodes[local].node;
        Node& n = *m_nodes[static_cast<std::size_t>(node)];
        // the agent's own files of the run (spec, node-side journal) stay apart from the results
        const QString base = runDir(node) + u"/agent-files/phase%1-%2"_s.arg(k).arg(n.spec.name);
        const json runSpec = agentRunSpec(m_opt.plan, spec, n.spec, static_cast<quint64>(1000 * k + node + 1));
        auto* once = new QObject(this);
        const int uploadId = n.transport->upload(QByteArray::fromStdString(runSpec.dump(2)), base + u".spec.json"_s);
        connect(n.transport.get(), &Transport::uploadFinished, once, [this, once, uploadId, local, node, base, pending](int id, const QString& e) {
            if (id != uploadId)
                return;
            delete once;
            if (!e.isEmpty())
                return fail(Tr::tr("node %1: %2").arg(m_nodes[static_cast<std::size_t>(node)]->spec.name, e));
            Node& n = *m_nodes[static_cast<std::size_t>(node)];
            m_phaseNodes[local].base = base;
            startRunCommand(local, { u"python3"_s, n.agentPath, u"run"_s, base + u".spec.json"_s, u"--barrier"_s, u"--journal"_s, base + u".journal.jsonl"_s });
            --*pending;
        });
    }
}

void RunController::startRunCommand(int local, const QStringList& argv)
{
    const int node = m_phaseNodes[local].node;
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    m_phaseNodes[local].runId = runOn(node, argv,
                                      { [this, local](const QByteArray& l) { onRunLines(local, m_phaseNodes[local].runStream, l); },
                                        [this, &n](const QByteArray& l) {
                                            for (const QByteArray& line : l.trimmed().split('\n'))
                                                emit logLine(n.spec.name, QString::fromUtf8(line));
                                        },
                                        [this, local, node](int code, const QString& error) {
                                            PhaseNode& pn = m_phaseNodes[local];
                                            if (linkDown(node) && !m_stopping)
                                                return; // the agent runs on; resumeNode() replays what was missed
                                            pn.runDone = true;
                                            m_recorder->finishStream(pn.runStream);
                                            if (m_stopping)
                                                return;
                                            if (code != 0)
                                                return fail(Tr::tr("node %1: the load generator failed (status %2) %3")
                                                                .arg(m_nodes[static_cast<std::size_t>(pn.node)]->spec.name)
                                                                .arg(code)
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
    return m_nodes[static_cast<std::size_t>(node)]->transport->state() != Transport::State::Connected;
}

void RunController::linkLost(int node)
{
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    n.reconnecting = true;
    emit logLine(n.spec.name, Tr::tr("the link dropped; reconnecting (the agent keeps running and journaling on the node)"));
    auto* watch = new QObject(this);
    connect(n.transport.get(), &Transport::stateChanged, watch, [this, node, watch](Transport::State s, const QString& m) {
        if (s == Transport::State::Connected) {
            delete watch;
        } else if (s == Transport::State::Failed && m_nodes[static_cast<std::size_t>(node)]->reconnecting && !m.isEmpty()
                   && !m.contains(u"lost"_s)) {
            delete watch;
            fail(Tr::tr("node %1: the link dropped and could not be re-established: %2").arg(m_nodes[static_cast<std::size_t>(node)]->spec.name, m));
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
            emit logLine(n.spec.name, Tr::tr("reconnected; replaying the agent's journal after event %1").arg(from));
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
        }
    }
}

void RunController::goPhase()
{
    const double go = unixNow() + m_opt.startLeadS;
    m_recorder->setT0(go);
    m_journal.phaseT0(m_phase, go);
    m_phaseClock.start();
    for (PhaseNode& pn : m_phaseNodes) {
        Node& n = *m_nodes[static_cast<std::size_t>(pn.node)];
        // each node is told the instant in its own clock
        n.transport->writeStdin(pn.runId, u"go %1\n"_s.arg(go + n.offset, 0, 'f', 6).toUtf8());
        startTelemetry(static_cast<int>(&pn - m_phaseNodes.data()));
    }
}

void RunController::startTelemetry(int local)
{
    PhaseNode& pn = m_phaseNodes[local];
    Node& n = *m_nodes[static_cast<std::size_t>(pn.node)];
    QStringList tel { u"python3"_s, n.agentPath, u"telemetry"_s, u"--interval"_s, u"0.5"_s, u"--node"_s, n.spec.name };
    if (n.simulated)
        tel << u"--sim"_s << n.spec.endpoint;
    const int phase = m_phase;
    pn.telId = runOn(pn.node, tel,
                     { [this, local, phase, stream = pn.telStream](const QByteArray& l) {
                          if (m_phase == phase && local < m_phaseNodes.size())
                              onRunLines(local, stream, l);
                      },
                       {},
                       [this, local, phase, stream = pn.telStream](int, const QString&) {
                           if (m_phase != phase || local >= m_phaseNodes.size() || m_phaseNodes[local].telStream != stream)
                               return;
                           m_phaseNodes[local].telDone = true;
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
        phase.name = spec.name;
        phase.repetition = spec.repetition;
        phase.role = spec.role;
        phase.load = spec.load;
        for (const StreamIssue& issue : m_recorder->issues())
            emit logLine(QString(), issue.message);
        m_result.phases.append(std::move(phase));
        m_journal.endPhase(m_phase);
        m_phaseSeconds += static_cast<double>(m_phaseClock.elapsed()) / 1000.0;
        if (m_phase + 1 < m_phases.size())
            startPhase(m_phase + 1);
        else
            stopAll(RunStatus::Complete, Tr::tr("phases measured: %1").arg(m_phases.size()));
    });
    waiter->start();
}

void RunController::fail(const QString& message)
{
    if (m_stopping)
        return;
    log::run()->error("{}", message.toStdString());
    stopAll(RunStatus::Failed, message);
}

void RunController::cancel()
{
    if (m_stopping)
        return;
    stopAll(RunStatus::Cancelled, Tr::tr("cancelled by the user"));
}

void RunController::stopAll(RunStatus status, const QString& message)
{
    m_stopping = true;
    setStage(Stage::Stopping, message);
    // what the agents still send after a cancel (cancelled requests, their end line) is kept
    for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
        Node& n = *m_nodes[static_cast<std::size_t>(i)];
        for (const auto& [id, cmd] : n.commands)
            n.transport->stop(id, 3000);
        // a server whose channel went with a dropped link is stopped through its process group
        if (n.serverPid > 0 && !n.commands.count(n.serverId) && !n.serverDone && !linkDown(i))
            runOn(i, { u"kill"_s, u"-TERM"_s, u"--"_s, u"-%1"_s.arg(n.serverPid) }, {});
    }
    auto* waiter = new QTimer(this);
    waiter->setInterval(50);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(waiter, &QTimer::timeout, this, [this, waiter, started, status, message] {
        const bool quiet = std::all_of(m_nodes.begin(), m_nodes.end(), [](const auto& n) {
            return n->commands.empty() || n->transport->state() != Transport::State::Connected;
        });
        if (!quiet && started->elapsed() < 15000)
            return;
        waiter->deleteLater();
        if (m_recorder && m_phase >= 0 && (status != RunStatus::Complete)) {
            // the phase that was running is kept as far as it got
            const PhaseSpec& spec = m_phases[m_phase];
            Phase phase = m_recorder->takePhase();
            if (phase.requests.size() > 0) {
                phase.name = spec.name;
                phase.repetition = spec.repetition;
                phase.role = spec.role;
                phase.load = spec.load;
                m_result.phases.append(std::move(phase));
            }
            m_recorder.reset();
        }
        writeResult(status, message);
    });
    waiter->start();
}

void RunController::writeResult(RunStatus status, const QString& message)
{
    m_result.status = status;
    m_result.statusDetail = status == RunStatus::Complete ? QString() : message;
    m_result.provenance.finishedUnix = unixNow();
    m_result.provenance.createdUnix = m_result.provenance.finishedUnix;
    m_result.provenance.agentVersion = AgentScript::sha256Hex().left(16);
    m_journal.end(status, message);
    m_flushTimer.stop();
    QString outcome = message;
    if (!m_result.phases.isEmpty() || status == RunStatus::Complete) {
        if (const Status s = ResultFile::write(m_result, resultPath()); !s)
            outcome = s.error().toString();
    }
    for (const auto& n : m_nodes)
        n->transport->close();
    setStage(status == RunStatus::Complete ? Stage::Done : status == RunStatus::Cancelled ? Stage::Cancelled : Stage::Failed, outcome);
    emit finished(status, outcome);
}

} // namespace inferdeck
