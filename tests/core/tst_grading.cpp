#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <climits>
#include <cmath>

#include "grading/grader.h"
#include "importers/resultreader.h"
#include "io/rubricfile.h"
#include "metrics/resultsummary.h"
#include "report/reportbuilder.h"
#include "run/democluster.h"
#include "syntheticrun.h"
#include "testutil.h"
#include "format/units.h"
#include "util/resources.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using nlohmann::json;

namespace {

json defaultRubricJson()
{
    ensureResources();
    QFile f(u":/inferdeck/rubric/default.rubric.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the default rubric is not in the resources");
    return json::parse(f.readAll().toStdString());
}

GradeCard grade(const BenchmarkResult& r, const Rubric& rubric = defaultRubric())
{
    return gradeResult(r, summarizeResult(r), rubric);
}

const CriterionGrade& criterion(const GradeCard& card, const QString& id)
{
    for (const CriterionGrade& c : card.criteria)
        if (c.id == id)
            return c;
    qFatal("criterion %s missing", qPrintable(id));
}

bool fired(const GradeCard& card, const QString& id)
{
    for (const QualityFinding& f : card.findings)
        if (f.id == id)
            return true;
    return false;
}

// The headline at the top of the report, built as every report builds it.
QString verdictOf(const BenchmarkResult& r, const Rubric& rubric = defaultRubric())
{
    const ResultSummary summary = summarizeResult(r);
    const GradeCard card = gradeResult(r, summary, rubric);
    return buildReport({ r, summary, card, rubric, u"result.inferdeck.json"_s, u"InferDeck test"_s, 0.0 }).verdict;
}

/// A synthetic run long enough that no data-quality rule about size fires.
testing::SyntheticSpec bigSpec()
{
    testing::SyntheticSpec s;
    s.requestsPerNode = 400;
    return s;
}

} // namespace

class TestGrading : public QObject {
    Q_OBJECT

private slots:
    void shippedRubricParsesWithEveryCriterionAndRule()
    {
        const Rubric r = defaultRubric();
        QCOMPARE(r.source, u":default"_s);
        QCOMPARE(r.grades, (QStringList{ u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"F"_s }));
        QCOMPARE(r.criteria.size(), rubricCriterionIds().size());
        QCOMPARE(r.quality.size(), rubricQualityIds().size());
        QVERIFY(r.criterion(u"scaling_efficiency"_s)->gradeOnIntervalLow);
        QCOMPARE(r.criterion(u"energy_per_token"_s)->weight, 0.0);
        QCOMPARE(r.minGradedCriteria, 3);
    }

    void minGradedCriteriaIsReadAndDefaultsToThree()
    {
        json doc = defaultRubricJson();
        doc["min_graded_criteria"] = 5;
        const auto five = parseRubric(QByteArray::fromStdString(doc.dump()), u"five"_s);
        QVERIFY(five.ok());
        QCOMPARE(five.value().minGradedCriteria, 5);
        doc.erase("min_graded_criteria"); // a rubric written before the field existed
        const auto older = parseRubric(QByteArray::fromStdString(doc.dump()), u"older"_s);
        QVERIFY(older.ok());
        QCOMPARE(older.value().minGradedCriteria, 3);
    }

    // issue 21: an imported vLLM result without SLOs got an overall "A" (capped to C) from its success rate alone
    void importedResultWithOnlySuccessRateIsNotGradedAndSaysWhy()
    {
        const auto r = readAnyResult(testing::sourcePath(u"tests/data/importers/vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        const GradeCard card = grade(r.value());
        const CriterionGrade& success = criterion(card, u"success_rate"_s);
        QVERIFY(success.measured && success.grade); // the criterion keeps its own grade
        QCOMPARE(card.grades.value(*success.grade), u"A"_s);
        QVERIFY(!card.overall);
        QVERIFY(!card.uncappedOverall);
        QCOMPARE(card.overallText(), QString());
        QCOMPARE(card.notGradedReason, u"only 1 criterion could be measured (Success rate); the rubric needs 3"_s);
        QVERIFY2(card.overallReason.startsWith(u"Not graded: only 1 criterion could be measured (Success rate); the rubric needs 3."_s),
                 qPrintable(card.overallReason));
        QVERIFY2(card.capSummary.isEmpty(), qPrintable(card.capSummary)); // nothing to cap
        const QString verdict = verdictOf(r.value());
        QVERIFY2(verdict.startsWith(u"Not graded: only 1 criterion could be measured (Success rate); the rubric needs 3."_s), qPrintable(verdict));
        QVERIFY2(!verdict.contains(u"Overall grade"_s), qPrintable(verdict));

        // the rubric decides: one criterion is enough when it says so
        json doc = defaultRubricJson();
        doc["min_graded_criteria"] = 1;
        const auto lenient = parseRubric(QByteArray::fromStdString(doc.dump()), u"lenient"_s);
        QVERIFY(lenient.ok());
        QVERIFY(grade(r.value(), lenient.value()).overall);
    }

    void twoMeasuredCriteriaAreNamedWhenNotGraded()
    {
        json doc = defaultRubricJson();
        for (auto& [key, value] : doc["criteria"].items())
            value["enabled"] = key == "success_rate" || key == "stability" || key == "energy_per_token";
        const auto rubric = parseRubric(QByteArray::fromStdString(doc.dump()), u"two"_s);
        QVERIFY(rubric.ok());
        const GradeCard card = grade(testing::makeSyntheticRun(bigSpec()), rubric.value());
        QVERIFY(!card.overall);
        // energy per token is measured but has no weight: it does not count
        QCOMPARE(card.notGradedReason, u"only 2 criteria could be measured (Success rate, Stability); the rubric needs 3"_s);
    }

    void rubricErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer to change, or "" for raw text
        QTest::addColumn<QString>("value");   // JSON value put there
        QTest::addColumn<QString>("where");   // what the message must name
        QTest::newRow("not JSON") << QString() << u"{ \"format\": "_s << u"not valid JSON"_s;
        QTest::newRow("other format") << u"/format"_s << u"\"inferdeck-result\""_s << u"format"_s;
        QTest::newRow("newer version") << u"/version"_s << u"7"_s << u"version"_s;
        QTest::newRow("one grade") << u"/grades"_s << u"[\"pass\"]"_s << u"grades"_s;
        QTest::newRow("duplicate grade") << u"/grades"_s << u"[\"A\", \"A\", \"B\", \"C\", \"D\"]"_s << u"grades[1]"_s;
        QTest::newRow("threshold count") << u"/criteria/ttft_slo/thresholds"_s << u"[1.0, 1.1]"_s << u"criteria.ttft_slo.thresholds"_s;
        QTest::newRow("thresholds out of order") << u"/criteria/success_rate/thresholds"_s << u"[0.9, 0.99, 0.8, 0.7]"_s
                                                 << u"criteria.success_rate.thresholds[1]"_s;
        QTest::newRow("threshold not a number") << u"/criteria/stability/thresholds/2"_s << u"\"ten\""_s << u"criteria.stability.thresholds[2]"_s;
        QTest::newRow("unknown criterion") << u"/criteria/vibes"_s << u"{\"higher_is_better\": true, \"thresholds\": []}"_s << u"criteria.vibes"_s;
        QTest::newRow("bad grade_on") << u"/criteria/scaling_efficiency/grade_on"_s << u"\"median\""_s << u"criteria.scaling_efficiency.grade_on"_s;
        QTest::newRow("cap not a grade") << u"/data_quality/min_requests/cap"_s << u"\"A+\""_s << u"data_quality.min_requests.cap"_s;
        QTest::newRow("bad severity") << u"/data_quality/max_error_rate/severity"_s << u"\"fatal\""_s << u"data_quality.max_error_rate.severity"_s;
        QTest::newRow("negative threshold") << u"/data_quality/min_requests/threshold"_s << u"-5"_s << u"data_quality.min_requests.threshold"_s;
        QTest::newRow("bad percentile") << u"/slo_percentile"_s << u"\"p42\""_s << u"slo_percentile"_s;
        QTest::newRow("min_graded_criteria below 1") << u"/min_graded_criteria"_s << u"0"_s << u"min_graded_criteria"_s;
        QTest::newRow("min_graded_criteria not whole") << u"/min_graded_criteria"_s << u"2.5"_s << u"min_graded_criteria"_s;
    }
    void rubricErrorsNameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, where);
        QByteArray text = value.toUtf8();
        if (!pointer.isEmpty()) {
            json doc = defaultRubricJson();
            doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
            text = QByteArray::fromStdString(doc.dump());
        }
        const auto r = parseRubric(text, u"my.rubric.json"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, u"my.rubric.json"_s);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    void scalingWithoutBaselineIsNotMeasuredAndExcluded()
    {
        testing::SyntheticSpec spec = bigSpec();
        spec.scaling = false;
        const GradeCard card = grade(testing::makeSyntheticRun(spec));
        const CriterionGrade& s = criterion(card, u"scaling_efficiency"_s);
        QVERIFY(!s.measured);
        QVERIFY(!s.grade);
        QVERIFY(s.reason.startsWith(u"Not measured"_s));
        QVERIFY(card.excluded.contains(s.name));
        QVERIFY(card.overall);
        QVERIFY2(card.overallReason.contains(u"Excludes, as not measured: Scaling efficiency"_s), qPrintable(card.overallReason));
    }

    void scalingIsGradedOnTheIntervalsPessimisticEnd()
    {
        testing::SyntheticSpec spec = bigSpec();
        spec.scaledSpeed = 0.93;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const ResultSummary sum = summarizeResult(r);
        const GradeCard card = gradeResult(r, sum, defaultRubric());
        const CriterionGrade& s = criterion(card, u"scaling_efficiency"_s);
        QVERIFY(s.measured && s.interval && s.grade);
        QCOMPARE(*s.value, sum.scaling.efficiency);
        const Rubric rubric = defaultRubric();
        QCOMPARE(*s.grade, rubric.gradeFor(*rubric.criterion(u"scaling_efficiency"_s), s.interval->low));
        QVERIFY(s.reason.contains(u"pessimistic end"_s));
    }

    void tooFewRequestsCapTheOverallGrade()
    {
        testing::SyntheticSpec spec;
        spec.requestsPerNode = 60;
        const GradeCard card = grade(testing::makeSyntheticRun(spec));
        QVERIFY(fired(card, u"min_requests"_s));
        QVERIFY(card.overall && card.uncappedOverall);
        const int cap = static_cast<int>(card.grades.indexOf(u"C"_s));
        QVERIFY(*card.overall >= cap);
        QCOMPARE(*card.overall, std::max(*card.uncappedOverall, cap));
        QVERIFY(card.valid); // a warning, not INVALID
    }

    // issue 21: "grade C" over all-A criteria, and the headline did not say why
    void aCapSaysWhyInTheGradeCardAndTheHeadline()
    {
        testing::SyntheticSpec spec;
        spec.requestsPerNode = 60;
        spec.durationS = 6.0;
        spec.failureRate = 0.0;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const ResultSummary sum = summarizeResult(r);
        const GradeCard card = gradeResult(r, sum, defaultRubric());
        QVERIFY(fired(card, u"min_requests"_s) && fired(card, u"min_phase_duration_s"_s));
        QVERIFY(card.overall && card.uncappedOverall);
        QVERIFY2(*card.uncappedOverall < *card.overall, "the test needs criteria better than the cap");
        QCOMPARE(card.overallText(), u"C"_s);
        QCOMPARE(card.capRules, (QStringList{ u"min_requests"_s, u"min_phase_duration_s"_s }));
        int fewest = INT_MAX;
        double shortest = 1e9;
        for (const PhaseSummary& p : sum.phases) {
            fewest = std::min(fewest, int(p.issued));
            shortest = std::min(shortest, *p.durationS);
        }
        const QString why = u"fewer than 200 requests (%1) and phases shorter than 60.0 s (%2)"_s.arg(fewest).arg(Units::duration(shortest));
        const QString uncapped = card.grades.value(*card.uncappedOverall);
        QCOMPARE(card.capSummary, u"capped at C from %1: %2"_s.arg(uncapped, why));
        QVERIFY2(card.overallReason.contains(u"Capped from %1 to C: %2 (data-quality rules min_requests, min_phase_duration_s)."_s.arg(uncapped, why)),
                 qPrintable(card.overallReason));
        const QString verdict = verdictOf(r);
        QVERIFY2(verdict.contains(u"The grade is capped at C from %1: %2."_s.arg(uncapped, why)), qPrintable(verdict));
        QVERIFY2(verdict.startsWith(u"Overall grade C for phase"_s), qPrintable(verdict)); // not the demo's plan: no demo note
    }

    void aCapThatChangesNothingIsNotClaimed()
    {
        json doc = defaultRubricJson();
        doc["data_quality"]["min_requests"]["cap"] = "A"; // fires, but no grade is better than A
        doc["data_quality"].erase("min_phase_duration_s");
        const auto rubric = parseRubric(QByteArray::fromStdString(doc.dump()), u"cap A"_s);
        QVERIFY(rubric.ok());
        testing::SyntheticSpec spec;
        spec.requestsPerNode = 60;
        const GradeCard card = grade(testing::makeSyntheticRun(spec), rubric.value());
        QVERIFY(fired(card, u"min_requests"_s));
        QVERIFY(card.overall);
        QCOMPARE(card.overall, card.uncappedOverall);
        QVERIFY2(card.capSummary.isEmpty(), qPrintable(card.capSummary));
        QVERIFY(card.capRules.isEmpty());
        QVERIFY2(!card.overallReason.contains(u"Capped"_s), qPrintable(card.overallReason));
    }

    // issue 21: the demo, the README's main job, runs 6 s phases against the rubric's 60 s minimum. Either its
    // plan meets the size rules or its report says first that it is a short demo and cannot.
    void theDemoMeetsTheSizeRulesOrItsReportSaysSoFirst()
    {
        const RunPlan plan = demoSetup().plan;
        QVERIFY(isDemoPlan(plan));
        const Rubric rubric = defaultRubric();
        const double minDuration = rubric.rule(u"min_phase_duration_s"_s)->threshold;
        const double minRequests = rubric.rule(u"min_requests"_s)->threshold;
        // the demo's shape on the synthetic engine: duration-limited phases, the demo's concurrency, 3 repetitions
        testing::SyntheticSpec spec;
        spec.durationS = plan.durationS;
        spec.concurrency = static_cast<int>(plan.load.value);
        spec.repetitions = plan.repetitions;
        spec.ttftS = 0.10;
        spec.tpotS = 0.007;
        spec.outputMean = 90;
        spec.inputMean = 800;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.plan = plan;
        const ResultSummary sum = summarizeResult(r);
        bool meets = plan.durationS >= minDuration;
        for (const PhaseSummary& p : sum.phases)
            meets = meets && double(p.issued) >= minRequests;
        const QString verdict = verdictOf(r, rubric);
        if (meets)
            return;
        QVERIFY2(verdict.startsWith(u"This is InferDeck's one-minute demo on simulated nodes, not a benchmark: its phases are shorter, with fewer "
                                    "requests, than the rubric asks of a real run, so its grade is capped by design"_s),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(u"phases shorter than 60.0 s"_s), qPrintable(verdict));
        QVERIFY2(verdict.contains(u"SIMULATED"_s), qPrintable(verdict));

        // a changed plan is not the demo any more: no demo note, the cap alone explains itself
        RunPlan longer = plan;
        longer.durationS = 600;
        QVERIFY(!isDemoPlan(longer));
        r.plan = longer;
        QVERIFY2(!verdictOf(r, rubric).contains(u"demo"_s), qPrintable(verdictOf(r, rubric)));
    }

    void errorsAboveTheThresholdFireAndGradeSuccessRate()
    {
        testing::SyntheticSpec spec = bigSpec();
        spec.failureRate = 0.12;
        const GradeCard card = grade(testing::makeSyntheticRun(spec));
        QVERIFY(fired(card, u"max_error_rate"_s));
        const CriterionGrade& s = criterion(card, u"success_rate"_s);
        QVERIFY(s.measured);
        QVERIFY(std::fabs(*s.value - 0.88) < 0.05);
        QCOMPARE(card.grades.value(*s.grade), u"F"_s);
    }

    void cancelledRunIsInvalid()
    {
        BenchmarkResult r = testing::makeSyntheticRun(bigSpec());
        r.status = RunStatus::Cancelled;
        r.statusDetail = u"cancelled by the user"_s;
        const GradeCard card = grade(r);
        QVERIFY(fired(card, u"incomplete_run"_s));
        QVERIFY(!card.valid);
        QVERIFY(card.overallReason.contains(u"INVALID"_s));
    }

    void aClientWhoseTimingErrorExceedsTheThresholdIsFlaggedAndTheReportSaysSo()
    {
        BenchmarkResult r = testing::makeSyntheticRun(bigSpec());
        QVERIFY(!fired(grade(r), u"client_accuracy"_s)); // no budget (an older agent): nothing to flag
        ClientAccuracy exact;
        exact.stamps = u"kernel"_s;
        exact.clientLagP99S = 0.030; // the loop lagged, but the kernel's stamps removed it
        exact.chunks = 1000;
        exact.sharedChunks = 5;
        exact.errorP99S = 0.0004;
        exact.errorMaxS = 0.010;
        for (Phase& p : r.phases)
            p.accuracy = QList<ClientAccuracy>(p.nodes.size(), exact);
        QVERIFY(!fired(grade(r), u"client_accuracy"_s));
        ClientAccuracy late = exact;
        late.errorP99S = 0.009; // chunks that shared a read may be 9 ms early at p99: over the 2 ms threshold
        r.phases.last().accuracy.last() = late;
        const GradeCard card = grade(r);
        QVERIFY(fired(card, u"client_accuracy"_s));
        QVERIFY(card.valid); // a warning in the shipped rubric: flagged, not voided
        const ResultSummary summary = summarizeResult(r);
        const Report report = buildReport({ r, summary, card, defaultRubric(), u"result.inferdeck.json"_s, u"InferDeck test"_s, 0.0 });
        bool said = false;
        for (const ReportSection& section : report.sections)
            for (const ReportBlock& block : section.blocks)
                said = said || block.text.startsWith(u"Client accuracy: the kernel stamped every response read"_s);
        QVERIFY(said);

        // TTFT's own bound: every chunk read alone, but first chunks shared their read with the second
        ClientAccuracy firstLate = exact;
        firstLate.ttftErrorP99S = 0.006;
        firstLate.ttftErrorMaxS = 0.011;
        r.phases.last().accuracy.last() = firstLate;
        const GradeCard ttftCard = grade(r);
        QVERIFY(fired(ttftCard, u"client_accuracy"_s));
        bool namesTtft = false;
        for (const QualityFinding& f : ttftCard.findings)
            namesTtft = namesTtft || (f.id == u"client_accuracy"_s && f.message.contains(u"TTFT percentiles"_s) && f.message.contains(u"6.00 ms"_s));
        QVERIFY(namesTtft);
        firstLate.ttftErrorP99S = 0.0015; // under the limit: nothing to flag
        r.phases.last().accuracy.last() = firstLate;
        QVERIFY(!fired(grade(r), u"client_accuracy"_s));
    }

    void simulatedEngineIsAlwaysReported()
    {
        const GradeCard card = grade(testing::makeSyntheticRun(bigSpec()));
        QVERIFY(card.simulated);
        QVERIFY(fired(card, u"simulated_engine"_s));
    }

    void withoutSlosTheLatencyCriteriaAreNotMeasured()
    {
        BenchmarkResult r = testing::makeSyntheticRun(bigSpec());
        r.plan.slo = {};
        const GradeCard card = grade(r);
        for (const char* id : { "ttft_slo", "tpot_slo", "e2e_slo", "goodput_share" }) {
            const CriterionGrade& c = criterion(card, QString::fromLatin1(id));
            QVERIFY(!c.measured);
            QVERIFY(card.excluded.contains(c.name));
        }
    }

    void throughputIsGradedAgainstThePlansTargetTimesNodes()
    {
        BenchmarkResult r = testing::makeSyntheticRun(bigSpec());
        const ResultSummary sum = summarizeResult(r);
        QVERIFY(!criterion(gradeResult(r, sum, defaultRubric()), u"throughput"_s).measured);
        r.plan.targetThroughputPerNode = 100.0;
        const GradeCard card = gradeResult(r, sum, defaultRubric());
        const CriterionGrade& t = criterion(card, u"throughput"_s);
        QVERIFY(t.measured);
        double mean = 0;
        int n = 0;
        for (const PhaseSummary& p : sum.phases)
            if (p.phase == card.gradedPhase) {
                mean += *p.outputTokenThroughput;
                ++n;
            }
        QCOMPARE(*t.value, mean / n / (100.0 * card.gradedNodes));
    }

    void overallIsTheWeightedMeanRoundedTowardsTheWorseGrade()
    {
        // two criteria of equal weight, one A (0) and one B (1): the mean 0.5 is a tie and must give B
        json doc = defaultRubricJson();
        for (auto& [key, value] : doc["criteria"].items())
            value["enabled"] = key == "success_rate" || key == "stability";
        doc["min_graded_criteria"] = 2;
        doc["criteria"]["stability"]["weight"] = 2;
        doc["criteria"]["success_rate"]["weight"] = 2;
        doc["criteria"]["stability"]["thresholds"] = { 0.0, 1.0, 2.0, 3.0 }; // any CV > 0 is a B
        const auto rubric = parseRubric(QByteArray::fromStdString(doc.dump()), u"tie"_s);
        QVERIFY(rubric.ok());
        const GradeCard card = grade(testing::makeSyntheticRun(bigSpec()), rubric.value());
        QCOMPARE(card.criteria.size(), 2);
        QCOMPARE(card.grades.value(*criterion(card, u"success_rate"_s).grade), u"A"_s);
        QCOMPARE(card.grades.value(*criterion(card, u"stability"_s).grade), u"B"_s);
        QCOMPARE(card.grades.value(*card.uncappedOverall), u"B"_s);
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
