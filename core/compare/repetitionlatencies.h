#pragma once
#include <QList>

#include <optional>

#include "model/benchmarkresult.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// Which per-request latency a percentile is taken of.
enum class LatencyKind { Ttft, Tpot, E2e, AnswerTtft };

/// The per-request latencies (s) of each phase repetition `phases` (indices into result.phases): measured,
/// successful requests, as the summary counts them (TPOT for 2+ output tokens, answer TTFT where an answer
/// came); one group per repetition, non-finite values left out.
stats::Groups repetitionLatencies(const BenchmarkResult& result, const QList<int>& phases, LatencyKind which);

/// Each repetition's percentile `q` (linear, numpy's) of its own requests; repetitions without any left out.
std::vector<double> repetitionPercentiles(const stats::Groups& repetitions, double q);

/// A phase's latency percentile: the mean over its repetitions of each one's percentile, as the summary,
/// the report's grade card and the library's list give it, so every view of a run shows the same number.
std::optional<double> meanOfPercentiles(const stats::Groups& repetitions, double q);

/// At most `max` values in all, each group thinned evenly in proportion to its size (a bootstrap over
/// a percentile costs O(n) per resample; its width hardly moves beyond some 20,000 values).
stats::Groups thinnedGroups(const stats::Groups& groups, std::size_t max);

/// How an interval of a percentile (or of its change) was made.
enum class PercentileIntervalFrom { None, Repetitions, Requests };

/// The 95 % interval of candidate / baseline − 1 of meanOfPercentiles(q), and what it was made from.
/// With 2+ repetitions a side: Welch's t over the repetitions' percentiles. A repetition's percentile
/// carries both the sampling noise of its requests and whatever moved between repetitions (another
/// warm cache, a neighbour's load); a bootstrap over the pooled requests sees only the first and marked
/// same-seed reruns as significant. A two-stage (cluster) bootstrap over 2-5 repetitions covers far less
/// than 95 % for the reason the throughput comparison gives, so the t interval over them it is. With one
/// repetition on a side nothing shows the variation between repetitions: a bootstrap over the requests,
/// each repetition resampled within itself, is all there is.
struct PercentileChange {
    std::optional<stats::Interval> interval;
    PercentileIntervalFrom from = PercentileIntervalFrom::None;
    bool noSpread = false; // 2+ repetitions a side that do not vary at all: no interval
};
PercentileChange percentileChange(const stats::Groups& baseline, const stats::Groups& candidate, double q,
                                  const stats::BootstrapOptions& options);

/// The 95 % interval of meanOfPercentiles(q) itself, by the same rule: t over 2+ repetitions, else a
/// bootstrap over the requests. Values in the unit of the groups.
struct PercentileInterval {
    std::optional<stats::Interval> interval;
    PercentileIntervalFrom from = PercentileIntervalFrom::None;
    int repetitions = 0; // with values
    std::size_t requests = 0;
};
PercentileInterval percentileInterval(const stats::Groups& repetitions, double q, const stats::BootstrapOptions& options);

} // namespace inferdeck
