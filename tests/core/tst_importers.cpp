// Importing other tools' result files (tests/data/importers, real files; SOURCES.md names their origin):
// values equal the file's own summary or the numpy known answers of its raw data (gen_known_answers.py),
// cross-check findings are named, bad files fail with the tool, field and position, and `import` round-trips.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "grading/grader.h"
#include "importers/importers.h"
#include "importers/importsupport.h"
#include "importers/pyyaml.h"
#include "io/rubricfile.h"
#include "importers/resultreader.h"
#include "io/resultfile.h"
#include "metrics/resultsummary.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
QString fixture(const QString& relative)
{
    return testing::sourcePath(u"tests/data/importers/"_s + relative);
}

QByteArray bytes(const QString& relative)
{
    QFile f(fixture(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(relative));
    return f.readAll();
}

QJsonObject known()
{
    return QJsonDocument::fromJson(bytes(u"known_answers.json"_s)).object();
}

PhaseSummary summaryOf(const QString& relative)
{
    const Result<BenchmarkResult> r = readAnyResult(fixture(relative));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return summarizeResult(r.value()).phases.value(0);
}

// Equal to numpy's value to 1e-12 relative: the same definitions on the same data.
void expectStats(const stats::Distribution& d, const QJsonObject& want)
{
    QCOMPARE(static_cast<int>(d.count), want[u"count"_s].toInt());
    for (const auto& [name, got] : { std::pair { "mean", d.mean }, { "p50", d.p50 }, { "p90", d.p90 }, { "p99", d.p99 } }) {
        QVERIFY2(got.has_value(), name);
        const double w = want[QString::fromUtf8(name)].toDouble();
        QVERIFY2(std::abs(*got - w) <= 1e-12 * std::abs(w), qPrintable(u"%1: %2 vs numpy %3"_s.arg(QString::fromUtf8(name)).arg(*got, 0, 'g', 17).arg(w, 0, 'g', 17)));
    }
}

bool hasFinding(const PhaseSummary& s, const QString& metric)
{
    for (const CrossCheckFinding& f : s.crossCheck)
        if (f.metric == metric)
            return true;
    return false;
}
} // namespace

class TestImporters : public QObject {
    Q_OBJECT

private slots:
    void vllmPerRequestListsAreRecomputedAndCrossChecked()
    {
        const PhaseSummary s = summaryOf(u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s);
        const QJsonObject k = known()[u"vllm"_s].toObject();
        expectStats(s.ttft, k[u"ttft"_s].toObject());
        expectStats(s.e2e, k[u"e2e"_s].toObject());
        expectStats(s.tpot, k[u"tpot"_s].toObject());
        expectStats(s.itl, k[u"itl"_s].toObject());
        QVERIFY(!s.aggregateOnly);
        QVERIFY(!s.sendTimesKnown);
        // no send times: duration and throughput are the file's own, never derived from fake times
        QCOMPARE(*s.durationS, 1.0679055179934949);
        QCOMPARE(*s.outputTokenThroughput, 413.89429359863317);
        QCOMPARE(s.outputTokens, 442);
        // vLLM counts the three answers without output (TTFT 0.0) in its TTFT mean; InferDeck does not
        QVERIFY(hasFinding(s, u"ttft mean"_s));
        for (const CrossCheckFinding& f : s.crossCheck)
            if (f.metric == u"ttft mean"_s) {
                QVERIFY(f.text().contains(u"44.2 ms"_s));
                QVERIFY(f.text().contains(u"63.1 ms"_s));
                QCOMPARE(f.reported, 0.04416175780061167);
            }
        // the mean TPOT agrees with vLLM's to 0.5 %, so it is not a finding
        QVERIFY(!hasFinding(s, u"tpot mean"_s));
    }

    void vllmAggregateOnlyAndAllFailedFiles()
    {
        const PhaseSummary sweep = summaryOf(u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s);
        QVERIFY(sweep.aggregateOnly);
        QCOMPARE(sweep.completed, 8u);
        QCOMPARE(*sweep.ttft.p99, 762.4942294094944 / 1000.0);
        QCOMPARE(*sweep.e2e.mean, 340.3411977451469 / 1000.0);
        QVERIFY(!sweep.ttft.p90); // vLLM does not print it: not measured, never 0
        QCOMPARE(*sweep.totalTokenThroughput, 281.2430388914002);
        QCOMPARE(sweep.reported->percentileMethod, u"linear"_s);

        const PhaseSummary failed = summaryOf(u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s);
        QCOMPARE(failed.issued, 8u);
        QCOMPARE(failed.failed, 8u);
        QCOMPARE(*failed.successRate, 0.0);
        QVERIFY(!failed.ttft.mean); // the file's 0.0 is a placeholder
    }

    void aiperfJsonAndCsvAgreeAndMapItsItlToTpot()
    {
        const PhaseSummary j = summaryOf(u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s);
        const PhaseSummary c = summaryOf(u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.csv"_s);
        QVERIFY(j.aggregateOnly && c.aggregateOnly);
        QCOMPARE(j.completed, 96u);
        QCOMPARE(*j.ttft.p99, 292.49688644999986 / 1000.0);
        QVERIFY(std::abs(*j.tpot.mean - 0.00567) < 0.00001); // AIPerf's "inter token latency" is TPOT
        QVERIFY(std::abs(*j.itl.mean - 0.00569) < 0.00001);  // its inter-chunk latency is ITL
        QVERIFY(std::abs(*j.durationS - 128.677665177) < 1e-9);
        // the CSV rounds to 2 decimals: equal within that rounding
        QVERIFY(std::abs(*c.ttft.p99 - *j.ttft.p99) <= 0.005e-3);
        QVERIFY(std::abs(*c.requestThroughput - *j.requestThroughput) <= 0.005);
        QCOMPARE(c.completed, 96u);
        QVERIFY(c.reported->notes.join(u' ').contains(u"2 decimals"_s));
    }

    void guidellmKeepsItsWindowAndSaysWhereItDiffers()
    {
        const PhaseSummary s = summaryOf(u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s);
        const QJsonObject k = known()[u"guidellm"_s].toObject();
        QCOMPARE(static_cast<int>(s.completed), k[u"completed"_s].toInt()); // 19, as guidellm's request_totals
        QCOMPARE(s.warmupExcluded, 5u);
        expectStats(s.ttft, k[u"ttft"_s].toObject());
        expectStats(s.e2e, k[u"e2e"_s].toObject());
        QVERIFY(std::abs(*s.durationS - k[u"duration_s"_s].toDouble()) < 1e-6);
        QCOMPARE(s.reported->percentileMethod, u"nearest-rank"_s);
        QVERIFY(!hasFinding(s, u"requests completed"_s));
        QVERIFY(hasFinding(s, u"duration"_s)); // its 720 s window vs. first send to last answer
        for (const CrossCheckFinding& f : s.crossCheck)
            if (f.metric.endsWith(u"p90"_s) || f.metric.endsWith(u"p99"_s))
                QVERIFY2(f.likelyReason.contains(u"nearest-rank"_s), qPrintable(f.text()));
    }

    void llmperfSummaryAndResponsesCombineIntoOnePhase()
    {
        const Result<BenchmarkResult> r = importFiles({ fixture(u"llmperf/together_llama2-70b_summary.json"_s),
                                                        fixture(u"llmperf/together_llama2-70b_individual_responses.json"_s) });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r.value().phases.size(), 1);
        const PhaseSummary s = summarizeResult(r.value()).phases.first();
        const QJsonObject k = known()[u"llmperf"_s].toObject();
        expectStats(s.ttft, k[u"ttft"_s].toObject());
        expectStats(s.e2e, k[u"e2e"_s].toObject());
        expectStats(s.tpot, k[u"tpot"_s].toObject());
        QCOMPARE(*s.outputTokenThroughput, 216.45553311958628);
        QCOMPARE(*s.requestThroughput, 81.89078137274691 / 60.0);
        // llmperf's pandas quantiles are numpy's: its own TTFT p99 equals the recomputed one
        QVERIFY(!hasFinding(s, u"ttft p99"_s));
        QVERIFY(!hasFinding(s, u"e2e mean"_s));
    }

    void mlperfSummaryAndDetailCombineInNanoseconds()
    {
        const Result<BenchmarkResult> r = importFiles({ fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s),
                                                        fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s) });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        const PhaseSummary s = summarizeResult(r.value()).phases.first();
        QCOMPARE(s.phase, u"Server"_s);
        QVERIFY(s.aggregateOnly);
        QCOMPARE(s.reported->validity, u"VALID"_s);
        QCOMPARE(s.completed, 307464u);
        QCOMPARE(*s.requestThroughput, 503.212);
        QCOMPARE(*s.outputTokenThroughput, 64914.6); // not the meaningless result_token_throughput
        QCOMPARE(*s.e2e.p99, 11749246023 * 1e-9);
        QCOMPARE(*s.ttft.p50, 170789707 * 1e-9);
        QCOMPARE(*s.tpot.mean, 74642712 * 1e-9);
        QCOMPARE(s.reported->percentileMethod, u"nearest-rank"_s);

        const PhaseSummary offline = summaryOf(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Offline_mlperf_log_summary.txt"_s);
        QCOMPARE(*offline.requestThroughput, 515.912);
        QCOMPARE(*offline.outputTokenThroughput, 66036.8);
        QCOMPARE(*offline.e2e.max, 1476948216737 * 1e-9); // beyond 32 bits
        QVERIFY(!offline.ttft.mean);
    }

    void loadgenConstraintsAreTheSlosAndUnstatedCountsAreNotGuessed()
    {
        const Result<BenchmarkResult> r = importFiles({ fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s) });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        // "ttft_latency (ns): 2000000000", "tpot_latency (ns): 100000000", "target_qps : 505"
        QCOMPARE(*r.value().plan.slo.ttft, 2.0);
        QCOMPARE(*r.value().plan.slo.tpot, 0.1);
        QVERIFY(!r.value().plan.slo.e2e);
        QCOMPARE(r.value().phases.first().load.mode, LoadSpec::Mode::Poisson);
        QCOMPARE(r.value().phases.first().load.value, 505.0);
        const ResultSummary summary = summarizeResult(r.value());
        QVERIFY(!summary.phases.first().countsKnown); // the summary alone states no sample count
        const GradeCard g = gradeResult(r.value(), summary, defaultRubric());
        const auto criterion = [&g](const QString& id) {
            for (const CriterionGrade& c : g.criteria)
                if (c.id == id)
                    return c;
            qFatal("no criterion %s", qPrintable(id));
        };
        QVERIFY(criterion(u"ttft_slo"_s).measured);
        QCOMPARE(*criterion(u"ttft_slo"_s).value, 371099001 * 1e-9 / 2.0);
        QCOMPARE(*criterion(u"tpot_slo"_s).value, 90350667 * 1e-9 / 0.1);
        // no count is not zero requests: neither a 0 % success rate nor a "too few requests" finding
        QVERIFY(!criterion(u"success_rate"_s).measured);
        QVERIFY(criterion(u"success_rate"_s).reason.contains(u"does not state how many requests"_s));
        QVERIFY(!criterion(u"goodput_share"_s).measured);
        QVERIFY(!criterion(u"stability"_s).measured);
        for (const QualityFinding& f : g.findings)
            QVERIFY2(f.id != u"min_requests"_s && f.id != u"min_phase_duration_s"_s, qPrintable(f.message));
        // counts, duration and the generator's schedule: an open-loop summary states none of them
        QCOMPARE(g.unchecked.size(), 3);
        QVERIFY(g.unchecked.join(u' ').contains(u"generator_behind"_s));

        // with the detail log the count is known again and checked
        const Result<BenchmarkResult> both = importFiles({ fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s),
                                                           fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s) });
        QVERIFY(both.ok());
        const ResultSummary s2 = summarizeResult(both.value());
        QVERIFY(s2.phases.first().countsKnown);
        const GradeCard g2 = gradeResult(both.value(), s2, defaultRubric());
        for (const CriterionGrade& c : g2.criteria)
            if (c.id == u"success_rate"_s)
                QVERIFY2(c.measured && *c.value == 1.0, qPrintable(c.reason)); // 307464 samples, num_errors 0
        // LoadGen's rate is completed samples over the run's span, so the span follows: 307464 / 503.212 s
        QCOMPARE(*s2.phases.first().durationS, 307464 / 503.212);
        // the detail log states counts and duration; the generator's lateness no LoadGen log keeps
        QCOMPARE(g2.unchecked.size(), 1);
        QVERIFY2(g2.unchecked.first().contains(u"generator_behind"_s), qPrintable(g2.unchecked.join(u' ')));
    }

    void mismatchedLoadgenLogsAreRefused()
    {
        const Result<BenchmarkResult> r = importFiles({ fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Offline_mlperf_log_summary.txt"_s),
                                                        fixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s) });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Offline"_s) && r.error().message.contains(u"Server"_s), qPrintable(r.error().message));
    }

    void badFilesNameToolFieldAndPosition_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("cut");        // keep this many bytes (0 = keep all)
        QTest::addColumn<QByteArray>("from"); // then replace this...
        QTest::addColumn<QByteArray>("to");   // ...with this
        QTest::addColumn<QString>("expected");
        QTest::newRow("vLLM truncated") << u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s << 3000 << QByteArray() << QByteArray() << u"vLLM bench serve: byte"_s;
        QTest::newRow("vLLM ttft as text") << u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s << 0 << QByteArray("\"ttfts\": [0.0646") << QByteArray("\"ttfts\": [\"fast\", 0.0646") << u"ttfts"_s;
        QTest::newRow("vLLM lists of different length") << u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s << 0 << QByteArray("\"output_lens\": [120, ") << QByteArray("\"output_lens\": [") << u"output_lens: has 9 entries"_s;
        QTest::newRow("AIPerf JSON truncated") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s << 2000 << QByteArray() << QByteArray() << u"AIPerf JSON: byte"_s;
        QTest::newRow("AIPerf unit not a time") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s << 0 << QByteArray("\"time_to_first_token\": {\n    \"unit\": \"ms\"") << QByteArray("\"time_to_first_token\": {\n    \"unit\": \"tokens\"") << u"time_to_first_token"_s;
        QTest::newRow("AIPerf CSV truncated row") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.csv"_s << 400 << QByteArray() << QByteArray() << u"AIPerf CSV: line"_s;
        QTest::newRow("guidellm truncated") << u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s << 100000 << QByteArray() << QByteArray() << u"guidellm: byte"_s;
        const QString yaml = u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.yaml"_s;
        QTest::newRow("guidellm YAML cut inside a quoted answer") << yaml << 120000 << QByteArray() << QByteArray() << u"the quoted string is not closed"_s;
        QTest::newRow("guidellm YAML with an alias") << yaml << 0 << QByteArray("  backend: openai_http\n") << QByteArray("  backend: *backend\n") << u"line 2: anchors and aliases are not supported"_s;
        QTest::newRow("guidellm YAML with a Python object") << yaml << 0 << QByteArray("  output_dir: /tmp/guidellm_out_tmp\n") << QByteArray("  output_dir: !!python/object/apply:pathlib.PosixPath\n") << u"the tag !!python/object/apply:pathlib.PosixPath is not supported"_s;
        QTest::newRow("guidellm YAML tab indentation") << yaml << 0 << QByteArray("\n  backend: openai_http") << QByteArray("\n\tbackend: openai_http") << u"line 2: a tab in the indentation"_s;
        QTest::newRow("guidellm YAML bad escape") << yaml << 0 << QByteArray("output: \" \\n\\nOkay,") << QByteArray("output: \" \\q\\nOkay,") << u"the escape \\q is not YAML"_s;
        QTest::newRow("guidellm unknown version") << u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s << 0 << QByteArray("\"guidellm_version\": \"0.5.0.dev0\"") << QByteArray("\"guidellm_version\": \"0.1.0\"") << u"metadata.guidellm_version"_s;
        QTest::newRow("llmperf summary count as text") << u"llmperf/together_llama2-70b_summary.json"_s << 0 << QByteArray("\"results_num_completed_requests\": 150") << QByteArray("\"results_num_completed_requests\": \"many\"") << u"results_num_completed_requests"_s;
        QTest::newRow("MLPerf detail truncated line") << u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s << 5000 << QByteArray() << QByteArray() << u"MLPerf LoadGen detail log: line"_s;
        QTest::newRow("GenAI-Perf export truncated") << u"synthetic/genai-perf_profile_export.json"_s << 50000 << QByteArray() << QByteArray() << u"(truncated?)"_s;
        QTest::newRow("GenAI-Perf time stamp not whole") << u"synthetic/genai-perf_profile_export.json"_s << 0 << QByteArray("\"timestamp\": 1733220000000000000,") << QByteArray("\"timestamp\": 1.73322e18,") << u"experiments[0].requests[0].timestamp"_s;
        QTest::newRow("GenAI-Perf a response without time stamp") << u"synthetic/genai-perf_profile_export.json"_s << 0 << QByteArray("\"response_timestamps\": [\n                        1733220000067565688,") << QByteArray("\"response_timestamps\": [") << u"experiments[0].requests[0].response_outputs: has 25 entries but response_timestamps has 24"_s;
        QTest::newRow("AIPerf records cut off") << u"synthetic/aiperf_profile_export.jsonl"_s << 33000 << QByteArray() << QByteArray() << u"line 33: the last line is cut off"_s;
        QTest::newRow("AIPerf records TTFT in tokens") << u"synthetic/aiperf_profile_export.jsonl"_s << 0 << QByteArray("\"time_to_first_token\": {\"value\": 89.83213559117615, \"unit\": \"ms\"}") << QByteArray("\"time_to_first_token\": {\"value\": 89.83213559117615, \"unit\": \"tokens\"}") << u"line 1.metrics.time_to_first_token.unit"_s;
        QTest::newRow("MLPerf summary bad number") << u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s << 0 << QByteArray("Completed samples per second    : 503.21") << QByteArray("Completed samples per second    : fast") << u"Completed samples per second"_s;
    }

    void badFilesNameToolFieldAndPosition()
    {
        QFETCH(QString, source);
        QFETCH(int, cut);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray data = bytes(source);
        if (cut > 0)
            data.truncate(cut);
        if (!from.isEmpty()) {
            QVERIFY2(data.contains(from), from.constData());
            data.replace(from, to);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QFileInfo(source).fileName());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const Result<BenchmarkResult> r = readAnyResult(path);
        QVERIFY2(!r.ok(), "a damaged file must not be half-imported");
        QCOMPARE(r.error().where, path);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void pyyamlDumpReadsAsItsJsonTwin()
    {
        // written by PyYAML itself (gen_pyyaml_cases.py): folded and escaped strings, quoted look-alikes of
        // numbers and booleans, nested and empty collections; NaN and infinity read as null, as in JSON
        nlohmann::json got;
        try {
            got = importing::parsePyYamlDump(bytes(u"synthetic/pyyaml_cases.yaml"_s));
        } catch (const importing::ImportFailure& f) {
            QFAIL(qPrintable(f.field + u": "_s + f.message));
        }
        const nlohmann::json want = nlohmann::json::parse(bytes(u"synthetic/pyyaml_cases.json"_s).toStdString());
        for (auto it = want.begin(); it != want.end(); ++it)
            QVERIFY2(got.contains(it.key()) && got[it.key()] == it.value(),
                     qPrintable(QString::fromStdString(it.key() + ": want " + it.value().dump() + ", got " + got.value(it.key(), nlohmann::json()).dump())));
        QCOMPARE(got.size(), want.size());
    }

    void guidellmYamlReportImportsLikeItsJson()
    {
        const ResultSummary fromJson = summarizeResult(readAnyResult(fixture(u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s)).value());
        const Result<BenchmarkResult> yaml = readAnyResult(fixture(u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.yaml"_s));
        QVERIFY2(yaml.ok(), yaml.ok() ? "" : qPrintable(yaml.error().toString()));
        QCOMPARE(yaml.value().provenance.tool, u"guidellm"_s);
        const ResultSummary fromYaml = summarizeResult(yaml.value());
        QCOMPARE(fromYaml.phases.size(), fromJson.phases.size());
        const PhaseSummary& a = fromJson.phases.first();
        const PhaseSummary& b = fromYaml.phases.first();
        QCOMPARE(b.completed, a.completed);
        QCOMPARE(b.warmupExcluded, a.warmupExcluded);
        QCOMPARE(b.outputTokens, a.outputTokens);
        QCOMPARE(*b.ttft.p50, *a.ttft.p50);
        QCOMPARE(*b.e2e.p99, *a.e2e.p99);
        QCOMPARE(*b.durationS, *a.durationS);
        QCOMPARE(b.crossCheck.size(), a.crossCheck.size());
    }

    void genaiPerfProfileExportIsRecomputedPerExperiment()
    {
        const Result<BenchmarkResult> r = readAnyResult(fixture(u"synthetic/genai-perf_profile_export.json"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r.value().phases.size(), 2);
        QCOMPARE(r.value().plan.model, u"llama-3.1-8b-instruct"_s);
        QCOMPARE(r.value().provenance.tool, u"genai-perf"_s);
        const ResultSummary all = summarizeResult(r.value());
        const QJsonArray k = known()[u"genaiperf"_s].toArray();
        for (qsizetype i = 0; i < 2; ++i) {
            const PhaseSummary& s = all.phases[i];
            const QJsonObject want = k[i].toObject();
            QVERIFY(!s.aggregateOnly);
            QVERIFY(s.sendTimesKnown);
            QCOMPARE(static_cast<int>(s.issued), want[u"issued"_s].toInt());
            QCOMPARE(static_cast<int>(s.completed), want[u"completed"_s].toInt());
            QCOMPARE(s.outputTokens, want[u"output_tokens"_s].toInteger());
            QVERIFY(std::abs(*s.durationS - want[u"duration_s"_s].toDouble()) < 1e-9);
            QVERIFY(std::abs(*s.outputTokenThroughput - want[u"output_token_throughput"_s].toDouble()) < 1e-6);
            QVERIFY(!s.totalTokenThroughput || i == 0); // the rate experiment has no prompt lengths
            expectStats(s.ttft, want[u"ttft"_s].toObject());
            expectStats(s.e2e, want[u"e2e"_s].toObject());
            expectStats(s.tpot, want[u"tpot"_s].toObject());
            expectStats(s.itl, want[u"itl"_s].toObject());
        }
        QCOMPARE(all.phases[0].phase, u"concurrency 4"_s);
        QCOMPARE(all.phases[1].phase, u"request rate 2/s"_s);
        QCOMPARE(all.phases[0].tokenSource, u"usage"_s);
        QCOMPARE(all.phases[1].tokenSource, u"counted"_s);
        QStringList reasons;
        for (const auto& [reason, n] : all.phases[0].failuresByReason)
            reasons << reason;
        reasons.sort();
        QCOMPARE(reasons, (QStringList { u"no response"_s, u"prompt too long"_s }));
    }

    void aiperfRecordsExcludeWarmupAndCrossCheckTheAggregateExport()
    {
        const QJsonObject k = known()[u"aiperf_records"_s].toObject();
        const PhaseSummary s = summaryOf(u"synthetic/aiperf_profile_export.jsonl"_s);
        QCOMPARE(static_cast<int>(s.warmupExcluded), k[u"warmup"_s].toInt());
        QCOMPARE(static_cast<int>(s.issued), k[u"issued"_s].toInt());
        QCOMPARE(static_cast<int>(s.completed), k[u"completed"_s].toInt());
        expectStats(s.ttft, k[u"ttft"_s].toObject());
        expectStats(s.e2e, k[u"e2e"_s].toObject());
        expectStats(s.tpot, k[u"tpot"_s].toObject());
        expectStats(s.itl, k[u"itl"_s].toObject());
        QVERIFY(std::abs(*s.durationS - k[u"duration_s"_s].toDouble()) < 1e-9);
        QVERIFY(s.crossCheck.isEmpty()); // nothing to compare without the aggregate export

        const Result<BenchmarkResult> both = importFiles({ fixture(u"synthetic/aiperf_profile_export.jsonl"_s),
                                                           fixture(u"synthetic/aiperf_profile_export_aiperf.json"_s) });
        QVERIFY2(both.ok(), both.ok() ? "" : qPrintable(both.error().toString()));
        QCOMPARE(both.value().phases.size(), 1);
        QCOMPARE(both.value().plan.model, u"llama-3.1-8b-instruct"_s);
        const PhaseSummary c = summarizeResult(both.value()).phases.first();
        QVERIFY(!c.aggregateOnly);
        QVERIFY(c.reported.has_value());
        QVERIFY(!c.reported->notes.join(u' ').contains(u"aggregates only"_s));
        // AIPerf's duration spans the whole profiling phase: named, with both numbers and why
        QVERIFY(hasFinding(c, u"duration"_s));
        QVERIFY(hasFinding(c, u"request throughput"_s));
        for (const CrossCheckFinding& f : c.crossCheck)
            if (f.metric == u"duration"_s)
                QVERIFY2(f.likelyReason.contains(u"duration"_s), qPrintable(f.text()));
        // the same records, the same numpy percentiles: latencies agree
        for (const QString& m : { u"ttft mean"_s, u"ttft p99"_s, u"e2e p50"_s, u"tpot mean"_s, u"itl p90"_s,
                                 u"requests completed"_s, u"output tokens"_s })
            QVERIFY2(!hasFinding(c, m), qPrintable(m));
    }

    void filesOfDifferentToolsAreNotMixed()
    {
        const Result<BenchmarkResult> r = importFiles({ fixture(u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s),
                                                        fixture(u"llmperf/together_llama2-70b_summary.json"_s) });
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"different tools"_s));
    }

    void importWritesAResultThatSummarizesTheSame()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"vllm.inferdeck.json"_s);
        const QString src = fixture(u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s);
        const testing::CommandResult imp = testing::runCli({ u"import"_s, src, u"-o"_s, out });
        QCOMPARE(imp.exitCode, 0);
        QVERIFY2(imp.err.contains("ttft mean"), imp.err.constData()); // the cross-check is said
        const testing::CommandResult a = testing::runCli({ u"summarize"_s, src, u"--json"_s });
        const testing::CommandResult b = testing::runCli({ u"summarize"_s, out, u"--json"_s });
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        QJsonObject ja = QJsonDocument::fromJson(a.out).object();
        QJsonObject jb = QJsonDocument::fromJson(b.out).object();
        ja.remove(u"file"_s);
        jb.remove(u"file"_s);
        QCOMPARE(ja, jb);
        const QJsonObject phase = ja[u"phases"_s].toArray().first().toObject();
        QCOMPARE(phase[u"send_times_known"_s].toBool(), false);
        QVERIFY(!phase[u"cross_check"_s].toArray().isEmpty());
        // the imported file is a valid InferDeck result that keeps the tool's aggregates
        const Result<BenchmarkResult> back = ResultFile::read(out);
        QVERIFY(back.ok());
        QVERIFY(back.value().phases.first().reported.has_value());
        QCOMPARE(back.value().provenance.tool, u"vllm"_s);
    }

    void importUsageAndBadInputExitCodes()
    {
        QCOMPARE(testing::runCli({ u"import"_s }).exitCode, 2);
        QTemporaryDir dir;
        const QString junk = dir.filePath(u"junk.json"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"hello\": 1}");
        f.close();
        const testing::CommandResult r = testing::runCli({ u"import"_s, junk, u"-o"_s, dir.filePath(u"x.json"_s) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("looked for"));
        QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
