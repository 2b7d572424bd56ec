#include "run/runcontroller.h"
#include "run/runcontrollerinternal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <chrono>
#include <cmath>

#include "agent/agentscript.h"
#include "format/units.h"
#include "io/modeljson.h"
#include "io/resultfile.h"
#include "io/runfiles.h"
#include "io/strictjson.h"
#include "log/log.h"
#include "protocol/runrecorder.h"
#include "remote/agentinstaller.h"
#include "remote/localtransport.h"
#include "remote/shellquote.h"
#include "remote/sshtransport.h"
#include "remote/transport.h"
#include "run/nodeaccess.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

using namespace runinternal;

namespace {
// Why wait-ready gave up: its own `error` line; else the last line it wrote on stderr (an agent that
// crashed leaves a traceback there and nothing on stdout); else how it ended. Never nothing.
QString notReadyReason(const QByteArray& out, const QByteArray& err, int code, const QString& error)
{
    for (const QByteArray& line : out.split('\n')) {
        const json j = jsonio::parseStrictOrDiscarded(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
        if (j.is_object() && j.contains("message") && j["message"].is_string() && !j["message"].get<std::string>().empty())
            return QString::fromStdString(j["message"].get<std::string>());
    }
    if (!out.trimmed().isEmpty())
        return lastLines(out);
    if (!err.trimmed().isEmpty())
        return lastLines(err, 1);
    if (!error.isEmpty())
        return error;
    return Tr::tr("the agent's wait-ready ended with status %1 and gave no reason").arg(code);
}
} // namespace

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

const Phase* RunController::livePhase() const
{
    return m_recorder ? &m_recorder->phase() : nullptr;
}

QString RunController::resultPath() const { return QDir(m_opt.outDir).filePath(u"result.inferdeck.json"_s); }

QString RunController::hostLabel(const Node& n)
{
    // a scheduler's node (Slurm, Kubernetes) adds where it ran: Transport::describePlacement()
    return n.spec.kind == ClusterNode::Kind::Local ? u"local"_s : n.spec.destination;
}

QString RunController::runDir(int node) const
{
    const ClusterNode& n = m_nodes[static_cast<std::size_t>(node)]->spec;
    // local nodes share the workstation's disk: their files go straight into the output directory
    if (n.kind == ClusterNode::Kind::Local)
        return QDir(m_opt.outDir).absolutePath();
    return n.agentDir + u"/runs/"_s + m_tag;
}

namespace {
// the log's words for a stage (the log panel shows them: not an enum's names)
const char* stageWords(RunController::Stage s)
{
    switch (s) {
    case RunController::Stage::Idle: return "idle";
    case RunController::Stage::Connecting: return "connecting";
    case RunController::Stage::Installing: return "installing the agent";
    case RunController::Stage::Launching: return "starting the servers";
    case RunController::Stage::WaitingReady: return "waiting for the servers to be ready";
    case RunController::Stage::Probing: return "probing the nodes";
    case RunController::Stage::Clocks: return "measuring clock offsets";
    case RunController::Stage::Running: return "running";
    case RunController::Stage::Stopping: return "stopping";
    case RunController::Stage::Done: return "done";
    case RunController::Stage::Failed: return "failed";
    case RunController::Stage::Cancelled: return "cancelled";
    }
    return "?";
}
} // namespace

void RunController::setStage(Stage s, const QString& detail)
{
    m_stage = s;
    const QString shown = printable(detail);
    if (shown.isEmpty())
        log::run()->info("{}", stageWords(s));
    else
        log::run()->info("{}: {}", stageWords(s), shown.toStdString());
    emit stageChanged(s, shown);
}

void RunController::emitLog(const QString& node, const QString& line)
{
    emit logLine(printable(node), printable(line));
}

int RunController::runOn(int node, const QStringList& argv, Command handlers)
{
    // nothing new starts once the run is stopping: stopAll() stops what runs and waits for that only
    if (m_stopping)
        return -1;
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    if (const qsizetype word = indexOfWordWithNul(argv); word >= 0) {
        //: %2 counts the command's words from 1; %3 is the command
        fail(Tr::tr("node %1: a command cannot be sent to the node: its word %2 holds a NUL character, which no program "
                    "can receive: %3")
                 .arg(n.spec.name)
                 .arg(word + 1)
                 .arg(shellCommand(argv)));
        return -1;
    }
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
    // a cluster from the editor or built in has not been through the file's checks
    if (const Status text = checkClusterText(m_opt.cluster); !text)
        return fail(text.error().toString());
    for (const ClusterNode& spec : m_opt.cluster.nodes) {
        auto n = std::make_unique<Node>();
        n->spec = spec;
        m_nodes.push_back(std::move(n));
    }
    // a key or CA file that cannot be read fails the run here, before anything starts on a node
    if (!readCredentials() || !readTrace() || !readConversations())
        return;
    for (int index = 0; index < static_cast<int>(m_nodes.size()); ++index) {
        Node* n = m_nodes[static_cast<std::size_t>(index)].get();
        n->transport = m_opt.transportFor(n->spec);
        if (auto* local = qobject_cast<LocalTransport*>(n->transport.get())) {
            QStringList keyVariables;
            for (const ClusterNode& c : m_opt.cluster.nodes)
                if (!c.access.apiKeyEnv.isEmpty())
                    keyVariables << c.access.apiKeyEnv;
            local->hideEnvironment(keyVariables);
        }
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

bool RunController::readCredentials()
{
    for (const auto& n : m_nodes) {
        QString warning;
        auto key = readApiKey(n->spec, &warning);
        if (!key) {
            fail(key.error().toString());
            return false;
        }
        if (!warning.isEmpty())
            emitLog(n->spec.name, warning);
        n->apiKey = std::move(key).value();
        const auto ca = readCaBundle(n->spec);
        if (!ca) {
            fail(ca.error().toString());
            return false;
        }
        n->caPem = ca.value();
        if (n->spec.access.hasKey() && m_opt.plan.external.active())
            emitLog(n->spec.name, Tr::tr("the API key is not handed to an external tool; give it the key the way the tool reads one"));
    }
    return true;
}

QStringList RunController::endpointAccessArgs(int node) const
{
    const Node& n = *m_nodes[static_cast<std::size_t>(node)];
    QStringList args;
    if (!n.apiKey.isEmpty())
        args << u"--api-key-stdin"_s;
    if (!n.caPath.isEmpty())
        args << u"--ca-file"_s << n.caPath;
    if (n.spec.access.insecureSkipVerify)
        args << u"--insecure"_s;
    return args;
}

void RunController::sendApiKey(int node, int commandId, bool thenCloseStdin)
{
    Node& n = *m_nodes[static_cast<std::size_t>(node)];
    if (!n.apiKey.isEmpty()) {
        // PROTOCOL.md: the agent's first stdin line; never in argv (ps shows it) nor in a file on the node
        QByteArray line = "key ";
        line.append(n.apiKey.view());
        line.append('\n');
        n.transport->writeStdin(commandId, line);
        line.fill('\0');
    }
    if (thenCloseStdin)
        n.transport->closeStdin(commandId);
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
                    // only the first failure decides: a second node failing while the run stops must not undo it
                    m_failedToConnect = m_failedToConnect || !m_stopping;
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
            connect(n.installer.get(), &AgentInstaller::installed, this, [this, &n, i, done](const QString& path) {
                n.agentPath = path;
                if (n.caPem.isEmpty())
                    return done();
                // the agent verifies the server on the node, so the CA bundle goes there, beside the run's files
                const QString caPath = runDir(i) + u"/agent-files/ca-%1.pem"_s.arg(n.spec.name);
                auto* once = new QObject(this);
                const int id = n.transport->upload(n.caPem, caPath, 0644);
                connect(n.transport.get(), &Transport::uploadFinished, once, [this, &n, once, id, caPath, done](int uid, const QString& e) {
                    if (uid != id)
                        return;
                    delete once;
                    if (!e.isEmpty())
                        return fail(Tr::tr("node %1: %2").arg(n.spec.name, e));
                    n.caPath = caPath;
                    done();
                });
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
    QString unknown;
    const QStringList argv = fillCommandTemplate(n.spec.launch.command, values, &unknown);
    if (!unknown.isEmpty())
        error = Tr::tr("node %1: unknown placeholder {%2} in the launch command").arg(n.spec.name, unknown);
    return withSimulatorSettings(argv, n.spec);
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
        // quoted as the node's shell gets it, so each word's bounds show
        emitLog(n.spec.name, Tr::tr("launching: %1").arg(shellCommand(argv)));
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
        if (m_stopping)
            return; // refused: the run is failing
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
            auto err = std::make_shared<QByteArray>();
            const double timeout = n.spec.launch.readyTimeoutS;
            const int id = runOn(i, QStringList { u"python3"_s, n.agentPath, u"wait-ready"_s, n.spec.endpoint, u"--timeout"_s, QString::number(timeout) }
                                     + endpointAccessArgs(i),
                  { [out](const QByteArray& l) { *out += l; },
                    [err](const QByteArray& l) {
                        *err += l;
                        if (err->size() > 65536)
                            *err = err->right(32768);
                    },
                    [this, &n, out, err, done](int code, const QString& error) {
                        if (m_stopping)
                            return;
                        if (code == 0)
                            return done();
                        fail(Tr::tr("node %1: the server is not ready: %2").arg(n.spec.name, notReadyReason(*out, *err, code, error)));
                    } });
            sendApiKey(i, id, true);
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
            const int id = runOn(i, QStringList { u"python3"_s, n.agentPath, u"probe"_s, u"--endpoint"_s, n.spec.endpoint } + endpointAccessArgs(i),
                  { [out](const QByteArray& l) { *out += l; }, {},
                    [this, &n, out, done](int code, const QString& error) {
                        if (code != 0)
                            return fail(Tr::tr("node %1: probe failed %2").arg(n.spec.name, error));
                        const auto inv = inventoryFromProbe(out->trimmed(), n.spec.name, hostLabel(n));
                        if (!inv)
                            return fail(inv.error().toString());
                        n.inventory = inv.value();
                        n.transport->describePlacement(n.inventory);
                        n.inventory.tls = tlsMode(n.spec);
                        n.inventory.apiKey = n.spec.access.hasKey();
                        const json j = jsonio::parseStrictOrDiscarded(std::string_view(out->constData(), static_cast<std::size_t>(out->size())));
                        n.simulated = j.is_object() && j.value("simulated", false);
                        if (j.is_object() && j.contains("endpoint_error") && j["endpoint_error"].is_string())
                            emitLog(n.spec.name, QString::fromStdString(j["endpoint_error"].get<std::string>()));
                        done();
                    } });
            sendApiKey(i, id, true);
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
                                    const json j = jsonio::parseStrictOrDiscarded(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
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
                                 emitLog(n.spec.name, Tr::tr("clock offset %1 ms (round trip %2 ms)")
                                                               .arg(Units::number(n.offset * 1e3, 2), Units::number(st->bestRtt * 1e3, 2)));
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

void RunController::fail(const QString& message)
{
    if (m_stopping)
        return;
    const QString shown = printable(message);
    log::run()->error("{}", shown.toStdString());
    stopAll(RunStatus::Failed, shown);
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
    // what the agents still send after a cancel (cancelled requests, their end line) is kept; the servers
    // stop only after the agents: stopped together, every request in flight would end as "connection
    // closed mid-stream" and count as the server's failure instead of being recorded as cancelled
    for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
        Node& n = *m_nodes[static_cast<std::size_t>(i)];
        for (const auto& [id, cmd] : n.commands)
            if (id != n.serverId)
                n.transport->stop(id, 3000);
    }
    const auto stopServers = [this] {
        for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
            Node& n = *m_nodes[static_cast<std::size_t>(i)];
            if (n.commands.count(n.serverId))
                n.transport->stop(n.serverId, 3000);
            // a server whose channel went with a dropped link is stopped through its process group
            // (started here, not by runOn(), which starts nothing once the run is stopping)
            else if (n.serverPid > 0 && !n.serverDone && !linkDown(i))
                n.commands[n.transport->start({ u"kill"_s, u"-TERM"_s, u"--"_s, u"-%1"_s.arg(n.serverPid) })] = {};
        }
    };
    auto* waiter = new QTimer(this);
    waiter->setInterval(50);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    auto serversStopped = std::make_shared<bool>(false);
    connect(waiter, &QTimer::timeout, this, [this, waiter, started, status, message, stopServers, serversStopped] {
        if (!*serversStopped) {
            const bool agentsDone = std::all_of(m_nodes.begin(), m_nodes.end(), [](const auto& n) {
                return !n->transport || n->transport->state() != Transport::State::Connected // none: refused before it began
                    || std::all_of(n->commands.begin(), n->commands.end(), [&](const auto& c) { return c.first == n->serverId; });
            });
            if (!agentsDone && started->elapsed() < 5000) // the agents' grace and SIGKILL come within 3 s
                return;
            stopServers();
            *serversStopped = true;
        }
        const bool quiet = std::all_of(m_nodes.begin(), m_nodes.end(), [](const auto& n) {
            return n->commands.empty() || !n->transport || n->transport->state() != Transport::State::Connected;
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
        else
            m_resultSaved = true;
    }
    outcome = printable(outcome);
    for (const auto& n : m_nodes)
        if (n->transport) // none yet when the run was refused before it began
            n->transport->close();
    setStage(status == RunStatus::Complete ? Stage::Done : status == RunStatus::Cancelled ? Stage::Cancelled : Stage::Failed, outcome);
    emit finished(status, outcome);
}

} // namespace inferdeck
