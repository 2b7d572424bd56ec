#pragma once
// A cluster whose nodes a batch scheduler hands out: the `scheduler` object of a cluster file.
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace inferdeck {

/// How InferDeck gets and uses a Slurm allocation: where sbatch and srun run, what the job asks for, or
/// the job to run inside.
struct SlurmSettings {
    QString submitHost = QStringLiteral("local"); // "local" or an ssh destination (login node)
    QString partition;
    QString account;
    QString qos;
    QString timeLimit;        // Slurm's format: "30", "1:30:00", "2-00:00:00"; empty: the partition's default
    int gpusPerNode = 0;      // 0: ask for no GPUs (--gpus-per-node)
    QStringList sbatchOptions; // further sbatch options, one word each ("--constraint=h100")
    QString jobId;            // run inside this job instead of submitting one (then it is never cancelled)
    bool submitLocal() const { return submitHost == QStringLiteral("local"); }
    friend bool operator==(const SlurmSettings&, const SlurmSettings&) = default;
};

/// Which Kubernetes pods a run uses and how it reaches them: kubectl (on the workstation or an SSH host),
/// the kubeconfig context and namespace, the pods (a label selector or names), the container the agent
/// runs in and where the engine listens inside the pod.
struct KubernetesSettings {
    QString kubectlHost = QStringLiteral("local"); // "local" or an ssh destination where kubectl runs
    QString context;    // kubeconfig context; empty: kubectl's current context
    QString nameSpace;  // empty: the context's namespace ("namespace" is a C++ keyword)
    QString selector;   // label selector ("app=vllm"), or
    QStringList pods;   // pod names, the i-th for the cluster's i-th node
    QString container;  // empty: the pod's default container
    QString endpoint = QStringLiteral("http://127.0.0.1:8000"); // the engine as seen from inside the pod
    bool kubectlLocal() const { return kubectlHost == QStringLiteral("local"); }
    friend bool operator==(const KubernetesSettings&, const KubernetesSettings&) = default;
};

/// Whether a cluster's nodes are listed hosts (no scheduler) or come from a scheduler's allocation or pods.
struct SchedulerSpec {
    enum class Kind { None, Slurm, Kubernetes };
    Kind kind = Kind::None;
    SlurmSettings slurm;
    KubernetesSettings kubernetes;
    friend bool operator==(const SchedulerSpec&, const SchedulerSpec&) = default;
};

/// Reads the `scheduler` object at `path`. Throws jsonio::FieldError naming the field (core/io's readers
/// turn it into an Error): unknown keys, a malformed time limit or job id, a control character, options
/// InferDeck sets itself; for Kubernetes a malformed namespace, pod or container name or selector, both
/// or neither of selector and pods.
SchedulerSpec readScheduler(const nlohmann::json& value, const QString& path);
/// The `scheduler` object readScheduler reads back equal.
nlohmann::json writeScheduler(const SchedulerSpec& spec);

} // namespace inferdeck
