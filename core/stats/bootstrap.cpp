#include "stats/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "stats/descriptive.h"

namespace inferdeck::stats {

namespace {

// Index by modulo of a 64-bit draw: fully specified (unlike std::uniform_int_distribution, whose output
// differs between standard libraries), so an interval is the same on every platform. The bias is
// below n / 2^64.
void resample(std::span<const double> from, std::vector<double>& into, std::mt19937_64& rng)
{
    into.resize(from.size());
    for (double& x : into)
        x = from[rng() % from.size()];
}

std::optional<Interval> intervalOf(std::vector<double>& statistics, double confidence)
{
    std::erase_if(statistics, [](double v) { return !std::isfinite(v); });
    std::sort(statistics.begin(), statistics.end());
    const double tail = (1.0 - confidence) / 2.0;
    const auto low = percentileOfSorted(statistics, tail);
    const auto high = percentileOfSorted(statistics, 1.0 - tail);
    if (!low || !high)
        return std::nullopt;
    return Interval { *low, *high };
}

} // namespace

std::optional<Interval> bootstrapInterval(std::span<const double> sample, const Statistic& statistic,
                                          const BootstrapOptions& options)
{
    if (sample.size() < 2 || options.resamples < 1)
        return std::nullopt;
    std::mt19937_64 rng(options.seed);
    std::vector<double> draw;
    std::vector<double> statistics;
    statistics.reserve(static_cast<std::size_t>(options.resamples));
    for (int r = 0; r < options.resamples; ++r) {
        resample(sample, draw, rng);
        statistics.push_back(statistic(draw));
    }
    return intervalOf(statistics, options.confidence);
}

std::optional<Interval> bootstrapInterval(std::span<const double> a, std::span<const double> b,
                                          const TwoSampleStatistic& statistic, const BootstrapOptions& options)
{
    if (a.size() < 2 || b.size() < 2 || options.resamples < 1)
        return std::nullopt;
    std::mt19937_64 rng(options.seed);
    std::vector<double> drawA;
    std::vector<double> drawB;
    std::vector<double> statistics;
    statistics.reserve(static_cast<std::size_t>(options.resamples));
    for (int r = 0; r < options.resamples; ++r) {
        resample(a, drawA, rng);
        resample(b, drawB, rng);
        statistics.push_back(statistic(drawA, drawB));
    }
    return intervalOf(statistics, options.confidence);
}

std::optional<Interval> stratifiedBootstrapInterval(const Groups& a, const Groups& b, const GroupedStatistic& statistic,
                                                    const BootstrapOptions& options)
{
    const auto total = [](const Groups& g) {
        std::size_t n = 0;
        for (const auto& v : g)
            n += v.size();
        return n;
    };
    if (total(a) < 2 || total(b) < 2 || options.resamples < 1)
        return std::nullopt;
    std::mt19937_64 rng(options.seed);
    Groups drawA(a.size()), drawB(b.size());
    std::vector<double> statistics;
    statistics.reserve(static_cast<std::size_t>(options.resamples));
    for (int r = 0; r < options.resamples; ++r) {
        for (std::size_t g = 0; g < a.size(); ++g)
            if (!a[g].empty())
                resample(a[g], drawA[g], rng);
        for (std::size_t g = 0; g < b.size(); ++g)
            if (!b[g].empty())
                resample(b[g], drawB[g], rng);
        statistics.push_back(statistic(drawA, drawB));
    }
    return intervalOf(statistics, options.confidence);
}

} // namespace inferdeck::stats
