#pragma once
#include "library/trend.h"
#include "report/chartspec.h"

namespace inferdeck {

/// The trend as a report chart: one bar per run with its 95 % interval as whiskers, a run that changed
/// significantly from the one before coloured (worse or better), at most the `maxRuns` latest runs.
/// `title` names metric and phase as the caller's reader knows them; the colours need a word beside it.
ChartSpec trendChart(const Trend& trend, const QString& title, int maxRuns = 30);

} // namespace inferdeck
