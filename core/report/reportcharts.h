#pragma once
#include <QList>

#include "metrics/resultsummary.h"
#include "report/chartspec.h"

namespace inferdeck::reportcharts {

// Chart specs built from raw records. Each keeps at most a few hundred points whatever the request
// count, so a million-request result draws as fast as a small one.

enum class Latency { Ttft, Tpot, E2e };

/// Empirical CDF of one latency (ms), one series per phase name, repetitions pooled.
ChartSpec latencyCdf(const BenchmarkResult& result, Latency which, std::optional<double> sloS);
/// Histogram of one latency (ms) in the phases named `phase`.
ChartSpec latencyHistogram(const BenchmarkResult& result, const QString& phase, Latency which);
/// Output-token throughput per time window, per node and combined, in one phase repetition.
ChartSpec throughputOverTime(const Phase& phase);
/// Requests in flight over time, per node.
ChartSpec inFlightOverTime(const Phase& phase);
/// A ramp's or stages' scheduled load (all nodes) beside what was measured: requests sent and completed per
/// time window for a rate, requests in flight for a concurrency. `rampS` is the ramp's length (the phase's
/// planned duration). Empty for a phase whose load does not vary.
ChartSpec loadOverTime(const Phase& phase, double rampS);
/// TTFT p50 and p99 per time window.
ChartSpec latencyOverTime(const Phase& phase);
/// GPU utilization or power per node (mean over its GPUs per sample time); empty without telemetry.
ChartSpec gpuOverTime(const Phase& phase, bool power);
/// Throughput per repetition of the baseline (times N) beside the N-node phase, and efficiency bars.
ChartSpec scalingThroughput(const ResultSummary& summary);
ChartSpec scalingEfficiency(const ResultSummary& summary);

/// Per-request latency values in seconds (NaN where unknown) of completed, non-warm-up requests.
std::vector<double> latencies(const Phase& phase, Latency which);
QString latencyName(Latency which);

} // namespace inferdeck::reportcharts
