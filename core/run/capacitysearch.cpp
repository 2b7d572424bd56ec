#include "run/capacitysearch.h"

#include <algorithm>
#include <cmath>

namespace inferdeck {

namespace {

double threeSignificantDigits(double v)
{
    if (v <= 0.0)
        return v;
    const double scale = std::pow(10.0, std::floor(std::log10(v)) - 2.0);
    return std::round(v / scale) * scale;
}

// A rounded value is used only where it stays strictly inside (lo, hi) and within the range.
double tidy(double v, double lo, double hi)
{
    const double r = threeSignificantDigits(v);
    return r > lo && r < hi ? r : v;
}

} // namespace

std::optional<double> nextCapacityLoad(const CapacitySearch& settings, bool wholeNumbers, double start,
                                       const QList<CapacityStep>& steps)
{
    if (steps.isEmpty()) {
        const double v = std::clamp(start, settings.min, settings.max);
        return wholeNumbers ? std::round(v) : v;
    }
    const CapacityOutcome o = capacityOutcome(settings, wholeNumbers, steps);
    if (o.state != CapacityOutcome::State::Searching)
        return std::nullopt;
    if (!o.capacity) { // only failures so far: halve towards the range's minimum
        const double v = std::max(settings.min, *o.failingAbove / 2.0);
        return wholeNumbers ? std::max(settings.min, std::floor(v)) : tidy(v, settings.min * (1.0 - 1e-12), *o.failingAbove);
    }
    if (!o.failingAbove) { // only passes: double towards its maximum
        const double v = std::min(settings.max, *o.capacity * 2.0);
        return wholeNumbers ? std::min(settings.max, std::ceil(v)) : tidy(v, *o.capacity, settings.max * (1.0 + 1e-12));
    }
    const double mid = (*o.capacity + *o.failingAbove) / 2.0;
    return wholeNumbers ? std::floor(mid) : tidy(mid, *o.capacity, *o.failingAbove);
}

bool capacityStepCannotPass(const CapacitySearch& settings, std::size_t missed, double measuredAtMost)
{
    // the margin keeps 1 - 0.9 (0.0999...) from turning 8 allowed misses of 80 into 7.9999...
    return measuredAtMost > 0.0 && static_cast<double>(missed) > (1.0 - settings.attainment) * measuredAtMost + 1e-6;
}

} // namespace inferdeck
