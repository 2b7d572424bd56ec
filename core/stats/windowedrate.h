#pragma once
#include <span>
#include <vector>

namespace inferdeck::stats {

/// The rate of events in one time window.
struct WindowRate {
    double start = 0.0; // s
    double end = 0.0;   // s
    double rate = 0.0;  // events (or weight) per second
};

/// Splits [start, end) into windows of `width` seconds (the last one may be shorter and is divided by its
/// own length) and gives the rate of events per window: the sum of `weights` (1 each when empty) of
/// the events whose time falls in it (an event at `end` counts in the last). NaN times are skipped. Empty when end <= start or width <= 0.
std::vector<WindowRate> windowedRates(std::span<const double> times, std::span<const double> weights, double start,
                                      double end, double width);

} // namespace inferdeck::stats
