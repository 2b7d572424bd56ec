#include "metrics/energy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace inferdeck {

namespace {

struct Point {
    double t;
    double w;
};

double powerAt(const std::vector<Point>& pts, double t)
{
    if (t <= pts.front().t)
        return pts.front().w;
    if (t >= pts.back().t)
        return pts.back().w;
    const auto it = std::upper_bound(pts.begin(), pts.end(), t, [](double v, const Point& p) { return v < p.t; });
    const Point& b = *it;
    const Point& a = *(it - 1);
    return b.t == a.t ? b.w : a.w + (b.w - a.w) * (t - a.t) / (b.t - a.t);
}

double integrate(const std::vector<Point>& pts, double start, double end)
{
    std::vector<Point> window { { start, powerAt(pts, start) } };
    for (const Point& p : pts)
        if (p.t > start && p.t < end)
            window.push_back(p);
    window.push_back({ end, powerAt(pts, end) });
    double joules = 0.0;
    for (std::size_t i = 1; i < window.size(); ++i)
        joules += (window[i].t - window[i - 1].t) * (window[i].w + window[i - 1].w) / 2.0;
    return joules;
}

} // namespace

std::optional<double> gpuEnergyJ(const TelemetryColumns& telemetry, double start, double end, std::optional<int> node)
{
    if (!(end > start))
        return std::nullopt;
    std::map<std::pair<int, int>, std::vector<Point>> series; // (node, gpu) -> samples
    for (std::size_t i = 0; i < telemetry.size(); ++i) {
        if (node && telemetry.node[i] != *node)
            continue;
        auto& s = series[{ telemetry.node[i], telemetry.gpu[i] }];
        if (!std::isnan(telemetry.powerW[i]) && !std::isnan(telemetry.time[i]))
            s.push_back({ telemetry.time[i], telemetry.powerW[i] });
    }
    if (series.empty())
        return std::nullopt;
    double total = 0.0;
    for (auto& [key, pts] : series) {
        std::stable_sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.t < b.t; });
        // a GPU with too little data makes the sum meaningless: say "not measured" instead
        if (pts.size() < 2 || pts.back().t < start || pts.front().t > end)
            return std::nullopt;
        total += integrate(pts, start, end);
    }
    return total;
}

} // namespace inferdeck
