#include "grading/rubric.h"

namespace inferdeck {

const CriterionRule* Rubric::criterion(const QString& id) const
{
    for (const CriterionRule& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

const QualityRule* Rubric::rule(const QString& id) const
{
    for (const QualityRule& r : quality)
        if (r.id == id)
            return &r;
    return nullptr;
}

int Rubric::gradeFor(const CriterionRule& rule, double value) const
{
    for (int g = 0; g < rule.thresholds.size(); ++g) {
        const double t = rule.thresholds[g];
        if (rule.higherIsBetter ? value >= t : value <= t)
            return g;
    }
    return static_cast<int>(grades.size()) - 1;
}

QStringList rubricCriterionIds()
{
    return { QStringLiteral("scaling_efficiency"), QStringLiteral("throughput"),   QStringLiteral("ttft_slo"),
             QStringLiteral("tpot_slo"),           QStringLiteral("e2e_slo"),      QStringLiteral("goodput_share"),
             QStringLiteral("success_rate"),       QStringLiteral("stability"),    QStringLiteral("energy_per_token") };
}

QStringList rubricQualityIds()
{
    return { QStringLiteral("min_requests"),     QStringLiteral("min_phase_duration_s"), QStringLiteral("max_error_rate"),
             QStringLiteral("generator_behind"), QStringLiteral("client_accuracy"),      QStringLiteral("simulated_engine"),
             QStringLiteral("incomplete_run") };
}

} // namespace inferdeck
