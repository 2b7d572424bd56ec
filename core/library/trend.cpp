#include "library/trend.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "compare/comparison.h"
#include "importers/resultreader.h"
#include "metrics/resultsummary.h"
#include "stats/descriptive.h"
#include "stats/welch.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};

constexpr std::size_t kMaxBootstrapValues = 20000; // as the comparison thins: the interval hardly moves beyond
const stats::BootstrapOptions kBootstrap{ 1000, 0.95, 0x1'5eed'cafe };

// The figures of each repetition of `phase` (throughputs, goodput): a t interval of their mean.
void repetitionInterval(TrendPoint& p, const ResultSummary& s, const QString& phase, const QString& id, double scale)
{
    std::vector<double> v;
    for (const PhaseSummary& ps : s.phases) {
        if (ps.phase != phase)
            continue;
        const std::optional<double> x = id == u"request_throughput" ? ps.requestThroughput
            : id == u"output_token_throughput"                      ? ps.outputTokenThroughput
            : id == u"total_token_throughput"                       ? ps.totalTokenThroughput
                                                                    : ps.goodput;
        if (x)
            v.push_back(*x * scale);
    }
    if (v.empty()) {
        p.note = Tr::tr("not measured in this run");
        return;
    }
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    p.value = mean;
    if (v.size() < 2) {
        p.note = Tr::tr("no interval: one repetition");
        return;
    }
    double ss = 0.0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    const double se = std::sqrt(ss / double(v.size() - 1)) / std::sqrt(double(v.size()));
    const auto t = stats::studentTQuantile(0.975, double(v.size() - 1));
    if (!t)
        return;
    p.interval = stats::Interval{ mean - *t * se, mean + *t * se };
    p.intervalMethod = Tr::tr("t over %n repetition(s)", nullptr, static_cast<int>(v.size()));
}

std::vector<double> latencies(const BenchmarkResult& r, const QString& phase, const QString& which)
{
    std::vector<double> out;
    for (const Phase& ph : r.phases) {
        if (ph.name != phase)
            continue;
        const RequestColumns& c = ph.requests;
        for (std::size_t k = 0; k < c.size(); ++k) {
            if (c.warmup[k] || c.status[k] != RequestColumns::kOk)
                continue;
            const double ttft = c.firstToken[k] - c.send[k];
            const double e2e = c.end[k] - c.send[k];
            if (which == u"ttft")
                out.push_back(ttft);
            else if (which == u"e2e")
                out.push_back(e2e);
            else if (c.outputTokens[k] > 1)
                out.push_back((e2e - ttft) / double(c.outputTokens[k] - 1));
        }
    }
    std::erase_if(out, [](double x) { return !std::isfinite(x); });
    if (out.size() > kMaxBootstrapValues) {
        std::vector<double> thin;
        const double step = double(out.size()) / double(kMaxBootstrapValues);
        for (std::size_t k = 0; k < kMaxBootstrapValues; ++k)
            thin.push_back(out[static_cast<std::size_t>(double(k) * step)]);
        out.swap(thin);
    }
    return out;
}

double percentileOf(std::span<const double> v, double q)
{
    std::vector<double> copy(v.begin(), v.end());
    std::sort(copy.begin(), copy.end());
    return stats::percentileOfSorted(copy, q).value_or(NAN);
}

// Percentiles from the per-request records, with a bootstrap interval over the requests.
void latencyInterval(TrendPoint& p, const BenchmarkResult& r, const QString& phase, const QString& id, const PhaseHeadline& indexed)
{
    const QString which = id.section(u'_', 0, 0);
    const double q = id.endsWith(u"p99") ? 0.99 : 0.50;
    const std::vector<double> v = latencies(r, phase, which);
    if (v.empty()) {
        // an import that kept only its own percentiles: the library's figure, which is the file's
        if (const auto x = headlineValue(indexed, id))
            p.value = *x * 1e3;
        p.note = p.value ? Tr::tr("no interval: the file states only its own percentile") : Tr::tr("not measured in this run");
        return;
    }
    p.value = percentileOf(v, q) * 1e3;
    p.interval = stats::bootstrapInterval(v, [q](std::span<const double> x) { return percentileOf(x, q) * 1e3; }, kBootstrap);
    if (p.interval)
        p.intervalMethod = Tr::tr("bootstrap over %n request(s)", nullptr, static_cast<int>(v.size()));
    else
        p.note = Tr::tr("no interval: too few requests");
}

// Wilson's score interval: a proportion near 100 % keeps an interval inside [0, 100 %].
void successInterval(TrendPoint& p, const ResultSummary& s, const QString& phase)
{
    double ok = 0, issued = 0;
    for (const PhaseSummary& ps : s.phases)
        if (ps.phase == phase && ps.countsKnown) {
            ok += double(ps.completed);
            issued += double(ps.issued);
        }
    if (issued <= 0) {
        p.note = Tr::tr("not measured in this run");
        return;
    }
    const double z = 1.959964, ph = ok / issued;
    const double centre = (ph + z * z / (2 * issued)) / (1 + z * z / issued);
    const double half = z * std::sqrt(ph * (1 - ph) / issued + z * z / (4 * issued * issued)) / (1 + z * z / issued);
    p.value = ph * 100.0;
    p.interval = stats::Interval{ std::max(0.0, centre - half) * 100.0, std::min(1.0, centre + half) * 100.0 };
    p.intervalMethod = Tr::tr("Wilson over %n request(s)", nullptr, static_cast<int>(issued));
}

// The comparison's verdict on `metric` between two runs' `phase`, or why it has none.
void test(TrendPoint& p, const BenchmarkResult& before, const BenchmarkResult& now, const QString& phase, const LibraryMetric& metric)
{
    const Comparison c = compareResults(before, u"previous"_s, now, u"this"_s);
    for (const PhaseComparison& pc : c.phases) {
        if (pc.baselinePhase != phase || pc.candidatePhase != phase)
            continue;
        for (const MetricDelta& d : pc.metrics) {
            if (d.id != metric.id)
                continue;
            p.change = d.change;
            p.changeInterval = d.interval;
            p.significant = d.significant;
            p.worse = d.significant && d.change && (metric.higherIsBetter ? *d.change < 0 : *d.change > 0);
            p.test = d.interval ? Tr::tr("%1 over %2").arg(d.intervalMethod, d.intervalFrom)
                                : (d.noInterval.isEmpty() ? Tr::tr("no interval: a count, not a sample") : d.noInterval);
            return;
        }
    }
    p.test = Tr::tr("the comparison does not test this metric");
}
} // namespace

Trend computeTrend(QList<LibraryEntry> runs, const QString& metricId, const QString& phase, const std::atomic_bool* cancel)
{
    Trend trend;
    const auto metric = libraryMetric(metricId);
    if (!metric) {
        trend.notes << Tr::tr("unknown metric \"%1\"").arg(metricId);
        return trend;
    }
    trend.metric = *metric;
    std::stable_sort(runs.begin(), runs.end(), [](const LibraryEntry& a, const LibraryEntry& b) {
        return a.fingerprint.startedUnix < b.fingerprint.startedUnix;
    });
    trend.phase = phase.isEmpty() && !runs.isEmpty() ? runs.last().gradedPhase : phase;
    std::shared_ptr<const BenchmarkResult> previous; // the last point with a value whose file could be read
    for (const LibraryEntry& e : runs) {
        if (cancel && cancel->load())
            break;
        TrendPoint p;
        p.id = e.id;
        p.path = e.path;
        p.startedUnix = e.fingerprint.startedUnix;
        p.grade = e.grade;
        Result<BenchmarkResult> read = e.status == EntryStatus::Missing ? Result<BenchmarkResult>(Error{ Tr::tr("the file is gone"), e.path })
                                                                        : readAnyResult(e.path);
        if (!read) {
            // the index still knows the figure; without the file there is no interval and no test
            if (e.gradedPhase == trend.phase)
                if (const auto v = headlineValue(e.headline, metric->id))
                    p.value = *v * metric->scale;
            p.note = Tr::tr("file not read: %1").arg(read.error().message);
            if (p.value)
                trend.points << p;
            else
                trend.notes << Tr::tr("%1 left out: %2").arg(QFileInfo(e.path).fileName(), p.note);
            continue;
        }
        auto result = std::make_shared<const BenchmarkResult>(std::move(read).value());
        const ResultSummary summary = summarizeResult(*result);
        if (std::none_of(summary.phases.begin(), summary.phases.end(), [&](const PhaseSummary& s) { return s.phase == trend.phase; })) {
            trend.notes << Tr::tr("%1 left out: it has no phase “%2”").arg(QFileInfo(e.path).fileName(), trend.phase);
            continue;
        }
        PhaseHeadline own;
        for (const PhaseHeadline& h : e.phases)
            if (h.phase == trend.phase)
                own = h;
        if (metric->id.startsWith(u"ttft") || metric->id.startsWith(u"tpot") || metric->id.startsWith(u"e2e"))
            latencyInterval(p, *result, trend.phase, metric->id, e.phases.isEmpty() ? e.headline : own);
        else if (metric->id == u"success_rate")
            successInterval(p, summary, trend.phase);
        else
            repetitionInterval(p, summary, trend.phase, metric->id, metric->scale);
        if (!p.value) {
            trend.notes << Tr::tr("%1 left out: %2").arg(QFileInfo(e.path).fileName(), p.note);
            continue;
        }
        if (previous)
            test(p, *previous, *result, trend.phase, *metric);
        else
            p.test = Tr::tr("first point: nothing to compare with");
        previous = result;
        trend.points << p;
    }
    return trend;
}

} // namespace inferdeck
