// Scaling efficiency is measured against a real 1-node baseline or reported "not measured";
// on synthetic runs with a known true efficiency, the interval contains it.
#include <QTest>

#include "metrics/scaling.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
// the rows of `c` for which keep(i) holds (chunk times left out: scaling reads none)
template <typename Keep>
RequestColumns filtered(const RequestColumns& c, Keep keep)
{
    RequestColumns out;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (keep(i))
            out.append({ c.node[i], c.requestId[i], bool(c.warmup[i]), c.intendedSend[i], c.send[i], c.firstToken[i], c.end[i],
                         c.inputTokens[i], c.outputTokens[i], bool(c.tokensFromUsage[i]), c.status[i] });
    return out;
}
} // namespace

class TestScaling : public QObject {
    Q_OBJECT

private slots:
    void missingBaselineIsNotMeasured()
    {
        testing::SyntheticSpec spec;
        spec.scaling = false;
        spec.repetitions = 1;
        spec.requestsPerNode = 20;
        const ScalingResult s = analyzeScaling(testing::makeSyntheticRun(spec));
        QVERIFY(!s.measured);
        QCOMPARE(s.verdict, ScalingResult::Verdict::NotMeasured);
        QVERIFY(s.reason.contains(u"baseline"_s));
    }

    void missingScaledPhaseIsNotMeasured()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 20;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.phases.removeIf([](const Phase& p) { return p.role == PhaseRole::Scaled; });
        const ScalingResult s = analyzeScaling(r);
        QVERIFY(!s.measured);
        QVERIFY(s.reason.contains(u"more than one node"_s));
    }

    void differentPerNodeLoadIsNotComparable()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 20;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.phases[1].load.value = 16;
        QVERIFY(!analyzeScaling(r).measured);
    }

    void intervalContainsKnownTruth_data()
    {
        QTest::addColumn<double>("truth");
        QTest::addColumn<int>("repetitions");
        QTest::addColumn<int>("verdict");
        QTest::newRow("linear, 3 repetitions") << 1.0 << 3 << int(ScalingResult::Verdict::Linear);
        QTest::newRow("sub-linear 85 %, 3 repetitions") << 0.85 << 3 << int(ScalingResult::Verdict::SubLinear);
        QTest::newRow("sub-linear 85 %, time windows") << 0.85 << 1 << int(ScalingResult::Verdict::SubLinear);
        QTest::newRow("super-linear 115 %, time windows") << 1.15 << 1 << int(ScalingResult::Verdict::SuperLinear);
    }

    void intervalContainsKnownTruth()
    {
        QFETCH(double, truth);
        QFETCH(int, repetitions);
        QFETCH(int, verdict);
        testing::SyntheticSpec spec;
        spec.scaledSpeed = truth;
        spec.repetitions = repetitions;
        // duration-limited with short requests: a phase ends within one request of its duration on every
        // node, so the slowest node's tail cannot bias the measured efficiency away from the truth
        spec.durationS = 120.0;
        spec.outputMean = 8;
        spec.chunks = false;
        spec.telemetry = false;
        const ScalingResult s = analyzeScaling(testing::makeSyntheticRun(spec));
        QVERIFY(s.measured);
        QCOMPARE(s.nodes, 2);
        QCOMPARE(s.intervalMethod, repetitions == 1 ? u"time windows"_s : u"repetitions"_s);
        QVERIFY(s.interval);
        QVERIFY2(s.interval->low <= truth && truth <= s.interval->high,
                 qPrintable(u"truth %1 outside [%2, %3], point %4"_s.arg(truth).arg(s.interval->low).arg(s.interval->high).arg(s.efficiency)));
        QVERIFY(std::fabs(s.efficiency - truth) < 0.03);
        QCOMPARE(int(s.verdict), verdict);
    }

    void aPhaseCutShortWhenTheRunEndedIsNoSideOfTheComparison()
    {
        // a pod restart ended the run during the only 2-node phase, one node having sent nothing: its half
        // throughput was graded as 49.7 % efficiency
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 40;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        QCOMPARE(r.phases.last().role, PhaseRole::Scaled);
        QVERIFY(analyzeScaling(r).measured);
        Phase& cut = r.phases.last();
        cut.requests = filtered(cut.requests, [&cut](std::size_t i) { return cut.requests.node[i] == 0; });
        r.status = RunStatus::Failed;
        const ScalingResult s = analyzeScaling(r);
        QVERIFY(!s.measured);
        QVERIFY2(s.reason.contains(u"cut short when the run ended"_s), qPrintable(s.reason));

        // a cut-short baseline repetition leaves the complete pair to compare
        spec.repetitions = 2;
        BenchmarkResult two = testing::makeSyntheticRun(spec);
        const ScalingResult whole = analyzeScaling(two);
        QVERIFY(whole.measured);
        Phase extra = two.phases.first(); // a third baseline repetition, the run ending in it
        extra.repetition = 2;
        extra.requests = filtered(extra.requests, [&extra](std::size_t i) { return extra.requests.requestId[i] % 3 == 0; });
        two.phases.append(extra);
        two.status = RunStatus::Failed;
        const ScalingResult kept = analyzeScaling(two);
        QVERIFY(kept.measured);
        QCOMPARE(kept.baselineSamples, whole.baselineSamples);
        QCOMPARE(kept.efficiency, whole.efficiency);
    }

    void efficiencyIsTheRatioOfMeasuredThroughputs()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 2;
        spec.requestsPerNode = 50;
        const ScalingResult s = analyzeScaling(testing::makeSyntheticRun(spec));
        QCOMPARE(s.efficiency, s.scaledThroughput / (2 * s.baselineThroughput));
    }
};

QTEST_APPLESS_MAIN(TestScaling)
#include "tst_scaling.moc"
