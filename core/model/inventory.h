#pragma once
#include <QList>
#include <QString>

#include <optional>

namespace inferdeck {

/// One GPU as the node reported it.
struct GpuInfo {
    int index = 0;
    QString name;
    std::optional<double> memoryMiB;
    std::optional<double> powerLimitW;
    friend bool operator==(const GpuInfo&, const GpuInfo&) = default;
};

/// An inference engine found on a node, with its version.
struct EngineInfo {
    QString name;
    QString version;
    QString source; // where it was found: "endpoint" (the server answered) or "binary" (on the node); "" unknown
    friend bool operator==(const EngineInfo&, const EngineInfo&) = default;
};

/// Where a node ran when it was a Kubernetes pod: the cluster, the pod and what ran in it.
struct KubernetesPlacement {
    QString context;   // the kubeconfig context kubectl used
    QString nameSpace;
    QString pod;
    QString container;
    QString image;     // as the pod's spec names it ("vllm/vllm-openai:v0.6.3")
    QString imageId;   // as the runtime resolved it (a digest), when known
    QString nodeName;  // the Kubernetes node the pod ran on
    int restarts = 0;  // the container's restart count when the run started
    bool isEmpty() const { return pod.isEmpty(); }
    friend bool operator==(const KubernetesPlacement&, const KubernetesPlacement&) = default;
};

/// Where a node ran when it was a node of a Slurm job: the allocation and the node in it, as Slurm named them.
struct SlurmPlacement {
    QString jobId;     // digits, as sbatch --parsable prints it
    QString partition; // empty when unknown
    QString node;      // the Slurm node the node's steps ran on
    QString account;   // as Slurm charged the job; empty when unknown
    QString qos;       // empty when unknown
    bool isEmpty() const { return jobId.isEmpty(); }
    friend bool operator==(const SlurmPlacement&, const SlurmPlacement&) = default;
};

/// What a node is: host, OS, CPU, memory, GPUs, driver, CUDA and engines, as probed.
struct NodeInventory {
    QString name;     // the node's name in the cluster
    QString host;     // destination used to reach it
    QString hostname; // as the node reports itself
    QString os;
    QString python;
    std::optional<int> cpuCount;
    std::optional<double> memoryMiB;
    QString driver;
    QString cuda;
    QList<GpuInfo> gpus;
    QList<EngineInfo> engines;
    QString gpuNote; // why `gpus` is empty, when it is
    // How the benchmark reached the endpoint: "" unknown (older files, imports), "none" plain http,
    // "system" verified against the system CAs, "ca_file" against a given CA, "insecure" not verified.
    QString tls;
    bool apiKey = false; // an API key was sent; the key itself is never stored
    KubernetesPlacement kubernetes; // empty unless the node was a Kubernetes pod
    SlurmPlacement slurm;           // empty unless the node was a node of a Slurm job
    friend bool operator==(const NodeInventory&, const NodeInventory&) = default;
};

} // namespace inferdeck
