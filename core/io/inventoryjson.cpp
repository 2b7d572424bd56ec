#include "io/jsonfields.h"
#include "io/modeljson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::jsonio {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

std::string s(const QString& v)
{
    return v.toStdString();
}

// As the other names from outside (a pod, an image): control characters are refused here and markup is
// escaped by each report format; a job id is what sbatch --parsable prints, digits
SlurmPlacement slurmFromJson(const json& v, const QString& path)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    SlurmPlacement p;
    p.jobId = plainString(v, "job_id", path);
    if (!digits.match(p.jobId).hasMatch())
        fail(childPath(path, "job_id"), Tr::tr("expected a Slurm job id such as 4242, found \"%1\"").arg(p.jobId.left(40)));
    p.node = plainString(v, "node", path);
    if (p.node.isEmpty())
        fail(childPath(path, "node"), Tr::tr("expected the Slurm node's name"));
    p.partition = optionalPlainString(v, "partition", path);
    p.account = optionalPlainString(v, "account", path);
    p.qos = optionalPlainString(v, "qos", path);
    return p;
}
} // namespace

nlohmann::json toJson(const NodeInventory& node)
{
    json gpus = json::array();
    for (const GpuInfo& g : node.gpus)
        gpus.push_back({ { "index", g.index }, { "name", s(g.name) }, { "memory_mib", orNull(g.memoryMiB) },
                         { "power_limit_w", orNull(g.powerLimitW) } });
    json engines = json::array();
    for (const EngineInfo& e : node.engines) {
        json engine = { { "name", s(e.name) }, { "version", s(e.version) } };
        if (!e.source.isEmpty())
            engine["source"] = s(e.source);
        engines.push_back(engine);
    }
    json out = { { "name", s(node.name) },
             { "host", s(node.host) },
             { "hostname", s(node.hostname) },
             { "os", s(node.os) },
             { "python", s(node.python) },
             { "cpu_count", node.cpuCount ? json(*node.cpuCount) : json(nullptr) },
             { "memory_mib", orNull(node.memoryMiB) },
             { "driver", s(node.driver) },
             { "cuda", s(node.cuda) },
             { "gpus", gpus },
             { "engines", engines },
             { "gpu_note", s(node.gpuNote) } };
    // absent rather than empty, so files of runs that knew nothing of them stay as they were
    if (!node.tls.isEmpty())
        out["tls"] = s(node.tls);
    if (node.apiKey)
        out["api_key"] = true;
    if (const KubernetesPlacement& k = node.kubernetes; !k.isEmpty())
        out["kubernetes"] = { { "context", s(k.context) }, { "namespace", s(k.nameSpace) }, { "pod", s(k.pod) },
                              { "container", s(k.container) }, { "image", s(k.image) }, { "image_id", s(k.imageId) },
                              { "node", s(k.nodeName) }, { "restarts", k.restarts } };
    if (const SlurmPlacement& sl = node.slurm; !sl.isEmpty()) {
        json slurm = { { "job_id", s(sl.jobId) }, { "node", s(sl.node) } };
        for (const auto& [key, value] : { std::pair { "partition", &sl.partition }, { "account", &sl.account }, { "qos", &sl.qos } })
            if (!value->isEmpty())
                slurm[key] = s(*value);
        out["slurm"] = slurm;
    }
    return out;
}

NodeInventory nodeFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    NodeInventory n;
    n.name = plainString(v, "name", path); // a column of `records` and a line of every report
    if (n.name.isEmpty())
        fail(childPath(path, "name"), Tr::tr("expected a non-empty node name"));
    n.host = optionalString(v, "host", path);
    n.hostname = optionalString(v, "hostname", path);
    n.os = optionalString(v, "os", path);
    n.python = optionalString(v, "python", path);
    if (auto c = optionalInteger(v, "cpu_count", path, 0, 1 << 20))
        n.cpuCount = static_cast<int>(*c);
    n.memoryMiB = optionalNumber(v, "memory_mib", path, 0, 1e12);
    n.driver = optionalString(v, "driver", path);
    n.cuda = optionalString(v, "cuda", path);
    n.gpuNote = optionalString(v, "gpu_note", path);
    if (v.contains("gpus")) {
        const QString gp = childPath(path, "gpus");
        const json& gpus = array(v, "gpus", path);
        for (std::size_t i = 0; i < gpus.size(); ++i) {
            const QString p = indexPath(gp, i);
            expectObject(gpus[i], p);
            GpuInfo g;
            g.index = static_cast<int>(integer(gpus[i], "index", p, 0, 65535));
            g.name = string(gpus[i], "name", p);
            g.memoryMiB = optionalNumber(gpus[i], "memory_mib", p, 0, 1e9);
            g.powerLimitW = optionalNumber(gpus[i], "power_limit_w", p, 0, 1e6);
            n.gpus.append(g);
        }
    }
    if (v.contains("engines")) {
        const QString ep = childPath(path, "engines");
        const json& engines = array(v, "engines", path);
        for (std::size_t i = 0; i < engines.size(); ++i) {
            const QString p = indexPath(ep, i);
            expectObject(engines[i], p);
            EngineInfo e;
            e.name = string(engines[i], "name", p);
            e.version = optionalString(engines[i], "version", p);
            e.source = optionalString(engines[i], "source", p);
            if (!e.source.isEmpty() && e.source != u"endpoint" && e.source != u"binary")
                fail(childPath(p, "source"), Tr::tr("expected endpoint or binary, found \"%1\"").arg(e.source));
            n.engines.append(e);
        }
    }
    n.tls = optionalString(v, "tls", path);
    if (!n.tls.isEmpty() && n.tls != u"none" && n.tls != u"system" && n.tls != u"ca_file" && n.tls != u"insecure")
        fail(childPath(path, "tls"), Tr::tr("expected none, system, ca_file or insecure, found \"%1\"").arg(n.tls));
    n.apiKey = optionalBoolean(v, "api_key", path, false);
    if (v.contains("kubernetes") && !v["kubernetes"].is_null()) {
        const QString kp = childPath(path, "kubernetes");
        const json& k = object(v, "kubernetes", path);
        n.kubernetes.pod = plainString(k, "pod", kp);
        if (n.kubernetes.pod.isEmpty())
            fail(childPath(kp, "pod"), Tr::tr("expected the pod's name"));
        n.kubernetes.context = optionalPlainString(k, "context", kp);
        n.kubernetes.nameSpace = optionalPlainString(k, "namespace", kp);
        n.kubernetes.container = optionalPlainString(k, "container", kp);
        n.kubernetes.image = optionalPlainString(k, "image", kp);
        n.kubernetes.imageId = optionalPlainString(k, "image_id", kp);
        n.kubernetes.nodeName = optionalPlainString(k, "node", kp);
        n.kubernetes.restarts = static_cast<int>(optionalInteger(k, "restarts", kp, 0, 1 << 30).value_or(0));
    }
    if (v.contains("slurm") && !v["slurm"].is_null())
        n.slurm = slurmFromJson(object(v, "slurm", path), childPath(path, "slurm"));
    return n;
}

nlohmann::json toJson(const Provenance& p)
{
    return { { "app_version", s(p.appVersion) },   { "agent_version", s(p.agentVersion) },
             { "tool", s(p.tool) },                { "tool_version", s(p.toolVersion) },
             { "created_unix", p.createdUnix },    { "started_unix", p.startedUnix },
             { "finished_unix", p.finishedUnix } };
}

Provenance provenanceFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    constexpr double kMaxUnix = 1e11; // year ~5000: a larger value is milliseconds or garbage
    Provenance p;
    p.appVersion = optionalString(v, "app_version", path);
    p.agentVersion = optionalString(v, "agent_version", path);
    p.tool = string(v, "tool", path);
    p.toolVersion = optionalString(v, "tool_version", path);
    p.createdUnix = number(v, "created_unix", path, 0, kMaxUnix);
    p.startedUnix = optionalNumber(v, "started_unix", path, 0, kMaxUnix).value_or(0.0);
    p.finishedUnix = optionalNumber(v, "finished_unix", path, 0, kMaxUnix).value_or(0.0);
    if (p.startedUnix > 0 && p.finishedUnix > 0 && p.finishedUnix < p.startedUnix)
        fail(childPath(path, "finished_unix"), Tr::tr("the run finishes %1 s before it started").arg(p.startedUnix - p.finishedUnix, 0, 'g', 6));
    return p;
}

} // namespace inferdeck::jsonio
