#include "stats/windowedrate.h"

#include <algorithm>
#include <cmath>

namespace inferdeck::stats {

std::vector<WindowRate> windowedRates(std::span<const double> times, std::span<const double> weights, double start,
                                      double end, double width)
{
    std::vector<WindowRate> out;
    if (!(end > start) || !(width > 0.0))
        return out;
    const auto count = static_cast<std::size_t>(std::ceil((end - start) / width));
    std::vector<double> sums(count, 0.0);
    for (std::size_t i = 0; i < times.size(); ++i) {
        const double t = times[i];
        if (std::isnan(t) || t < start || t > end) // the last event closes the span: count it
            continue;
        const auto k = std::min(count - 1, static_cast<std::size_t>((t - start) / width));
        sums[k] += weights.empty() ? 1.0 : weights[i];
    }
    out.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        const double s = start + static_cast<double>(k) * width;
        const double e = std::min(end, s + width);
        out.push_back({ s, e, sums[k] / (e - s) });
    }
    return out;
}

} // namespace inferdeck::stats
