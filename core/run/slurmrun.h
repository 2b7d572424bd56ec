#pragma once
// What a run on a cluster with a Slurm scheduler needs beside the controller, shared by the CLI and the GUI.
#include <memory>

#include "run/cluster.h"
#include "util/result.h"

namespace inferdeck {

class SlurmJob;
class SshConfig;
class SshPrompter;
class Transport;

/// The Slurm job a run of `cluster` uses (not yet submitted): its submit host reached locally or over SSH
/// as `config` resolves it, asking `prompter` (which must outlive the job). An unresolvable submit host is
/// an Error naming `scheduler.submit_host`.
Result<std::unique_ptr<SlurmJob>> makeSlurmJob(const Cluster& cluster, const SshConfig& config, SshPrompter* prompter);

/// The transport of `node` (a Slurm node of `cluster`): the job step transport of its place in the
/// allocation.
std::unique_ptr<Transport> slurmNodeTransport(const Cluster& cluster, const ClusterNode& node, SlurmJob* job);

} // namespace inferdeck
