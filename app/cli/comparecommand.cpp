// `inferdeck-cli compare A B... [--json] [--fail-if-regressed PCT]`: B... against the baseline A.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "compare/comparison.h"
#include "compare/resultlabels.h"
#include "format/units.h"
#include "util/numbers.h"
#include "util/printable.h"
#include "io/jsonfields.h"
#include "importers/resultreader.h"
#include "library/libraryindex.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};


nlohmann::json textOrNull(const QString& s) { return s.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(s.toStdString()); }

nlohmann::json sourceId(ValueSource s)
{
    switch (s) {
    case ValueSource::Records:
        return "records";
    case ValueSource::Reported:
        return "reported";
    case ValueSource::Engine:
        return "engine";
    case ValueSource::None:
        break;
    }
    return nullptr;
}

// "(the file's own figure → records)" when a value was not recomputed from records; empty otherwise.
QString sourcesText(const MetricDelta& m)
{
    if (m.baselineSource != ValueSource::Reported && m.candidateSource != ValueSource::Reported)
        return {};
    const auto text = [](ValueSource s) { return s == ValueSource::None ? Units::notMeasured() : valueSourceText(s); };
    return Tr::tr("(from: %1 → %2)").arg(text(m.baselineSource), text(m.candidateSource));
}

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
                                { "interval_from", textOrNull(m.intervalFrom) }, { "interval_method", textOrNull(m.intervalMethod) },
                                { "no_interval", textOrNull(m.noInterval) }, { "baseline_from", sourceId(m.baselineSource) },
                                { "candidate_from", sourceId(m.candidateSource) }, { "significant", m.significant },
                                { "informational", m.informational },
                                { "regressed", pct ? nlohmann::json(m.regressed(*pct)) : nlohmann::json(nullptr) } });
        phases.push_back({ { "baseline_phase", p.baselinePhase.toStdString() }, { "candidate_phase", p.candidatePhase.toStdString() }, { "metrics", metrics } });
    }
    nlohmann::json warnings = nlohmann::json::array();
    for (const QString& w : c.warnings)
        warnings.push_back(w.toStdString());
    nlohmann::json doc = { { "candidate", c.candidateName.toStdString() }, { "note", c.note.toStdString() }, { "warnings", warnings }, { "phases", phases } };
    if (pct) {
        const GateDecision g = c.gate(*pct);
        nlohmann::json reasons = nlohmann::json::array();
        for (const QString& r : g.reasons)
            reasons.push_back(r.toStdString());
        doc["gate_reasons"] = reasons;
    }
    return doc;
}
} // namespace

int compare(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList files;
    bool json = false;
    bool againstLast = false;
    std::optional<double> pct;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--json")
            json = true;
        else if (args[i] == u"--against-last")
            againstLast = true;
        else if (args[i] == u"--fail-if-regressed" && i + 1 < args.size()) {
            pct = parseFiniteNumber(args[++i], 0.0, 1e6); // the CLI's one finite-number parser: no NaN, inf or " 5"
            if (!pct) {
                err << Tr::tr("inferdeck-cli: --fail-if-regressed: expected a percentage >= 0, found \"%1\"\n").arg(args[i]);
                return kUsage;
            }
        } else if (args[i].startsWith(u'-')) {
            err << Tr::tr("inferdeck-cli: compare: unknown option \"%1\"\n").arg(args[i]);
            return kUsage;
        } else
            files << args[i];
    }
    if (againstLast) {
        if (files.size() != 1) {
            err << u"Usage: inferdeck-cli compare FILE --against-last [--json] [--fail-if-regressed PCT]\n"_s;
            return kUsage;
        }
        // the candidate is indexed first (a run already is), so its fingerprint and date come from the file
        auto index = LibraryIndex::open(LibraryIndex::defaultPath());
        if (!index) {
            err << u"inferdeck-cli: "_s << printable(index.error().toString()) << '\n';
            return kBadInput;
        }
        const LibraryUpdate added = index.value()->add(files);
        const auto entry = index.value()->entryForPath(files.first());
        if (!added.errors.isEmpty() || !entry || entry->status != EntryStatus::Indexed) {
            err << u"inferdeck-cli: "_s << printable(added.errors.isEmpty() ? files.first() + u": not readable as a result"_s : added.errors.first().toString()) << '\n';
            return kBadInput;
        }
        const auto last = index.value()->lastComparable(*entry);
        if (!last) {
            // a first run has nothing to be worse than: CI's first build passes and starts the history
            // printable() escapes a line end: the one ending the line is ours, outside it
            err << printable(u"inferdeck-cli: compare --against-last: no earlier run with the fingerprint %1 (%2, %3) in the library %4; "
                             "nothing to compare against"_s.arg(entry->fingerprint.key(), entry->fingerprint.model, entry->fingerprint.tool, index.value()->path()))
                << '\n';
            return kOk;
        }
        if (!json)
            out << printable(u"baseline from the library: %1 (started %2)"_s.arg(last->path, Units::dateTime(last->fingerprint.startedUnix))) << '\n';
        files.prepend(last->path);
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
    QStringList reasons;
    nlohmann::json comparisons = nlohmann::json::array();
    // every run writes result.inferdeck.json: two of them are told apart by their folders
    const QStringList names = distinctFileLabels(files);
    for (qsizetype k = 1; k < results.size(); ++k) {
        const Comparison c = compareResults(results[0], names[0], results[k], names[k]);
        if (pct) {
            const GateDecision g = c.gate(*pct);
            regressed |= g.failed;
            reasons << g.reasons;
        }
        if (json) {
            comparisons.push_back(toJson(c, pct));
            continue;
        }
        // names and warnings quote the files: escaped, so a file cannot forge a line of the gate's verdict
        out << printable(Tr::tr("%1 against the baseline %2 (%3)").arg(c.candidateName, c.baselineName, c.note)) << '\n';
        for (const QString& w : c.warnings)
            out << printable(Tr::tr("  WARNING: %1").arg(w)) << '\n';
        for (const PhaseComparison& p : c.phases) {
            out << printable(Tr::tr("  phase %1%2").arg(p.baselinePhase, p.candidatePhase == p.baselinePhase ? QString() : u" ↔ "_s + p.candidatePhase)) << '\n';
            for (const MetricDelta& m : p.metrics) {
                QString ci = m.interval ? Tr::tr("95 % CI %1 … %2 (%3 over %4)")
                                              .arg(Units::signedPercent(m.interval->low), Units::signedPercent(m.interval->high), m.intervalMethod, m.intervalFrom)
                                        : m.informational ? Tr::tr("the engine's figure, not tested")
                                                          : Tr::tr("no interval");
                QString verdict = m.significant ? Tr::tr("significant") : QString();
                if (pct && m.regressed(*pct))
                    verdict = Tr::tr("REGRESSED");
                out << u"    %1 %2 → %3 %4  %5  %6  %7 %8\n"_s.arg(m.name.leftJustified(22), Units::number(m.baseline, 2).rightJustified(10),
                                                                 Units::number(m.candidate, 2).rightJustified(10), m.unit.leftJustified(5),
                                                                 Units::signedPercent(m.change).rightJustified(8), ci, verdict, sourcesText(m))
                           .trimmed()
                           .prepend(u"    "_s)
                    << '\n';
            }
        }
    }
    if (json) {
        nlohmann::json doc = { { "baseline", files[0].toStdString() }, { "comparisons", comparisons },
                               { "regression_threshold_pct", pct ? nlohmann::json(*pct) : nlohmann::json(nullptr) }, { "regressed", regressed } };
        out << QString::fromStdString(doc.dump(2)) << '\n';
    } else if (pct) {
        if (regressed) {
            out << Tr::tr("Regression gate FAILED at %1 %; the rows that decided:\n").arg(*pct);
            for (const QString& r : reasons)
                out << u"  - "_s << printable(r) << '\n';
        } else {
            out << Tr::tr("Regression gate passed at %1 %: no throughput fell and no latency rose beyond it with significance, "
                          "no change beyond it lacks an interval, and no success rate fell beyond it.\n").arg(*pct);
        }
    }
    return regressed ? kRunFailed : kOk;
}

} // namespace inferdeck::cli
