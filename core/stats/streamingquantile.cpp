#include "stats/streamingquantile.h"

#include <cmath>

namespace inferdeck::stats {

namespace {
constexpr double kMinIndexable = 1e-9; // s; below this a latency is indistinguishable from 0
}

StreamingQuantile::StreamingQuantile(double relativeAccuracy)
    : m_alpha(relativeAccuracy)
    , m_gamma((1.0 + relativeAccuracy) / (1.0 - relativeAccuracy))
    , m_logGamma(std::log(m_gamma))
{
}

int StreamingQuantile::bucketOf(double value) const
{
    // bucket i holds (gamma^(i-1), gamma^i]
    return static_cast<int>(std::ceil(std::log(value) / m_logGamma));
}

double StreamingQuantile::valueOf(int bucket) const
{
    // the point whose relative distance to both bucket ends is alpha
    return 2.0 * std::pow(m_gamma, bucket) / (m_gamma + 1.0);
}

void StreamingQuantile::add(double value)
{
    if (std::isnan(value))
        return;
    ++m_count;
    if (value < kMinIndexable) {
        ++m_zeroCount;
        return;
    }
    const int b = bucketOf(value);
    if (m_buckets.empty()) {
        m_firstBucket = b;
        m_buckets.assign(1, 0);
    } else if (b < m_firstBucket) {
        m_buckets.insert(m_buckets.begin(), static_cast<std::size_t>(m_firstBucket - b), 0);
        m_firstBucket = b;
    } else if (b >= m_firstBucket + static_cast<int>(m_buckets.size())) {
        m_buckets.resize(static_cast<std::size_t>(b - m_firstBucket + 1), 0);
    }
    ++m_buckets[static_cast<std::size_t>(b - m_firstBucket)];
}

void StreamingQuantile::merge(const StreamingQuantile& other)
{
    m_zeroCount += other.m_zeroCount;
    m_count += other.m_zeroCount;
    for (std::size_t i = 0; i < other.m_buckets.size(); ++i) {
        const std::uint64_t n = other.m_buckets[i];
        if (n == 0)
            continue;
        const int b = other.m_firstBucket + static_cast<int>(i);
        // re-use add()'s growth logic with a representative, then fix the count
        add(valueOf(b));
        m_buckets[static_cast<std::size_t>(b - m_firstBucket)] += n - 1;
        m_count += n - 1;
    }
}

void StreamingQuantile::clear()
{
    m_buckets.clear();
    m_firstBucket = 0;
    m_zeroCount = 0;
    m_count = 0;
}

std::optional<double> StreamingQuantile::quantile(double q) const
{
    if (m_count == 0 || !(q >= 0.0 && q <= 1.0))
        return std::nullopt;
    const auto rank = static_cast<std::uint64_t>(std::floor(q * static_cast<double>(m_count - 1)));
    if (rank < m_zeroCount)
        return 0.0;
    std::uint64_t seen = m_zeroCount;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen > rank)
            return valueOf(m_firstBucket + static_cast<int>(i));
    }
    return valueOf(m_firstBucket + static_cast<int>(m_buckets.size()) - 1);
}

} // namespace inferdeck::stats
