#include "run/democluster.h"

#include "util/ports.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

DemoSetup demoSetup()
{
    DemoSetup d;
    d.cluster.name = u"Demo cluster (simulated)"_s;
    int seed = 1;
    for (const QString& name : { u"sim-a"_s, u"sim-b"_s }) {
        ClusterNode n;
        n.name = name;
        n.kind = ClusterNode::Kind::Local;
        n.endpoint = u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort());
        n.launch.command = u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model} "
                           "--ground-truth {run_dir}/ground-truth/{node}.jsonl --seed %1"_s.arg(seed++);
        n.launch.readyTimeoutS = 30.0;
        d.cluster.nodes.append(n);
    }
    d.plan = demoPlan();
    return d;
}

RunPlan demoPlan()
{
    RunPlan p;
    p.name = u"Llama-3.1-8B-Instruct summarization, 1 → 2 nodes (demo)"_s;
    p.model = u"meta-llama/Llama-3.1-8B-Instruct"_s;
    p.workload.dataset = u"summarization"_s;
    // the shape the agent's summarization set draws (MLPerf llama3.1-8b CNN/DailyMail), stated in the plan
    p.workload.input = { LengthDistribution::Kind::LogNormal, 800.0, 250.0, 100, 2000 };
    p.workload.output = { LengthDistribution::Kind::LogNormal, 90.0, 30.0, 8, 128 };
    // closed loop: each node's throughput is what its engine delivers, so the efficiency compares
    // capacity. An open-loop rate the nodes keep up with would only echo the arrival draws, whose chance
    // differences over 6 s phases (±17 %) once showed here as "super-linear" scaling.
    p.load.mode = LoadSpec::Mode::Concurrency;
    p.load.value = 8.0; // per node: a busy but unsaturated batch for one simulated H100
    p.warmupRequests = 5;
    // duration-limited: every phase ends on time, no straggler tail decides its length. Six phase
    // repetitions of 6 s keep the demo at about a minute; a simulated H100 prefills ~25 of these prompts a
    // second at most, so neither the rubric's 60 s phases nor its 200 requests per phase fit in a minute
    // without saturating the engine. The report states that first instead (isDemoPlan).
    p.durationS = 6.0;
    p.repetitions = 3;
    p.scaling = true;
    p.slo.ttft = 0.5;
    p.slo.tpot = 0.05;
    return p;
}

bool isDemoPlan(const RunPlan& plan)
{
    return plan == demoPlan();
}

} // namespace inferdeck
