// Where a run's nodes ran, from the scheduler fields of their inventories (a Slurm job's nodes, Kubernetes pods),
// for the inventory table and the reproducibility appendix.
#include <QCoreApplication>

#include "format/units.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

// Where the node ran: a Slurm node with its job and partition (from the result's Slurm fields, so it reads in
// the report's language), else the destination the run used; with the name the machine gave itself
QString nodeHostText(const NodeInventory& n)
{
    const SlurmPlacement& sl = n.slurm;
    //: %1 a Slurm node, %2 the job id, %3 the partition
    const QString where = sl.isEmpty() ? n.host
        : sl.partition.isEmpty()       ? Tr::tr("%1 (Slurm job %2)").arg(sl.node, sl.jobId)
                                       : Tr::tr("%1 (Slurm job %2, partition %3)").arg(sl.node, sl.jobId, sl.partition);
    return n.hostname.isEmpty() ? where : u"%1 (%2)"_s.arg(where, n.hostname);
}

// The Slurm allocation the nodes ran in, from their inventories: "job 4242, partition gpu, account proj-42, QoS
// normal, nodes gpu1, gpu2"; empty for nodes reached otherwise.
QString slurmAllocationText(const BenchmarkResult& r)
{
    QStringList jobs, partitions, accounts, qos, nodes;
    const auto once = [](QStringList& list, const QString& v) {
        if (!v.isEmpty() && !list.contains(v))
            list << v;
    };
    for (const NodeInventory& n : r.nodes) {
        if (n.slurm.isEmpty())
            continue;
        once(jobs, n.slurm.jobId);
        once(partitions, n.slurm.partition);
        once(accounts, n.slurm.account);
        once(qos, n.slurm.qos);
        nodes << n.slurm.node;
    }
    if (nodes.isEmpty())
        return {};
    //: Slurm job ids
    QStringList parts { Tr::tr("job %1").arg(jobs.join(u", "_s)) };
    if (!partitions.isEmpty())
        parts << Tr::tr("partition %1").arg(partitions.join(u", "_s));
    if (!accounts.isEmpty())
        //: the Slurm account the job was charged to
        parts << Tr::tr("account %1").arg(accounts.join(u", "_s));
    if (!qos.isEmpty())
        //: the Slurm quality of service
        parts << Tr::tr("QoS %1").arg(qos.join(u", "_s));
    //: Slurm node names
    parts << Tr::tr("nodes %1").arg(nodes.join(u", "_s));
    return parts.join(u", "_s);
}

// The Kubernetes pods the nodes ran in, from their inventories: "context prod, namespace llm: vllm-0
// (vllm/vllm-openai:v0.6.3, restarts 0), ..."; empty for nodes reached otherwise.
QString kubernetesPodsText(const BenchmarkResult& r)
{
    QStringList places, pods;
    for (const NodeInventory& n : r.nodes) {
        const KubernetesPlacement& k = n.kubernetes;
        if (k.isEmpty())
            continue;
        //: %1 a kubeconfig context, %2 a namespace
        const QString place = Tr::tr("context %1, namespace %2").arg(k.context, k.nameSpace);
        if (!places.contains(place))
            places << place;
        //: %1 a pod, %2 its container image, %3 the container's restart count when the run started
        pods << Tr::tr("%1 (%2, restarts %3)").arg(k.pod, k.image.isEmpty() ? Units::notMeasured() : k.image).arg(k.restarts);
    }
    return pods.isEmpty() ? QString() : u"%1: %2"_s.arg(places.join(u"; "_s), pods.join(u", "_s));
}

} // namespace inferdeck::reportsections
