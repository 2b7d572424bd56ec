// `inferdeck-cli compare` as CI pipelines use it: JSON fields, the regression gate's exit code, bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "io/resultfile.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using namespace inferdeck::testing;

class TestCliCompare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SyntheticSpec base;
        base.requestsPerNode = 300;
        SyntheticSpec slower = base;
        slower.seed = 11;
        slower.tpotS *= 1.3;
        QVERIFY(ResultFile::write(makeSyntheticRun(base), m_dir.filePath(u"base.inferdeck.json"_s)).ok());
        QVERIFY(ResultFile::write(makeSyntheticRun(slower), m_dir.filePath(u"slower.inferdeck.json"_s)).ok());
    }

    void jsonGivesEveryMetricWithItsInterval()
    {
        const auto r = runCli({ u"compare"_s, m_dir.filePath(u"base.inferdeck.json"_s), m_dir.filePath(u"slower.inferdeck.json"_s), u"--json"_s });
        QCOMPARE(r.exitCode, 0); // no gate asked for: differences are reported, not judged
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc[u"regression_threshold_pct"_s].isNull());
        const QJsonArray phases = doc[u"comparisons"_s][0][u"phases"_s].toArray();
        QCOMPARE(phases.size(), 2);
        bool tpotSeen = false;
        for (const QJsonValue& m : phases[1][u"metrics"_s].toArray()) {
            const QJsonObject o = m.toObject();
            for (const char* key : { "id", "baseline", "candidate", "change", "ci_low", "ci_high", "significant", "higher_is_better" })
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            if (o[u"id"_s].toString() == u"tpot_p50") {
                tpotSeen = true;
                QVERIFY(o[u"significant"_s].toBool());
                QVERIFY(o[u"change"_s].toDouble() > 0.2);
                QVERIFY(o[u"ci_low"_s].toDouble() > 0.1);
            }
        }
        QVERIFY(tpotSeen);
    }

    void engineVersionChangeIsAWarningLineAndAJsonWarning()
    {
        SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 30;
        spec.reasoningMean = 20;
        BenchmarkResult a = makeSyntheticRun(spec);
        BenchmarkResult b = a;
        for (NodeInventory& n : a.nodes)
            n.engines = { { u"sglang"_s, u"0.4.9"_s, u"endpoint"_s } };
        for (NodeInventory& n : b.nodes)
            n.engines = { { u"sglang"_s, u"0.5.2"_s, u"endpoint"_s } };
        QVERIFY(ResultFile::write(a, m_dir.filePath(u"engine-a.json"_s)).ok());
        QVERIFY(ResultFile::write(b, m_dir.filePath(u"engine-b.json"_s)).ok());
        const auto text = runCli({ u"compare"_s, m_dir.filePath(u"engine-a.json"_s), m_dir.filePath(u"engine-b.json"_s) });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("WARNING: Different engines or engine versions: sglang 0.4.9 against sglang 0.5.2"), text.out.constData());
        QVERIFY(text.out.contains("Answer TTFT p50"));
        const auto json = runCli({ u"compare"_s, m_dir.filePath(u"engine-a.json"_s), m_dir.filePath(u"engine-b.json"_s), u"--json"_s });
        const QJsonArray warnings = QJsonDocument::fromJson(json.out).object()[u"comparisons"_s][0][u"warnings"_s].toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings[0].toString().contains(u"sglang 0.5.2"_s));
        const auto same = runCli({ u"compare"_s, m_dir.filePath(u"base.inferdeck.json"_s), m_dir.filePath(u"slower.inferdeck.json"_s), u"--json"_s });
        QVERIFY(QJsonDocument::fromJson(same.out).object()[u"comparisons"_s][0][u"warnings"_s].toArray().isEmpty());
    }

    void theGateTripsOnASignificantRegressionAndPassesOtherwise()
    {
        const QString a = m_dir.filePath(u"base.inferdeck.json"_s), b = m_dir.filePath(u"slower.inferdeck.json"_s);
        QCOMPARE(runCli({ u"compare"_s, a, b, u"--fail-if-regressed"_s, u"5"_s }).exitCode, 1);
        const auto pass = runCli({ u"compare"_s, a, b, u"--fail-if-regressed"_s, u"90"_s });
        QCOMPARE(pass.exitCode, 0);
        QVERIFY2(pass.out.contains("Regression gate passed at 90 %"), pass.out.constData());
        QCOMPARE(runCli({ u"compare"_s, a, a, u"--fail-if-regressed"_s, u"0"_s }).exitCode, 0);
        // the baseline slower than the candidate: an improvement never trips the gate
        QCOMPARE(runCli({ u"compare"_s, b, a, u"--fail-if-regressed"_s, u"1"_s }).exitCode, 0);
    }

    void theGateFailsASummaryOnlyCollapseAndSaysWhichRowsDecided()
    {
        const QString healthy = sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s);
        const QString failed = sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-serve_all-failed.json"_s);
        const auto r = runCli({ u"compare"_s, healthy, failed, u"--fail-if-regressed"_s, u"5"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Regression gate FAILED at 5 %"), r.out.constData());
        QVERIFY(r.out.contains("the success rate fell from 100.0 % to 0.0 %"));
        QVERIFY(r.out.contains("Output throughput -100.0 % — no interval: one repetition a side"));
        // the file's own percentiles are compared, and marked as such
        QVERIFY(r.out.contains("762.49"));
        QVERIFY(r.out.contains("(from: the file's own figure"));
        const auto json = runCli({ u"compare"_s, healthy, failed, u"--fail-if-regressed"_s, u"5"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject c = QJsonDocument::fromJson(json.out).object()[u"comparisons"_s][0].toObject();
        QCOMPARE(c[u"gate_reasons"_s].toArray().size(), 3);
        const QJsonObject first = c[u"phases"_s][0][u"metrics"_s][0].toObject();
        QCOMPARE(first[u"baseline_from"_s].toString(), u"reported"_s);
        QVERIFY(first[u"no_interval"_s].toString().contains(u"one repetition"_s));
    }

    void anUnstatedModelIsAWarning()
    {
        const auto r = runCli({ u"compare"_s, sourcePath(u"tests/data/importers/mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s),
                                sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("WARNING: hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt does not state its model"), r.out.constData());
    }

    void twoFilesOfOneNameAreToldApartByTheirFolders()
    {
        // every run writes result.inferdeck.json: the gate's lines must say which one is which
        QDir().mkpath(m_dir.filePath(u"run-0412"_s));
        QDir().mkpath(m_dir.filePath(u"run-0413"_s));
        QVERIFY(QFile::copy(m_dir.filePath(u"base.inferdeck.json"_s), m_dir.filePath(u"run-0412/result.inferdeck.json"_s)));
        QVERIFY(QFile::copy(m_dir.filePath(u"slower.inferdeck.json"_s), m_dir.filePath(u"run-0413/result.inferdeck.json"_s)));
        const auto r = runCli({ u"compare"_s, m_dir.filePath(u"run-0412/result.inferdeck.json"_s), m_dir.filePath(u"run-0413/result.inferdeck.json"_s),
                                u"--fail-if-regressed"_s, u"5"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("run-0413/result.inferdeck.json against the baseline run-0412/result.inferdeck.json"), r.out.constData());
        QVERIFY2(r.out.contains("  - run-0413/result.inferdeck.json, phase"), r.out.constData());
        const auto j = runCli({ u"compare"_s, m_dir.filePath(u"run-0412/result.inferdeck.json"_s), m_dir.filePath(u"run-0413/result.inferdeck.json"_s), u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(j.out).object()[u"comparisons"_s][0][u"candidate"_s].toString(), u"run-0413/result.inferdeck.json"_s);
    }

    void badInputGivesTheDocumentedExitCodes()
    {
        for (const char* bad : { "NaN", "nan", "inf", "-inf", "-1" })
            QCOMPARE(runCli({ u"compare"_s, u"a"_s, u"b"_s, u"--fail-if-regressed"_s, QString::fromLatin1(bad) }).exitCode, 2);
        QCOMPARE(runCli({ u"compare"_s, m_dir.filePath(u"base.inferdeck.json"_s) }).exitCode, 2);
        QCOMPARE(runCli({ u"compare"_s, u"a"_s, u"b"_s, u"--fail-if-regressed"_s, u"lots"_s }).exitCode, 2);
        const auto missing = runCli({ u"compare"_s, m_dir.filePath(u"base.inferdeck.json"_s), m_dir.filePath(u"nope.json"_s) });
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("nope.json"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
