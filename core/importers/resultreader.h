#pragma once
#include <QString>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// Reads any result file a user may hand over: InferDeck's own, or another tool's, told apart by content.
/// Other tools' files are imported into the same model (importers.h).
Result<BenchmarkResult> readAnyResult(const QString& path);

} // namespace inferdeck
