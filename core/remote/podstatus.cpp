#include "remote/podstatus.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "io/jsonfields.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PodStatus)
};

QString text(const json& parent, const char* key)
{
    const auto it = parent.find(key);
    return it != parent.end() && it->is_string() ? printable(QString::fromStdString(it->get<std::string>())) : QString();
}

const json& child(const json& parent, const char* key)
{
    static const json empty = json::object();
    const auto it = parent.find(key);
    return it != parent.end() && it->is_object() ? *it : empty;
}

const json& list(const json& parent, const char* key)
{
    static const json empty = json::array();
    const auto it = parent.find(key);
    return it != parent.end() && it->is_array() ? *it : empty;
}

PodStatus readPod(const json& pod, const QString& wanted, const QString& where)
{
    if (!pod.is_object() || text(pod, "kind") != u"Pod"_s)
        throw jsonio::FieldError{ where, Tr::tr("expected a Pod, found %1").arg(jsonio::describeType(pod)) };
    const json& meta = child(pod, "metadata");
    const json& spec = child(pod, "spec");
    const json& status = child(pod, "status");
    PodStatus p;
    p.name = text(meta, "name");
    if (p.name.isEmpty())
        throw jsonio::FieldError{ where, Tr::tr("a pod without metadata.name") };
    p.nameSpace = text(meta, "namespace");
    p.uid = text(meta, "uid");
    p.phase = text(status, "phase");
    p.podIp = text(status, "podIP");
    p.nodeName = text(spec, "nodeName");
    // kubectl exec's choice when no container is named: the annotated default, else the first
    p.container = wanted;
    if (p.container.isEmpty())
        p.container = text(child(meta, "annotations"), "kubectl.kubernetes.io/default-container");
    const json& containers = list(spec, "containers");
    if (p.container.isEmpty() && !containers.empty() && containers[0].is_object())
        p.container = text(containers[0], "name");
    bool declared = false;
    for (const json& c : containers)
        if (c.is_object() && text(c, "name") == p.container) {
            declared = true;
            p.image = text(c, "image");
        }
    if (!declared)
        p.container = wanted.isEmpty() ? p.container : wanted; // podProblem() names it as missing
    for (const json& c : list(status, "containerStatuses")) {
        if (!c.is_object() || text(c, "name") != p.container)
            continue;
        const auto ready = c.find("ready");
        p.ready = ready != c.end() && ready->is_boolean() && ready->get<bool>();
        const auto restarts = c.find("restartCount");
        p.restarts = restarts != c.end() && restarts->is_number_integer() ? restarts->get<int>() : 0;
        p.imageId = text(c, "imageID");
        if (p.image.isEmpty())
            p.image = text(c, "image");
        const json& state = child(c, "state");
        if (state.contains("running")) {
            p.running = true;
            p.startedAt = text(child(state, "running"), "startedAt");
        }
        p.waitingReason = text(child(state, "waiting"), "reason");
    }
    if (!declared)
        p.image.clear();
    return p;
}
} // namespace

Result<QList<PodStatus>> parsePods(const QByteArray& output, const QString& container, const QString& where)
{
    try {
        const json doc = jsonio::parseJsonText(output);
        QList<PodStatus> pods;
        if (doc.is_object() && text(doc, "kind") == u"List"_s) {
            const json& items = list(doc, "items");
            for (std::size_t i = 0; i < items.size(); ++i)
                pods.append(readPod(items[i], container, jsonio::indexPath(u"items"_s, i)));
        } else {
            pods.append(readPod(doc, container, QString()));
        }
        return pods;
    } catch (const jsonio::FieldError& e) {
        return Error{ Tr::tr("kubectl's pod list is not readable: %1").arg(e.path.isEmpty() ? e.message : e.path + u": "_s + e.message), where };
    }
}

QString podProblem(const PodStatus& pod)
{
    if (pod.phase != u"Running"_s)
        //: %1 a pod, %2 its phase (Pending, Failed)
        return Tr::tr("pod %1 is %2, not Running").arg(pod.name, pod.phase.isEmpty() ? Tr::tr("without a phase") : pod.phase);
    if (pod.image.isEmpty() && !pod.running)
        return Tr::tr("pod %1 has no container %2").arg(pod.name, pod.container);
    if (!pod.running)
        return Tr::tr("the container %1 of pod %2 is not running (%3)")
            .arg(pod.container, pod.name, pod.waitingReason.isEmpty() ? Tr::tr("no reason given") : pod.waitingReason);
    if (!pod.ready)
        return Tr::tr("the container %1 of pod %2 is not ready (restarts: %3)").arg(pod.container, pod.name).arg(pod.restarts);
    return {};
}

QString podChange(const PodStatus& then, const PodStatus& now)
{
    if (!then.uid.isEmpty() && !now.uid.isEmpty() && then.uid != now.uid)
        return Tr::tr("pod %1 was replaced by a new pod of the same name during the run").arg(then.name);
    if (now.restarts != then.restarts || (!now.startedAt.isEmpty() && now.startedAt != then.startedAt))
        //: %3 and %4 restart counts, %5 an RFC 3339 time
        return Tr::tr("pod %1 restarted during the run: container %2 restart count %3 → %4, running again since %5")
            .arg(then.name, then.container)
            .arg(then.restarts)
            .arg(now.restarts)
            .arg(now.startedAt.isEmpty() ? Tr::tr("(not yet)") : now.startedAt);
    if (now.phase != u"Running"_s)
        return Tr::tr("pod %1 left the Running phase during the run: %2").arg(then.name, now.phase);
    if (!now.running)
        return Tr::tr("the container %1 of pod %2 stopped during the run (%3)")
            .arg(then.container, then.name, now.waitingReason.isEmpty() ? Tr::tr("no reason given") : now.waitingReason);
    return {};
}

} // namespace inferdeck
