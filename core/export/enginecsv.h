#pragma once
#include <QIODevice>

#include "model/benchmarkresult.h"

namespace inferdeck {

/// Writes every scrape of the engines' metrics (Phase::engine) as long-form CSV, one value per row:
/// `phase,repetition,node,engine,time_s,series,value`. Gauges and counters appear under InferDeck's keys
/// (running, waiting, kv_usage, preemptions, ...); a histogram `queue_s` as `queue_s_count`, `queue_s_sum`
/// and one cumulative `queue_s_bucket{le="0.3"}` row per bucket (`le="+Inf"` last), as Prometheus names
/// them; an engine InferDeck does not know, every sample under its own name and labels. Values not said
/// are left out. Time is s after the phase's t0, as in the result file.
void writeEngineCsv(const BenchmarkResult& result, QIODevice& out);

} // namespace inferdeck
