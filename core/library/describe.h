#pragma once
#include <QString>

#include "library/libraryrun.h"
#include "metrics/resultsummary.h"
#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// What identifies the run of `result`: model, engine, hardware, plan, dataset, tool, date.
RunFingerprint fingerprintOf(const BenchmarkResult& result);
/// One headline per summarized phase repetition, in file order.
QList<PhaseHeadline> headlinesOf(const ResultSummary& summary);
/// The repetitions of phase `name` in `phases` averaged: the mean of each figure the repetitions state.
PhaseHeadline averagedHeadline(const QList<PhaseHeadline>& phases, const QString& name);

/// Reads `path` (any format readAnyResult takes), hashes it and derives what the library keeps: fingerprint,
/// grade by the built-in rubric and every phase's headline. Safe on any thread; touches no database.
Result<LibraryEntry> describeResultFile(const QString& path);

/// SHA-256 (hex) and size of `path`'s content, read in blocks.
Result<std::pair<QString, qint64>> hashFile(const QString& path);

} // namespace inferdeck
