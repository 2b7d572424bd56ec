#include "run/slurmrun.h"

#include <QCoreApplication>

#include "remote/localtransport.h"
#include "remote/slurmjob.h"
#include "remote/slurmtransport.h"
#include "remote/sshconfig.h"
#include "remote/sshtransport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmRun)
};
} // namespace

Result<std::unique_ptr<SlurmJob>> makeSlurmJob(const Cluster& cluster, const SshConfig& config, SshPrompter* prompter)
{
    const SlurmSettings& slurm = cluster.scheduler.slurm;
    std::unique_ptr<Transport> submit;
    if (slurm.submitLocal()) {
        auto local = std::make_unique<LocalTransport>(u"slurm-submit"_s);
        // srun hands its environment to the steps: an API key read from this machine's environment must
        // not travel that way (it goes on the agent's stdin)
        QStringList keyVariables;
        for (const ClusterNode& c : cluster.nodes)
            if (!c.access.apiKeyEnv.isEmpty())
                keyVariables << c.access.apiKeyEnv;
        local->hideEnvironment(keyVariables);
        submit = std::move(local);
    } else {
        const auto host = config.resolve(slurm.submitHost);
        if (!host)
            return Error{ Tr::tr("scheduler.submit_host: %1").arg(host.error().message), host.error().where };
        submit = std::make_unique<SshTransport>(host.value(), prompter);
    }
    return std::make_unique<SlurmJob>(slurm, static_cast<int>(cluster.nodes.size()), u"inferdeck-run"_s, std::move(submit));
}

std::unique_ptr<Transport> slurmNodeTransport(const Cluster& cluster, const ClusterNode& node, SlurmJob* job)
{
    int index = 0;
    while (index < cluster.nodes.size() && cluster.nodes[index].name != node.name)
        ++index;
    return std::make_unique<SlurmStepTransport>(node.name, index, job);
}

} // namespace inferdeck
