#pragma once
#include <optional>
#include <span>

#include "stats/bootstrap.h"

namespace inferdeck::stats {

/// Two-sided quantile of Student's t distribution with `df` (> 0, need not be whole) degrees of freedom:
/// the t with P(T <= t) = p. nullopt for p outside (0, 1) or df <= 0.
std::optional<double> studentTQuantile(double p, double df);

/// Welch's t interval for mean(b) − mean(a), two independent samples with unequal variances. Its coverage
/// holds for as few as 2 values a side when the values are roughly normal (repetition means are), where a
/// bootstrap over 3 values cannot reach its nominal level. nullopt unless each side has 2+ finite values,
/// or when both sides have no spread at all (the interval would be a point).
struct WelchInterval {
    Interval difference; // of mean(b) − mean(a)
    double df = 0.0;     // Welch–Satterthwaite degrees of freedom
};
std::optional<WelchInterval> welchInterval(std::span<const double> a, std::span<const double> b, double confidence = 0.95);

} // namespace inferdeck::stats
