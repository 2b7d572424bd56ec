#include "compare/comparison.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "compare/enginedeltas.h"
#include "compare/repetitionlatencies.h"
#include "format/units.h"
#include "stats/descriptive.h"
#include "stats/welch.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

double meanOf(std::span<const double> v)
{
    return v.empty() ? NAN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

struct Side {
    const BenchmarkResult* result;
    const ResultSummary* summary;
    QList<int> indices; // summary phases of the compared phase name
};

using Lat = LatencyKind;

std::optional<double> change(std::optional<double> base, std::optional<double> cand)
{
    if (!base || !cand || *base == 0.0 || !std::isfinite(*base) || !std::isfinite(*cand))
        return std::nullopt;
    return *cand / *base - 1.0;
}

void finish(MetricDelta& d)
{
    d.change = change(d.baseline, d.candidate);
    d.significant = d.interval && (d.interval->low > 0.0 || d.interval->high < 0.0);
}

// The file's own percentile where it saved no records to recompute one from: the mean over the
// repetitions that state it, or nothing when one of them does not.
std::optional<double> reportedLatency(const Side& s, Lat which, double q)
{
    if (which == Lat::AnswerTtft || s.indices.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (int i : s.indices) {
        const std::optional<ReportedSummary>& r = s.result->phases[i].reported;
        if (!r)
            return std::nullopt;
        const ReportedDistribution& d = which == Lat::Ttft ? r->ttft : which == Lat::Tpot ? r->tpot : r->e2e;
        const std::optional<double> v = q == 0.5 ? d.p50 : q == 0.99 ? d.p99 : std::nullopt;
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum / double(s.indices.size());
}

MetricDelta latencyDelta(const Side& a, const Side& b, Lat which, double q, const stats::BootstrapOptions& options)
{
    static const char* const ids[] = { "ttft", "tpot", "e2e", "answer_ttft" };
    const QString labels[] = { u"TTFT"_s, u"TPOT"_s, u"E2E"_s, Tr::tr("Answer TTFT") };
    MetricDelta d;
    const QString qs = u"p%1"_s.arg(int(std::round(q * 100)));
    d.id = QString::fromLatin1(ids[int(which)]) + u'_' + qs;
    d.name = labels[int(which)] + u' ' + qs;
    d.unit = u"ms"_s;
    d.higherIsBetter = false;
    // each repetition's percentile of its own requests, averaged: the number the summary, the grade card
    // and the library give for the phase, so a comparison never shows a third one
    const stats::Groups ga = repetitionLatencies(*a.result, a.indices, which);
    const stats::Groups gb = repetitionLatencies(*b.result, b.indices, which);
    const auto value = [which, q](const Side& s, const stats::Groups& g, ValueSource& source) -> std::optional<double> {
        if (const auto p = meanOfPercentiles(g, q)) {
            source = ValueSource::Records;
            return *p * 1e3;
        }
        if (const auto r = reportedLatency(s, which, q)) {
            source = ValueSource::Reported;
            return *r * 1e3;
        }
        return std::nullopt;
    };
    d.baseline = value(a, ga, d.baselineSource);
    d.candidate = value(b, gb, d.candidateSource);
    bool noSpread = false;
    if (d.baselineSource == ValueSource::Records && d.candidateSource == ValueSource::Records && *d.baseline > 0) {
        const PercentileChange c = percentileChange(ga, gb, q, options);
        d.interval = c.interval;
        noSpread = c.noSpread;
        if (c.from == PercentileIntervalFrom::Repetitions) {
            d.intervalFrom = Tr::tr("repetitions");
            d.intervalMethod = Tr::tr("Welch t");
        } else if (c.from == PercentileIntervalFrom::Requests) {
            d.intervalFrom = Tr::tr("requests");
            d.intervalMethod = Tr::tr("bootstrap");
        }
    }
    if (!d.interval && d.baseline && d.candidate)
        d.noInterval = d.baselineSource == ValueSource::Reported || d.candidateSource == ValueSource::Reported
            ? Tr::tr("no interval: a file states only its own percentile, without per-request records")
            : noSpread ? Tr::tr("no interval: the repetitions do not vary at all")
                       : Tr::tr("no interval: too few requests");
    finish(d);
    return d;
}

std::vector<double> throughputs(const Side& s, bool requests)
{
    std::vector<double> out;
    for (int i : s.indices) {
        const PhaseSummary& p = s.summary->phases[i];
        if (const auto v = requests ? p.requestThroughput : p.outputTokenThroughput)
            out.push_back(*v);
    }
    return out;
}

MetricDelta throughputDelta(const Side& a, const Side& b, bool requests, const stats::BootstrapOptions& options)
{
    MetricDelta d;
    d.id = requests ? u"request_throughput"_s : u"output_token_throughput"_s;
    d.name = requests ? Tr::tr("Request throughput") : Tr::tr("Output throughput");
    d.unit = requests ? u"req/s"_s : u"tok/s"_s;
    d.higherIsBetter = true;
    const std::vector<double> xa = throughputs(a, requests);
    const std::vector<double> xb = throughputs(b, requests);
    const auto source = [](const Side& s) {
        for (int i : s.indices)
            if (s.summary->phases[i].aggregateOnly || !s.summary->phases[i].sendTimesKnown)
                return ValueSource::Reported; // the tool's own duration, hence its throughput
        return ValueSource::Records;
    };
    if (!xa.empty()) {
        d.baseline = meanOf(xa);
        d.baselineSource = source(a);
    }
    if (!xb.empty()) {
        d.candidate = meanOf(xb);
        d.candidateSource = source(b);
    }
    if (!d.baseline || !d.candidate || !(*d.baseline > 0)) {
        finish(d);
        return d;
    }
    if (xa.size() >= 2 && xb.size() >= 2) {
        // Repetitions are few (2-5): a percentile bootstrap over 3 values covers far less than its nominal
        // 95 % and flags same-seed reruns. Welch's t on the repetition means has the right coverage; the
        // interval of the difference, over the baseline mean, is the interval of the relative change.
        if (const auto w = stats::welchInterval(xa, xb, options.confidence)) {
            d.interval = stats::Interval{ w->difference.low / *d.baseline, w->difference.high / *d.baseline };
            d.intervalFrom = Tr::tr("repetitions");
            d.intervalMethod = Tr::tr("Welch t");
        } else {
            d.noInterval = Tr::tr("no interval: the repetitions do not vary at all");
        }
    } else if (!requests && a.indices.size() == 1 && b.indices.size() == 1) {
        // one repetition each: the spread over time windows (many of them) stands in for the spread over repetitions
        const std::vector<double> wa = windowThroughputs(a.result->phases[a.indices.first()], a.summary->phases[a.indices.first()]);
        const std::vector<double> wb = windowThroughputs(b.result->phases[b.indices.first()], b.summary->phases[b.indices.first()]);
        d.interval = stats::bootstrapInterval(wa, wb, [](std::span<const double> x, std::span<const double> y) { return meanOf(y) / meanOf(x) - 1.0; }, options);
        if (d.interval) {
            d.intervalFrom = Tr::tr("time windows");
            d.intervalMethod = Tr::tr("bootstrap");
        } else {
            d.noInterval = Tr::tr("no interval: one repetition a side and no per-request send times to split it into time windows");
        }
    } else {
        d.noInterval = xa.size() < 2 && xb.size() < 2 ? Tr::tr("no interval: one repetition a side")
                                                       : Tr::tr("no interval: one repetition on one side");
    }
    finish(d);
    return d;
}

MetricDelta successDelta(const Side& a, const Side& b)
{
    MetricDelta d;
    d.id = u"success_rate"_s;
    d.name = Tr::tr("Success rate");
    d.unit = u"%"_s;
    const auto rate = [](const Side& s, ValueSource& source) -> std::optional<double> {
        std::size_t ok = 0, issued = 0;
        source = ValueSource::Records;
        for (int i : s.indices) {
            const PhaseSummary& p = s.summary->phases[i];
            if (!p.countsKnown) {
                source = ValueSource::None; // an aggregate-only file that states no request count
                return std::nullopt;
            }
            if (p.aggregateOnly)
                source = ValueSource::Reported;
            ok += p.completed;
            issued += p.issued;
        }
        if (!issued)
            source = ValueSource::None;
        return issued ? std::optional<double>(100.0 * double(ok) / double(issued)) : std::nullopt;
    };
    d.baseline = rate(a, d.baselineSource);
    d.candidate = rate(b, d.candidateSource);
    finish(d); // a count, not a sample: no interval; the gate counts a fall by itself
    return d;
}

bool reasoned(const Side& s)
{
    return std::any_of(s.indices.begin(), s.indices.end(), [&s](int i) { return s.summary->phases[i].reasoning.has_value(); });
}

// "vllm 0.11.1" for each distinct engine that served (the one the endpoint named, else every one found).
QStringList servingEngines(const BenchmarkResult& r)
{
    QStringList out;
    for (const NodeInventory& n : r.nodes) {
        const bool asked = std::any_of(n.engines.begin(), n.engines.end(), [](const EngineInfo& e) { return e.source == u"endpoint"; });
        for (const EngineInfo& e : n.engines) {
            if (asked && e.source != u"endpoint")
                continue;
            const QString text = e.version.isEmpty() ? e.name : e.name + u' ' + e.version;
            if (!out.contains(text))
                out << text;
        }
    }
    out.sort();
    return out;
}

// "8 × NVIDIA H200" per distinct GPU model over all nodes; empty when no node lists a GPU.
QStringList gpusOf(const BenchmarkResult& r)
{
    QMap<QString, int> count;
    for (const NodeInventory& n : r.nodes)
        for (const GpuInfo& g : n.gpus)
            count[g.name] += 1;
    QStringList out;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        out << u"%1 × %2"_s.arg(it.value()).arg(it.key());
    return out;
}

// "concurrency 2", "Poisson 505 req/s", "all 8 at once": enough to see that two loads differ
QString loadDescription(const LoadSpec& l)
{
    const QString v = Units::number(l.value, l.value == std::floor(l.value) ? 0 : 2);
    switch (l.mode) {
    case LoadSpec::Mode::Concurrency:
        return Tr::tr("concurrency %1").arg(v);
    case LoadSpec::Mode::ConstantRate:
        return Tr::tr("constant %1 req/s").arg(v);
    case LoadSpec::Mode::Poisson:
        return Tr::tr("Poisson %1 req/s").arg(v);
    case LoadSpec::Mode::Gamma:
        return Tr::tr("gamma %1 req/s").arg(v);
    case LoadSpec::Mode::AllAtOnce:
        return Tr::tr("all %1 at once").arg(v);
    case LoadSpec::Mode::Trace:
        return Tr::tr("trace ×%1").arg(v);
    }
    return {};
}

bool ownRun(const BenchmarkResult& r) { return r.provenance.tool == u"inferdeck"; }

QString datasetOf(const BenchmarkResult& r)
{
    const Workload& w = r.plan.workload;
    QString d = w.datasetPath.isEmpty() ? w.dataset : u"%1 (%2)"_s.arg(w.dataset, w.datasetPath);
    if (w.sharedPrefix.active()) // a prefix cache makes it another workload
        d += Tr::tr(", %1 shared prefixes of %2 tokens").arg(w.sharedPrefix.groups).arg(w.sharedPrefix.tokens);
    return d;
}

QStringList differences(const BenchmarkResult& a, const QString& aName, const BenchmarkResult& b, const QString& bName)
{
    QStringList out;
    if (!a.plan.model.isEmpty() && !b.plan.model.isEmpty() && a.plan.model != b.plan.model)
        out << Tr::tr("Different models: %1 against %2.").arg(a.plan.model, b.plan.model);
    else if (a.plan.model.isEmpty() != b.plan.model.isEmpty())
        //: %1 is a file name; %2 the model the other file names
        out << Tr::tr("%1 does not state its model, so nothing shows that both measured %2.")
                   .arg(a.plan.model.isEmpty() ? aName : bName, a.plan.model.isEmpty() ? b.plan.model : a.plan.model);
    else if (a.plan.model.isEmpty())
        out << Tr::tr("Neither file states its model, so nothing shows that both measured the same one.");
    const QStringList ea = servingEngines(a), eb = servingEngines(b);
    if (!ea.isEmpty() && !eb.isEmpty() && ea != eb)
        //: engine names with versions, e.g. "vllm 0.10.2" against "vllm 0.11.1"
        out << Tr::tr("Different engines or engine versions: %1 against %2; a change may come from the engine, not the system.")
                   .arg(ea.join(u", "_s), eb.join(u", "_s));
    const QStringList ga = gpusOf(a), gb = gpusOf(b);
    if (!ga.isEmpty() && !gb.isEmpty() && ga != gb)
        out << Tr::tr("Different GPUs: %1 against %2.").arg(ga.join(u", "_s), gb.join(u", "_s));
    // only InferDeck's own runs record their workload; an import's plan holds no dataset to compare
    if (a.provenance.tool != b.provenance.tool)
        //: %1 and %2 are tools, e.g. "MLPerf LoadGen 5.0" against "vLLM 0.6.0"
        out << Tr::tr("Measured by different tools (%1 against %2): their definitions, load generators and percentile methods differ.")
                   .arg(toolDisplayName(a.provenance), toolDisplayName(b.provenance));
    if (ownRun(a) && ownRun(b)) {
        if (datasetOf(a) != datasetOf(b))
            out << Tr::tr("Different datasets: %1 against %2.").arg(datasetOf(a), datasetOf(b));
        else if (a.plan.workload.input != b.plan.workload.input || a.plan.workload.output != b.plan.workload.output)
            out << Tr::tr("Different prompt or completion lengths in the two workloads.");
    }
    return out;
}

QList<int> indicesOf(const ResultSummary& s, const QString& name)
{
    QList<int> out;
    for (int i = 0; i < s.phases.size(); ++i)
        if (s.phases[i].phase == name)
            out.append(i);
    return out;
}

// The phase a result is about: the scaled phase of a scaling run, else the last phase with the most nodes.
QString mainPhase(const ResultSummary& s)
{
    if (s.scaling.measured)
        return s.scaling.scaledPhase;
    QString name;
    qsizetype most = -1;
    for (const PhaseSummary& p : s.phases)
        if (p.nodes.size() >= most) {
            most = p.nodes.size();
            name = p.phase;
        }
    return name;
}
} // namespace

GateVerdict MetricDelta::gate(double pct) const
{
    if (!change || informational)
        return GateVerdict::Pass;
    const bool worse = higherIsBetter ? *change < -pct / 100.0 : *change > pct / 100.0;
    if (!worse)
        return GateVerdict::Pass;
    if (id == u"success_rate")
        return GateVerdict::SuccessFell;
    if (significant)
        return GateVerdict::Regressed;
    // an interval that includes 0 says the change may be noise; no interval says nothing either way,
    // and a gate that passes what it cannot check would pass a collapse
    return interval ? GateVerdict::Pass : GateVerdict::RegressedNoInterval;
}

GateDecision Comparison::gate(double pct) const
{
    GateDecision g;
    // a gate that compared nothing checked nothing: it fails rather than pass two files it cannot read a number from
    const bool anyCompared = std::any_of(phases.begin(), phases.end(), [](const PhaseComparison& p) {
        return std::any_of(p.metrics.begin(), p.metrics.end(), [](const MetricDelta& m) { return m.change.has_value(); });
    });
    if (!anyCompared) {
        g.failed = true;
        g.reasons << Tr::tr("%1: no metric has a value on both sides, so nothing could be checked").arg(candidateName);
        return g;
    }
    for (const PhaseComparison& p : phases)
        for (const MetricDelta& m : p.metrics) {
            const GateVerdict v = m.gate(pct);
            if (v == GateVerdict::Pass)
                continue;
            g.failed = true;
            const QString change = Units::signedPercent(m.change);
            QString why;
            if (v == GateVerdict::SuccessFell)
                why = Tr::tr("the success rate fell from %1 % to %2 %").arg(Units::number(m.baseline, 1), Units::number(m.candidate, 1));
            else if (v == GateVerdict::Regressed)
                why = Tr::tr("significant (95 % CI %1 … %2, %3 over %4)")
                          .arg(Units::signedPercent(m.interval->low), Units::signedPercent(m.interval->high), m.intervalMethod, m.intervalFrom);
            else
                why = m.noInterval.isEmpty() ? Tr::tr("no interval") : m.noInterval;
            //: %1 candidate file, %2 phase, %3 metric, %4 signed change, %5 why it counts
            g.reasons << Tr::tr("%1, phase %2: %3 %4 — %5").arg(candidateName, p.candidatePhase, m.name, change, why);
        }
    return g;
}

QString valueSourceText(ValueSource source)
{
    switch (source) {
    case ValueSource::Records:
        return Tr::tr("records");
    case ValueSource::Reported:
        return Tr::tr("the file's own figure");
    case ValueSource::Engine:
        return Tr::tr("the engine's metrics");
    case ValueSource::None:
        break;
    }
    return {};
}

Comparison compareResults(const BenchmarkResult& baseline, const QString& baselineName, const BenchmarkResult& candidate,
                          const QString& candidateName, const stats::BootstrapOptions& options)
{
    Comparison c;
    c.baselineName = baselineName;
    c.candidateName = candidateName;
    const ResultSummary sa = summarizeResult(baseline);
    const ResultSummary sb = summarizeResult(candidate);
    c.warnings = differences(baseline, baselineName, candidate, candidateName);
    QList<std::pair<QString, QString>> pairs;
    QStringList seen;
    for (const PhaseSummary& p : sa.phases)
        if (!seen.contains(p.phase)) {
            seen << p.phase;
            if (!indicesOf(sb, p.phase).isEmpty())
                pairs.append({ p.phase, p.phase });
        }
    if (pairs.isEmpty()) {
        const QString a = mainPhase(sa), b = mainPhase(sb);
        if (a.isEmpty() || b.isEmpty()) {
            c.note = Tr::tr("Nothing to compare: a result has no phase.");
            return c;
        }
        pairs.append({ a, b });
        c.note = Tr::tr("No phase names match; compared the main phases “%1” and “%2”.").arg(a, b);
    } else {
        c.note = Tr::tr("Phases matched by name.");
    }
    for (const auto& [pa, pb] : pairs) {
        const Side a{ &baseline, &sa, indicesOf(sa, pa) };
        const Side b{ &candidate, &sb, indicesOf(sb, pb) };
        PhaseComparison pc{ pa, pb, {} };
        if (const LoadSpec la = baseline.phases[a.indices.first()].load, lb = candidate.phases[b.indices.first()].load; la != lb)
            c.warnings << Tr::tr("Phase %1 ran another load than %2: %3 against %4.")
                              .arg(pb, pa, loadDescription(la), loadDescription(lb));
        pc.metrics << throughputDelta(a, b, false, options) << throughputDelta(a, b, true, options);
        for (Lat which : { Lat::Ttft, Lat::Tpot, Lat::E2e })
            for (double q : { 0.50, 0.99 })
                pc.metrics << latencyDelta(a, b, which, q, options);
        // answer TTFT says something only where both sides reasoned; elsewhere it is TTFT again
        if (reasoned(a) && reasoned(b))
            for (double q : { 0.50, 0.99 })
                pc.metrics << latencyDelta(a, b, Lat::AnswerTtft, q, options);
        pc.metrics << successDelta(a, b);
        pc.metrics << engineDeltas(sa, a.indices, sb, b.indices);
        c.phases.append(pc);
    }
    return c;
}

} // namespace inferdeck
