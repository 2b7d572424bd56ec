// Where the time went by the engine's own histograms: increments over the measured window, exact means,
// percentiles known to their bucket, counter resets, gauge peaks, and the phase pooled over its nodes.
// Known answers are worked by hand in the comments.
#include <QTest>

#include <cmath>

#include "metrics/enginesplit.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {

EngineHistogramSeries queueHistogram()
{
    EngineHistogramSeries h;
    h.bounds = { 0.01, 0.1, 1.0 };
    h.time = { 0.0, 5.0, 10.0 };
    h.cumulative = { { 1, 2, 3, 3 }, { 11, 52, 103, 103 }, { 21, 62, 203, 204 } };
    h.sum = { 0.3, 20.3, 60.3 };
    h.count = { 3, 103, 204 };
    return h;
}

Phase phaseWith(int nodes)
{
    Phase p;
    for (int k = 0; k < nodes; ++k) {
        p.nodes.append(u"n%1"_s.arg(k));
        EngineState e;
        e.measured = true;
        e.engine = u"vllm"_s;
        e.time = { 0.0, 5.0, 10.0 };
        e.gauges[u"running"_s] = { 2, 8, 3 };
        e.gauges[u"waiting"_s] = { 0, 37, 1 };
        e.gauges[u"kv_usage"_s] = { 0.1, 0.98, 0.2 };
        e.counters[u"preemptions"_s] = { 100, 150, 20 }; // fell: the engine restarted
        e.counters[u"generation_tokens"_s] = { 1000, 5000, 9000 };
        e.histograms[u"queue_s"_s] = queueHistogram();
        p.engine.append(e);
        // measured requests from t = 1 to t = 9; a warm-up one at t = 0.2 does not widen the window
        p.requests.append({ std::uint16_t(k), 0, true, NAN, 0.2, 0.3, 0.5 });
        p.requests.append({ std::uint16_t(k), 1, false, NAN, 1.0, 1.1, 2.0 });
        p.requests.append({ std::uint16_t(k), 2, false, NAN, 8.0, 8.1, 9.0 });
    }
    return p;
}

} // namespace

class TestEngineSplit : public QObject {
    Q_OBJECT

private slots:
    void aStageIsItsHistogramsIncrementOverTheWindow()
    {
        // window [1, 9]: from the snapshot at 0 (last at or before 1) to the one at 10 (first at or after 9)
        // Δ buckets {20, 60, 200, 201}, Δsum 60.0, Δcount 201
        const StageEstimate s = stageOver(queueHistogram(), 1.0, 9.0);
        QCOMPARE(s.count, 201.0);
        QCOMPARE(*s.mean, 60.0 / 201.0);
        // median rank 100.5: bucket 2 (cumulative 200), so (0.1, 1]
        QCOMPARE(*s.p50Low, 0.1);
        QCOMPARE(*s.p50High, 1.0);
        QCOMPARE(*s.p99Low, 0.1); // rank 198.99 <= 200
        QCOMPARE(*s.p99High, 1.0);
        // a window the scrapes do not reach on either side says nothing: the engine had counted 3 before the
        // first scrape, and what came after the last one is unknown
        QCOMPARE(stageOver(queueHistogram(), -1.0, 9.0).count, 0.0);
        QVERIFY(!stageOver(queueHistogram(), 1.0, 20.0).mean);
        const StageEstimate all = stageOver(queueHistogram(), 0.0, 10.0);
        QCOMPARE(all.count, 201.0);
        QCOMPARE(*all.p99High, 1.0);
        // most of the slowest beyond the last bound: the p99 lies in the +Inf bucket, with no upper bound
        EngineHistogramSeries slow = queueHistogram();
        slow.cumulative[2] = { 21, 62, 150, 204 };
        // window [0, 10]: Δ buckets {20, 60, 147, 201}
        const StageEstimate tail = stageOver(slow, 0.0, 10.0);
        QCOMPARE(*tail.p99Low, 1.0); // rank 198.99 > 147
        QVERIFY(!tail.p99High);
        QCOMPARE(*tail.p50Low, 0.1); // rank 100.5 in (60, 147]
    }

    // a restart whose count grows back past where it stood: every step counts, not just first and last
    void aCounterThatRestartsAndGrowsBackIsCountedStepByStep()
    {
        Phase p = phaseWith(1);
        EngineState& e = p.engine[0];
        e.time = { 0.0, 3.0, 5.0, 10.0 };
        e.gauges.clear();
        e.counters.clear();
        e.counters[u"generation_tokens"_s] = { 100, 150, 20, 200 }; // +50, restart +20, +180
        EngineHistogramSeries q = queueHistogram();
        q.time = e.time;
        q.cumulative = { { 1, 2, 3, 3 }, { 5, 6, 7, 7 }, { 1, 1, 1, 1 }, { 3, 4, 9, 9 } };
        q.sum = { 0.3, 1.0, 0.1, 2.1 };
        q.count = { 3, 7, 1, 9 };
        e.histograms = { { u"queue_s"_s, q } };
        const EngineSplit s = engineSplits(p).first();
        QCOMPARE(*s.generationTokens, 250.0);
        QVERIFY(s.counterReset);
        // counts: +4, restart +1, +8 = 13; sums: +0.7, +0.1, +2.0 = 2.8
        QCOMPARE(s.stages.at(u"queue_s"_s).count, 13.0);
        QCOMPARE(*s.stages.at(u"queue_s"_s).mean, 2.8 / 13.0);
    }

    // decode and E2E are observed when a request ends: warm-up requests that ended after the last scrape before
    // the first send must not count, and need not when a scrape lies between them and the first measured end
    void stagesObservedAtTheEndStartAtTheFirstMeasuredEnd()
    {
        Phase p = phaseWith(1);
        EngineState& e = p.engine[0];
        e.time = { 0.0, 1.5, 10.0 }; // the measured requests send from 1.0 and first end at 2.0
        e.gauges.clear();
        e.counters.clear();
        EngineHistogramSeries d;
        d.bounds = { 1.0 };
        d.time = e.time;
        d.cumulative = { { 0, 0 }, { 5, 5 }, { 7, 7 } }; // 5 warm-up requests ended between 1.0 and 1.5
        d.sum = { 0, 2.5, 3.5 };
        d.count = { 0, 5, 7 };
        e.histograms = { { u"decode_s"_s, d }, { u"queue_s"_s, d } };
        const EngineSplit s = engineSplits(p).first();
        QCOMPARE(s.stages.at(u"decode_s"_s).count, 2.0);
        QCOMPARE(*s.stages.at(u"decode_s"_s).mean, 0.5);
        QCOMPARE(s.stages.at(u"queue_s"_s).count, 7.0); // observed at scheduling: from the first send
    }

    void scrapesThatDoNotCoverTheWindowAreNotMeasured()
    {
        Phase p = phaseWith(1);
        p.engine[0].time = { 1.5, 5.0, 10.0 }; // none before the first send at 1.0
        for (auto& [k, h] : p.engine[0].histograms)
            h.time = p.engine[0].time;
        const EngineSplit s = engineSplits(p).first();
        QVERIFY(!s.measured);
        QVERIFY2(s.reason.contains(u"do not cover"_s), qPrintable(s.reason));
    }

    void aStageWithNothingInTheWindowHasNoMean()
    {
        EngineHistogramSeries h = queueHistogram();
        h.cumulative[2] = h.cumulative[1];
        h.sum[2] = h.sum[1];
        h.count[2] = h.count[1];
        const StageEstimate s = stageOver(h, 6.0, 9.0);
        QCOMPARE(s.count, 0.0);
        QVERIFY(!s.mean);
        QVERIFY(!s.p50Low);
    }

    void aNodesSplitUsesItsMeasuredRequestsWindowGaugePeaksAndCounterResets()
    {
        const QList<EngineSplit> splits = engineSplits(phaseWith(1));
        QCOMPARE(splits.size(), 1); // one node: no pooled row
        const EngineSplit& s = splits[0];
        QVERIFY(s.measured);
        QCOMPARE(s.fromS, 1.0);
        QCOMPARE(s.toS, 9.0);
        QCOMPARE(s.stages.at(u"queue_s"_s).count, 201.0);
        // only the scrape at t = 5 lies inside [1, 9]
        QCOMPARE(*s.runningPeak, 8.0);
        QCOMPARE(*s.waitingPeak, 37.0);
        QCOMPARE(*s.waitingMean, 37.0);
        QCOMPARE(*s.kvUsagePeak, 0.98);
        QCOMPARE(*s.generationTokens, 8000.0);
        // 100 -> 150 (+50), then the engine restarted and counted 20 again from zero: 70 in the window
        QCOMPARE(*s.preemptions, 70.0);
        QVERIFY(s.counterReset);
        QVERIFY(!s.prefixHitRate());
    }

    void thePhasePoolsItsNodes()
    {
        Phase p = phaseWith(2);
        // node 1 twice as slow: every queue time doubled, so its sum doubles
        EngineHistogramSeries& h = p.engine[1].histograms[u"queue_s"_s];
        h.sum = { 0.6, 40.6, 120.6 };
        const QList<EngineSplit> splits = engineSplits(p);
        QCOMPARE(splits.size(), 3);
        const EngineSplit& all = splits.last();
        QVERIFY(all.node.isEmpty());
        const StageEstimate& q = all.stages.at(u"queue_s"_s);
        QCOMPARE(q.count, 402.0);
        QVERIFY(std::fabs(*q.mean - (60.0 + 120.0) / 402.0) < 1e-12);
        QCOMPARE(*q.p50Low, 0.1);
        QCOMPARE(*all.generationTokens, 16000.0);
        QCOMPARE(*all.waitingPeak, 37.0);
    }

    void aNodeThatPublishedNothingSaysWhy()
    {
        Phase p = phaseWith(1);
        p.engine[0] = EngineState{};
        p.engine[0].reason = u"the endpoint answered 404 at /metrics"_s;
        const QList<EngineSplit> splits = engineSplits(p);
        QCOMPARE(splits.size(), 1);
        QVERIFY(!splits[0].measured);
        QCOMPARE(splits[0].reason, u"the endpoint answered 404 at /metrics"_s);
        QVERIFY(splits[0].stages.empty());
    }
};

QTEST_GUILESS_MAIN(TestEngineSplit)
#include "tst_enginesplit.moc"
