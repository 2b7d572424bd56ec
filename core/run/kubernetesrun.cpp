#include "run/kubernetesrun.h"

#include <QCoreApplication>

#include "remote/kubernetespods.h"
#include "remote/kubernetestransport.h"
#include "remote/localtransport.h"
#include "remote/sshconfig.h"
#include "remote/sshtransport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(KubernetesRun)
};
} // namespace

Result<std::unique_ptr<KubernetesPods>> makeKubernetesPods(const Cluster& cluster, const SshConfig& config, SshPrompter* prompter)
{
    const KubernetesSettings& k = cluster.scheduler.kubernetes;
    std::unique_ptr<Transport> host;
    if (k.kubectlLocal()) {
        auto local = std::make_unique<LocalTransport>(u"kubectl"_s);
        // kubectl exec hands nothing of its environment to the pod, but it need not see the key either
        QStringList keyVariables;
        for (const ClusterNode& c : cluster.nodes)
            if (!c.access.apiKeyEnv.isEmpty())
                keyVariables << c.access.apiKeyEnv;
        local->hideEnvironment(keyVariables);
        host = std::move(local);
    } else {
        const auto resolved = config.resolve(k.kubectlHost);
        if (!resolved)
            return Error{ Tr::tr("scheduler.kubectl_host: %1").arg(resolved.error().message), resolved.error().where };
        host = std::make_unique<SshTransport>(resolved.value(), prompter);
    }
    return std::make_unique<KubernetesPods>(k, static_cast<int>(cluster.nodes.size()), std::move(host));
}

std::unique_ptr<Transport> kubernetesNodeTransport(const Cluster& cluster, const ClusterNode& node, KubernetesPods* pods)
{
    int index = 0;
    while (index < cluster.nodes.size() && cluster.nodes[index].name != node.name)
        ++index;
    return std::make_unique<KubernetesExecTransport>(node.name, index, pods);
}

} // namespace inferdeck
