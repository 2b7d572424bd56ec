#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>

namespace inferdeck::stats {

namespace {

// numpy's pairwise_sum (numpy/core/src/umath/loops_utils.h): 8 interleaved accumulators per block of
// up to 128 values, halves split on a multiple of 8. Reproducing it makes mean/std bit-compatible.
constexpr std::size_t kPairwiseBlock = 128;

double pairwiseSumImpl(const double* a, std::size_t n)
{
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (int k = 0; k < 8; ++k)
            r[k] = a[k];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; ++k)
                r[k] += a[i + k];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSumImpl(a, n2) + pairwiseSumImpl(a + n2, n - n2);
}

std::vector<double> finite(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

} // namespace

double pairwiseSum(std::span<const double> values)
{
    return pairwiseSumImpl(values.data(), values.size());
}

std::vector<double> sortedFinite(std::span<const double> values)
{
    std::vector<double> out = finite(values);
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<double> percentileOfSorted(std::span<const double> sorted, double q)
{
    const std::size_t n = sorted.size();
    if (n == 0 || !(q >= 0.0 && q <= 1.0))
        return std::nullopt;
    // numpy's "linear" method: virtual index (n - 1) * q, then its _lerp, which interpolates from the
    // nearer neighbour for t >= 0.5 to stay monotonic.
    const double virtualIndex = static_cast<double>(n - 1) * q;
    if (virtualIndex >= static_cast<double>(n - 1))
        return sorted[n - 1];
    const double previous = std::floor(virtualIndex);
    const auto lo = static_cast<std::size_t>(previous);
    const double a = sorted[lo];
    const double b = sorted[lo + 1];
    const double t = virtualIndex - previous;
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

std::optional<double> percentile(std::span<const double> values, double q)
{
    const std::vector<double> sorted = sortedFinite(values);
    return percentileOfSorted(sorted, q);
}

std::optional<double> mean(std::span<const double> values)
{
    const std::vector<double> v = finite(values);
    if (v.empty())
        return std::nullopt;
    return pairwiseSum(v) / static_cast<double>(v.size());
}

std::optional<double> stddev(std::span<const double> values, int ddof)
{
    std::vector<double> v = finite(values);
    if (v.empty() || static_cast<std::ptrdiff_t>(v.size()) - ddof <= 0)
        return std::nullopt;
    const double m = pairwiseSum(v) / static_cast<double>(v.size());
    for (double& x : v)
        x = (x - m) * (x - m);
    return std::sqrt(pairwiseSum(v) / static_cast<double>(static_cast<std::ptrdiff_t>(v.size()) - ddof));
}

std::optional<double> minimum(std::span<const double> values)
{
    std::optional<double> out;
    for (double v : values)
        if (!std::isnan(v) && (!out || v < *out))
            out = v;
    return out;
}

std::optional<double> maximum(std::span<const double> values)
{
    std::optional<double> out;
    for (double v : values)
        if (!std::isnan(v) && (!out || v > *out))
            out = v;
    return out;
}

std::optional<double> median(std::span<const double> values)
{
    return percentile(values, 0.5);
}

Distribution describe(std::span<const double> values)
{
    Distribution d;
    const std::vector<double> sorted = sortedFinite(values);
    d.count = sorted.size();
    if (sorted.empty())
        return d;
    // in the caller's order, as numpy sums it
    d.mean = mean(values);
    d.stddev = stddev(values, 0);
    d.min = sorted.front();
    d.max = sorted.back();
    d.p50 = percentileOfSorted(sorted, 0.50);
    d.p90 = percentileOfSorted(sorted, 0.90);
    d.p95 = percentileOfSorted(sorted, 0.95);
    d.p99 = percentileOfSorted(sorted, 0.99);
    return d;
}

} // namespace inferdeck::stats
