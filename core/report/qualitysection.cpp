// The output-quality section: ROUGE of generated answers against the dataset's references.
#include <QCoreApplication>

#include <numeric>

#include "format/units.h"
#include "quality/rouge.h"
#include "report/reportsections.h"
#include "stats/bootstrap.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

double mean(std::span<const double> v) { return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }

QString withInterval(const std::vector<double>& f1)
{
    const auto ci = stats::bootstrapInterval(f1, mean);
    const QString m = Units::number(mean(f1) * 100.0, 2);
    return ci ? u"%1 (%2 – %3)"_s.arg(m, Units::number(ci->low * 100.0, 2), Units::number(ci->high * 100.0, 2)) : m;
}
} // namespace

ReportSection outputQuality(const ReportInput& in)
{
    ReportSection s{ u"output-quality"_s, Tr::tr("Output quality"), {} };
    // pooled over the repetitions of each phase, in file order
    QStringList order;
    QMap<QString, std::array<std::vector<double>, 3>> f1;
    for (const Phase& p : in.result.phases) {
        if (p.outputs.size() == 0)
            continue;
        if (!f1.contains(p.name))
            order << p.name;
        auto& slot = f1[p.name];
        for (std::size_t i = 0; i < p.outputs.size(); ++i) {
            const auto k = static_cast<qsizetype>(i);
            const rouge::Scores sc = rouge::score(p.outputs.text[k], p.outputs.reference[k]);
            slot[0].push_back(sc.rouge1.f1);
            slot[1].push_back(sc.rouge2.f1);
            slot[2].push_back(sc.rougeL.f1);
        }
    }
    if (order.isEmpty()) {
        s.paragraph(Tr::tr("Not measured: the result holds no generated answers with reference answers (the dataset has no references), so ROUGE cannot be computed."));
        return s;
    }
    s.paragraph(Tr::tr("ROUGE F1 × 100 of each measured, successful answer against the dataset's reference, averaged over requests (as MLPerf reports it), with a 95 % bootstrap interval of the mean. "
                       "Tokens: lowercased text split at every character that is not a letter or digit; no stemming (rouge-score's default)."));
    if (in.result.simulated)
        s.warning(Tr::tr("SIMULATED: the simulator answers by repeating the prompt's words and the references are synthetic, so these scores check the measurement, not a model."));
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Answers"), Tr::tr("ROUGE-1"), Tr::tr("ROUGE-2"), Tr::tr("ROUGE-L") };
    t.numeric = { false, true, true, true, true };
    for (const QString& name : order) {
        const auto& v = f1[name];
        t.rows.append({ name, Units::count(static_cast<qint64>(v[0].size())), withInterval(v[0]), withInterval(v[1]), withInterval(v[2]) });
    }
    s.table(t);
    return s;
}

} // namespace inferdeck::reportsections
