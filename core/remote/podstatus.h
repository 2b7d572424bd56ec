#pragma once
// What `kubectl get pods -o json` says about the pods a run uses.
#include <QList>
#include <QString>

#include "util/result.h"

namespace inferdeck {

/// One pod and the container a run uses in it, as the API server describes them (core/v1 Pod: metadata,
/// spec.containers[], status.phase, status.podIP, status.containerStatuses[]).
struct PodStatus {
    QString name;
    QString nameSpace;
    QString uid;       // metadata.uid: a pod deleted and made again under the same name has a new one
    QString phase;     // Pending, Running, Succeeded, Failed, Unknown
    QString podIp;
    QString nodeName;  // the Kubernetes node it was scheduled on
    QString container; // the container the agent runs in
    QString image;     // that container's image as the spec names it
    QString imageId;   // and as the runtime resolved it (a digest), when known
    bool running = false;  // the container's state is `running`
    bool ready = false;    // it passes its readiness probe
    int restarts = 0;      // restartCount
    QString startedAt;     // state.running.startedAt (RFC 3339): changes when the container restarts
    QString waitingReason; // state.waiting.reason (CrashLoopBackOff, ImagePullBackOff), when waiting
    friend bool operator==(const PodStatus&, const PodStatus&) = default;
};

/// Reads kubectl's JSON output: a List of pods (a selector, several names) or one Pod (one name). The
/// container is `container`, else the pod's default (the kubectl.kubernetes.io/default-container annotation,
/// else its first container, as kubectl exec picks it). Garbled or unexpected JSON is an Error at `where`.
Result<QList<PodStatus>> parsePods(const QByteArray& json, const QString& container, const QString& where);

/// Why `pod` cannot take a run now (not Running, its container not running or not ready, or missing), or empty.
QString podProblem(const PodStatus& pod);

/// Why `now` is no longer the pod a run started on (`then`): replaced, restarted, no longer Running; or empty.
QString podChange(const PodStatus& then, const PodStatus& now);

} // namespace inferdeck
