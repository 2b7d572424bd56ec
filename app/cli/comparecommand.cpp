// `inferdeck-cli compare A B... [--json] [--fail-if-regressed PCT]`: B... against the baseline A.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "compare/comparison.h"
#include "format/units.h"
#include "io/jsonfields.h"
#include "importers/resultreader.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};


nlohmann::json toJson(const Comparison& c, std::optional<double> pct)
{
    using jsonio::orNull;
    nlohmann::json phases = nlohmann::json::array();
    for (const PhaseComparison& p : c.phases) {
        nlohmann::json metrics = nlohmann::json::array();
        for (const MetricDelta& m : p.metrics)
            metrics.push_back({ { "id", m.id.toStdString() }, { "name", m.name.toStdString() }, { "unit", m.unit.toStdString() },
                                { "higher_is_better", m.higherIsBetter }, { "baseline", orNull(m.baseline) }, { "candidate", orNull(m.candidate) },
                                { "change", orNull(m.change) }, { "ci_low", m.interval ? nlohmann::json(m.interval->low) : nlohmann::json(nullptr) },
                                { "ci_high", m.interval ? nlohmann::json(m.interval->high) : nlohmann::json(nullptr) },
                                { "interval_from", m.intervalFrom.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(m.intervalFrom.toStdString()) },
                                { "significant", m.significant }, { "regressed", pct ? nlohmann::json(m.regressed(*pct)) : nlohmann::json(nullptr) } });
        phases.push_back({ { "baseline_phase", p.baselinePhase.toStdString() }, { "candidate_phase", p.candidatePhase.toStdString() }, { "metrics", metrics } });
    }
    nlohmann::json warnings = nlohmann::json::array();
    for (const QString& w : c.warnings)
        warnings.push_back(w.toStdString());
    return { { "candidate", c.candidateName.toStdString() }, { "note", c.note.toStdString() }, { "warnings", warnings }, { "phases", phases } };
}
} // namespace

int compare(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList files;
    bool json = false;
    std::optional<double> pct;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--json")
            json = true;
        else if (args[i] == u"--fail-if-regressed" && i + 1 < args.size()) {
            bool ok = false;
            pct = args[++i].toDouble(&ok);
            if (!ok || *pct < 0) {
                err << Tr::tr("inferdeck-cli: --fail-if-regressed: expected a percentage >= 0, found \"%1\"\n").arg(args[i]);
                return kUsage;
            }
        } else if (args[i].startsWith(u'-')) {
            err << Tr::tr("inferdeck-cli: compare: unknown option \"%1\"\n").arg(args[i]);
            return kUsage;
        } else
            files << args[i];
    }
    if (files.size() < 2) {
        err << Tr::tr("Usage: inferdeck-cli compare BASELINE CANDIDATE... [--json] [--fail-if-regressed PCT]\n");
        return kUsage;
    }
    QList<BenchmarkResult> results;
    for (const QString& f : files) {
        Result<BenchmarkResult> r = readAnyResult(f);
        if (!r) {
            err << u"inferdeck-cli: "_s << r.error().toString() << '\n';
            return kBadInput;
        }
        results.append(std::move(r).value());
    }
    bool regressed = false;
    nlohmann::json comparisons = nlohmann::json::array();
    for (qsizetype k = 1; k < results.size(); ++k) {
        const Comparison c = compareResults(results[0], QFileInfo(files[0]).fileName(), results[k], QFileInfo(files[k]).fileName());
        regressed |= pct && c.regressed(*pct);
        if (json) {
            comparisons.push_back(toJson(c, pct));
            continue;
        }
        out << Tr::tr("%1 against the baseline %2 (%3)\n").arg(c.candidateName, c.baselineName, c.note);
        for (const QString& w : c.warnings)
            out << Tr::tr("  WARNING: %1\n").arg(w);
        for (const PhaseComparison& p : c.phases) {
            out << Tr::tr("  phase %1%2\n").arg(p.baselinePhase, p.candidatePhase == p.baselinePhase ? QString() : u" ↔ "_s + p.candidatePhase);
            for (const MetricDelta& m : p.metrics) {
                const QString ci = m.interval ? Tr::tr("95 % CI %1 … %2").arg(Units::signedPercent(m.interval->low), Units::signedPercent(m.interval->high)) : Tr::tr("no interval");
                QString verdict = m.significant ? Tr::tr("significant") : QString();
                if (pct && m.regressed(*pct))
                    verdict = Tr::tr("REGRESSED");
                out << u"    %1 %2 → %3 %4  %5  %6  %7\n"_s.arg(m.name.leftJustified(18), Units::number(m.baseline, 2).rightJustified(10),
                                                              Units::number(m.candidate, 2).rightJustified(10), m.unit.leftJustified(5),
                                                              Units::signedPercent(m.change).rightJustified(8), ci, verdict);
            }
        }
    }
    if (json) {
        nlohmann::json doc = { { "baseline", files[0].toStdString() }, { "comparisons", comparisons },
                               { "regression_threshold_pct", pct ? nlohmann::json(*pct) : nlohmann::json(nullptr) }, { "regressed", regressed } };
        out << QString::fromStdString(doc.dump(2)) << '\n';
    } else if (pct) {
        out << (regressed ? Tr::tr("Regression: a throughput fell or a latency rose by more than %1 % with significance.\n").arg(*pct)
                          : Tr::tr("No significant regression beyond %1 %.\n").arg(*pct));
    }
    return regressed ? kRunFailed : kOk;
}

} // namespace inferdeck::cli
