// An engine's /metrics scrapes (the agent's engine_metrics events) become a node's EngineState: series aligned
// per scrape, histograms kept whole, anything malformed left out rather than guessed; and the state survives
// the result file.
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include "io/resultfile.h"
#include "protocol/runrecorder.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

std::string line(int seq, json fields)
{
    fields["v"] = 1;
    fields["seq"] = seq;
    fields["type"] = "engine_metrics";
    fields["t"] = 1000.0 + seq;
    if (!fields.contains("node"))
        fields["node"] = "a";
    return fields.dump();
}

json queueHistogram(double c1, double c2, double c3, double sum)
{
    return json{ { "le", { 0.1, 0.5, "+Inf" } }, { "cum", { c1, c2, c3 } }, { "sum", sum }, { "count", c3 } };
}

} // namespace

class TestEngineState : public QObject {
    Q_OBJECT

private slots:
    void scrapesBecomeAlignedSeriesAndWholeHistograms()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s, 0.5), u"telemetry"_s);
        r.addStream(r.addNode(u"b"_s), u"telemetry"_s);
        r.feedLine(a, line(1, { { "time", 999.0 }, { "engine", "vllm" }, { "gauges", { { "running", 1 } } } })); // before t0: not the phase's
        r.setT0(1000.0);
        r.feedLine(a, line(2, { { "time", 1001.5 }, { "engine", "vllm" }, { "gauges", { { "running", 3 }, { "kv_usage", 0.25 } } },
                                { "counters", { { "preemptions", 0 } } }, { "histograms", { { "queue_s", queueHistogram(2, 3, 4, 0.6) } } } }));
        // a key first said at the second scrape, one left out, +Inf omitted (the count stands in for it)
        r.feedLine(a, line(3, { { "time", 1002.5 }, { "engine", "vllm" }, { "gauges", { { "running", 5 }, { "waiting", 7 } } },
                                { "counters", { { "preemptions", 2 } } },
                                { "histograms", { { "queue_s", json{ { "le", { 0.1, 0.5 } }, { "cum", { 5, 8 } }, { "sum", 2.0 }, { "count", 10 } } } } } }));
        const Phase& p = r.phase();
        QCOMPARE(p.engine.size(), 2);
        const EngineState& e = p.engine[0];
        QVERIFY(e.measured);
        QCOMPARE(e.engine, u"vllm"_s);
        QCOMPARE(e.time, (std::vector<double>{ 1.0, 2.0 })); // node clock 0.5 s ahead of the workstation
        QCOMPARE(e.gauges.at(u"running"_s), (std::vector<double>{ 3, 5 }));
        QVERIFY(std::isnan(e.gauges.at(u"waiting"_s)[0]));
        QCOMPARE(e.gauges.at(u"waiting"_s)[1], 7.0);
        QCOMPARE(e.gauges.at(u"kv_usage"_s)[0], 0.25);
        QVERIFY(std::isnan(e.gauges.at(u"kv_usage"_s)[1]));
        QCOMPARE(e.counters.at(u"preemptions"_s), (std::vector<double>{ 0, 2 }));
        const EngineHistogramSeries& q = e.histograms.at(u"queue_s"_s);
        QCOMPARE(q.bounds, (std::vector<double>{ 0.1, 0.5 }));
        QCOMPARE(q.cumulative[0], (std::vector<double>{ 2, 3, 4 }));
        QCOMPARE(q.cumulative[1], (std::vector<double>{ 5, 8, 10 }));
        QCOMPARE(q.sum, (std::vector<double>{ 0.6, 2.0 }));
        QVERIFY(!p.engine[1].known()); // b said nothing
    }

    void malformedScrapesAreLeftOutNotGuessed()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"telemetry"_s);
        r.setT0(1000.0);
        r.feedLine(a, line(1, { { "time", 1001.0 }, { "histograms", { { "queue_s", queueHistogram(2, 3, 4, 0.6) } } } }));
        const json bad[] = {
            queueHistogram(3, 2, 4, 0.6),                                                      // counts fall
            [] { json h = queueHistogram(2, 3, 4, 0.6); h["count"] = 5; return h; }(),        // +Inf bucket is not the count
            json{ { "le", { 0.5, 0.1, "+Inf" } }, { "cum", { 1, 2, 3 } }, { "sum", 1 }, { "count", 3 } }, // bounds not ascending
            json{ { "le", { 0.1, 1.0, "+Inf" } }, { "cum", { 1, 2, 3 } }, { "sum", 1 }, { "count", 3 } },  // other buckets: a restart
            json{ { "le", { 0.1, 0.5, "+Inf" } }, { "cum", { 1, 2 } }, { "sum", 1 }, { "count", 2 } },     // lengths differ
            json{ { "le", "x" } },
            json("garbage"),
        };
        int seq = 2;
        for (const json& h : bad)
            r.feedLine(a, line(seq++, { { "time", 1001.0 + seq }, { "histograms", { { "queue_s", h } } } }));
        // hostile keys and values: not stored
        r.feedLine(a, line(seq++, { { "time", 1010.0 }, { "gauges", { { "Running\n", 1 }, { "running", "many" } } } }));
        r.feedLine(a, line(seq++, { { "time", "soon" }, { "gauges", { { "running", 1 } } } })); // no time: no scrape
        const EngineState& e = r.phase().engine[0];
        QCOMPARE(e.histograms.at(u"queue_s"_s).size(), std::size_t(1));
        QVERIFY(!e.gauges.contains(u"Running\n"_s));
        QCOMPARE(e.time.size(), std::size_t(1 + std::size(bad) + 1));
        QVERIFY(std::isnan(e.gauges.at(u"running"_s).back())); // "many" is not a number
    }

    void anUnknownEnginesRawSamplesAreKeptUnderTheirNamesAndLabels()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"telemetry"_s);
        r.addStream(r.addNode(u"b"_s), u"telemetry"_s);
        r.setT0(1000.0);
        const json first = { { "mystery_queue_depth", { { "type", "gauge" }, { "samples", json::array({ json::array({ "mystery_queue_depth", { { "pool", "b" }, { "model", "x\"y\n" } }, 4 }) }) } } },
                             { "mystery_up", { { "type", "gauge" }, { "samples", json::array({ json::array({ "mystery_up", json::object(), "NaN" }) }) } } } };
        r.feedLine(a, line(1, { { "time", 1001.0 }, { "engine", nullptr }, { "raw", first } }));
        const json second = { { "mystery_tokens_total", { { "type", "counter" }, { "samples", json::array({ json::array({ "mystery_tokens_total", json::object(), 12 }), json::array({ "bad", "labels", 1 }) }) } } } };
        r.feedLine(a, line(2, { { "time", 1002.0 }, { "engine", nullptr }, { "raw", second } }));
        const EngineState& e = r.phase().engine[0];
        QVERIFY(e.measured);
        QVERIFY(e.engine.isEmpty());
        // labels sorted, with Prometheus' escapes; one value per scrape, NaN where not said (or said as "NaN")
        const QString depth = u"mystery_queue_depth{model=\"x\\\"y\\n\",pool=\"b\"}"_s;
        QVERIFY2(e.raw.contains(depth), qPrintable(e.raw.begin()->first));
        QCOMPARE(e.raw.at(depth)[0], 4.0);
        QVERIFY(std::isnan(e.raw.at(depth)[1]));
        QVERIFY(std::isnan(e.raw.at(u"mystery_up"_s)[0]));
        QVERIFY(std::isnan(e.raw.at(u"mystery_tokens_total"_s)[0]));
        QCOMPARE(e.raw.at(u"mystery_tokens_total"_s)[1], 12.0);
        QCOMPARE(e.raw.size(), std::size_t(3)); // the malformed sample is left out

        BenchmarkResult result;
        result.phases.append(r.phase());
        result.phases[0].name = u"x"_s;
        for (const char* n : { "a", "b" }) {
            NodeInventory node;
            node.name = QString::fromLatin1(n);
            result.nodes.append(node);
        }
        const QByteArray text = ResultFile::serialize(result);
        const auto back = ResultFile::parse(text.constData(), text.size(), u"x.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].engine, result.phases[0].engine);
    }

    void anEngineThatPublishesNothingIsNotMeasuredWithItsReason()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"telemetry"_s);
        r.setT0(1000.0);
        r.feedLine(a, line(1, { { "time", 1001.0 }, { "measured", false },
                                { "reason", "the endpoint answered 404 at /metrics; llama.cpp publishes metrics only with --metrics" } }));
        const EngineState& e = r.phase().engine[0];
        QVERIFY(!e.measured);
        QVERIFY(e.known());
        QVERIFY(e.reason.contains(u"--metrics"_s));
        QCOMPARE(e.size(), std::size_t(0));
    }

    void engineStateSurvivesTheResultFileAndANewerVersionIsRefused()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"telemetry"_s);
        const int b = r.addStream(r.addNode(u"b"_s), u"telemetry"_s);
        r.setT0(1000.0);
        for (int i = 0; i < 4; ++i)
            r.feedLine(a, line(i + 1, { { "time", 1001.0 + i }, { "engine", "sglang" },
                                        { "gauges", { { "running", i }, { "waiting", i == 2 ? json(nullptr) : json(2 * i) } } },
                                        { "counters", { { "generation_tokens", 1e9 + i } } },
                                        { "histograms", { { "queue_s", queueHistogram(i, i + 1, i + 2, 0.25 * i) } } } }));
        r.feedLine(b, line(9, { { "node", "b" }, { "time", 1001.0 }, { "measured", false }, { "reason", "connection refused" } }));
        BenchmarkResult result;
        result.phases.append(r.phase());
        result.phases[0].name = u"x"_s;
        for (const char* n : { "a", "b" }) {
            NodeInventory node;
            node.name = QString::fromLatin1(n);
            result.nodes.append(node);
        }
        const QByteArray text = ResultFile::serialize(result);
        QVERIFY(text.contains("\"engine_state\""));
        const auto back = ResultFile::parse(text.constData(), text.size(), u"x.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].engine, result.phases[0].engine);

        json doc = json::parse(text.toStdString());
        doc["phases"][0]["engine_state"]["version"] = 2;
        QByteArray newer = QByteArray::fromStdString(doc.dump());
        auto refused = ResultFile::parse(newer.constData(), newer.size(), u"x.json"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(u"engine state version 2"_s), qPrintable(refused.error().toString()));

        doc["phases"][0]["engine_state"]["version"] = 1;
        doc["phases"][0]["engine_state"]["nodes"][0]["histograms"]["queue_s"]["cumulative"][1] = { 3, 1, 2 };
        newer = QByteArray::fromStdString(doc.dump());
        refused = ResultFile::parse(newer.constData(), newer.size(), u"x.json"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(u"cumulative"_s), qPrintable(refused.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestEngineState)
#include "tst_enginestate.moc"
