#pragma once
#include <QIODevice>

#include "model/benchmarkresult.h"

namespace inferdeck {

/// Writes the per-request records as CSV (ARCHITECTURE.md's `records` contract): a header, then one row
/// per request the summary counts (warm-up too when asked). Latency columns are filled for successful
/// requests only, exactly the values the summary's statistics are computed from, written with the
/// shortest text that reads back to the same double. Send time is relative to the phase start
/// (the first counted request sent).
void writeRecordsCsv(const BenchmarkResult& result, QIODevice& out, bool includeWarmup);

} // namespace inferdeck
