#pragma once
// What a run on a cluster with a Kubernetes scheduler needs beside the controller, shared by the CLI and the GUI.
#include <memory>

#include "run/cluster.h"
#include "util/result.h"

namespace inferdeck {

class KubernetesPods;
class SshConfig;
class SshPrompter;
class Transport;

/// The pods a run of `cluster` uses (not yet looked up): kubectl run locally or on the SSH host `config`
/// resolves, asking `prompter` (which must outlive the pods). An unresolvable kubectl host is an Error naming
/// `scheduler.kubectl_host`.
Result<std::unique_ptr<KubernetesPods>> makeKubernetesPods(const Cluster& cluster, const SshConfig& config, SshPrompter* prompter);

/// The transport of `node` (a Kubernetes node of `cluster`): kubectl exec into its pod.
std::unique_ptr<Transport> kubernetesNodeTransport(const Cluster& cluster, const ClusterNode& node, KubernetesPods* pods);

} // namespace inferdeck
