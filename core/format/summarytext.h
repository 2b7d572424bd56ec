#pragma once
#include <QString>

#include "metrics/resultsummary.h"

namespace inferdeck {

/// A plain-text summary for terminals: one block per phase, then the scaling analysis.
QString summaryText(const BenchmarkResult& result, const ResultSummary& summary, const QString& fileName);

} // namespace inferdeck
