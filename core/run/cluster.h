#pragma once
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "run/scheduler.h"
#include "util/result.h"

namespace inferdeck {

/// How to start an inference server on a node and know it is up; `command` is a template whose
/// {placeholders} are filled from the plan, each value quoted as one word.
struct LaunchSpec {
    QString command;          // e.g. "vllm serve {model} --port {port} --tensor-parallel-size {tp}"
    double readyTimeoutS = 600.0;
    friend bool operator==(const LaunchSpec&, const LaunchSpec&) = default;
};

/// How the load generator gets past a protected endpoint. Names where the API key is kept on the
/// workstation, never the key: the key is read at run start and travels to the agent on its stdin.
struct EndpointAccess {
    QString apiKeyEnv;  // a workstation environment variable holding the key
    QString apiKeyFile; // a workstation file holding it
    QString caFile;     // workstation path of a PEM CA bundle an https endpoint is verified against
    bool insecureSkipVerify = false;
    bool hasKey() const { return !apiKeyEnv.isEmpty() || !apiKeyFile.isEmpty(); }
    friend bool operator==(const EndpointAccess&, const EndpointAccess&) = default;
};

/// What the agent's simulator imitates when a node's launch runs `{agent} serve-sim`.
struct SimulatorSettings {
    QString dialect;         // vllm | sglang | tgi | llamacpp; empty: the simulator's default
    int reasoningTokens = 0; // > 0: act as a reasoning model thinking this many tokens first
    friend bool operator==(const SimulatorSettings&, const SimulatorSettings&) = default;
};

/// One GPU node of a cluster.
struct ClusterNode {
    // Slurm: one node of the cluster's Slurm allocation, reached through job steps (Cluster::scheduler);
    // Kubernetes: one pod of the cluster's pods, reached through kubectl exec
    enum class Kind { Ssh, Local, Slurm, Kubernetes };
    QString name;
    Kind kind = Kind::Ssh;
    QString destination;   // ssh destination or Host alias (Ssh)
    QString endpoint;      // http://host:port of the inference server, as the node sees it
    LaunchSpec launch;     // empty command: the server is already running
    QString agentDir = QStringLiteral(".cache/inferdeck"); // on the node, relative to its home
    EndpointAccess access;
    SimulatorSettings sim;
    // where the engine publishes its Prometheus metrics on the endpoint's host and port; empty: not scraped
    QString metricsPath = QStringLiteral("/metrics");
    friend bool operator==(const ClusterNode&, const ClusterNode&) = default;
};

/// The nodes a run may use (a cluster file).
struct Cluster {
    QString name;
    QList<ClusterNode> nodes;
    SchedulerSpec scheduler; // Slurm: the nodes are the allocation's, in its node order; Kubernetes: the pods
    friend bool operator==(const Cluster&, const Cluster&) = default;
};

/// How a node's endpoint is reached, for the inventory: "none" (plain http), "system" (verified against
/// the system CAs), "ca_file" or "insecure".
QString tlsMode(const ClusterNode& node);

/// The simulator dialects serve-sim speaks.
QStringList simulatorDialects();

/// Whether a launch template starts the agent's own simulator (`{agent} serve-sim`), the only server the
/// node's `dialect` and `reasoning_tokens` settings reach.
bool launchesSimulator(const LaunchSpec& launch);

/// The launch argv with the node's simulator settings appended when it starts serve-sim.
QStringList withSimulatorSettings(QStringList argv, const ClusterNode& node);

/// A control character (util/printable.h) in one of a cluster's text fields.
struct ControlCharacterAt {
    QString field;      // as the cluster file names it: "launch", "agent_dir", ...
    qsizetype index = -1;
    char16_t character = 0;
};

/// The first of `node`'s text fields that holds a control character, or nullopt. Every such field is
/// printed (log lines, the "launching:" line) or becomes part of a command on the node, where a newline
/// or ESC could forge a log line or a terminal escape and a NUL would cut the command.
std::optional<ControlCharacterAt> controlCharacterIn(const ClusterNode& node);

/// The message that refuses `at`: which character, where, and why.
QString controlCharacterMessage(const ControlCharacterAt& at);

/// Refuses a cluster (read from a file, made in the cluster editor or built in) with a control character
/// in any of its text, naming the field as a cluster file would: "nodes[1].launch: ..."; `where` is the
/// Error's location (the cluster file).
Status checkClusterText(const Cluster& cluster, const QString& where = QString());

/// The placeholders a launch template may use.
QStringList launchPlaceholders();

/// The placeholders an external tool's command (RunPlan::external) may use.
QStringList externalPlaceholders();

/// The argv of a command template: words split on spaces, each {placeholder} replaced by its value
/// inside its word, so a value with a space or a quote can never become a second argument. An
/// unknown placeholder gives an empty list and its name in `unknown`.
QStringList fillCommandTemplate(const QString& command, const QMap<QString, QString>& values, QString* unknown);

} // namespace inferdeck
