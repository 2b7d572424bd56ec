#include <QTest>

#include <cmath>

#include "compare/comparison.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
const MetricDelta& metric(const Comparison& c, const QString& id, int phase = 0)
{
    for (const MetricDelta& m : c.phases.at(phase).metrics)
        if (m.id == id)
            return m;
    qFatal("metric %s missing", qPrintable(id));
}

testing::SyntheticSpec spec()
{
    testing::SyntheticSpec s;
    s.requestsPerNode = 300;
    return s;
}
} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private slots:
    void aResultAgainstItselfHasNoDifference()
    {
        const BenchmarkResult r = testing::makeSyntheticRun(spec());
        const Comparison c = compareResults(r, u"a"_s, r, u"a"_s);
        QCOMPARE(c.phases.size(), 2); // baseline and scaled phases, matched by name
        for (const PhaseComparison& p : c.phases)
            for (const MetricDelta& m : p.metrics) {
                QVERIFY2(!m.change || std::fabs(*m.change) < 1e-12, qPrintable(m.id));
                QVERIFY2(!m.significant, qPrintable(m.id));
            }
        QVERIFY(!c.regressed(0.0));
    }

    void slowerTokensAreASignificantRegression()
    {
        const BenchmarkResult a = testing::makeSyntheticRun(spec());
        testing::SyntheticSpec slower = spec();
        slower.seed = 7;
        slower.tpotS *= 1.25; // 25 % more time per output token
        const BenchmarkResult b = testing::makeSyntheticRun(slower);
        const Comparison c = compareResults(a, u"a"_s, b, u"b"_s);
        const MetricDelta& tpot = metric(c, u"tpot_p50"_s);
        QVERIFY(tpot.significant);
        QVERIFY2(std::fabs(*tpot.change - 0.25) < 0.06, qPrintable(QString::number(*tpot.change)));
        QVERIFY(tpot.interval->low > 0.1);
        QVERIFY(!tpot.higherIsBetter);
        // closed loop: slower tokens mean fewer tokens per second
        const MetricDelta& tput = metric(c, u"output_token_throughput"_s);
        QVERIFY(*tput.change < -0.1);
        QVERIFY(tput.significant);
        QCOMPARE(tput.intervalFrom, u"repetitions"_s);
        QVERIFY(c.regressed(5.0));
        QVERIFY(!c.regressed(60.0)); // no change is that large
        // the gate reads the same numbers the table shows
        QCOMPARE(tpot.regressed(5.0), true);
        QCOMPARE(tpot.regressed(40.0), false);
    }

    void anImprovementIsSignificantButNoRegression()
    {
        testing::SyntheticSpec faster = spec();
        faster.tpotS *= 0.8;
        faster.seed = 9;
        const Comparison c = compareResults(testing::makeSyntheticRun(spec()), u"a"_s, testing::makeSyntheticRun(faster), u"b"_s);
        QVERIFY(metric(c, u"tpot_p50"_s).significant);
        QVERIFY(*metric(c, u"tpot_p50"_s).change < 0);
        QVERIFY(!c.regressed(1.0));
    }

    void unmatchedPhaseNamesCompareTheMainPhases()
    {
        BenchmarkResult a = testing::makeSyntheticRun(spec());
        BenchmarkResult b = testing::makeSyntheticRun(spec());
        for (Phase& p : b.phases)
            p.name = u"imported "_s + p.name;
        const Comparison c = compareResults(a, u"a"_s, b, u"b"_s);
        QCOMPARE(c.phases.size(), 1);
        QCOMPARE(c.phases[0].baselinePhase, u"scaled-2node"_s);
        QCOMPARE(c.phases[0].candidatePhase, u"imported scaled-2node"_s);
        QVERIFY(c.note.contains(u"No phase names match"_s));
    }

    void sameSeedSameAnswer()
    {
        testing::SyntheticSpec other = spec();
        other.seed = 3;
        const BenchmarkResult a = testing::makeSyntheticRun(spec());
        const BenchmarkResult b = testing::makeSyntheticRun(other);
        const Comparison x = compareResults(a, u"a"_s, b, u"b"_s);
        const Comparison y = compareResults(a, u"a"_s, b, u"b"_s);
        QCOMPARE(metric(x, u"ttft_p99"_s).interval->low, metric(y, u"ttft_p99"_s).interval->low);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
