#pragma once
#include <QList>

#include "compare/comparison.h"

namespace inferdeck {

/// The engines' own account of two results side by side (their /metrics, issue 25): queue, prefill and
/// decode means, peaks of waiting requests and KV-cache use, preemptions and the prefix-cache hit rate over
/// the repetitions `a` and `b` of a matched phase. Informational rows: the histograms give means, not
/// per-request values, so there is no interval and the regression gate does not read them.
QList<MetricDelta> engineDeltas(const ResultSummary& baseline, const QList<int>& a, const ResultSummary& candidate,
                                const QList<int>& b);

} // namespace inferdeck
