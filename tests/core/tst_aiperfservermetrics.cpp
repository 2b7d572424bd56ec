// AIPerf's server-metrics export imported beside its records: the shared engine catalog read from C++
// arrives at the agent's own numbers for every engine's exposition, the time split of an AIPerf run agrees
// with what its simulated server did, and bad or lone files give clear errors.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include "importers/importers.h"
#include "metrics/enginesplit.h"
#include "protocol/enginecatalog.h"
#include "testutil.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDir = u"tests/data/importers/synthetic/aiperf-server-metrics/"_s;

nlohmann::json readJson(const QString& relative)
{
    QFile f(testing::sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return nlohmann::json::parse(f.readAll().toStdString());
}

// One phase on one node, as an AIPerf records import makes it.
BenchmarkResult oneNodeResult(double t0Unix)
{
    BenchmarkResult r;
    Phase p;
    p.name = u"profile"_s;
    p.nodes = { u"server"_s };
    p.t0Unix = t0Unix;
    r.phases.append(p);
    return r;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestAiperfServerMetrics : public QObject {
    Q_OBJECT
private slots:
    void theImporterReadsEveryEngineAsTheAgentDoes_data()
    {
        QTest::addColumn<int>("index");
        const nlohmann::json cases = readJson(u"tests/data/protocol/engine-catalog-cases.json"_s)["cases"];
        QVERIFY(cases.size() >= 5);
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i]["file"].get<std::string>().c_str()) << int(i);
    }

    void theImporterReadsEveryEngineAsTheAgentDoes()
    {
        QFETCH(int, index);
        const nlohmann::json c = readJson(u"tests/data/protocol/engine-catalog-cases.json"_s)["cases"][std::size_t(index)];
        const nlohmann::json line { { "endpoint_url", "http://localhost:8000/metrics" }, { "timestamp_ns", 1'000'000'000'000'000'000LL },
                                    { "metrics", c["metrics"] } };
        BenchmarkResult r = oneNodeResult(1e9 - 1.0);
        const std::optional<Error> e = attachAiperfServerMetrics(r, QByteArray::fromStdString(line.dump() + "\n"), u"scrapes.jsonl"_s);
        QVERIFY2(!e, e ? qPrintable(e->message) : "");
        QCOMPARE(r.phases.first().engine.size(), 1);
        const EngineState& s = r.phases.first().engine.first();
        const nlohmann::json& want = c["expected"];
        QVERIFY(s.measured);
        QCOMPARE(s.engine, QString::fromStdString(want["engine"].get<std::string>()));
        QCOMPARE(s.time, std::vector<double> { 1.0 });
        QCOMPARE(s.gauges.size(), want["gauges"].size());
        for (const auto& [k, v] : want["gauges"].items()) {
            const auto it = s.gauges.find(QString::fromStdString(k));
            QVERIFY2(it != s.gauges.end(), k.c_str());
            QVERIFY2(near(it->second.at(0), v.get<double>()), k.c_str());
        }
        QCOMPARE(s.counters.size(), want["counters"].size());
        for (const auto& [k, v] : want["counters"].items()) {
            const auto it = s.counters.find(QString::fromStdString(k));
            QVERIFY2(it != s.counters.end(), k.c_str());
            QVERIFY2(near(it->second.at(0), v.get<double>()), k.c_str());
        }
        QCOMPARE(s.histograms.size(), want["histograms"].size());
        for (const auto& [k, h] : want["histograms"].items()) {
            const auto it = s.histograms.find(QString::fromStdString(k));
            QVERIFY2(it != s.histograms.end(), k.c_str());
            QCOMPARE(it->second.bounds, h["le"].get<std::vector<double>>());
            std::vector<double> cum = h["cum"].get<std::vector<double>>();
            cum.push_back(h["count"].get<double>());
            QCOMPARE(it->second.cumulative.at(0), cum);
            QVERIFY2(near(it->second.sum.at(0), h["sum"].get<double>()), k.c_str());
        }
    }

    void anUnknownEnginesFamiliesAreKeptRaw()
    {
        PromScrape s;
        s.families[u"myengine_queue_depth"_s].values.push_back({ { { u"shard"_s, u"a\"b"_s } }, 7.0 });
        PromFamily::Histogram h;
        h.buckets = { { 0.5, 2.0 }, { INFINITY, 3.0 } };
        h.sum = 1.25;
        h.count = 3.0;
        s.families[u"myengine_wait_seconds"_s].histograms.push_back(h);
        const nlohmann::json e = engineEventFor(s);
        QVERIFY(e["engine"].is_null());
        QCOMPARE(e["raw"]["myengine_queue_depth"]["samples"][0][2].get<double>(), 7.0);
        QCOMPARE(e["raw"]["myengine_wait_seconds"]["samples"].size(), std::size_t(4)); // 2 buckets, sum, count
        BenchmarkResult r = oneNodeResult(100.0);
        const nlohmann::json line { { "endpoint_url", "http://h:1/metrics" }, { "timestamp_ns", 101'000'000'000LL },
                                    { "metrics", { { "myengine_queue_depth", { { { "labels", { { "shard", "a\"b" } } }, { "value", 7.0 } } } } } } };
        QVERIFY(!attachAiperfServerMetrics(r, QByteArray::fromStdString(line.dump()), u"x"_s));
        const EngineState& st = r.phases.first().engine.first();
        QCOMPARE(st.raw.at(u"myengine_queue_depth{shard=\"a\\\"b\"}"_s), std::vector<double> { 7.0 });
    }

    // The simulated vLLM server of make_examples.py served 40 profiling requests; the engine's histograms,
    // imported beside the client's records, must account for exactly those, with the server's own means.
    void anAiperfRunsTimeSplitAgreesWithItsServer()
    {
        const QStringList files { testing::sourcePath(kDir + u"profile_export.jsonl"_s),
                                  testing::sourcePath(kDir + u"server_metrics_export.jsonl"_s) };
        const Result<BenchmarkResult> r = importFiles(files);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const Phase& p = r.value().phases.first();
        QCOMPARE(p.engine.size(), 1);
        QVERIFY(p.engine.first().measured);
        QCOMPARE(p.engine.first().engine, u"vllm"_s);
        QCOMPARE(p.engine.first().size(), std::size_t(21));

        const nlohmann::json known = readJson(kDir + u"known_answers.json"_s);
        const QList<EngineSplit> splits = engineSplits(p);
        const EngineSplit* s = wholePhaseSplit(splits);
        QVERIFY(s);
        QVERIFY(s->measured);
        const StageEstimate& ttft = s->stages.at(u"ttft_s"_s);
        QCOMPARE(ttft.count, known["requests"].get<double>());
        QVERIFY(ttft.mean);
        QVERIFY2(std::abs(*ttft.mean - known["server_ttft_mean_s"].get<double>()) < 1e-6, qPrintable(QString::number(*ttft.mean)));
        const StageEstimate& e2e = s->stages.at(u"e2e_s"_s);
        QCOMPARE(e2e.count, known["requests"].get<double>());
        QVERIFY(std::abs(*e2e.mean - known["server_e2e_mean_s"].get<double>()) < 1e-6);
        QCOMPARE(s->runningPeak, std::optional<double>(known["running_peak"].get<double>()));
        QCOMPARE(s->waitingPeak, std::optional<double>(known["waiting_peak"].get<double>()));
        QCOMPARE(s->preemptions, std::optional<double>(known["preemptions"].get<double>()));
    }

    void scrapesAloneOrTheSummaryAloneAreRefusedWithTheReason()
    {
        const Result<BenchmarkResult> alone = importFiles({ testing::sourcePath(kDir + u"server_metrics_export.jsonl"_s) });
        QVERIFY(!alone);
        QVERIFY2(alone.error().message.contains(u"profile_export.jsonl"_s), qPrintable(alone.error().message));
        const Result<BenchmarkResult> summary = importFiles({ testing::sourcePath(kDir + u"profile_export.jsonl"_s),
                                                              testing::sourcePath(kDir + u"server_metrics_export.json"_s) });
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(u"--server-metrics-formats"_s), qPrintable(summary.error().message));
    }

    void severalEndpointsAreNotMeasuredWithTheReason()
    {
        const nlohmann::json m { { "vllm:num_requests_running", { { { "value", 1.0 } } } } };
        const QByteArray data = QByteArray::fromStdString(
            nlohmann::json { { "endpoint_url", "http://a:8000/metrics" }, { "timestamp_ns", 101'000'000'000LL }, { "metrics", m } }.dump() + "\n"
            + nlohmann::json { { "endpoint_url", "http://b:8000/metrics" }, { "timestamp_ns", 101'000'000'001LL }, { "metrics", m } }.dump() + "\n");
        BenchmarkResult r = oneNodeResult(100.0);
        QVERIFY(!attachAiperfServerMetrics(r, data, u"x"_s));
        const EngineState& s = r.phases.first().engine.first();
        QVERIFY(!s.measured);
        QVERIFY2(s.reason.contains(u"2 endpoints"_s), qPrintable(s.reason));
    }

    void scrapesOutOfOrderAreSortedByTheirTime()
    {
        const auto line = [](qint64 ns, double v) {
            return nlohmann::json { { "endpoint_url", "http://a/metrics" }, { "timestamp_ns", ns },
                                    { "metrics", { { "vllm:num_requests_waiting", { { { "value", v } } } } } } }.dump() + "\n";
        };
        BenchmarkResult r = oneNodeResult(100.0);
        QVERIFY(!attachAiperfServerMetrics(r, QByteArray::fromStdString(line(102'000'000'000LL, 2) + line(101'000'000'000LL, 1)), u"x"_s));
        const EngineState& s = r.phases.first().engine.first();
        QCOMPARE(s.time, (std::vector<double> { 1.0, 2.0 }));
        QCOMPARE(s.gauges.at(u"waiting"_s), (std::vector<double> { 1.0, 2.0 }));
    }

    // engine counts are never negative: a negative gauge or counter is not a measurement
    void negativeCountsAreLeftOut()
    {
        const nlohmann::json line { { "endpoint_url", "http://a/metrics" }, { "timestamp_ns", 101'000'000'000LL },
                                    { "metrics", { { "vllm:num_requests_waiting", { { { "value", -5.0 } } } },
                                                   { "vllm:generation_tokens", { { { "value", -10.0 } } } },
                                                   { "vllm:num_requests_running", { { { "value", 3.0 } } } } } } };
        BenchmarkResult r = oneNodeResult(100.0);
        QVERIFY(!attachAiperfServerMetrics(r, QByteArray::fromStdString(line.dump()), u"x"_s));
        const EngineState& s = r.phases.first().engine.first();
        QVERIFY(std::isnan(s.gauges.at(u"waiting"_s).at(0)));
        QVERIFY(std::isnan(s.counters.at(u"generation_tokens"_s).at(0)));
        QCOMPARE(s.gauges.at(u"running"_s).at(0), 3.0);
    }

    // scrapes taken an hour after the run say nothing about it: the split is "not measured", never invented
    void scrapesThatMissTheRunAreNotMeasured()
    {
        QFile in(testing::sourcePath(kDir + u"server_metrics_export.jsonl"_s));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray shifted;
        for (const QByteArray& l : in.readAll().split('\n')) {
            if (l.trimmed().isEmpty())
                continue;
            nlohmann::json j = nlohmann::json::parse(l.toStdString());
            j["timestamp_ns"] = j["timestamp_ns"].get<std::int64_t>() + 3'600'000'000'000LL;
            shifted += QByteArray::fromStdString(j.dump()) + '\n';
        }
        QFile records(testing::sourcePath(kDir + u"profile_export.jsonl"_s));
        QVERIFY(records.open(QIODevice::ReadOnly));
        Result<BenchmarkResult> r = importAiperfRecords(records.readAll(), u"records"_s);
        QVERIFY(r);
        BenchmarkResult result = r.value();
        QVERIFY(!attachAiperfServerMetrics(result, shifted, u"shifted"_s));
        const QList<EngineSplit> splits = engineSplits(result.phases.first());
        QCOMPARE(splits.size(), 1);
        QVERIFY(!splits.first().measured);
        QVERIFY2(splits.first().reason.contains(u"do not cover"_s), qPrintable(splits.first().reason));
    }

    void aFileNoReaderKnowsIsSaidToBeThatBesideOthers()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(u"empty.jsonl"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("{\"foo\": 1}\n");
        empty.close();
        const Result<BenchmarkResult> r = importFiles({ testing::sourcePath(kDir + u"profile_export.jsonl"_s), empty.fileName() });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"not recognized"_s), qPrintable(r.error().toString()));
    }

    void damagedFilesGiveAnErrorNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = R"({"endpoint_url":"http://a/metrics","timestamp_ns":101000000000,"metrics":{}})";
        QTest::newRow("truncated") << (good + "\n" + good.left(40)) << u"line 2"_s;
        QTest::newRow("negative time") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":-5,"metrics":{}})") << u"before 1970"_s;
        QTest::newRow("time as text") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":"1","metrics":{}})") << u"timestamp_ns"_s;
        QTest::newRow("no metrics") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":1})") << u"metrics"_s;
        QTest::newRow("samples not a list") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":1,"metrics":{"x":5}})") << u"list of samples"_s;
        QTest::newRow("bad bucket bound") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":1,"metrics":{"x":[{"buckets":{"abc":1}}]}})") << u"bound"_s;
        QTest::newRow("label not text") << QByteArray(R"({"endpoint_url":"u","timestamp_ns":1,"metrics":{"x":[{"labels":{"a":1},"value":1}]}})") << u"label"_s;
        QTest::newRow("empty") << QByteArray("\n\n") << u"no scrapes"_s;
    }

    void damagedFilesGiveAnErrorNamingTheLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        BenchmarkResult r = oneNodeResult(100.0);
        const std::optional<Error> e = attachAiperfServerMetrics(r, data, u"scrapes.jsonl"_s);
        QVERIFY(e);
        QVERIFY2(e->message.contains(mentions), qPrintable(e->message));
        QVERIFY(r.phases.first().engine.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAiperfServerMetrics)
#include "tst_aiperfservermetrics.moc"
