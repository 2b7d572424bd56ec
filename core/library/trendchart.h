#pragma once
#include "library/trend.h"
#include "report/chartspec.h"

namespace inferdeck {

/// The trend as a report chart: one bar per run with its 95 % interval as whiskers, a run that changed
/// significantly from the one before coloured (worse or better), at most the `maxRuns` latest runs.
ChartSpec trendChart(const Trend& trend, int maxRuns = 30);

} // namespace inferdeck
