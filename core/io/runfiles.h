#pragma once
// Plan and cluster files: the two inputs of `inferdeck-cli run` and of the GUI's run.
#include <QString>

#include <nlohmann/json.hpp>

#include "model/inventory.h"
#include "model/runplan.h"
#include "run/cluster.h"
#include "util/result.h"

namespace inferdeck {

/// Reads a plan file (the `plan` object of a result file, standing alone), checking that its settings
/// agree with each other.
Result<RunPlan> readPlanFile(const QString& path);
Result<RunPlan> parsePlan(const QByteArray& text, const QString& where);
/// A plan file's text (indented JSON), which readPlanFile reads back equal.
QByteArray planFileText(const RunPlan& plan);

/// Reads a cluster file: {"name", "nodes": [{"name", "ssh" | "local": true, "endpoint", "launch"?,
/// "ready_timeout_s"?, "agent_dir"?}], "scheduler"?: {"kind": "slurm" | "kubernetes", ...}}. With a scheduler
/// the nodes name no host: the i-th node runs on the i-th node of the job's allocation, or in the i-th pod.
Result<Cluster> readClusterFile(const QString& path);
Result<Cluster> parseCluster(const QByteArray& text, const QString& where);

nlohmann::json toJson(const Cluster& cluster);

/// A node's inventory from the agent's `probe` output.
Result<NodeInventory> inventoryFromProbe(const QByteArray& probeJson, const QString& nodeName, const QString& host);

} // namespace inferdeck
