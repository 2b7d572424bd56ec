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

    void answerTtftIsComparedOnlyWhenBothSidesReasoned()
    {
        testing::SyntheticSpec a = spec();
        a.repetitions = 1;
        a.reasoningMean = 20;
        testing::SyntheticSpec b = a;
        b.seed = 7;
        b.reasoningMean = 80; // thinks four times as long before answering
        const Comparison c = compareResults(testing::makeSyntheticRun(a), u"a"_s, testing::makeSyntheticRun(b), u"b"_s);
        const MetricDelta& p50 = metric(c, u"answer_ttft_p50"_s);
        QCOMPARE(p50.name, u"Answer TTFT p50"_s);
        QVERIFY(p50.baseline && p50.candidate);
        QVERIFY2(*p50.change > 0.5, qPrintable(QString::number(*p50.change)));
        QVERIFY(p50.significant);
        QVERIFY(p50.regressed(10));
        QVERIFY(metric(c, u"answer_ttft_p99"_s).candidate);

        testing::SyntheticSpec plain = spec();
        plain.repetitions = 1;
        const Comparison d = compareResults(testing::makeSyntheticRun(a), u"a"_s, testing::makeSyntheticRun(plain), u"plain"_s);
        for (const PhaseComparison& p : d.phases)
            for (const MetricDelta& m : p.metrics)
                QVERIFY2(!m.id.startsWith(u"answer_ttft"_s), qPrintable(m.id));
    }

    void differentEngineVersionsOrModelsAreWarnedAbout()
    {
        testing::SyntheticSpec s = spec();
        s.repetitions = 1;
        BenchmarkResult a = testing::makeSyntheticRun(s);
        BenchmarkResult b = a;
        QVERIFY(compareResults(a, u"a"_s, b, u"b"_s).warnings.isEmpty());
        for (NodeInventory& n : a.nodes)
            n.engines = { { u"vllm"_s, u"0.10.2"_s, u"endpoint"_s }, { u"sglang"_s, u"0.5.2"_s, u"binary"_s } };
        for (NodeInventory& n : b.nodes)
            n.engines = { { u"vllm"_s, u"0.11.1"_s, u"endpoint"_s }, { u"sglang"_s, u"0.5.2"_s, u"binary"_s } };
        Comparison c = compareResults(a, u"a"_s, b, u"b"_s);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings[0].contains(u"vllm 0.10.2 against vllm 0.11.1"_s), qPrintable(c.warnings[0]));
        QVERIFY(!c.phases.isEmpty()); // still compared

        // the same served engine with another binary installed beside it is not a difference
        b.nodes[0].engines[1].version = u"0.4.0"_s;
        for (NodeInventory& n : b.nodes)
            n.engines[0].version = u"0.10.2"_s;
        QVERIFY(compareResults(a, u"a"_s, b, u"b"_s).warnings.isEmpty());

        b.plan.model = u"Qwen/Qwen3-8B"_s;
        c = compareResults(a, u"a"_s, b, u"b"_s);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings[0].contains(u"Different models"_s));
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
