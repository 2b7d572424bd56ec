#pragma once
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace inferdeck::testing {

/// A stand-in Kubernetes cluster (no API server can run here): pods described in a cluster.json that the
/// stand-in kubectl (tests/support/kubectl/kubectl) reads, each pod a directory on this machine where `kubectl
/// exec` runs commands. A test adds pods, flips one to not ready or restarts it, checks the argv of every
/// kubectl call and what still runs in the pods. Kills whatever runs in its pods when it goes.
class KubeFixture {
public:
    KubeFixture();
    KubeFixture(const KubeFixture&) = delete;
    KubeFixture& operator=(const KubeFixture&) = delete;
    ~KubeFixture();

    static constexpr const char* kContext = "test-ctx";
    static constexpr const char* kNamespace = "llm";

    QString dir() const { return m_dir.path(); }
    /// The environment a process needs to use the stand-in: its directory first on PATH, INFERDECK_FAKE_KUBE.
    QProcessEnvironment environment() const;
    /// Sets that environment in this process too (for transports the test drives itself).
    void useInThisProcess() const;

    /// Adds a Running pod in kNamespace with container `container` (image `image`), ready unless `ready` is
    /// false, labelled app=<app>, with `env` in its container's environment.
    void addPod(const QString& name, const QString& app, bool ready = true, const QString& container = QStringLiteral("engine"),
                const QString& image = QStringLiteral("vllm/vllm-openai:v0.6.3"), const QMap<QString, QString>& env = {});
    /// Edits a pod's JSON (status, spec) in place.
    void editPod(const QString& name, const std::function<void(QJsonObject& pod)>& edit);
    /// What a container restart does: every process in the pod is killed, its restart count goes up by one and
    /// it runs again from now.
    void restartPod(const QString& name);

    /// The argv of every kubectl call so far, in order.
    QList<QStringList> calls() const;
    /// Processes still running in any pod (started by `exec`), and stand-in kubectl processes still running.
    QList<qint64> processesInPods() const;
    QList<qint64> kubectlProcesses() const;
    /// "pid: command line" for each, for a failure message.
    static QString describe(const QList<qint64>& pids);

private:
    void write() const;
    QList<qint64> processesWith(const QByteArray& marker) const;

    QTemporaryDir m_dir;
    QList<QJsonObject> m_pods;
};

} // namespace inferdeck::testing
