// `inferdeck-cli summarize` keeps ARCHITECTURE.md's contract: its JSON keys, null for what was not
// measured, the numbers of the core summary, and the exit codes.
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "io/resultfile.h"
#include "io/summaryjson.h"
#include "metrics/resultsummary.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using nlohmann::json;

class TestCliSummarize : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const BenchmarkResult& r, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!ResultFile::write(r, path).ok())
            qFatal("cannot write fixture");
        return path;
    }

private slots:
    void jsonFollowsTheContract()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 2;
        spec.requestsPerNode = 40;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const QString path = write(r, u"run.inferdeck.json"_s);
        const auto out = testing::runCli({ u"summarize"_s, path, u"--json"_s });
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.err.isEmpty());
        const json j = json::parse(out.out.toStdString());
        QCOMPARE(QString::fromStdString(j["file"].get<std::string>()), path);
        QCOMPARE(j["simulated"].get<bool>(), true);
        QCOMPARE(j["phases"].size(), 4u);
        for (const json& p : j["phases"]) {
            for (const char* key : { "name", "nodes", "repetition", "warmup_excluded", "requests", "duration_s",
                                     "request_throughput", "output_token_throughput", "total_token_throughput",
                                     "ttft_s", "tpot_s", "itl_s", "e2e_s", "goodput", "energy_j_per_output_token" })
                QVERIFY2(p.contains(key), key);
            for (const char* key : { "issued", "completed", "failed" })
                QVERIFY2(p["requests"][key].is_number_unsigned(), key);
            for (const char* metric : { "ttft_s", "tpot_s", "itl_s", "e2e_s" })
                for (const char* stat : { "mean", "p50", "p90", "p95", "p99" })
                    QVERIFY2(p[metric][stat].is_number(), metric);
        }
        const json& s = j["scaling"];
        for (const char* key : { "baseline_phase", "scaled_phase", "nodes", "efficiency", "ci_low", "ci_high" })
            QVERIFY2(s.contains(key), key);
        QCOMPARE(s["nodes"].get<int>(), 2);

        // the CLI prints exactly the core's numbers
        const json expected = summaryToJson(summarizeResult(r));
        QVERIFY(j["phases"] == expected["phases"]);
        QVERIFY(j["scaling"] == expected["scaling"]);
        QCOMPARE(j["phases"][1]["name"].get<std::string>(), "scaled-2node");
        QCOMPARE(j["phases"][1]["nodes"].get<int>(), 2);
        QCOMPARE(j["phases"][1]["repetition"].get<int>(), 0);
        QCOMPARE(j["phases"][1]["warmup_excluded"].get<int>(), 16);
    }

    void notMeasuredIsNullNeverZero()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 10;
        spec.scaling = false;
        spec.telemetry = false;
        spec.chunks = false;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.plan.slo = {};
        const auto out = testing::runCli({ u"summarize"_s, write(r, u"bare.json"_s), u"--json"_s });
        QCOMPARE(out.exitCode, 0);
        const json j = json::parse(out.out.toStdString());
        const json& p = j["phases"][0];
        QVERIFY(p["goodput"].is_null());
        QVERIFY(p["energy_j_per_output_token"].is_null());
        QVERIFY(p["itl_s"]["p50"].is_null());
        QVERIFY(p["ttft_s"]["p50"].is_number());
        QCOMPARE(j["scaling"]["status"].get<std::string>(), "not measured");
        QVERIFY(!j["scaling"]["reason"].get<std::string>().empty());
        QVERIFY(!j["scaling"].contains("efficiency"));
    }

    void textSummaryNamesPhasesAndSimulation()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 10;
        const auto out = testing::runCli({ u"summarize"_s, write(testing::makeSyntheticRun(spec), u"t.json"_s) });
        QCOMPARE(out.exitCode, 0);
        const QString text = QString::fromUtf8(out.out);
        QVERIFY(text.contains(u"SIMULATED"_s));
        QVERIFY(text.contains(u"baseline-1node"_s));
        QVERIFY(text.contains(u"Scaling"_s));
        QVERIFY(!text.contains(u"{"_s)); // no unrendered placeholder of any kind
        QVERIFY(!text.contains(u"%1"_s));
    }

    void reasoningAndLengthsShowOnlyWhenThePhaseHasThem()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 30;
        spec.reasoningMean = 25;
        spec.requestedLengths = true;
        spec.shortAnswerShare = 0.5;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.phases[0].prompts = { u"estimated"_s, QString(), u"no tokenizer"_s };
        const QString path = write(r, u"reasoning.json"_s);
        const auto out = testing::runCli({ u"summarize"_s, path, u"--json"_s });
        QCOMPARE(out.exitCode, 0);
        const json doc = json::parse(out.out.toStdString());
        const ResultSummary summary = summarizeResult(r);
        const json& p = doc["phases"][0];
        QCOMPARE(p["answer_ttft_s"]["p90"].get<double>(), *summary.phases[0].answerTtft.p90);
        QCOMPARE(p["reasoning"]["tokens"].get<std::int64_t>(), summary.phases[0].reasoning->tokens);
        QCOMPARE(p["reasoning"]["share"].get<double>(), *summary.phases[0].reasoning->share);
        QCOMPARE(p["reasoning"]["source"].get<std::string>(), std::string("usage"));
        QCOMPARE(p["lengths"]["prompt_method"].get<std::string>(), std::string("estimated"));
        QCOMPARE(p["lengths"]["short_answers"].get<std::size_t>(), summary.phases[0].lengths->shortAnswers);
        QVERIFY(p["lengths"]["short_answers"].get<std::size_t>() > 0);
        QCOMPARE(p["lengths"]["output_requested_mean"].get<double>(), *summary.phases[0].lengths->outputRequestedMean);
        QVERIFY(doc["phases"][1]["lengths"]["prompt_method"].is_null()); // the scaled phase states no method
        const QString text = QString::fromUtf8(testing::runCli({ u"summarize"_s, path }).out);
        QVERIFY(text.contains(u"Answer TTFT"_s));
        QVERIFY(text.contains(u"estimated from word counts"_s));
        QVERIFY(text.contains(u"shorter than max_tokens"_s));

        spec.reasoningMean = 0;
        spec.requestedLengths = false;
        const QString plain = write(testing::makeSyntheticRun(spec), u"plain.json"_s);
        const json plainDoc = json::parse(testing::runCli({ u"summarize"_s, plain, u"--json"_s }).out.toStdString());
        for (const char* key : { "answer_ttft_s", "reasoning", "lengths" }) {
            QVERIFY2(plainDoc["phases"][0].contains(key), key);
            QVERIFY2(plainDoc["phases"][0][key].is_null(), key);
        }
        const QString plainText = QString::fromUtf8(testing::runCli({ u"summarize"_s, plain }).out);
        QVERIFY(!plainText.contains(u"Answer TTFT"_s));
        QVERIFY(!plainText.contains(u"Reasoning"_s));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("no command") << QStringList {} << 2 << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << 2 << u"unknown command"_s;
        QTest::newRow("summarize without file") << QStringList { u"summarize"_s } << 2 << u"exactly one FILE"_s;
        QTest::newRow("unknown option") << QStringList { u"summarize"_s, u"x.json"_s, u"--yaml"_s } << 2 << u"--yaml"_s;
        QTest::newRow("missing file") << QStringList { u"summarize"_s, u"/nonexistent/r.json"_s } << 3 << u"/nonexistent/r.json"_s;
        QTest::newRow("help") << QStringList { u"--help"_s } << 0 << QString();
        QTest::newRow("version") << QStringList { u"--version"_s } << 0 << QString();
        // every command's usage errors are 2, unreadable input 3, and failing to write its output 1
        QTest::newRow("records without file") << QStringList { u"records"_s } << 2 << u"exactly one FILE"_s;
        QTest::newRow("recover without -o") << QStringList { u"recover"_s, u"j.jsonl"_s } << 2 << u"Usage"_s;
        QTest::newRow("recover of no journal") << QStringList { u"recover"_s, u"/nonexistent/j.jsonl"_s, u"-o"_s, u"/tmp/x.json"_s } << 3
                                               << u"/nonexistent/j.jsonl"_s;
        QTest::newRow("import without -o") << QStringList { u"import"_s, u"a.json"_s } << 2 << u"Usage"_s;
        QTest::newRow("import of an unknown option") << QStringList { u"import"_s, u"a.json"_s, u"-x"_s, u"-o"_s, u"b.json"_s } << 2 << u"Usage"_s;
        QTest::newRow("import into an unwritable file")
            << QStringList { u"import"_s, testing::sourcePath(u"tests/data/importers/llmperf/together_llama2-70b_summary.json"_s),
                             testing::sourcePath(u"tests/data/importers/llmperf/together_llama2-70b_individual_responses.json"_s), u"-o"_s,
                             testing::sourcePath(u"tests/data/importers/llmperf/together_llama2-70b_summary.json"_s) + u"/under-a-file.json"_s }
            << 1 << u"under-a-file.json"_s;
        QTest::newRow("run with an unknown option") << QStringList { u"run"_s, u"--demo"_s, u"--fast"_s } << 2 << u"--fast"_s;
        QTest::newRow("run with plan and demo") << QStringList { u"run"_s, u"--demo"_s, u"--plan"_s, u"p.json"_s } << 2 << u"Usage"_s;
        QTest::newRow("run without a cluster") << QStringList { u"run"_s, u"--plan"_s, u"p.json"_s } << 2 << u"Usage"_s;
        QTest::newRow("report with a second FILE") << QStringList { u"report"_s, u"a.json"_s, u"b.json"_s } << 2 << u"Usage"_s;
        QTest::newRow("probe without DEST") << QStringList { u"probe"_s } << 2 << u"Usage"_s;
        QTest::newRow("probe with a port that is no number") << QStringList { u"probe"_s, u"[::1]:22x"_s } << 2 << u"port must be 1 to 65535"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrContains);
        const auto out = testing::runCli(args);
        QCOMPARE(out.exitCode, code);
        QVERIFY2(QString::fromUtf8(out.err).contains(stderrContains), out.err.constData());
    }

    // a result file's text (plan name, model, phase names, failure reasons) is printed escaped: it can
    // neither send a terminal escape nor add lines of its own to the summary
    void fileTextIsPrintedEscaped()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 10;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.plan.name = u"plan\x1b]0;pwned\x07"_s;
        r.plan.model = u"model\nScaling\n  Efficiency                  999 %"_s;
        r.phases[0].name = u"phase\x1b[2J"_s;
        r.status = RunStatus::Failed;
        r.statusDetail = u"stopped\rall good\u2028"_s;
        const auto out = testing::runCli({ u"summarize"_s, write(r, u"hostile.json"_s) });
        // a reader may refuse such text instead; either way nothing raw reaches the terminal
        QVERIFY2(out.exitCode == 0 || out.exitCode == 3, out.err.constData());
        const QString text = QString::fromUtf8(out.out + out.err);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
            QVERIFY2(u == u'\n' || !control, qPrintable(u"U+%1 printed raw"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
        if (out.exitCode == 0) {
            QVERIFY2(text.contains(u"plan\\x1b]0;pwned\\x07, model model\\nScaling\\n  Efficiency"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Phase phase\\x1b[2J, repetition 1"_s), qPrintable(text));
            QVERIFY2(text.contains(u"stopped\\rall good\\u2028"_s), qPrintable(text));
            QCOMPARE(text.count(u"Efficiency"_s), 2); // the forged one stays on the title line
        }
    }

    void badFileIsOneClearSentenceAndExitThree()
    {
        const QString path = m_dir.filePath(u"garbled.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"inferdeck-result\", \"version\": 99}");
        f.close();
        const auto out = testing::runCli({ u"summarize"_s, path, u"--json"_s });
        QCOMPARE(out.exitCode, 3);
        QVERIFY(out.out.isEmpty());
        const QString err = QString::fromUtf8(out.err).trimmed();
        QVERIFY2(err.contains(path) && err.contains(u"version"_s) && err.contains(u"newer"_s), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSummarize)
#include "tst_cli_summarize.moc"
