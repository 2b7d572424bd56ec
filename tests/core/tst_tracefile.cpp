// Request traces: Mooncake's format as its repository writes it, the plain CSV and JSONL forms, what a trace
// says about itself (worked by hand from tests/data/traces/SOURCES.md), its round-robin split over nodes, a
// plan that names one, and every kind of bad line refused naming it.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "io/runfiles.h"
#include "io/tracefile.h"
#include "testutil.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

class TestTraceFile : public QObject {
    Q_OBJECT
private slots:
    void mooncakesOwnTraceIsReadWithItsStatistics()
    {
        const auto t = readTraceFile(testing::sourcePath(u"tests/data/traces/mooncake-conversation-head.jsonl"_s));
        QVERIFY2(t, t ? "" : qPrintable(t.error().toString()));
        const TraceInfo& i = t.value().info;
        QCOMPARE(i.format, u"mooncake"_s);
        QCOMPARE(i.requests, 12);
        QCOMPARE(i.spanS, 9.0);
        QCOMPARE(i.inputMean, 52691.0 / 12);
        QCOMPARE(i.outputMean, 4919.0 / 12);
        QCOMPARE(i.blocks, 99);
        // every request after the first reuses block 0, the conversation's system prompt: 11 x 512 tokens
        QCOMPARE(i.reusableShare, 11.0 * 512 / 52691);
        QCOMPARE(i.sha256.size(), 64);
        const TraceRequest& r = t.value().requests[6];
        QCOMPARE(r.timeS, 3.0);
        QCOMPARE(r.inputTokens, 6324);
        QCOMPARE(r.outputTokens, 548);
        QCOMPARE(r.hashIds.size(), std::size_t(13));
    }

    void plainTracesAsCsvAndJsonlAgree()
    {
        const auto csv = parseTrace("time_s,input_tokens,output_tokens,prefix_id\n0.5,100,10,7\n0.0,200,20,7\n1.25,300,30\n", u"t.csv"_s);
        QVERIFY2(csv, csv ? "" : qPrintable(csv.error().toString()));
        const auto jsonl = parseTrace("{\"time_s\": 0.5, \"input_tokens\": 100, \"output_tokens\": 10, \"prefix_id\": 7}\n"
                                      "{\"time_s\": 0.0, \"input_tokens\": 200, \"output_tokens\": 20, \"prefix_id\": 7}\n"
                                      "{\"time_s\": 1.25, \"input_tokens\": 300, \"output_tokens\": 30}\n",
                                      u"t.jsonl"_s);
        QVERIFY(jsonl);
        QCOMPARE(csv.value().info.format, u"csv"_s);
        QCOMPARE(jsonl.value().info.format, u"jsonl"_s);
        for (const auto* t : { &csv.value(), &jsonl.value() }) {
            // put in time order; the shared prefix_id is one shared block, its second request reuses it whole
            QCOMPARE(t->requests[0].inputTokens, 200);
            QCOMPARE(t->requests[1].timeS, 0.5);
            QCOMPARE(t->requests[0].hashIds, t->requests[1].hashIds);
            QVERIFY(t->requests[2].hashIds.empty());
            QCOMPARE(t->info.reusableShare, 100.0 / 600); // min(512, 100) of 600 input tokens
            QCOMPARE(t->info.spanS, 1.25);
        }
    }

    void aLongerRequestReusesOnlyWhatAnEarlierOneHeldOfItsBlocks()
    {
        // the same prefix_id at 100 tokens, then at 300: the later prompt shares only the first 100 (the block's text
        // for a shorter request is its beginning), not all 300 of its block
        const auto t = parseTrace("0.0,100,10,7\n0.5,300,10,7\n1.0,300,10,7\n", u"t.csv"_s);
        QVERIFY2(t, t ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t.value().info.reusableShare, (100.0 + 300.0) / 700); // the third holds all 300 the second held
        // Mooncake's chained blocks: the second request parts from the first in its second block
        const auto m = parseTrace("{\"timestamp\": 0, \"input_length\": 1024, \"output_length\": 1, \"hash_ids\": [1, 2]}\n"
                                  "{\"timestamp\": 1, \"input_length\": 1500, \"output_length\": 1, \"hash_ids\": [1, 3, 4]}\n",
                                  u"m.jsonl"_s);
        QVERIFY2(m, m ? "" : qPrintable(m.error().toString()));
        QCOMPARE(m.value().info.reusableShare, 512.0 / 2524);
        QCOMPARE(m.value().info.blocks, 4);
    }

    void aTraceIsDealtRoundRobinKeepingItsTimes()
    {
        const auto t = readTraceFile(testing::sourcePath(u"tests/data/traces/mooncake-conversation-head.jsonl"_s));
        QVERIFY(t);
        QCOMPARE(traceShare(t.value(), 0, 5), 3);
        QCOMPARE(traceShare(t.value(), 4, 5), 2);
        qint64 total = 0;
        for (int k = 0; k < 5; ++k)
            total += traceShare(t.value(), k, 5);
        QCOMPARE(total, 12);
        const nlohmann::json d = traceDatasetFor(t.value(), 1, 5);
        QCOMPARE(d["kind"].get<std::string>(), std::string("trace"));
        QCOMPARE(d["block_tokens"].get<int>(), 512);
        QCOMPARE(d["items"].size(), std::size_t(3)); // requests 1, 6, 11
        QCOMPARE(d["items"][1][0].get<double>(), 3.0);
        QCOMPARE(d["items"][2][0].get<double>(), 9.0); // the trace's own time, not the share's
        QCOMPARE(d["items"][2][1].get<int>(), 1477);
        QCOMPARE(d["items"][2][3].size(), std::size_t(3));
    }

    void aPlanNamesItsTraceRelativeToItself()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"traces"_s));
        QFile plan(dir.filePath(u"plan.json"_s));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        // a trace brings its own lengths: the plan need not state any
        plan.write(R"({"model": "m", "workload": {"dataset": "trace", "trace_path": "traces/t.jsonl"},
                       "load": {"mode": "trace", "value": 2}})");
        plan.close();
        const auto p = readPlanFile(plan.fileName());
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p.value().workload.tracePath, dir.filePath(u"traces/t.jsonl"_s));
        QCOMPARE(p.value().load.mode, LoadSpec::Mode::Trace);
        QCOMPARE(p.value().requests, 0); // the trace's own length
    }

    void planErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("field");
        const QByteArray lengths = R"("input": {"kind": "fixed", "mean": 1, "min": 1, "max": 1}, "output": {"kind": "fixed", "mean": 1, "min": 1, "max": 1})";
        QTest::newRow("no path") << (R"({"model": "m", "workload": {"dataset": "trace", )" + lengths + R"(}, "load": {"mode": "trace", "value": 1}})") << u"workload.trace_path"_s;
        QTest::newRow("trace timing with a warm-up") << QByteArray(R"({"model": "m", "warmup_requests": 2, "workload": {"dataset": "trace", "trace_path": "t.csv"}, "load": {"mode": "trace", "value": 1}})") << u"warmup_requests"_s;
        QTest::newRow("synthetic prompts without lengths") << QByteArray(R"({"model": "m", "requests": 5, "workload": {"dataset": "synthetic"}, "load": {"mode": "poisson", "value": 1}})") << u"workload.input"_s;
        QTest::newRow("trace timing without a trace") << (R"({"model": "m", "requests": 5, "workload": {"dataset": "synthetic", )" + lengths + R"(}, "load": {"mode": "trace", "value": 1}})") << u"load.mode"_s;
    }
    void planErrorsNameTheField()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, field);
        const auto p = parsePlan(plan, u"plan.json"_s);
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(field), qPrintable(p.error().toString()));
    }

    void badLinesAreRefusedNamingThem_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("\n\n") << u"no request"_s;
        QTest::newRow("negative time") << QByteArray("{\"timestamp\": -1, \"input_length\": 5, \"output_length\": 1}") << u"line 1"_s;
        QTest::newRow("fractional tokens") << QByteArray("{\"timestamp\": 0, \"input_length\": 5.5, \"output_length\": 1}") << u"input_length"_s;
        QTest::newRow("zero output") << QByteArray("0,5,0\n") << u"output_tokens"_s;
        QTest::newRow("too many blocks") << QByteArray("{\"timestamp\": 0, \"input_length\": 600, \"output_length\": 1, \"hash_ids\": [1, 2, 3]}") << u"3 block ids"_s;
        QTest::newRow("hash id out of range") << QByteArray("{\"timestamp\": 0, \"input_length\": 600, \"output_length\": 1, \"hash_ids\": [1e300]}") << u"hash id"_s;
        QTest::newRow("hash ids not a list") << QByteArray("{\"timestamp\": 0, \"input_length\": 600, \"output_length\": 1, \"hash_ids\": 5}") << u"list"_s;
        QTest::newRow("typo in a first line of data") << QByteArray("0.0,1o0,10\n0.5,100,10\n") << u"line 1"_s;
        QTest::newRow("garbled JSON") << QByteArray("{\"timestamp\": 0, \"input_len") << u"line 1"_s;
        QTest::newRow("text in a CSV row") << QByteArray("0,5,1\n1,five,1\n") << u"line 2"_s;
        QTest::newRow("formats mixed") << QByteArray("0,5,1\n{\"time_s\": 1, \"input_tokens\": 5, \"output_tokens\": 1}\n") << u"line 2"_s;
        QTest::newRow("time too large") << QByteArray("1e300,5,1\n") << u"time"_s;
        QTest::newRow("NaN") << QByteArray("nan,5,1\n") << u"time"_s;
    }
    void badLinesAreRefusedNamingThem()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const auto t = parseTrace(data, u"t"_s);
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_tracefile.moc"
