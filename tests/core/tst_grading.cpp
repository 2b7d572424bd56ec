#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include "grading/grader.h"
#include "io/rubricfile.h"
#include "metrics/resultsummary.h"
#include "syntheticrun.h"
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
