#include "library/trend.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "compare/comparison.h"
#include "compare/repetitionlatencies.h"
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

// Percentiles from the per-request records: each repetition's own, averaged (the library's and the
// comparison's figure), with a t interval over the repetitions, or a bootstrap over the requests of one.
void latencyInterval(TrendPoint& p, const BenchmarkResult& r, const QString& phase, const QString& id, const PhaseHeadline& indexed)
{
    const QString which = id.section(u'_', 0, 0);
    const double q = id.endsWith(u"p99") ? 0.99 : 0.50;
    QList<int> indices;
    for (int i = 0; i < r.phases.size(); ++i)
        if (r.phases[i].name == phase)
            indices << i;
    const LatencyKind kind = which == u"ttft" ? LatencyKind::Ttft : which == u"e2e" ? LatencyKind::E2e : LatencyKind::Tpot;
    const stats::Groups reps = repetitionLatencies(r, indices, kind);
    const std::optional<double> value = meanOfPercentiles(reps, q);
    if (!value) {
        // an import that kept only its own percentiles: the library's figure, which is the file's
        if (const auto x = headlineValue(indexed, id))
            p.value = *x * 1e3;
        p.note = p.value ? Tr::tr("no interval: the file states only its own percentile") : Tr::tr("not measured in this run");
        return;
    }
    p.value = *value * 1e3;
    const PercentileInterval i = percentileInterval(reps, q, kBootstrap);
    if (i.interval)
        p.interval = stats::Interval{ i.interval->low * 1e3, i.interval->high * 1e3 };
    if (i.from == PercentileIntervalFrom::Repetitions)
        p.intervalMethod = Tr::tr("t over %n repetition(s)", nullptr, i.repetitions);
    else if (i.from == PercentileIntervalFrom::Requests)
        p.intervalMethod = Tr::tr("bootstrap over %n request(s)", nullptr, static_cast<int>(i.requests));
    else
        p.note = i.repetitions >= 2 ? Tr::tr("no interval: the repetitions do not vary at all") : Tr::tr("no interval: too few requests");
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

// The comparison's verdict on `metric` between two runs' `phase`, or why it has none (notTested).
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
            if (d.interval)
                p.test = Tr::tr("%1 over %2").arg(d.intervalMethod, d.intervalFrom);
            else
                p.notTested = d.noInterval.isEmpty() ? Tr::tr("no interval: a count, not a sample") : d.noInterval;
            return;
        }
    }
    p.notTested = Tr::tr("the comparison does not test this metric");
}

// What sets two fingerprints apart, field by field: "engine version 0.10.2 → 0.11.1; GPUs 8 → 4".
QString fingerprintDifference(const RunFingerprint& a, const RunFingerprint& b)
{
    QStringList out;
    const auto field = [&out](const QString& name, const QString& x, const QString& y) {
        if (x != y)
            //: a fingerprint field that differs between two runs, e.g. "engine version 0.10.2 → 0.11.1"
            out << Tr::tr("%1 %2 → %3").arg(name, x.isEmpty() ? Tr::tr("(none)") : x, y.isEmpty() ? Tr::tr("(none)") : y);
    };
    field(Tr::tr("model"), a.model, b.model);
    field(Tr::tr("engine"), a.engine, b.engine);
    field(Tr::tr("engine version"), a.engineVersion, b.engineVersion);
    field(Tr::tr("GPU"), a.gpuModel, b.gpuModel);
    field(Tr::tr("GPUs"), QString::number(a.gpuCount), QString::number(b.gpuCount));
    field(Tr::tr("nodes"), QString::number(a.nodes), QString::number(b.nodes));
    field(Tr::tr("plan"), a.planHash, b.planHash);
    field(Tr::tr("dataset"), a.dataset, b.dataset);
    field(Tr::tr("tool"), a.tool, b.tool);
    if (a.simulated != b.simulated)
        out << (b.simulated ? Tr::tr("real engine → simulated") : Tr::tr("simulated → real engine"));
    return out.join(u"; "_s);
}

// The relative change without a test, for a point that cannot be tested against the one before.
std::optional<double> plainChange(const std::optional<double>& before, const std::optional<double>& now)
{
    if (!before || !now || *before == 0.0)
        return std::nullopt;
    return *now / *before - 1.0;
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
    RunFingerprint previousFingerprint;               // its fingerprint
    std::optional<double> previousValue;              // the last point's value, read or not
    bool previousRead = false;                        // whether the last point's file was read
    for (const LibraryEntry& e : runs) {
        if (cancel && cancel->load())
            break;
        TrendPoint p;
        p.id = e.id;
        p.path = e.path;
        p.startedUnix = e.fingerprint.startedUnix;
        p.grade = e.grade;
        p.fingerprint = e.fingerprint.key();
        Result<BenchmarkResult> read = e.status == EntryStatus::Missing ? Result<BenchmarkResult>(Error{ Tr::tr("the file is gone"), e.path })
                                                                        : readResultWithCompanions(e.path);
        if (!read) {
            // the index still knows the figure; without the file there is no interval and no test
            if (e.gradedPhase == trend.phase)
                if (const auto v = headlineValue(e.headline, metric->id))
                    p.value = *v * metric->scale;
            p.note = Tr::tr("file not read: %1").arg(read.error().message);
            if (!p.value) {
                trend.notes << Tr::tr("%1 left out: %2").arg(QFileInfo(e.path).fileName(), p.note);
                continue;
            }
            p.change = plainChange(previousValue, p.value);
            p.notTested = previousValue ? Tr::tr("not tested: this run's file could not be read") : Tr::tr("first point: nothing to compare with");
            previousValue = p.value;
            previousRead = false;
            trend.points << p;
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
        if (!previousValue) {
            p.notTested = Tr::tr("first point: nothing to compare with");
        } else if (!previousRead) {
            p.change = plainChange(previousValue, p.value);
            p.notTested = Tr::tr("not tested: the previous run's file could not be read");
        } else if (previousFingerprint.key() != p.fingerprint) {
            // another model, engine, GPU or workload: a change says what changed, not whether this system did
            p.change = plainChange(previousValue, p.value);
            p.notTested = Tr::tr("not tested: another fingerprint than the previous run (%1)").arg(fingerprintDifference(previousFingerprint, e.fingerprint));
        } else {
            test(p, *previous, *result, trend.phase, *metric);
        }
        previous = result;
        previousFingerprint = e.fingerprint;
        previousValue = p.value;
        previousRead = true;
        trend.points << p;
    }
    return trend;
}

} // namespace inferdeck
