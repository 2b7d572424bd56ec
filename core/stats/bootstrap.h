#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace inferdeck::stats {

/// A two-sided confidence interval.
struct Interval {
    double low = 0.0;
    double high = 0.0;
    friend bool operator==(const Interval&, const Interval&) = default;
};

/// How to bootstrap: resample count, confidence level and the seed that makes it repeatable.
struct BootstrapOptions {
    int resamples = 2000;
    double confidence = 0.95;
    std::uint64_t seed = 0x1'5eed'cafe; // any fixed value: same data, same interval
};

using Statistic = std::function<double(std::span<const double>)>;
using TwoSampleStatistic = std::function<double(std::span<const double>, std::span<const double>)>;
/// A sample made of groups (a phase's repetitions, each its requests).
using Groups = std::vector<std::vector<double>>;
using GroupedStatistic = std::function<double(const Groups&, const Groups&)>;

/// Percentile-method bootstrap interval of `statistic` over `sample` (resampled with replacement).
/// nullopt for fewer than 2 values.
std::optional<Interval> bootstrapInterval(std::span<const double> sample, const Statistic& statistic,
                                          const BootstrapOptions& options = {});

/// Percentile-method bootstrap for a statistic of two independent samples, each resampled on its own
/// (e.g. scaling efficiency from baseline and scaled throughputs). nullopt unless each has 2+ values.
std::optional<Interval> bootstrapInterval(std::span<const double> a, std::span<const double> b,
                                          const TwoSampleStatistic& statistic, const BootstrapOptions& options = {});

/// Percentile-method bootstrap for a statistic of two samples made of groups, each group resampled within
/// itself (stratified), so a statistic per group (a repetition's percentile) keeps its group's size. With
/// one group a side it draws exactly what the two-sample bootstrap above draws. nullopt unless each side
/// has 2+ values in all.
std::optional<Interval> stratifiedBootstrapInterval(const Groups& a, const Groups& b, const GroupedStatistic& statistic,
                                                    const BootstrapOptions& options = {});

} // namespace inferdeck::stats
