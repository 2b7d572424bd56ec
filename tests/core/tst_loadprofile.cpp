// Ramps and stages in a plan: read, written back and refused with the field named; the agent's spec gets them as
// segments over the measured window; the report states them and the grade does not call a ramp unstable.
#include <QtTest>

#include "grading/grader.h"
#include "io/rubricfile.h"
#include "io/runfiles.h"
#include "metrics/resultsummary.h"
#include "run/phaseplan.h"
#include "syntheticrun.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kWorkload = R"("workload": {"dataset": "synthetic", "input": {"kind": "fixed", "mean": 8, "min": 8, "max": 8},
    "output": {"kind": "fixed", "mean": 8, "min": 8, "max": 8}}, )";
} // namespace

class TestLoadProfile : public QObject {
    Q_OBJECT
private slots:
    void aRampIsReadWrittenBackAndSentAsOneSegment()
    {
        const auto plan = parsePlan(R"({"model": "m", )" + kWorkload + R"("duration_s": 60, "repetitions": 1,
            "load": {"mode": "poisson", "value": 2, "ramp_to": 20}})", u"plan.json"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(*plan.value().load.rampTo, 20.0);
        const auto again = parsePlan(planFileText(plan.value()), u"again.json"_s);
        QVERIFY(again);
        QCOMPARE(again.value().load, plan.value().load);
        const QList<PhaseSpec> phases = planPhases(plan.value(), 1);
        const nlohmann::json spec = agentRunSpec(plan.value(), phases[0], ClusterNode {}, 1);
        const nlohmann::json expected = nlohmann::json::parse(R"([{"duration_s": 60.0, "from": 2.0, "to": 20.0}])");
        QCOMPARE(spec["load"]["profile"], expected);
    }

    void stagesAreSentInOrderAndTheWarmUpRunsAtTheFirst()
    {
        const auto plan = parsePlan(R"({"model": "m", )" + kWorkload + R"("duration_s": 30, "repetitions": 1,
            "load": {"mode": "concurrency", "value": 99, "stages": [{"value": 2, "duration_s": 10}, {"value": 8, "duration_s": 20}]}})",
                                    u"plan.json"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan.value().load.value, 2.0); // the first stage's, whatever value said
        const nlohmann::json spec = agentRunSpec(plan.value(), planPhases(plan.value(), 1)[0], ClusterNode {}, 1);
        QCOMPARE(spec["load"]["value"].get<double>(), 2.0);
        const nlohmann::json expected = nlohmann::json::parse(
            R"([{"duration_s": 10.0, "from": 2.0, "to": 2.0}, {"duration_s": 20.0, "from": 8.0, "to": 8.0}])");
        QCOMPARE(spec["load"]["profile"], expected);
        const auto again = parsePlan(planFileText(plan.value()), u"again.json"_s);
        QVERIFY(again);
        QCOMPARE(again.value().load.stages, plan.value().load.stages);
    }

    void aProfileThatCannotRunIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("rest");
        QTest::addColumn<QString>("field");
        QTest::newRow("no duration") << QByteArray(R"("requests": 10, "load": {"mode": "poisson", "value": 2, "ramp_to": 4}})") << u"duration_s"_s;
        QTest::newRow("stages not the duration")
            << QByteArray(R"("duration_s": 25, "load": {"mode": "poisson", "value": 2, "stages": [{"value": 2, "duration_s": 10}, {"value": 4, "duration_s": 10}]}})")
            << u"duration_s"_s;
        QTest::newRow("both") << QByteArray(R"("duration_s": 10, "load": {"mode": "poisson", "value": 2, "ramp_to": 3, "stages": [{"value": 2, "duration_s": 10}]}})")
                              << u"ramp_to"_s;
        QTest::newRow("empty stages") << QByteArray(R"("duration_s": 10, "load": {"mode": "poisson", "value": 2, "stages": []}})") << u"stages"_s;
        QTest::newRow("stage without duration") << QByteArray(R"("duration_s": 10, "load": {"mode": "poisson", "value": 2, "stages": [{"value": 2}]}})")
                                                << u"stages[0].duration_s"_s;
        QTest::newRow("fractional concurrency")
            << QByteArray(R"("duration_s": 10, "load": {"mode": "concurrency", "value": 2, "ramp_to": 4.5}})") << u"ramp_to"_s;
        QTest::newRow("with a sweep") << QByteArray(R"("duration_s": 10, "sweep": [1, 2], "load": {"mode": "poisson", "value": 2, "ramp_to": 4}})")
                                      << u"sweep"_s;
    }
    void sessionsAtAChangingConcurrencyAreRefusedNotRunAtOneSlot()
    {
        // their slots ran one session at a time whatever the stages said, while the report stated the stages
        const QByteArray sessions = R"({"model": "m", "api": "chat", "workload": {"dataset": "synthetic",
            "input": {"kind": "fixed", "mean": 8, "min": 8, "max": 8}, "output": {"kind": "fixed", "mean": 8, "min": 8, "max": 8},
            "sessions": {"turns": {"kind": "fixed", "mean": 3, "min": 3, "max": 3}, "think_s": {"mean": 0.1}}}, "duration_s": 20, )";
        const auto stages = parsePlan(sessions + R"("load": {"mode": "concurrency", "value": 1, "stages": [{"value": 1, "duration_s": 10}, {"value": 8, "duration_s": 10}]}})", u"plan.json"_s);
        QVERIFY(!stages);
        QVERIFY2(stages.error().toString().contains(u"sessions at a concurrency cannot ramp"_s), qPrintable(stages.error().toString()));
        const auto rate = parsePlan(sessions + R"("load": {"mode": "poisson", "value": 1, "ramp_to": 4}})", u"plan.json"_s);
        QVERIFY2(rate, rate ? "" : qPrintable(rate.error().toString())); // a rate's sessions start at its arrivals, which do ramp
    }

    void aProfileThatCannotRunIsRefusedNamingTheField()
    {
        QFETCH(QByteArray, rest);
        QFETCH(QString, field);
        const auto plan = parsePlan(R"({"model": "m", )" + kWorkload + rest, u"plan.json"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.error().toString().contains(field), qPrintable(plan.error().toString()));
    }

    void theReportStatesTheRampAndTheGradeDoesNotCallItUnstable()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.scaling = false;
        spec.durationS = 12.0;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.plan.load.rampTo = 32.0;
        r.plan.durationS = 12.0;
        for (Phase& p : r.phases)
            p.load.rampTo = 32.0;
        const ResultSummary summary = summarizeResult(r);
        const GradeCard card = gradeResult(r, summary, defaultRubric());
        const auto stability = std::find_if(card.criteria.begin(), card.criteria.end(), [](const CriterionGrade& g) { return g.id == u"stability"; });
        QVERIFY(stability != card.criteria.end());
        QVERIFY(!stability->measured);
        QVERIFY2(stability->reason.contains(u"ramps or steps"_s), qPrintable(stability->reason));
        // the same run without the ramp is graded on its stability
        BenchmarkResult flat = r;
        flat.plan.load.rampTo.reset();
        for (Phase& p : flat.phases)
            p.load.rampTo.reset();
        const GradeCard flatCard = gradeResult(flat, summarizeResult(flat), defaultRubric());
        QVERIFY(std::find_if(flatCard.criteria.begin(), flatCard.criteria.end(), [](const CriterionGrade& g) { return g.id == u"stability"; })->measured);
    }
};

QTEST_GUILESS_MAIN(TestLoadProfile)
#include "tst_loadprofile.moc"
