#include "run/scheduler.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "io/jsonfields.h"

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
                                     u"--wait"_s,  u"-H"_s,       u"--hold"_s };
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
} // namespace

SchedulerSpec readScheduler(const json& value, const QString& path)
{
    expectObject(value, path);
    SchedulerSpec spec;
    const QString kind = plainString(value, "kind", path);
    if (kind == u"kubernetes"_s)
        fail(childPath(path, "kind"), Tr::tr("this InferDeck runs on Slurm but not yet on Kubernetes"));
    if (kind != u"slurm"_s)
        fail(childPath(path, "kind"), Tr::tr("expected \"slurm\", found \"%1\"").arg(kind));
    spec.kind = SchedulerSpec::Kind::Slurm;
    // a misspelt key ("partiton") would silently submit to the default partition: refuse it
    static const QSet<QString> known = { u"kind"_s, u"submit_host"_s, u"partition"_s, u"account"_s, u"qos"_s, u"time_limit"_s,
                                         u"gpus_per_node"_s, u"sbatch_options"_s, u"job_id"_s };
    for (auto it = value.begin(); it != value.end(); ++it)
        if (!known.contains(QString::fromStdString(it.key())))
            fail(childPath(path, it.key().c_str()), Tr::tr("unknown key; a Slurm scheduler takes %1")
                                                        .arg(QStringList(known.begin(), known.end()).join(u", "_s)));
    SlurmSettings& s = spec.slurm;
    const QString submit = optionalPlainString(value, "submit_host", path);
    if (!submit.isEmpty())
        s.submitHost = submit;
    if (s.submitHost.startsWith(u'-') || s.submitHost.contains(u' '))
        fail(childPath(path, "submit_host"), Tr::tr("expected \"local\" or an ssh destination, found \"%1\"").arg(s.submitHost));
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
    return spec;
}

json writeScheduler(const SchedulerSpec& spec)
{
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
