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
        // from before the first scrape: the engine's own zero
        const StageEstimate all = stageOver(queueHistogram(), -1.0, 20.0);
        QCOMPARE(all.count, 204.0);
        QCOMPARE(*all.mean, 60.3 / 204.0);
        QCOMPARE(*all.p99High, 1.0); // rank 0.99 * 204 = 201.96 <= 203
        // most of the slowest beyond the last bound: the p99 lies in the +Inf bucket, with no upper bound
        EngineHistogramSeries slow = queueHistogram();
        slow.cumulative[2] = { 21, 62, 150, 204 };
        const StageEstimate tail = stageOver(slow, -1.0, 20.0);
        QCOMPARE(*tail.p99Low, 1.0); // rank 201.96 > 150
        QVERIFY(!tail.p99High);
        QCOMPARE(*tail.p50Low, 0.1); // rank 102 in (62, 150]
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
        QCOMPARE(*s.preemptions, 20.0); // counted again from zero after the restart
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
