#pragma once
#include <QByteArray>
#include <QString>

namespace inferdeck {

/// The result formats InferDeck recognizes by content (ARCHITECTURE.md, ../shared/fixtures/FORMATS.md).
enum class ResultFormat {
    InferDeck,
    VllmBenchServe,        // benchmark_serving.py / vllm bench serve --save-result JSON
    AiperfJson,            // profile_export_aiperf.json
    AiperfCsv,             // profile_export_aiperf.csv
    GenaiPerfJson,         // profile_export_genai_perf.json
    GenaiPerfCsv,          // profile_export_genai_perf.csv
    GenaiPerfProfileExport, // profile_export.json: raw per-request timestamps
    AiperfRecords,         // profile_export.jsonl: one record per request
    AiperfServerMetrics,   // server_metrics_export.jsonl: every scrape of the engine's /metrics
    AiperfServerMetricsSummary, // server_metrics_export.json/.csv: statistics over the window only
    Guidellm,              // guidellm benchmarks report
    LlmperfSummary,        // *_summary.json
    LlmperfIndividual,     // *_individual_responses.json
    MlperfSummary,         // mlperf_log_summary.txt
    MlperfDetail,          // mlperf_log_detail.txt
    Unknown,
};

/// Which tool wrote a file, decided from its first bytes (64 KiB are plenty), never from its name.
ResultFormat detectResultFormat(const QByteArray& head);
/// "vLLM bench serve result", "MLPerf LoadGen summary log", ...
QString resultFormatName(ResultFormat format);
/// What detection looks for, for the message about a file it does not recognize.
QString recognizedFormatsDescription();

} // namespace inferdeck
