// Scaling efficiency is measured against a real 1-node baseline or reported "not measured";
// on synthetic runs with a known true efficiency, the interval contains it.
#include <QTest>

#include "metrics/scaling.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

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
