#include "run/phaseplan.h"

#include <QCoreApplication>

#include "io/modeljson.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PhasePlan)
};

QString loadLabel(const LoadSpec& load)
{
    if (load.rampTo)
        return load.mode == LoadSpec::Mode::Concurrency ? Tr::tr("concurrency %1 → %2").arg(load.value).arg(*load.rampTo)
                                                        : Tr::tr("%1 → %2 req/s per node").arg(load.value).arg(*load.rampTo);
    if (!load.stages.isEmpty())
        return Tr::tr("%n stage(s) from %1", nullptr, int(load.stages.size())).arg(load.value);
    if (load.mode == LoadSpec::Mode::Concurrency)
        return Tr::tr("concurrency %1").arg(load.value);
    if (load.mode == LoadSpec::Mode::AllAtOnce)
        return Tr::tr("all %1 at once").arg(load.value);
    if (load.mode == LoadSpec::Mode::Trace)
        return Tr::tr("trace ×%1").arg(load.value);
    return Tr::tr("%1 req/s per node").arg(load.value);
}

} // namespace

PhaseSpec capacityStep(const RunPlan& plan, int nodeCount, bool oneNode, double value)
{
    LoadSpec load = plan.load;
    load.value = value;
    QList<int> nodes;
    for (int i = 0; i < (oneNode ? 1 : nodeCount); ++i)
        nodes.append(i);
    const bool scaling = plan.scaling && nodeCount >= 2;
    const QString name = (nodes.size() == 1 ? Tr::tr("1 node") : Tr::tr("%1 nodes").arg(nodes.size())) + u" · "_s + loadLabel(load);
    return { name, 0, scaling ? (oneNode ? PhaseRole::Baseline : PhaseRole::Scaled) : PhaseRole::Sweep, nodes, load };
}

QList<PhaseSpec> planPhases(const RunPlan& plan, int nodeCount)
{
    if (plan.capacity.enabled) // the later steps depend on what the earlier ones measure (RunController)
        return { capacityStep(plan, nodeCount, plan.scaling && nodeCount >= 2, plan.load.value) };
    QList<double> values = plan.sweep;
    if (values.isEmpty())
        values.append(plan.load.value);
    const bool sweep = plan.sweep.size() > 1;
    QList<int> all;
    for (int i = 0; i < nodeCount; ++i)
        all.append(i);
    QList<PhaseSpec> out;
    for (double v : values) {
        LoadSpec load = plan.load;
        load.value = v;
        const QString suffix = sweep ? u" · "_s + loadLabel(load) : QString();
        for (int r = 0; r < plan.repetitions; ++r) {
            if (plan.scaling && nodeCount >= 2) {
                out.append({ Tr::tr("1 node") + suffix, r, PhaseRole::Baseline, { 0 }, load });
                out.append({ Tr::tr("%1 nodes").arg(nodeCount) + suffix, r, PhaseRole::Scaled, all, load });
            } else {
                const QString name = nodeCount == 1 ? Tr::tr("1 node") : Tr::tr("%1 nodes").arg(nodeCount);
                out.append({ name + suffix, r, sweep ? PhaseRole::Sweep : PhaseRole::Single, all, load });
            }
        }
    }
    return out;
}

nlohmann::json agentRunSpec(const RunPlan& plan, const PhaseSpec& phase, const ClusterNode& node, quint64 seed,
                            const QString& caFileOnNode, const Trace* trace, int share, int shares,
                            const ShareGptConversations* conversations)
{
    nlohmann::json dataset;
    if (trace)
        dataset = traceDatasetFor(*trace, share, shares);
    else if (conversations)
        dataset = conversationsDatasetFor(*conversations, share, shares,
                                          plan.requests > 0 ? qint64(plan.requests) + plan.warmupRequests : kMaxConversationsPerNode);
    else if (plan.workload.dataset == u"file"_s)
        dataset = { { "kind", "file" }, { "path", plan.workload.datasetPath.toStdString() } };
    else if (plan.workload.dataset == u"summarization"_s)
        dataset = { { "kind", "summarization" } };
    else
        dataset = { { "kind", "synthetic" }, { "input", jsonio::lengthsToJson(plan.workload.input) }, { "output", jsonio::lengthsToJson(plan.workload.output) } };
    if (plan.workload.sessions.enabled)
        dataset["sessions"] = jsonio::sessionsToJson(plan.workload.sessions, !conversations);
    if (plan.workload.sharedPrefix.active())
        dataset["shared_prefix"] = { { "groups", plan.workload.sharedPrefix.groups }, { "tokens", plan.workload.sharedPrefix.tokens } };
    nlohmann::json load = { { "mode", jsonio::loadModeName(phase.load.mode).toStdString() }, { "value", phase.load.value } };
    if (phase.load.mode == LoadSpec::Mode::Gamma)
        load["burstiness"] = phase.load.burstiness;
    // a ramp or stages go to the agent as segments over the measured window (PROTOCOL.md, load.profile)
    if (phase.load.rampTo)
        load["profile"] = nlohmann::json::array({ { { "duration_s", plan.durationS }, { "from", phase.load.value }, { "to", *phase.load.rampTo } } });
    for (const LoadStage& st : phase.load.stages)
        load["profile"].push_back({ { "duration_s", st.durationS }, { "from", st.value }, { "to", st.value } });
    nlohmann::json spec = {
        { "endpoint", node.endpoint.toStdString() },
        { "api", plan.api.toStdString() },
        { "model", plan.model.toStdString() },
        { "stream", plan.stream },
        { "phase", phase.name.toStdString() },
        { "repetition", phase.repetition },
        { "node", node.name.toStdString() },
        { "seed", seed },
        { "warmup", plan.warmupRequests },
        { "load", load },
        { "dataset", dataset },
        { "grace_s", 10.0 },
    };
    if (trace && plan.durationS <= 0) // the node's whole share, or the plan's count of it
        spec["requests"] = plan.requests > 0 ? std::min<qint64>(plan.requests, traceShare(*trace, share, shares)) : traceShare(*trace, share, shares);
    else if (plan.requests > 0)
        spec["requests"] = plan.requests;
    else
        spec["duration_s"] = plan.durationS;
    if (node.access.hasKey())
        spec["api_key"] = "stdin";
    const QString tls = tlsMode(node);
    if (tls == u"insecure"_s)
        spec["tls"] = { { "insecure_skip_verify", true } };
    else if (tls == u"ca_file"_s)
        spec["tls"] = { { "ca_file", caFileOnNode.toStdString() } };
    return spec;
}

} // namespace inferdeck
