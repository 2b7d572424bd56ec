#include "importers/formatdetect.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(FormatDetect)
};

// A JSON key as Python's json.dump and nlohmann write it: "key" then optional spaces and a colon.
bool hasKey(const QByteArray& text, const char* key)
{
    const QRegularExpression re(u"\"%1\"\\s*:"_s.arg(QRegularExpression::escape(QString::fromLatin1(key))));
    return re.match(QString::fromUtf8(text)).hasMatch();
}

QByteArray trimmedStart(const QByteArray& head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    return head.mid(i);
}
} // namespace

ResultFormat detectResultFormat(const QByteArray& head)
{
    const QByteArray t = trimmedStart(head);
    if (t.startsWith(":::MLLOG {"))
        return ResultFormat::MlperfDetail;
    if (t.left(4096).contains("MLPerf Results Summary"))
        return ResultFormat::MlperfSummary;
    if (t.startsWith("# AIPerf Server Metrics Export"))
        return ResultFormat::AiperfServerMetricsSummary;
    if (t.startsWith("Metric,avg,min,max,sum,") || t.startsWith("Metric,avg,min,max,p1,"))
        return ResultFormat::AiperfCsv;
    if (t.startsWith("Metric,avg,min,max,p99") || t.startsWith("\"Metric\",\"avg\""))
        return ResultFormat::GenaiPerfCsv;
    // guidellm's report through yaml.dump: sorted top-level keys, the benchmarks list not indented
    if ((t.startsWith("args:") || t.startsWith("benchmarks:"))
        && (t.contains("\nbenchmarks:\n- config:") || t.startsWith("benchmarks:\n- config:")
            || t.contains("\nbenchmarks:\n- type_:") || t.startsWith("benchmarks:\n- type_:")))
        return ResultFormat::Guidellm;
    if (t.startsWith('[')) {
        if (hasKey(t, "ttft_s") && hasKey(t, "end_to_end_latency_s"))
            return ResultFormat::LlmperfIndividual;
        return ResultFormat::Unknown;
    }
    if (!t.startsWith('{'))
        return ResultFormat::Unknown;
    if (const QByteArray first = t.left(t.indexOf('\n') < 0 ? t.size() : t.indexOf('\n'));
        hasKey(first, "metadata") && hasKey(first, "request_start_ns"))
        return ResultFormat::AiperfRecords;
    if (const QByteArray first = t.left(t.indexOf('\n') < 0 ? t.size() : t.indexOf('\n'));
        hasKey(first, "endpoint_url") && hasKey(first, "timestamp_ns") && hasKey(first, "metrics"))
        return ResultFormat::AiperfServerMetrics;
    if (QRegularExpression(u"\"format\"\\s*:\\s*\"inferdeck-result\""_s).match(QString::fromUtf8(t.left(4096))).hasMatch())
        return ResultFormat::InferDeck;
    if (hasKey(t, "guidellm_version") || (hasKey(t, "benchmarks") && t.contains("generative_benchmark")))
        return ResultFormat::Guidellm;
    // both exports hold an endpoint summary and the run's input_config (a profile export for its GPU
    // telemetry); only the server-metrics one has per-endpoint series and no request metric
    if (hasKey(t, "aiperf_version") && hasKey(t, "series") && hasKey(t, "endpoint_url") && !hasKey(t, "request_throughput")
        && !hasKey(t, "time_to_first_token"))
        return ResultFormat::AiperfServerMetricsSummary;
    if (hasKey(t, "aiperf_version"))
        return ResultFormat::AiperfJson;
    // perf_analyzer writes service_kind after the experiments, far beyond the head of a big file
    if (hasKey(t, "experiments") && (hasKey(t, "service_kind") || hasKey(t, "response_timestamps")))
        return ResultFormat::GenaiPerfProfileExport;
    if (hasKey(t, "input_config") && t.contains("\"unit\""))
        return ResultFormat::GenaiPerfJson;
    if (hasKey(t, "results_ttft_s_mean") || QRegularExpression(u"\"version\"\\s*:\\s*\"2023-08-31\""_s).match(QString::fromUtf8(t)).hasMatch())
        return ResultFormat::LlmperfSummary;
    if (hasKey(t, "backend") && hasKey(t, "model_id") && (hasKey(t, "mean_ttft_ms") || hasKey(t, "num_prompts")))
        return ResultFormat::VllmBenchServe;
    return ResultFormat::Unknown;
}

QString resultFormatName(ResultFormat format)
{
    switch (format) {
    case ResultFormat::InferDeck:
        return Tr::tr("InferDeck result");
    case ResultFormat::VllmBenchServe:
        return Tr::tr("vLLM bench serve result");
    case ResultFormat::AiperfJson:
        return Tr::tr("AIPerf profile export (JSON)");
    case ResultFormat::AiperfCsv:
        return Tr::tr("AIPerf profile export (CSV)");
    case ResultFormat::GenaiPerfJson:
        return Tr::tr("GenAI-Perf profile export (JSON)");
    case ResultFormat::GenaiPerfCsv:
        return Tr::tr("GenAI-Perf profile export (CSV)");
    case ResultFormat::GenaiPerfProfileExport:
        return Tr::tr("GenAI-Perf per-request profile export");
    case ResultFormat::AiperfRecords:
        return Tr::tr("AIPerf per-request records (JSONL)");
    case ResultFormat::AiperfServerMetrics:
        return Tr::tr("AIPerf server metrics scrapes (JSONL)");
    case ResultFormat::AiperfServerMetricsSummary:
        return Tr::tr("AIPerf server metrics summary");
    case ResultFormat::Guidellm:
        return Tr::tr("guidellm benchmarks report");
    case ResultFormat::LlmperfSummary:
        return Tr::tr("llmperf summary");
    case ResultFormat::LlmperfIndividual:
        return Tr::tr("llmperf individual responses");
    case ResultFormat::MlperfSummary:
        return Tr::tr("MLPerf LoadGen summary log");
    case ResultFormat::MlperfDetail:
        return Tr::tr("MLPerf LoadGen detail log");
    case ResultFormat::Unknown:
        break;
    }
    return Tr::tr("unrecognized file");
}

QString recognizedFormatsDescription()
{
    return Tr::tr("an InferDeck result (\"format\": \"inferdeck-result\"), a vLLM bench serve result (backend, model_id, mean_ttft_ms), "
                  "an AIPerf or GenAI-Perf export (aiperf_version or input_config; CSV starting \"Metric,avg,min,max\"; "
                  "experiments with service_kind; JSON lines with metadata.request_start_ns), a guidellm report "
                  "(guidellm_version, benchmarks), llmperf output (results_ttft_s_mean, or a list with ttft_s and end_to_end_latency_s) "
                  "or an MLPerf LoadGen log (\":::MLLOG\" lines, \"MLPerf Results Summary\")");
}

} // namespace inferdeck
