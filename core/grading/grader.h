#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "grading/rubric.h"
#include "metrics/resultsummary.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// One criterion of the grade card: what was measured, its interval, the grade and why.
struct CriterionGrade {
    QString id;
    QString name;
    bool measured = false;
    std::optional<double> value;            // what the thresholds compare (fraction, ratio, ...)
    std::optional<stats::Interval> interval; // of `value`
    QString valueText;                       // the measurement as a reader sees it, e.g. "412 ms (limit 500 ms)"
    QString intervalText;                    // e.g. "95 % CI 91.2 %–98.0 %" or "range 380–450 ms"
    std::optional<int> grade;                // index into Rubric::grades; nullopt: not graded
    double weight = 0.0;
    QString reason; // one sentence
};

/// A data-quality rule that fired.
struct QualityFinding {
    QString id;
    bool invalidates = false;
    std::optional<QString> cap;
    QString message;
    QString capReason; // a short phrase for the headline when the rule lowers the grade, e.g. "fewer than 200 requests (49)"
};

/// Every grade of a result and why: built from the raw records' summary and a rubric, never stored.
struct GradeCard {
    QString rubricName;
    QString rubricSource;
    QStringList grades;
    QString gradedPhase; // the phase the criteria describe (the N-node phase of a scaling run)
    int gradedRepetitions = 0;
    int gradedNodes = 0;
    QList<CriterionGrade> criteria;
    QList<QualityFinding> findings;
    QStringList unchecked;              // data-quality rules the file gave no data for, each with why
    std::optional<int> overall;         // index into grades, after caps; nullopt when nothing was graded
    std::optional<int> uncappedOverall;
    QStringList excluded;               // names of criteria not measured
    bool valid = true;                  // false: a rule marked the run INVALID
    bool simulated = false;
    QString overallReason;
    // what the headline says beside the grade: why no grade was given ("only 1 criterion could be measured
    // (Success rate); the rubric needs 3") or why it was lowered ("capped at C from A: phases shorter than
    // 60.0 s (6.00 s) and fewer than 200 requests (49)"); empty when neither applies
    QString notGradedReason;
    QString capSummary;
    QStringList capRules; // ids of the data-quality rules that lowered the grade

    QString overallText() const { return overall ? grades.value(*overall) : QString(); }
};

/// Grades `result` by `rubric`. Pure and deterministic.
GradeCard gradeResult(const BenchmarkResult& result, const ResultSummary& summary, const Rubric& rubric);

} // namespace inferdeck
