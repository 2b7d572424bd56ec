#include "io/runfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "io/jsonfields.h"
#include "io/modeljson.h"
#include "run/nodeaccess.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace jsonio;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RunFiles)
};

void checkPlan(const RunPlan& plan)
{
    if (plan.model.isEmpty())
        fail(u"model"_s, Tr::tr("name the model the server serves"));
    const bool trace = plan.workload.dataset == u"trace"_s;
    if (plan.requests == 0 && plan.durationS <= 0 && !trace) // a trace's own length is the default
        fail(u"requests"_s, Tr::tr("give a request count or duration_s"));
    if (plan.requests > 0 && plan.durationS > 0)
        fail(u"duration_s"_s, Tr::tr("give a request count or duration_s, not both"));
    if (plan.repetitions < 1 || plan.repetitions > 100)
        fail(u"repetitions"_s, Tr::tr("expected 1 to 100"));
    if (plan.load.mode == LoadSpec::Mode::AllAtOnce)
        // a burst with nothing refilled measures the queue, not the server: recorded from imports, never run
        fail(u"load.mode"_s, Tr::tr("all-at-once describes imported results only; use concurrency or a rate"));
    if (plan.load.mode == LoadSpec::Mode::Concurrency) {
        if (plan.load.value != std::floor(plan.load.value))
            fail(u"load.value"_s, Tr::tr("a concurrency must be a whole number"));
        for (double v : plan.sweep)
            if (v != std::floor(v))
                fail(u"sweep"_s, Tr::tr("a concurrency must be a whole number, found %1").arg(v));
    }
    if (plan.workload.dataset == u"file"_s && plan.workload.datasetPath.isEmpty())
        fail(u"workload.dataset_path"_s, Tr::tr("the file dataset needs a path"));
    if (trace && plan.workload.tracePath.isEmpty())
        fail(u"workload.trace_path"_s, Tr::tr("the trace dataset needs the trace file (trace_path)"));
    if (plan.load.mode == LoadSpec::Mode::Trace && !trace)
        fail(u"load.mode"_s, Tr::tr("trace timing replays a trace: set the dataset to trace"));
    // each node would start its share of the trace again after its own warm-up, out of step with the others (one
    // node's replay ran 454 ms behind the other's), so the cluster would no longer receive the trace's timing
    if (plan.load.mode == LoadSpec::Mode::Trace && plan.warmupRequests > 0)
        fail(u"warmup_requests"_s, Tr::tr("a trace replayed at its own times takes no warm-up requests (each node would restart its share after "
                                          "its own warm-up, out of step with the others): leave them out, the trace's first requests warm the server"));
    if (trace && plan.external.active())
        fail(u"external"_s, Tr::tr("an external tool brings its own requests; a trace is replayed by InferDeck's load generator"));
    const bool sharegpt = plan.workload.dataset == u"sharegpt"_s;
    if (sharegpt && plan.workload.sharegptPath.isEmpty())
        fail(u"workload.sharegpt_path"_s, Tr::tr("the sharegpt dataset needs the ShareGPT file (sharegpt_path)"));
    if (sharegpt && plan.external.active())
        fail(u"external"_s, Tr::tr("an external tool brings its own requests; ShareGPT conversations are sent by InferDeck's load generator"));
    if (const Sessions& s = plan.workload.sessions; s.enabled) {
        if (plan.api != u"chat"_s)
            fail(u"workload.sessions"_s, Tr::tr("multi-turn sessions send the history as chat messages: set api to chat"));
        if (plan.workload.dataset != u"synthetic"_s && !sharegpt)
            fail(u"workload.sessions"_s, Tr::tr("sessions are built from synthetic turns or ShareGPT conversations, not the %1 dataset").arg(plan.workload.dataset));
        if (plan.workload.sharedPrefix.active())
            fail(u"workload.sessions"_s, Tr::tr("a shared prefix and sessions cannot be combined yet"));
        if (plan.external.active())
            fail(u"workload.sessions"_s, Tr::tr("an external tool brings its own requests; sessions are run by InferDeck's load generator"));
    }
    if (plan.workload.sharedPrefix.active() && plan.workload.dataset != u"synthetic"_s)
        fail(u"workload.shared_prefix"_s, Tr::tr("a shared prefix is built into synthetic prompts; the %1 dataset brings its own").arg(plan.workload.dataset));
    if (plan.load.varies()) {
        if (plan.load.mode == LoadSpec::Mode::Trace || plan.load.mode == LoadSpec::Mode::AllAtOnce)
            fail(u"load.mode"_s, Tr::tr("a ramp or stages vary a rate or a concurrency"));
        if (!plan.sweep.isEmpty() || plan.capacity.enabled)
            fail(u"load"_s, Tr::tr("a ramp or stages are one phase's load: not with a sweep or a capacity search"));
        if (plan.external.active())
            fail(u"load"_s, Tr::tr("an external tool paces its own requests: no ramp or stages"));
        // a session slot runs its turns back to back; slots do not yet follow a changing concurrency
        if (plan.workload.sessions.enabled && plan.load.mode == LoadSpec::Mode::Concurrency)
            fail(u"load"_s, Tr::tr("sessions at a concurrency cannot ramp or step yet: use a rate (a new session at each arrival) or one concurrency"));
        double stagesS = 0.0;
        for (const LoadStage& st : plan.load.stages) {
            stagesS += st.durationS;
            if (plan.load.mode == LoadSpec::Mode::Concurrency && st.value != std::floor(st.value))
                fail(u"load.stages"_s, Tr::tr("a concurrency must be a whole number, found %1").arg(st.value));
        }
        if (plan.load.rampTo && plan.load.mode == LoadSpec::Mode::Concurrency && *plan.load.rampTo != std::floor(*plan.load.rampTo))
            fail(u"load.ramp_to"_s, Tr::tr("a concurrency must be a whole number"));
        // the profile is laid over the measured window: its length is the phase's
        if (plan.durationS <= 0)
            fail(u"duration_s"_s, Tr::tr("a ramp or stages run for a duration: give duration_s (for stages, their total)"));
        if (!plan.load.stages.isEmpty() && std::abs(stagesS - plan.durationS) > 1e-6)
            fail(u"duration_s"_s, Tr::tr("the stages last %1 s together; duration_s must say the same").arg(stagesS));
    }
    if (plan.capacity.enabled) {
        if (!plan.slo.any())
            fail(u"capacity"_s, Tr::tr("a capacity search measures against the SLOs: give at least one in slo"));
        if (!plan.sweep.isEmpty())
            fail(u"sweep"_s, Tr::tr("a capacity search chooses its own loads: remove the sweep"));
        if (plan.load.mode == LoadSpec::Mode::Trace)
            fail(u"load.mode"_s, Tr::tr("a capacity search varies the rate or concurrency; a trace keeps its own times"));
        if (plan.external.active())
            fail(u"external"_s, Tr::tr("a capacity search needs InferDeck's load generator to judge each step"));
        if (plan.load.mode == LoadSpec::Mode::Concurrency
            && (plan.capacity.min != std::floor(plan.capacity.min) || plan.capacity.max != std::floor(plan.capacity.max)))
            fail(u"capacity"_s, Tr::tr("a concurrency search needs whole numbers for min and max"));
        if (plan.load.value < plan.capacity.min || plan.load.value > plan.capacity.max)
            fail(u"load.value"_s, Tr::tr("the search starts at the load's value, which must lie between capacity.min and capacity.max"));
    }
    if (plan.external.active()) {
        // a typo would only show up on every node at the first phase: refuse it now
        QMap<QString, QString> known;
        for (const QString& name : externalPlaceholders())
            known.insert(name, name);
        QString unknown;
        for (const auto& [text, field] : { std::pair{ plan.external.command, "external.command" }, std::pair{ plan.external.resultFile, "external.result_file" } }) {
            fillCommandTemplate(text, known, &unknown);
            if (!unknown.isEmpty())
                fail(QString::fromLatin1(field), Tr::tr("unknown placeholder {%1}; known: {%2}").arg(unknown, externalPlaceholders().join(u"}, {"_s)));
        }
        if (plan.external.resultFile.contains(u"{result_file}"_s))
            fail(u"external.result_file"_s, Tr::tr("the result file cannot name itself"));
    }
}
} // namespace

Result<RunPlan> parsePlan(const QByteArray& text, const QString& where)
{
    try {
        const json doc = parseJsonText(text);
        const bool inResult = doc.contains("plan"); // a result file's inventory is not the plan's business
        refuseLiteralSecrets(inResult ? doc["plan"] : doc, inResult ? u"plan"_s : QString());
        RunPlan plan = planFromJson(inResult ? doc["plan"] : doc, QString());
        checkPlan(plan);
        return plan;
    } catch (const FieldError& e) {
        return Error{ e.path.isEmpty() ? e.message : e.path + u": "_s + e.message, where };
    }
}

QByteArray planFileText(const RunPlan& plan)
{
    return QByteArray::fromStdString(toJson(plan).dump(2)) + '\n';
}

Result<RunPlan> readPlanFile(const QString& path)
{
    const auto text = readSmallFile(path);
    if (!text)
        return text.error();
    auto plan = parsePlan(text.value(), path);
    if (!plan)
        return plan;
    // a trace or ShareGPT file named relative to the plan file travels with it
    RunPlan p = plan.value();
    for (QString* file : { &p.workload.tracePath, &p.workload.sharegptPath })
        if (!file->isEmpty() && QFileInfo(*file).isRelative())
            *file = QFileInfo(QFileInfo(path).absoluteDir(), *file).absoluteFilePath();
    return p;
}

Result<Cluster> parseCluster(const QByteArray& text, const QString& where)
{
    try {
        const json doc = parseJsonText(text);
        expectObject(doc, QString());
        refuseLiteralSecrets(doc);
        Cluster c;
        c.name = optionalString(doc, "name", QString());
        if (doc.contains("scheduler") && !doc["scheduler"].is_null())
            c.scheduler = readScheduler(doc["scheduler"], u"scheduler"_s);
        const bool slurm = c.scheduler.kind == SchedulerSpec::Kind::Slurm;
        const bool kubernetes = c.scheduler.kind == SchedulerSpec::Kind::Kubernetes;
        const json& nodes = array(doc, "nodes", QString());
        if (nodes.empty())
            fail(u"nodes"_s, Tr::tr("a cluster needs at least one node"));
        // named pods are the nodes' pods one for one: a count that differs is a node without a pod or a pod unused
        if (kubernetes && !c.scheduler.kubernetes.pods.isEmpty() && c.scheduler.kubernetes.pods.size() != qsizetype(nodes.size()))
            fail(u"scheduler.pods"_s, Tr::tr("names %1 pods for %2 nodes; name one pod per node").arg(c.scheduler.kubernetes.pods.size()).arg(nodes.size()));
        QSet<QString> names;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const QString path = indexPath(u"nodes"_s, i);
            const json& n = nodes[i];
            expectObject(n, path);
            ClusterNode node;
            node.name = string(n, "name", path);
            static const QRegularExpression nameOk(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"_s);
            if (!nameOk.match(node.name).hasMatch())
                fail(childPath(path, "name"), Tr::tr("use letters, digits, '.', '_' and '-' (found \"%1\")").arg(node.name));
            if (names.contains(node.name))
                fail(childPath(path, "name"), Tr::tr("\"%1\" names two nodes").arg(node.name));
            names.insert(node.name);
            if (slurm || kubernetes) {
                // the allocation (or the pod) decides where a node runs: naming a host as well would contradict it
                for (const char* key : { "ssh", "local" })
                    if (n.contains(key))
                        fail(childPath(path, key), slurm ? Tr::tr("a node of a Slurm cluster runs where the job's allocation puts it; "
                                                                  "remove \"%1\"").arg(QString::fromLatin1(key))
                                                         : Tr::tr("a node of a Kubernetes cluster runs in its pod; remove \"%1\"")
                                                               .arg(QString::fromLatin1(key)));
                node.kind = slurm ? ClusterNode::Kind::Slurm : ClusterNode::Kind::Kubernetes;
            } else if (optionalBoolean(n, "local", path, false)) {
                node.kind = ClusterNode::Kind::Local;
            } else {
                node.kind = ClusterNode::Kind::Ssh;
                node.destination = string(n, "ssh", path);
                if (node.destination.trimmed().isEmpty())
                    fail(childPath(path, "ssh"), Tr::tr("names no host: give an ssh destination (a Host alias, user@host, host:port), or \"local\": true"));
            }
            // in a pod the engine usually listens where the scheduler's endpoint says, the same in every pod
            node.endpoint = kubernetes && !n.contains("endpoint") ? c.scheduler.kubernetes.endpoint : string(n, "endpoint", path);
            static const QRegularExpression endpointOk(u"^https?://[A-Za-z0-9.\\-\\[\\]:{}_]+(/.*)?$"_s);
            if (!endpointOk.match(node.endpoint).hasMatch())
                fail(childPath(path, "endpoint"), Tr::tr("expected http://host:port or https://host:port, found \"%1\"").arg(node.endpoint));
            node.launch.command = optionalString(n, "launch", path);
            node.launch.readyTimeoutS = optionalNumber(n, "ready_timeout_s", path, 1, 86400).value_or(600.0);
            const QString dir = optionalString(n, "agent_dir", path);
            if (!dir.isEmpty())
                node.agentDir = dir;
            readNodeAccess(n, path, node);
            if (n.contains("metrics_path")) { // null: the engine's metrics are not scraped
                node.metricsPath = n["metrics_path"].is_null() ? QString() : string(n, "metrics_path", path);
                static const QRegularExpression metricsOk(u"^/[A-Za-z0-9._~/%-]{0,200}$"_s);
                if (!node.metricsPath.isEmpty() && !metricsOk.match(node.metricsPath).hasMatch())
                    fail(childPath(path, "metrics_path"), Tr::tr("expected a path such as /metrics, found \"%1\"").arg(node.metricsPath));
            }
            // an unknown placeholder is a typo that would only show up on the node: refuse it now
            static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
            for (const QString& text : { node.launch.command, node.endpoint }) {
                auto it = placeholder.globalMatch(text);
                while (it.hasNext()) {
                    const QString name = it.next().captured(1);
                    if (!launchPlaceholders().contains(name))
                        fail(childPath(path, text == node.endpoint ? "endpoint" : "launch"),
                             Tr::tr("unknown placeholder {%1}; known: {%2}").arg(name, launchPlaceholders().join(u"}, {"_s)));
                }
            }
            c.nodes.append(node);
        }
        return c;
    } catch (const FieldError& e) {
        return Error{ e.path.isEmpty() ? e.message : e.path + u": "_s + e.message, where };
    }
}

Result<Cluster> readClusterFile(const QString& path)
{
    const auto text = readSmallFile(path);
    if (!text)
        return text.error();
    return parseCluster(text.value(), path);
}

nlohmann::json toJson(const Cluster& cluster)
{
    json nodes = json::array();
    for (const ClusterNode& n : cluster.nodes) {
        json j = { { "name", n.name.toStdString() }, { "endpoint", n.endpoint.toStdString() } };
        if (n.kind == ClusterNode::Kind::Local)
            j["local"] = true;
        else if (n.kind == ClusterNode::Kind::Ssh)
            j["ssh"] = n.destination.toStdString();
        if (!n.launch.command.isEmpty()) {
            j["launch"] = n.launch.command.toStdString();
            j["ready_timeout_s"] = n.launch.readyTimeoutS;
        }
        j["agent_dir"] = n.agentDir.toStdString();
        if (n.metricsPath != u"/metrics"_s)
            j["metrics_path"] = n.metricsPath.isEmpty() ? json(nullptr) : json(n.metricsPath.toStdString());
        writeNodeAccess(n, j);
        nodes.push_back(j);
    }
    json doc = { { "name", cluster.name.toStdString() }, { "nodes", nodes } };
    if (cluster.scheduler.kind != SchedulerSpec::Kind::None)
        doc["scheduler"] = writeScheduler(cluster.scheduler);
    return doc;
}

Result<NodeInventory> inventoryFromProbe(const QByteArray& probeJson, const QString& nodeName, const QString& host)
{
    try {
        json doc = parseJsonText(probeJson);
        expectObject(doc, QString());
        doc["name"] = nodeName.toStdString();
        doc["host"] = host.toStdString();
        return nodeFromJson(doc, QString());
    } catch (const FieldError& e) {
        return Error{ Tr::tr("the agent's inventory is not readable: %1 %2").arg(e.path, e.message), nodeName };
    }
}

} // namespace inferdeck
