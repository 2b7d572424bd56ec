#include "io/rubricfile.h"

#include <QCoreApplication>
#include <QFile>

#include "io/jsonfields.h"
#include "util/resources.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace jsonio;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RubricFile)
};

constexpr int kRubricVersion = 1;

QString gradeList(const QStringList& grades) { return grades.join(u", "_s); }

CriterionRule criterionFrom(const json& v, const QString& id, const QString& path, const QStringList& grades)
{
    expectObject(v, path);
    CriterionRule c;
    c.id = id;
    c.enabled = optionalBoolean(v, "enabled", path, true);
    c.weight = optionalNumber(v, "weight", path, 0, 1000).value_or(1.0);
    c.higherIsBetter = boolean(v, "higher_is_better", path);
    const json& t = array(v, "thresholds", path);
    const QString tp = childPath(path, "thresholds");
    for (std::size_t i = 0; i < t.size(); ++i)
        c.thresholds.append(numberValue(t[i], indexPath(tp, i), -1e12, 1e12));
    if (c.weight > 0 && c.thresholds.size() != grades.size() - 1)
        fail(tp, Tr::tr("expected %1 values, one for each grade but the last (%2), found %3")
                     .arg(grades.size() - 1)
                     .arg(gradeList(grades))
                     .arg(c.thresholds.size()));
    for (int i = 1; i < c.thresholds.size(); ++i) {
        const bool ordered = c.higherIsBetter ? c.thresholds[i] <= c.thresholds[i - 1] : c.thresholds[i] >= c.thresholds[i - 1];
        if (!ordered)
            fail(indexPath(tp, static_cast<std::size_t>(i)),
                 c.higherIsBetter ? Tr::tr("higher is better here, so each threshold must not exceed the one before it")
                                  : Tr::tr("lower is better here, so each threshold must not be below the one before it"));
    }
    const QString on = optionalString(v, "grade_on", path);
    if (!on.isEmpty() && on != u"value"_s && on != u"interval_low"_s)
        fail(childPath(path, "grade_on"), Tr::tr("expected value or interval_low, found \"%1\"").arg(on));
    c.gradeOnIntervalLow = on == u"interval_low"_s;
    return c;
}

QualityRule ruleFrom(const json& v, const QString& id, const QString& path, const QStringList& grades)
{
    expectObject(v, path);
    QualityRule r;
    r.id = id;
    r.enabled = optionalBoolean(v, "enabled", path, true);
    r.threshold = number(v, "threshold", path, 0, 1e12);
    const QString severity = string(v, "severity", path);
    if (severity != u"warning"_s && severity != u"invalid"_s)
        fail(childPath(path, "severity"), Tr::tr("expected warning or invalid, found \"%1\"").arg(severity));
    r.invalidates = severity == u"invalid"_s;
    const QString cap = optionalString(v, "cap", path);
    if (!cap.isEmpty()) {
        if (!grades.contains(cap))
            fail(childPath(path, "cap"), Tr::tr("\"%1\" is not one of the grades (%2)").arg(cap, gradeList(grades)));
        r.capGrade = cap;
    }
    return r;
}
} // namespace

Result<Rubric> parseRubric(const QByteArray& text, const QString& where)
{
    try {
        const json doc = parseJsonText(text);
        expectObject(doc, QString());
        if (string(doc, "format", QString()) != u"inferdeck-rubric"_s)
            fail(u"format"_s, Tr::tr("expected \"inferdeck-rubric\""));
        const auto version = integer(doc, "version", QString(), 1, 1'000'000);
        if (version > kRubricVersion)
            fail(u"version"_s, Tr::tr("version %1 is newer than this program reads (%2)").arg(version).arg(kRubricVersion));
        Rubric r;
        r.source = where;
        r.name = string(doc, "name", QString());
        const json& grades = array(doc, "grades", QString());
        for (std::size_t i = 0; i < grades.size(); ++i) {
            const QString g = stringValue(grades[i], indexPath(u"grades"_s, i));
            if (g.isEmpty() || r.grades.contains(g))
                fail(indexPath(u"grades"_s, i), Tr::tr("each grade must be a distinct, non-empty name"));
            r.grades.append(g);
        }
        if (r.grades.size() < 2)
            fail(u"grades"_s, Tr::tr("a rubric needs at least two grades"));
        r.sloPercentile = optionalString(doc, "slo_percentile", QString());
        if (r.sloPercentile.isEmpty())
            r.sloPercentile = u"p99"_s;
        if (!QStringList{ u"p50"_s, u"p90"_s, u"p95"_s, u"p99"_s }.contains(r.sloPercentile))
            fail(u"slo_percentile"_s, Tr::tr("expected p50, p90, p95 or p99, found \"%1\"").arg(r.sloPercentile));
        r.minGradedCriteria = static_cast<int>(
            optionalInteger(doc, "min_graded_criteria", QString(), 1, rubricCriterionIds().size()).value_or(Rubric::kDefaultMinGradedCriteria));

        const json& criteria = object(doc, "criteria", QString());
        for (const auto& [key, value] : criteria.items()) {
            const QString id = QString::fromStdString(key);
            const QString path = u"criteria."_s + id;
            if (!rubricCriterionIds().contains(id))
                fail(path, Tr::tr("unknown criterion; known: %1").arg(rubricCriterionIds().join(u", "_s)));
        }
        for (const QString& id : rubricCriterionIds()) // report order, whatever the file's order
            if (criteria.contains(id.toStdString()))
                r.criteria.append(criterionFrom(criteria[id.toStdString()], id, u"criteria."_s + id, r.grades));

        const json& quality = object(doc, "data_quality", QString());
        for (const auto& [key, value] : quality.items()) {
            const QString id = QString::fromStdString(key);
            if (!rubricQualityIds().contains(id))
                fail(u"data_quality."_s + id, Tr::tr("unknown rule; known: %1").arg(rubricQualityIds().join(u", "_s)));
        }
        for (const QString& id : rubricQualityIds())
            if (quality.contains(id.toStdString()))
                r.quality.append(ruleFrom(quality[id.toStdString()], id, u"data_quality."_s + id, r.grades));
        return r;
    } catch (const FieldError& e) {
        return Error{ e.path.isEmpty() ? e.message : e.path + u": "_s + e.message, where };
    }
}

Result<Rubric> readRubricFile(const QString& path)
{
    const auto text = readSmallFile(path);
    if (!text)
        return text.error();
    return parseRubric(text.value(), path);
}

Rubric defaultRubric()
{
    ensureResources();
    QFile f(u":/inferdeck/rubric/default.rubric.json"_s);
    f.open(QIODevice::ReadOnly);
    auto r = parseRubric(f.readAll(), u":default"_s);
    Q_ASSERT_X(r.ok(), "defaultRubric", "the shipped rubric must parse"); // a test reads it too
    return r.ok() ? r.value() : Rubric{};
}

} // namespace inferdeck
