#pragma once
#include <QString>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// Reads any result file a user may hand over: InferDeck's own, or another tool's, told apart by content.
/// Other tools' files are imported into the same model (importers.h).
Result<BenchmarkResult> readAnyResult(const QString& path);

/// The files beside `path` that complete the same run, named as the tool names them: LoadGen's
/// mlperf_log_detail.txt beside its mlperf_log_summary.txt (same prefix), llmperf's
/// <name>_individual_responses.json beside <name>_summary.json. Only files whose content is that format.
QStringList companionFiles(const QString& path);

/// readAnyResult with the run's companion files read together (importFiles), so a summary gains what only
/// its detail log states (LoadGen's version and start); a companion that does not combine is left out.
Result<BenchmarkResult> readResultWithCompanions(const QString& path);

} // namespace inferdeck
