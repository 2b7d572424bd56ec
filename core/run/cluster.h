#pragma once
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace inferdeck {

/// How to start an inference server on a node and know it is up; `command` is a template whose
/// {placeholders} are filled from the plan, each value quoted as one word.
struct LaunchSpec {
    QString command;          // e.g. "vllm serve {model} --port {port} --tensor-parallel-size {tp}"
    double readyTimeoutS = 600.0;
    friend bool operator==(const LaunchSpec&, const LaunchSpec&) = default;
};

/// One GPU node of a cluster.
struct ClusterNode {
    enum class Kind { Ssh, Local };
    QString name;
    Kind kind = Kind::Ssh;
    QString destination;   // ssh destination or Host alias (Ssh)
    QString endpoint;      // http://host:port of the inference server, as the node sees it
    LaunchSpec launch;     // empty command: the server is already running
    QString agentDir = QStringLiteral(".cache/inferdeck"); // on the node, relative to its home
    friend bool operator==(const ClusterNode&, const ClusterNode&) = default;
};

/// The nodes a run may use (a cluster file).
struct Cluster {
    QString name;
    QList<ClusterNode> nodes;
    friend bool operator==(const Cluster&, const Cluster&) = default;
};

/// The placeholders a launch template may use.
QStringList launchPlaceholders();

/// The placeholders an external tool's command (RunPlan::external) may use.
QStringList externalPlaceholders();

/// The argv of a command template: words split on spaces, each {placeholder} replaced by its value
/// inside its word, so a value with a space or a quote can never become a second argument. An
/// unknown placeholder gives an empty list and its name in `unknown`.
QStringList fillCommandTemplate(const QString& command, const QMap<QString, QString>& values, QString* unknown);

} // namespace inferdeck
