#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "model/benchmarkresult.h"
#include "util/result.h"

#include <optional>

namespace inferdeck {

// One function per foreign format (../shared/fixtures/FORMATS.md). Each maps the tool's metrics to InferDeck's
// definitions, keeps the tool's own aggregates in Phase::reported, and never half-imports: any bad field gives
// an Error naming the tool, the field and the position. `where` names the file in errors.
Result<BenchmarkResult> importVllm(const QByteArray& data, const QString& where);
Result<BenchmarkResult> importAiperfJson(const QByteArray& data, const QString& where); // also GenAI-Perf's JSON
Result<BenchmarkResult> importAiperfCsv(const QByteArray& data, const QString& where);
Result<BenchmarkResult> importGenaiPerfCsv(const QByteArray& data, const QString& where);
/// profile_export.json: every request's and response's time stamp; one phase per experiment.
Result<BenchmarkResult> importGenaiPerfProfileExport(const QByteArray& data, const QString& where);
/// AIPerf's per-request profile_export.jsonl.
Result<BenchmarkResult> importAiperfRecords(const QByteArray& data, const QString& where);
/// AIPerf's server_metrics_export.jsonl (the engine's /metrics scraped through the run) as the engine state of
/// each phase of `result`, which must come from the same run's per-request records; an error leaves `result`
/// as it was in every phase not yet reached, and the caller drops it.
std::optional<Error> attachAiperfServerMetrics(BenchmarkResult& result, const QByteArray& data, const QString& where);
Result<BenchmarkResult> importGuidellm(const QByteArray& data, const QString& where);
/// Either file may be absent (nullptr); given both, they combine into one phase.
Result<BenchmarkResult> importLlmperf(const QByteArray* summary, const QString& summaryWhere,
                                      const QByteArray* individual, const QString& individualWhere);
Result<BenchmarkResult> importMlperf(const QByteArray* summary, const QString& summaryWhere,
                                     const QByteArray* detail, const QString& detailWhere);

/// Reads the files, detects each one's tool by content and imports them as one result: llmperf's summary
/// with its individual responses, LoadGen's summary with its detail log, and AIPerf's or GenAI-Perf's
/// per-request export with its aggregate export combine into one phase; several files of one tool become
/// one phase each. Files of different tools are refused.
Result<BenchmarkResult> importFiles(const QStringList& paths);

} // namespace inferdeck
