#include "metrics/resultsummary.h"

namespace inferdeck {

ResultSummary summarizeResult(const BenchmarkResult& result)
{
    ResultSummary out;
    const Slo& slo = result.plan.slo;
    const double maxLateness = result.plan.maxLatenessP99S;
    for (const Phase& p : result.phases) {
        out.phases.append(summarizePhase(p, slo, maxLateness));
        QList<PhaseSummary> nodes;
        for (int k = 0; k < p.nodes.size(); ++k)
            nodes.append(summarizePhase(p, slo, maxLateness, k));
        out.perNode.append(nodes);
    }
    out.scaling = analyzeScaling(result);
    return out;
}

} // namespace inferdeck
