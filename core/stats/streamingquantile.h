#pragma once
#include <cstdint>
#include <optional>
#include <vector>

namespace inferdeck::stats {

/// Quantiles of a stream of non-negative values in constant memory, for live views (a DDSketch).
///
/// Error bound: for every q, quantile(q) is within `relativeAccuracy` (relative) of the exact order
/// statistic x_(k) with k = floor(q * (n - 1)) (0-based), which numpy's linear percentile interpolates
/// from. Values below 1 ns count as 0 and are returned exactly as 0; NaN is ignored. Memory grows with
/// log(max / min) / log((1 + a) / (1 - a)): about 1,800 counters for 1 ns .. 1e6 s at a = 0.01.
class StreamingQuantile {
public:
    explicit StreamingQuantile(double relativeAccuracy = 0.01);

    void add(double value);
    /// Adds every value of `other`, which must have the same accuracy.
    void merge(const StreamingQuantile& other);
    void clear();

    std::uint64_t count() const { return m_count; }
    double relativeAccuracy() const { return m_alpha; }
    std::optional<double> quantile(double q) const;

private:
    int bucketOf(double value) const;
    double valueOf(int bucket) const;

    double m_alpha;
    double m_gamma;
    double m_logGamma;
    std::vector<std::uint64_t> m_buckets; // m_buckets[i] counts bucket m_firstBucket + i
    int m_firstBucket = 0;
    std::uint64_t m_zeroCount = 0;
    std::uint64_t m_count = 0;
};

} // namespace inferdeck::stats
