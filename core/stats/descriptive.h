#pragma once
#include <optional>
#include <span>
#include <vector>

namespace inferdeck::stats {

// All functions skip NaN (NaN means "unknown" in the model), like numpy's nan* functions,
// and return nullopt when no finite value is left.

/// Sum with numpy's pairwise summation, so means agree with numpy to the last bits.
double pairwiseSum(std::span<const double> values);

/// The values that are not NaN, sorted ascending.
std::vector<double> sortedFinite(std::span<const double> values);

/// numpy.percentile(sorted, q * 100) with the default "linear" method; `sorted` must be sorted, NaN-free.
std::optional<double> percentileOfSorted(std::span<const double> sorted, double q);
/// numpy.nanpercentile(values, q * 100), q in [0, 1].
std::optional<double> percentile(std::span<const double> values, double q);

std::optional<double> mean(std::span<const double> values);
/// numpy.nanstd(values, ddof=ddof): ddof 0 is the population deviation, 1 the sample deviation.
std::optional<double> stddev(std::span<const double> values, int ddof);
std::optional<double> minimum(std::span<const double> values);
std::optional<double> maximum(std::span<const double> values);
std::optional<double> median(std::span<const double> values);

/// The shape of one latency distribution as reports show it.
struct Distribution {
    std::size_t count = 0;
    std::optional<double> mean;
    std::optional<double> stddev; // ddof = 0, as vLLM's bench serve reports it
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p95;
    std::optional<double> p99;
};

/// Count, mean, deviation, extremes and p50/p90/p95/p99 of the finite values. Percentiles are selected
/// (nth_element), not sorted for; the values are exactly those of a sorted copy.
Distribution describe(std::span<const double> values);
/// Values read front to back in blocks, as often as needed: a column too large to copy (the pooled ITL of a
/// million streamed requests is 15 M values, 120 MB) is described straight from the records it derives from.
class ValueStream {
public:
    virtual ~ValueStream() = default;
    /// Starts again from the first value.
    virtual void rewind() = 0;
    /// Writes up to `max` (> 0) next values to `out` (NaN is skipped, as everywhere); returns how many,
    /// 0 only at the end.
    virtual std::size_t read(double* out, std::size_t max) = 0;
};

/// describe() of a stream's values, equal to it bit for bit, in three passes without holding the values:
/// percentiles from a histogram of the values' order-preserving bit patterns, then an exact selection
/// among the few values in the buckets that hold the wanted ranks.
Distribution describe(ValueStream& values);
/// The same, taking `values` over (it is left empty): a caller done with a 15 M-value ITL array saves the
/// copy, and its memory is freed as soon as the distribution is known.
Distribution describe(std::vector<double>&& values);

} // namespace inferdeck::stats
