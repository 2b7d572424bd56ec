#pragma once
#include <QList>

#include "metrics/capacity.h"
#include "metrics/phasesummary.h"
#include "metrics/scaling.h"
#include "model/benchmarkresult.h"

namespace inferdeck {

/// Every derived number of a result: each phase combined and per node, the scaling analysis and a capacity search.
struct ResultSummary {
    QList<PhaseSummary> phases;          // all nodes of each phase pooled, in file order
    QList<QList<PhaseSummary>> perNode;  // perNode[i][k]: phase i, node k
    ScalingResult scaling;
    CapacityResult capacity; // searched: false unless the plan asked for a capacity search
};

/// Pure: the same result always gives the same summary (the bootstrap is seeded).
ResultSummary summarizeResult(const BenchmarkResult& result);

} // namespace inferdeck
