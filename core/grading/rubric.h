#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace inferdeck {

/// How one criterion turns a measured value into a grade: the value that still earns each grade.
struct CriterionRule {
    QString id;               // e.g. "scaling_efficiency"
    bool enabled = true;
    double weight = 1.0;      // in the overall grade; 0 makes the criterion informational
    bool higherIsBetter = true;
    QList<double> thresholds; // one per grade except the last, best first: A needs >= thresholds[0], ...
    bool gradeOnIntervalLow = false; // grade the interval's pessimistic end, so the grade holds at 95 %
    friend bool operator==(const CriterionRule&, const CriterionRule&) = default;
};

/// A data-quality rule in the spirit of MLPerf LoadGen's VALID/INVALID verdict.
struct QualityRule {
    QString id;          // e.g. "min_requests"
    bool enabled = true;
    double threshold = 0.0;
    bool invalidates = false;       // true: the run is INVALID; false: a warning
    std::optional<QString> capGrade; // the best overall grade the run can get when the rule fires
    friend bool operator==(const QualityRule&, const QualityRule&) = default;
};

/// The grading rubric: data a user can copy and edit (resources/rubric/default.rubric.json).
struct Rubric {
    QString name;
    QString source; // the file it came from, or ":default"
    QStringList grades; // best first, e.g. A B C D F
    QList<CriterionRule> criteria;
    QList<QualityRule> quality;
    QString sloPercentile = QStringLiteral("p99"); // which latency percentile the SLO criteria check
    // an overall grade needs this many criteria measured and weighted (> 0): one criterion alone (say the
    // success rate of an imported file) is not a verdict on a system
    int minGradedCriteria = kDefaultMinGradedCriteria;
    static constexpr int kDefaultMinGradedCriteria = 3;

    const CriterionRule* criterion(const QString& id) const;
    const QualityRule* rule(const QString& id) const;
    /// The grade `value` earns under `rule` (an index into grades).
    int gradeFor(const CriterionRule& rule, double value) const;
    friend bool operator==(const Rubric&, const Rubric&) = default;
};

/// The criteria a rubric may name, in report order.
QStringList rubricCriterionIds();
/// The data-quality rules a rubric may name.
QStringList rubricQualityIds();

} // namespace inferdeck
