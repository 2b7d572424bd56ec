#include "run/scheduler.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "io/jsonfields.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

using namespace jsonio;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

// Options InferDeck sets on the holding job itself: given again they would change what it relies on
// (one task per node, a job it can find and cancel, output nowhere)
bool setByInferDeck(const QString& option)
{
    static const QStringList own = { u"-N"_s,      u"--nodes"_s,  u"-J"_s,      u"--job-name"_s, u"--wrap"_s,   u"--parsable"_s,
                                     u"-o"_s,      u"--output"_s, u"-e"_s,      u"--error"_s,    u"-a"_s,       u"--array"_s,
                                     u"-n"_s,      u"--ntasks"_s, u"-p"_s,      u"--partition"_s, u"-A"_s,      u"--account"_s,
                                     u"-q"_s,      u"--qos"_s,    u"-t"_s,      u"--time"_s,     u"--gpus-per-node"_s, u"-W"_s,
                                     u"--wait"_s,  u"-H"_s,       u"--hold"_s,   u"--ntasks-per-node"_s };
    const QString name = option.section(u'=', 0, 0);
    return own.contains(name) || (option.size() > 2 && option[1] != u'-' && own.contains(option.left(2)));
}

QString word(const json& s, const char* key, const QString& path, const QRegularExpression& shape, const QString& expected)
{
    const QString value = optionalPlainString(s, key, path);
    if (!value.isEmpty() && !shape.match(value).hasMatch())
        fail(childPath(path, key), Tr::tr("expected %1, found \"%2\"").arg(expected, value));
    return value;
}

// A misspelt key ("partiton", "namspace") would silently fall back to a default: refuse it, listing the keys
void refuseUnknownKeys(const json& value, const QString& path, const QStringList& known, const QString& scheduler)
{
    for (auto it = value.begin(); it != value.end(); ++it)
        if (!known.contains(QString::fromStdString(it.key())))
            //: %1 the scheduler (Slurm, Kubernetes), %2 its keys
            fail(childPath(path, it.key().c_str()), Tr::tr("unknown key; a %1 scheduler takes %2").arg(scheduler, known.join(u", "_s)));
}

// "local" or an ssh destination: a leading '-' would reach ssh as an option
QString hostSetting(const json& value, const char* key, const QString& path)
{
    const QString host = optionalPlainString(value, key, path);
    if (host.startsWith(u'-') || host.contains(u' '))
        fail(childPath(path, key), Tr::tr("expected \"local\" or an ssh destination, found \"%1\"").arg(host));
    return host.isEmpty() ? u"local"_s : host;
}

SlurmSettings readSlurm(const json& value, const QString& path)
{
    refuseUnknownKeys(value, path, { u"kind"_s, u"submit_host"_s, u"partition"_s, u"account"_s, u"qos"_s, u"time_limit"_s,
                                     u"gpus_per_node"_s, u"sbatch_options"_s, u"job_id"_s },
                      u"Slurm"_s);
    SlurmSettings s;
    s.submitHost = hostSetting(value, "submit_host", path);
    static const QRegularExpression name(u"^[A-Za-z0-9_.,+-]{1,128}$"_s);
    s.partition = word(value, "partition", path, name, Tr::tr("a partition name (or a comma-separated list)"));
    s.account = word(value, "account", path, name, Tr::tr("an account name"));
    s.qos = word(value, "qos", path, name, Tr::tr("a QoS name"));
    if (value.contains("time_limit") && value["time_limit"].is_number_integer()) {
        s.timeLimit = QString::number(integer(value, "time_limit", path, 1, 525600)); // minutes, as sbatch reads a number
    } else {
        static const QRegularExpression time(u"^(\\d{1,4}-\\d{1,2}(:\\d{1,2}){0,2}|\\d{1,6}(:\\d{1,2}){0,2}|UNLIMITED|INFINITE)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        s.timeLimit = word(value, "time_limit", path, time,
                           Tr::tr("a Slurm time limit: minutes, minutes:seconds, hours:minutes:seconds, days-hours, "
                                  "days-hours:minutes or days-hours:minutes:seconds"));
    }
    s.gpusPerNode = static_cast<int>(optionalInteger(value, "gpus_per_node", path, 0, 1024).value_or(0));
    if (value.contains("sbatch_options") && !value["sbatch_options"].is_null()) {
        const json& options = array(value, "sbatch_options", path);
        for (std::size_t i = 0; i < options.size(); ++i) {
            const QString at = indexPath(childPath(path, "sbatch_options"), i);
            const QString option = stringValue(options[i], at);
            if (const QString bad = controlCharacterProblem(option); !bad.isEmpty())
                fail(at, bad);
            if (!option.startsWith(u'-') || option.contains(u' '))
                fail(at, Tr::tr("expected one sbatch option per string, starting with '-' (\"--constraint=h100\"), found \"%1\"")
                             .arg(option));
            if (setByInferDeck(option))
                fail(at, Tr::tr("%1 is set by InferDeck or by a key of its own (partition, account, qos, time_limit, "
                                "gpus_per_node; the node count is the cluster file's nodes)")
                             .arg(option.section(u'=', 0, 0)));
            s.sbatchOptions.append(option);
        }
    }
    if (value.contains("job_id") && value["job_id"].is_number_integer())
        s.jobId = QString::number(integer(value, "job_id", path, 1, std::numeric_limits<std::int64_t>::max()));
    else
        s.jobId = word(value, "job_id", path, QRegularExpression(u"^[0-9]{1,19}$"_s), Tr::tr("a job id such as 4242"));
    if (!s.jobId.isEmpty()) {
        for (const char* key : { "partition", "account", "qos", "time_limit", "gpus_per_node", "sbatch_options" })
            if (value.contains(key) && !value[key].is_null())
                fail(childPath(path, key), Tr::tr("applies to a job InferDeck submits, not to the existing job %1").arg(s.jobId));
    }
    return s;
}

KubernetesSettings readKubernetes(const json& value, const QString& path)
{
    refuseUnknownKeys(value, path, { u"kind"_s, u"kubectl_host"_s, u"context"_s, u"namespace"_s, u"selector"_s, u"pods"_s,
                                     u"container"_s, u"endpoint"_s },
                      u"Kubernetes"_s);
    KubernetesSettings k;
    k.kubectlHost = hostSetting(value, "kubectl_host", path);
    // names as the API server validates them (RFC 1123 labels and subdomains): anything else would only
    // fail later, inside kubectl
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
    static const QRegularExpression subdomain(u"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"_s);
    k.context = optionalPlainString(value, "context", path);
    if (k.context.startsWith(u'-') || k.context.contains(u' '))
        fail(childPath(path, "context"), Tr::tr("expected a kubeconfig context name, found \"%1\"").arg(k.context));
    k.nameSpace = word(value, "namespace", path, label, Tr::tr("a namespace name (lower-case letters, digits and '-')"));
    k.container = word(value, "container", path, label, Tr::tr("a container name (lower-case letters, digits and '-')"));
    // a selector is one kubectl word: keys, values, =, ==, !=, in (...), notin (...), !key, joined by commas
    static const QRegularExpression selector(u"^[A-Za-z0-9!(][A-Za-z0-9._/=!,() -]{0,1023}$"_s);
    k.selector = word(value, "selector", path, selector, Tr::tr("a label selector such as app=vllm,tier!=canary"));
    if (value.contains("pods") && !value["pods"].is_null()) {
        const json& pods = array(value, "pods", path);
        for (std::size_t i = 0; i < pods.size(); ++i) {
            const QString at = indexPath(childPath(path, "pods"), i);
            const QString pod = stringValue(pods[i], at);
            if (!subdomain.match(pod).hasMatch())
                fail(at, Tr::tr("expected a pod name (lower-case letters, digits, '-' and '.'), found \"%1\"").arg(printable(pod)));
            if (k.pods.contains(pod))
                fail(at, Tr::tr("the pod %1 is named twice").arg(pod));
            k.pods.append(pod);
        }
        if (k.pods.isEmpty())
            fail(childPath(path, "pods"), Tr::tr("expected at least one pod name"));
    }
    if (k.selector.isEmpty() == k.pods.isEmpty())
        fail(path, k.pods.isEmpty() ? Tr::tr("name the pods: a label \"selector\" or a list of \"pods\"")
                                    : Tr::tr("give either a label \"selector\" or a list of \"pods\", not both"));
    const QString endpoint = optionalPlainString(value, "endpoint", path);
    static const QRegularExpression endpointOk(u"^https?://[A-Za-z0-9.\\-\\[\\]:_]+(/.*)?$"_s);
    if (!endpoint.isEmpty() && !endpointOk.match(endpoint).hasMatch())
        fail(childPath(path, "endpoint"), Tr::tr("expected http://host:port or https://host:port, found \"%1\"").arg(endpoint));
    if (!endpoint.isEmpty())
        k.endpoint = endpoint;
    return k;
}
} // namespace

SchedulerSpec readScheduler(const json& value, const QString& path)
{
    expectObject(value, path);
    SchedulerSpec spec;
    const QString kind = plainString(value, "kind", path);
    if (kind == u"slurm"_s) {
        spec.kind = SchedulerSpec::Kind::Slurm;
        spec.slurm = readSlurm(value, path);
    } else if (kind == u"kubernetes"_s) {
        spec.kind = SchedulerSpec::Kind::Kubernetes;
        spec.kubernetes = readKubernetes(value, path);
    } else {
        fail(childPath(path, "kind"), Tr::tr("expected \"slurm\" or \"kubernetes\", found \"%1\"").arg(kind));
    }
    return spec;
}

json writeScheduler(const SchedulerSpec& spec)
{
    if (spec.kind == SchedulerSpec::Kind::Kubernetes) {
        const KubernetesSettings& k = spec.kubernetes;
        json j = { { "kind", "kubernetes" }, { "kubectl_host", k.kubectlHost.toStdString() }, { "endpoint", k.endpoint.toStdString() } };
        const std::pair<const QString&, const char*> words[] = {
            { k.context, "context" }, { k.nameSpace, "namespace" }, { k.selector, "selector" }, { k.container, "container" }
        };
        for (const auto& [text, key] : words)
            if (!text.isEmpty())
                j[key] = text.toStdString();
        if (!k.pods.isEmpty()) {
            json pods = json::array();
            for (const QString& p : k.pods)
                pods.push_back(p.toStdString());
            j["pods"] = pods;
        }
        return j;
    }
    const SlurmSettings& s = spec.slurm;
    json j = { { "kind", "slurm" }, { "submit_host", s.submitHost.toStdString() } };
    const std::pair<const QString&, const char*> words[] = {
        { s.partition, "partition" }, { s.account, "account" }, { s.qos, "qos" }, { s.timeLimit, "time_limit" }, { s.jobId, "job_id" }
    };
    for (const auto& [text, key] : words)
        if (!text.isEmpty())
            j[key] = text.toStdString();
    if (s.gpusPerNode > 0)
        j["gpus_per_node"] = s.gpusPerNode;
    if (!s.sbatchOptions.isEmpty()) {
        json options = json::array();
        for (const QString& o : s.sbatchOptions)
            options.push_back(o.toStdString());
        j["sbatch_options"] = options;
    }
    return j;
}

} // namespace inferdeck
