#include "stats/descriptive.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace inferdeck::stats {

namespace {

// numpy's pairwise_sum (numpy/core/src/umath/loops_utils.h): 8 interleaved accumulators per block of
// up to 128 values, halves split on a multiple of 8. Reproducing it makes mean/std bit-compatible.
// `at(i)` gives the i-th term, so the squared deviations of stddev are summed without a second array.
constexpr std::size_t kPairwiseBlock = 128;

template <typename At>
double pairwiseSumImpl(const At& at, std::size_t first, std::size_t n)
{
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            res += at(first + i);
        return res;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (std::size_t k = 0; k < 8; ++k)
            r[k] = at(first + k);
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (std::size_t k = 0; k < 8; ++k)
                r[k] += at(first + i + k);
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += at(first + i);
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    // left before right, and every block in index order: a stream reader hands out values in that order
    const double left = pairwiseSumImpl(at, first, n2);
    const double right = pairwiseSumImpl(at, first + n2, n - n2);
    return left + right;
}

bool hasNaN(std::span<const double> values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); });
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

// The mean and the ddof-0 deviation of NaN-free values, summed as numpy sums them.
double meanOfFinite(std::span<const double> v)
{
    return pairwiseSum(v) / static_cast<double>(v.size());
}

double stddevOfFinite(std::span<const double> v, int ddof)
{
    const double m = meanOfFinite(v);
    const double* a = v.data();
    const double squares = pairwiseSumImpl(
        [a, m](std::size_t i) { return (a[i] - m) * (a[i] - m); }, 0, v.size());
    return std::sqrt(squares / static_cast<double>(static_cast<std::ptrdiff_t>(v.size()) - ddof));
}

/// Where numpy's "linear" method reads a percentile: between ranks `lo` and `lo + 1` at fraction `t`,
/// or the largest value (`top`).
struct Rank {
    bool top = false;
    std::size_t lo = 0;
    double t = 0.0;
};

Rank rankOf(std::size_t n, double q)
{
    // virtual index (n - 1) * q
    const double virtualIndex = static_cast<double>(n - 1) * q;
    if (virtualIndex >= static_cast<double>(n - 1))
        return { true, n - 1, 0.0 };
    const double previous = std::floor(virtualIndex);
    return { false, static_cast<std::size_t>(previous), virtualIndex - previous };
}

// numpy's _lerp: interpolates from the nearer neighbour for t >= 0.5 to stay monotonic.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

/// Reads order statistics of a NaN-free vector in ascending rank order by partial selection instead of a
/// full sort: each rank costs one nth_element over the values not yet placed (O(n), and the ranges shrink
/// from p50 to p99). The values are the exact order statistics, so results equal those of a sorted copy.
class Selector {
public:
    explicit Selector(std::vector<double>& v) : m_v(v) { }

    /// The k-th smallest value; k must not be smaller than the previous call's k.
    double at(std::size_t k)
    {
        if (k < m_placed)
            return m_v[k]; // the previous rank again
        const auto first = m_v.begin() + static_cast<std::ptrdiff_t>(m_placed);
        const auto kth = m_v.begin() + static_cast<std::ptrdiff_t>(k);
        if (k == m_placed)
            std::iter_swap(kth, std::min_element(first, m_v.end()));
        else
            std::nth_element(first, kth, m_v.end());
        m_placed = k + 1;
        return *kth;
    }

    /// Percentile q of the values (q ascending from call to call); `max` is the largest value.
    double percentile(double q, double max)
    {
        const Rank r = rankOf(m_v.size(), q);
        if (r.top)
            return max;
        const double a = at(r.lo);
        return lerp(a, at(r.lo + 1), r.t);
    }

private:
    std::vector<double>& m_v;
    std::size_t m_placed = 0; // m_v[0, m_placed) are the m_placed smallest values, the last of them in place
};

// The finite values of a stream, one at a time, in the order pairwiseSumImpl asks for them.
class StreamReader {
public:
    /// `onBlock` sees every block of finite values as it is read, so one pass can serve two purposes.
    explicit StreamReader(ValueStream& stream, std::function<void(std::span<const double>)> onBlock = {})
        : m_stream(stream), m_buffer(kBlock), m_onBlock(std::move(onBlock))
    {
        m_stream.rewind();
    }

    double next()
    {
        while (m_pos == m_len)
            refill();
        return m_buffer[m_pos++];
    }

    /// Calls f(block) for every block of finite values, to the end.
    template <typename F>
    void forEachBlock(F f)
    {
        while (true) {
            refill();
            if (m_ended)
                return;
            if (m_len > 0) // a block of NaN only leaves nothing
                f(std::span<const double>(m_buffer.data(), m_len));
        }
    }

private:
    static constexpr std::size_t kBlock = 4096;
    void refill()
    {
        const std::size_t got = m_stream.read(m_buffer.data(), m_buffer.size());
        m_ended = got == 0;
        m_len = static_cast<std::size_t>(
            std::remove_if(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(got), [](double v) { return std::isnan(v); })
            - m_buffer.begin());
        m_pos = 0;
        if (m_onBlock && m_len > 0)
            m_onBlock(std::span<const double>(m_buffer.data(), m_len));
    }
    ValueStream& m_stream;
    std::vector<double> m_buffer;
    std::function<void(std::span<const double>)> m_onBlock;
    std::size_t m_pos = 0;
    std::size_t m_len = 0;
    bool m_ended = false;
};

// A double's bits, mapped so that unsigned order is numeric order (negatives flipped whole, positives
// above them); the histogram below buckets values by these keys, so any range and spread works.
std::uint64_t orderKey(double v)
{
    const auto u = std::bit_cast<std::uint64_t>(v);
    return (u >> 63) ? ~u : u | (std::uint64_t(1) << 63);
}

} // namespace

double pairwiseSum(std::span<const double> values)
{
    const double* a = values.data();
    return pairwiseSumImpl([a](std::size_t i) { return a[i]; }, 0, values.size());
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
    const Rank r = rankOf(n, q);
    if (r.top)
        return sorted[n - 1];
    return lerp(sorted[r.lo], sorted[r.lo + 1], r.t);
}

std::optional<double> percentile(std::span<const double> values, double q)
{
    if (!(q >= 0.0 && q <= 1.0))
        return std::nullopt;
    std::vector<double> v = finite(values);
    if (v.empty())
        return std::nullopt;
    const double max = *std::max_element(v.begin(), v.end());
    return Selector(v).percentile(q, max);
}

std::optional<double> mean(std::span<const double> values)
{
    if (!hasNaN(values))
        return values.empty() ? std::nullopt : std::optional(meanOfFinite(values));
    const std::vector<double> v = finite(values);
    if (v.empty())
        return std::nullopt;
    return meanOfFinite(v);
}

std::optional<double> stddev(std::span<const double> values, int ddof)
{
    std::vector<double> copy;
    std::span<const double> v = values;
    if (hasNaN(values)) {
        copy = finite(values);
        v = copy;
    }
    if (v.empty() || static_cast<std::ptrdiff_t>(v.size()) - ddof <= 0)
        return std::nullopt;
    return stddevOfFinite(v, ddof);
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

Distribution describe(ValueStream& stream)
{
    Distribution d;
    std::size_t n = 0;
    double min = 0.0;
    double max = 0.0;
    StreamReader(stream).forEachBlock([&](std::span<const double> block) {
        // per block in locals (kept in registers); the first of equal extremes wins, as in a scan of all
        double lo = n == 0 ? block[0] : min;
        double hi = n == 0 ? block[0] : max;
        for (double v : block) {
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        min = lo;
        max = hi;
        n += block.size();
    });
    d.count = n;
    if (n == 0)
        return d;
    d.min = min;
    d.max = max;
    // the ranks the four percentiles read (numpy's linear method: two neighbours each, or the maximum)
    constexpr double kQuantiles[] = { 0.50, 0.90, 0.95, 0.99 };
    std::vector<std::size_t> ranks;
    for (double q : kQuantiles) {
        const Rank r = rankOf(n, q);
        if (!r.top) {
            ranks.push_back(r.lo);
            ranks.push_back(r.lo + 1);
        }
    }
    // histogram of at most 2^16 + 1 buckets over [key(min), key(max)], counted during the sum's pass
    const std::uint64_t low = orderKey(min);
    const std::uint64_t range = orderKey(max) - low;
    const int shift = std::max(0, static_cast<int>(std::bit_width(range)) - 16);
    const std::size_t buckets = static_cast<std::size_t>(range >> shift) + 1;
    auto bucketOf = [low, shift](double v) { return static_cast<std::size_t>((orderKey(v) - low) >> shift); };
    std::vector<std::size_t> counts(buckets, 0);
    {
        StreamReader reader(stream, [&](std::span<const double> block) {
            for (double v : block)
                ++counts[bucketOf(v)];
        });
        d.mean = pairwiseSumImpl([&reader](std::size_t) { return reader.next(); }, 0, n) / static_cast<double>(n);
    }
    // the bucket of each wanted rank, and the rank within it (ranks repeat and interleave: p50's upper
    // neighbour can lie above p90's lower one)
    std::vector<std::size_t> below(buckets + 1, 0); // values in the buckets before each
    for (std::size_t b = 0; b < buckets; ++b)
        below[b + 1] = below[b] + counts[b];
    std::vector<std::size_t> rankBucket(ranks.size());
    std::vector<std::size_t> rankWithin(ranks.size());
    std::vector<int> slotOf(buckets, -1);
    int slotCount = 0;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const auto b = static_cast<std::size_t>(std::upper_bound(below.begin(), below.end(), ranks[i]) - below.begin()) - 1;
        rankBucket[i] = b;
        rankWithin[i] = ranks[i] - below[b];
        if (slotOf[b] < 0)
            slotOf[b] = slotCount++;
    }
    // the values of those few buckets, collected during the deviation's pass, then selected exactly
    std::vector<std::vector<double>> candidates(static_cast<std::size_t>(slotCount));
    for (std::size_t b = 0; b < buckets; ++b)
        if (slotOf[b] >= 0)
            candidates[static_cast<std::size_t>(slotOf[b])].reserve(counts[b]);
    {
        StreamReader reader(stream, [&](std::span<const double> block) {
            for (double v : block)
                if (const int slot = slotOf[bucketOf(v)]; slot >= 0)
                    candidates[static_cast<std::size_t>(slot)].push_back(v);
        });
        const double m = *d.mean;
        const double squares = pairwiseSumImpl(
            [&reader, m](std::size_t) {
                const double x = reader.next();
                return (x - m) * (x - m);
            },
            0, n);
        d.stddev = std::sqrt(squares / static_cast<double>(n));
    }
    auto rankValue = [&](std::size_t i) {
        auto& c = candidates[static_cast<std::size_t>(slotOf[rankBucket[i]])];
        const auto kth = c.begin() + static_cast<std::ptrdiff_t>(rankWithin[i]);
        std::nth_element(c.begin(), kth, c.end());
        return *kth;
    };
    std::optional<double>* out[] = { &d.p50, &d.p90, &d.p95, &d.p99 };
    std::size_t i = 0;
    for (std::size_t k = 0; k < std::size(kQuantiles); ++k) {
        const Rank r = rankOf(n, kQuantiles[k]);
        if (r.top) {
            *out[k] = max;
            continue;
        }
        const double a = rankValue(i++);
        *out[k] = lerp(a, rankValue(i++), r.t);
    }
    return d;
}

Distribution describe(std::span<const double> values)
{
    return describe(std::vector<double>(values.begin(), values.end()));
}

Distribution describe(std::vector<double>&& taken)
{
    std::vector<double> values = std::move(taken); // freed on return, not when the caller's scope ends
    Distribution d;
    // in the caller's order, as numpy sums it
    std::erase_if(values, [](double v) { return std::isnan(v); });
    d.count = values.size();
    if (values.empty())
        return d;
    d.mean = meanOfFinite(values);
    d.stddev = stddevOfFinite(values, 0);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    d.min = *lo;
    d.max = *hi;
    Selector select(values);
    d.p50 = select.percentile(0.50, *d.max);
    d.p90 = select.percentile(0.90, *d.max);
    d.p95 = select.percentile(0.95, *d.max);
    d.p99 = select.percentile(0.99, *d.max);
    return d;
}

} // namespace inferdeck::stats
