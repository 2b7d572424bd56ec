#pragma once
#include <QString>

#include "metrics/resultsummary.h"

namespace inferdeck {

/// "from the server's usage", "counted from reasoning chunks" or the mixed case, for ReasoningSummary::source.
QString reasoningSourceText(const QString& source);
/// "1,234 tokens, 35.0 % of output tokens (from the server's usage)", plus how many answers were all reasoning.
QString reasoningText(const ReasoningSummary& reasoning);
/// How the prompts were sized: exact (the server's tokenizer), estimated (word counts) or not recorded.
QString promptMethodText(const QString& method);

/// A plain-text summary for terminals: one block per phase, then the scaling analysis.
QString summaryText(const BenchmarkResult& result, const ResultSummary& summary, const QString& fileName);

} // namespace inferdeck
