#include "model/enginestate.h"

#include "model/requestcolumns.h"

namespace inferdeck {

namespace {
bool sameSeries(const std::map<QString, std::vector<double>>& a, const std::map<QString, std::vector<double>>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (i->first != j->first || !sameValues(i->second, j->second))
            return false;
    return true;
}
} // namespace

bool operator==(const EngineHistogramSeries& a, const EngineHistogramSeries& b)
{
    if (!sameValues(a.bounds, b.bounds) || !sameValues(a.time, b.time) || !sameValues(a.sum, b.sum)
        || !sameValues(a.count, b.count) || a.cumulative.size() != b.cumulative.size())
        return false;
    for (std::size_t i = 0; i < a.cumulative.size(); ++i)
        if (!sameValues(a.cumulative[i], b.cumulative[i]))
            return false;
    return true;
}

bool operator==(const EngineState& a, const EngineState& b)
{
    return a.measured == b.measured && a.reason == b.reason && a.engine == b.engine && sameValues(a.time, b.time)
        && sameSeries(a.gauges, b.gauges) && sameSeries(a.counters, b.counters) && a.histograms == b.histograms
        && sameSeries(a.raw, b.raw);
}

} // namespace inferdeck
