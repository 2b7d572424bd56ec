#include "compare/comparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "stats/descriptive.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// Bootstrapping a percentile costs O(n) per resample; beyond this many values an even, deterministic
// thinning keeps the interval honest (its width hardly moves) and the comparison under a second.
constexpr std::size_t kMaxBootstrapValues = 20000;

std::vector<double> thinned(std::vector<double> v)
{
    std::erase_if(v, [](double x) { return !std::isfinite(x); });
    if (v.size() <= kMaxBootstrapValues)
        return v;
    std::vector<double> out;
    out.reserve(kMaxBootstrapValues);
    const double step = double(v.size()) / kMaxBootstrapValues;
    for (std::size_t k = 0; k < kMaxBootstrapValues; ++k)
        out.push_back(v[static_cast<std::size_t>(double(k) * step)]);
    return out;
}

double percentileOf(std::span<const double> v, double q)
{
    std::vector<double> copy(v.begin(), v.end());
    std::sort(copy.begin(), copy.end());
    return *stats::percentileOfSorted(copy, q);
}

double meanOf(std::span<const double> v)
{
    return v.empty() ? NAN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

struct Side {
    const BenchmarkResult* result;
    const ResultSummary* summary;
    QList<int> indices; // summary phases of the compared phase name
};

enum class Lat { Ttft, Tpot, E2e, AnswerTtft };

std::vector<double> latencies(const Side& s, Lat which)
{
    std::vector<double> out;
    for (int i : s.indices) {
        const RequestColumns& r = s.result->phases[i].requests;
        for (std::size_t k = 0; k < r.size(); ++k) {
            if (r.warmup[k] || r.status[k] != RequestColumns::kOk)
                continue;
            const double ttft = r.firstToken[k] - r.send[k];
            const double e2e = r.end[k] - r.send[k];
            if (which == Lat::AnswerTtft) {
                if (!std::isnan(r.firstAnswer[k])) // an answer made only of reasoning has none
                    out.push_back(r.firstAnswer[k] - r.send[k]);
            } else if (which == Lat::Ttft)
                out.push_back(ttft);
            else if (which == Lat::E2e)
                out.push_back(e2e);
            else if (r.outputTokens[k] > 1)
                out.push_back((e2e - ttft) / (r.outputTokens[k] - 1));
        }
    }
    return out;
}

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
    const std::vector<double> va = thinned(latencies(a, which));
    const std::vector<double> vb = thinned(latencies(b, which));
    if (!va.empty())
        d.baseline = percentileOf(va, q) * 1e3;
    if (!vb.empty())
        d.candidate = percentileOf(vb, q) * 1e3;
    if (d.baseline && *d.baseline > 0) {
        d.interval = stats::bootstrapInterval(va, vb, [q](std::span<const double> x, std::span<const double> y) {
            return percentileOf(y, q) / percentileOf(x, q) - 1.0;
        }, options);
        if (d.interval)
            d.intervalFrom = Tr::tr("requests");
    }
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
    std::vector<double> xa = throughputs(a, requests);
    std::vector<double> xb = throughputs(b, requests);
    if (!xa.empty())
        d.baseline = meanOf(xa);
    if (!xb.empty())
        d.candidate = meanOf(xb);
    QString from = Tr::tr("repetitions");
    if ((xa.size() < 2 || xb.size() < 2) && !requests && a.indices.size() == 1 && b.indices.size() == 1) {
        // one repetition each: the spread over time windows stands in for the spread over repetitions
        xa = windowThroughputs(a.result->phases[a.indices.first()], a.summary->phases[a.indices.first()]);
        xb = windowThroughputs(b.result->phases[b.indices.first()], b.summary->phases[b.indices.first()]);
        from = Tr::tr("time windows");
    }
    if (d.baseline && *d.baseline > 0) {
        d.interval = stats::bootstrapInterval(xa, xb, [](std::span<const double> x, std::span<const double> y) { return meanOf(y) / meanOf(x) - 1.0; }, options);
        if (d.interval)
            d.intervalFrom = from;
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
    const auto rate = [](const Side& s) -> std::optional<double> {
        std::size_t ok = 0, issued = 0;
        for (int i : s.indices) {
            ok += s.summary->phases[i].completed;
            issued += s.summary->phases[i].issued;
        }
        return issued ? std::optional<double>(100.0 * double(ok) / double(issued)) : std::nullopt;
    };
    d.baseline = rate(a);
    d.candidate = rate(b);
    finish(d); // a count, not a sample: no interval, so never "significant" by itself
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

QStringList differences(const BenchmarkResult& a, const BenchmarkResult& b)
{
    QStringList out;
    if (!a.plan.model.isEmpty() && !b.plan.model.isEmpty() && a.plan.model != b.plan.model)
        out << Tr::tr("Different models: %1 against %2.").arg(a.plan.model, b.plan.model);
    const QStringList ea = servingEngines(a), eb = servingEngines(b);
    if (!ea.isEmpty() && !eb.isEmpty() && ea != eb)
        //: engine names with versions, e.g. "vllm 0.10.2" against "vllm 0.11.1"
        out << Tr::tr("Different engines or engine versions: %1 against %2; a change may come from the engine, not the system.")
                   .arg(ea.join(u", "_s), eb.join(u", "_s));
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

bool MetricDelta::regressed(double pct) const
{
    if (!significant || !change)
        return false;
    return higherIsBetter ? *change < -pct / 100.0 : *change > pct / 100.0;
}

bool Comparison::regressed(double pct) const
{
    for (const PhaseComparison& p : phases)
        for (const MetricDelta& m : p.metrics)
            if (m.regressed(pct))
                return true;
    return false;
}

Comparison compareResults(const BenchmarkResult& baseline, const QString& baselineName, const BenchmarkResult& candidate,
                          const QString& candidateName, const stats::BootstrapOptions& options)
{
    Comparison c;
    c.baselineName = baselineName;
    c.candidateName = candidateName;
    const ResultSummary sa = summarizeResult(baseline);
    const ResultSummary sb = summarizeResult(candidate);
    c.warnings = differences(baseline, candidate);
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
        pc.metrics << throughputDelta(a, b, false, options) << throughputDelta(a, b, true, options);
        for (Lat which : { Lat::Ttft, Lat::Tpot, Lat::E2e })
            for (double q : { 0.50, 0.99 })
                pc.metrics << latencyDelta(a, b, which, q, options);
        // answer TTFT says something only where both sides reasoned; elsewhere it is TTFT again
        if (reasoned(a) && reasoned(b))
            for (double q : { 0.50, 0.99 })
                pc.metrics << latencyDelta(a, b, Lat::AnswerTtft, q, options);
        pc.metrics << successDelta(a, b);
        c.phases.append(pc);
    }
    return c;
}

} // namespace inferdeck
