// Detection of other tools' result files by content, from the real files in tests/data/importers
// (copied byte for byte from public repositories; SOURCES.md there names each one's origin).
#include <QDir>
#include <QFile>
#include <QTest>

#include "importers/formatdetect.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

Q_DECLARE_METATYPE(inferdeck::ResultFormat)

namespace {
QByteArray head(const QString& relative)
{
    QFile f(testing::sourcePath(u"tests/data/importers/"_s + relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(relative));
    return f.read(64 * 1024);
}
} // namespace

class TestFormatDetect : public QObject {
    Q_OBJECT

private slots:
    void realFilesAreRecognizedByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ResultFormat>("format");
        QTest::newRow("vLLM 2024 with per-request arrays") << u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s << ResultFormat::VllmBenchServe;
        QTest::newRow("vLLM 2026 all failed") << u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s << ResultFormat::VllmBenchServe;
        QTest::newRow("vLLM sweep run") << u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s << ResultFormat::VllmBenchServe;
        QTest::newRow("AIPerf JSON") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s << ResultFormat::AiperfJson;
        QTest::newRow("AIPerf CSV (CRLF)") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.csv"_s << ResultFormat::AiperfCsv;
        QTest::newRow("guidellm 0.5") << u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s << ResultFormat::Guidellm;
        QTest::newRow("guidellm 0.5 as YAML") << u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.yaml"_s << ResultFormat::Guidellm;
        QTest::newRow("llmperf summary") << u"llmperf/together_llama2-70b_summary.json"_s << ResultFormat::LlmperfSummary;
        QTest::newRow("llmperf individual") << u"llmperf/together_llama2-70b_individual_responses.json"_s << ResultFormat::LlmperfIndividual;
        QTest::newRow("LoadGen Offline summary") << u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Offline_mlperf_log_summary.txt"_s << ResultFormat::MlperfSummary;
        QTest::newRow("GenAI-Perf per-request export (synthetic)") << u"synthetic/genai-perf_profile_export.json"_s << ResultFormat::GenaiPerfProfileExport;
        QTest::newRow("AIPerf per-request records (synthetic)") << u"synthetic/aiperf_profile_export.jsonl"_s << ResultFormat::AiperfRecords;
        QTest::newRow("AIPerf server-metrics scrapes") << u"synthetic/aiperf-server-metrics/server_metrics_export.jsonl"_s
                                                       << ResultFormat::AiperfServerMetrics;
        QTest::newRow("AIPerf server-metrics summary") << u"synthetic/aiperf-server-metrics/server_metrics_export.json"_s
                                                       << ResultFormat::AiperfServerMetricsSummary;
        QTest::newRow("LoadGen Server detail") << u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s << ResultFormat::MlperfDetail;
    }
    void realFilesAreRecognizedByContent()
    {
        QFETCH(QString, file);
        QFETCH(ResultFormat, format);
        QCOMPARE(detectResultFormat(head(file)), format);
    }

    void ownFilesAndStrangersAreToldApart_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<ResultFormat>("format");
        QTest::newRow("InferDeck, with a byte order mark") << QByteArray("\xEF\xBB\xBF{\"format\": \"inferdeck-result\", \"version\": 1}") << ResultFormat::InferDeck;
        QTest::newRow("GenAI-Perf CSV") << QByteArray("Metric,avg,min,max,p99,p95,p90,p75,p50,p25\r\n") << ResultFormat::GenaiPerfCsv;
        QTest::newRow("empty") << QByteArray() << ResultFormat::Unknown;
        QTest::newRow("some other JSON") << QByteArray("{\"name\": \"x\", \"backend\": \"y\"}") << ResultFormat::Unknown;
        QTest::newRow("a list of numbers") << QByteArray("[1, 2, 3]") << ResultFormat::Unknown;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << ResultFormat::Unknown;
        // a key inside a string value is not a key
        QTest::newRow("key in a string") << QByteArray("{\"note\": \"aiperf_version\"}") << ResultFormat::Unknown;
    }
    void ownFilesAndStrangersAreToldApart()
    {
        QFETCH(QByteArray, text);
        QFETCH(ResultFormat, format);
        QCOMPARE(detectResultFormat(text), format);
    }

    void everyFormatHasAName()
    {
        for (int f = 0; f <= int(ResultFormat::Unknown); ++f)
            QVERIFY(!resultFormatName(ResultFormat(f)).isEmpty());
        QVERIFY(recognizedFormatsDescription().contains(u"MLPerf"_s));
    }
};

QTEST_GUILESS_MAIN(TestFormatDetect)
#include "tst_formatdetect.moc"
