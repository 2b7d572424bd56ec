#pragma once
#include <QString>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// Reads any result file a user may hand over: InferDeck's own, or another tool's, told apart by content.
/// Other tools' files are recognized and named; importing them into the model is not built yet, so they
/// give an error that says which tool wrote the file rather than a confusing parse error.
Result<BenchmarkResult> readAnyResult(const QString& path);

} // namespace inferdeck
