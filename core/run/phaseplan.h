#pragma once
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include "io/sharegptfile.h"
#include "io/tracefile.h"

#include "model/phase.h"
#include "model/runplan.h"
#include "run/cluster.h"

namespace inferdeck {

/// One phase repetition a run will execute: which nodes, what load per node, and its role.
struct PhaseSpec {
    QString name;
    int repetition = 0;
    PhaseRole role = PhaseRole::Single;
    QList<int> nodes; // indices into Cluster::nodes
    LoadSpec load;    // per node
};

/// The phases of a plan on `nodeCount` nodes, in execution order. With scaling analysis each load
/// gets a 1-node baseline and an all-node phase with the same per-node load, interleaved repetition by
/// repetition so slow drift (thermals, caches) hits both alike.
QList<PhaseSpec> planPhases(const RunPlan& plan, int nodeCount);
/// One step of a capacity search at `value` per node: on the first node (the 1-node search of a scaling run) or
/// on all `nodeCount`. A capacity plan's planPhases() is only its first step; the run adds the others.
PhaseSpec capacityStep(const RunPlan& plan, int nodeCount, bool oneNode, double value);

/// The agent's run spec (PROTOCOL.md) for one node in one phase. A node with an API key gets
/// `"api_key": "stdin"` (the key follows on the agent's stdin); an https endpoint gets `tls`, with
/// `caFileOnNode` where the node's CA bundle was uploaded. With a trace dataset, the node replays share
/// `share` of `shares` of `trace` (traceDatasetFor); with ShareGPT conversations, that share of them
/// (conversationsDatasetFor), as many as a request-limited phase can start or kMaxConversationsPerNode.
nlohmann::json agentRunSpec(const RunPlan& plan, const PhaseSpec& phase, const ClusterNode& node, quint64 seed,
                            const QString& caFileOnNode = QString(), const Trace* trace = nullptr, int share = 0, int shares = 1,
                            const ShareGptConversations* conversations = nullptr);

/// Conversations a node receives for a duration-limited phase (cycled when it needs more): the spec stays a
/// few MB, and each text is counted by the server's tokenizer before the phase starts.
inline constexpr qint64 kMaxConversationsPerNode = 1000;

} // namespace inferdeck
