#include "report/reportcharts.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

#include "report/datasupport.h"
#include "stats/descriptive.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportcharts {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

constexpr int kCdfPoints = 200;
constexpr int kHistogramBins = 40;
constexpr int kMaxWindows = 120;

bool counted(const RequestColumns& r, std::size_t i) { return !r.warmup[i]; }

// [start, end] of the phase's measured requests: the first send to the last end.
std::pair<double, double> span(const Phase& phase)
{
    const RequestColumns& r = phase.requests;
    double start = std::numeric_limits<double>::infinity();
    double end = -start;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (!counted(r, i))
            continue;
        start = std::min(start, r.send[i]);
        if (!std::isnan(r.end[i]))
            end = std::max(end, r.end[i]);
    }
    return { start, end };
}

// Windows of at least 1 s, at most kMaxWindows of them.
double windowWidth(double length) { return std::max(1.0, std::ceil(length / kMaxWindows)); }

// Windows of width w over a span of `length`, the last one taking a remainder shorter than half a window: a
// sliver at the end holds whole requests that ended there and drew as a spike of several times the true rate
int windowsOver(double length, double w)
{
    const int n = std::max(1, static_cast<int>(std::ceil(length / w)));
    return n > 1 && length - (n - 1) * w < w / 2 ? n - 1 : n;
}
double windowLength(int k, int windows, double length, double w) { return k + 1 < windows ? w : length - k * w; }

QVector<QPointF> cdfPoints(std::vector<double> values)
{
    QVector<QPointF> out;
    std::erase_if(values, [](double v) { return std::isnan(v); });
    if (values.empty())
        return out;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const int points = static_cast<int>(std::min<std::size_t>(n, kCdfPoints));
    out.reserve(points + 1);
    out.append({ values.front() * 1e3, 0.0 });
    for (int k = 1; k <= points; ++k) {
        // the k-th of `points` evenly spaced ranks; with few values every value is its own step
        const std::size_t idx = std::min(n - 1, static_cast<std::size_t>(std::ceil(double(k) * double(n) / points)) - 1);
        out.append({ values[idx] * 1e3, double(idx + 1) / double(n) });
    }
    return out;
}
} // namespace

QString latencyName(Latency which)
{
    switch (which) {
    case Latency::Ttft:
        return Tr::tr("TTFT");
    case Latency::Tpot:
        return Tr::tr("TPOT");
    case Latency::E2e:
        return Tr::tr("E2E latency");
    }
    return {};
}

std::vector<double> latencies(const Phase& phase, Latency which)
{
    const RequestColumns& r = phase.requests;
    std::vector<double> out;
    out.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (!counted(r, i) || r.status[i] != RequestColumns::kOk)
            continue;
        const double ttft = r.firstToken[i] - r.send[i];
        const double e2e = r.end[i] - r.send[i];
        if (which == Latency::Ttft)
            out.push_back(ttft);
        else if (which == Latency::E2e)
            out.push_back(e2e);
        else if (r.outputTokens[i] > 1)
            out.push_back((e2e - ttft) / (r.outputTokens[i] - 1));
    }
    return out;
}

ChartSpec latencyCdf(const BenchmarkResult& result, Latency which, std::optional<double> sloS)
{
    ChartSpec c;
    c.id = u"cdf-"_s + (which == Latency::Ttft ? u"ttft"_s : which == Latency::Tpot ? u"tpot"_s : u"e2e"_s);
    c.title = Tr::tr("%1: cumulative distribution").arg(latencyName(which));
    c.xLabel = Tr::tr("%1 (ms)").arg(latencyName(which));
    c.yLabel = Tr::tr("share of requests");
    c.yPercent = true;
    c.yMin = 0.0;
    c.yMax = 1.0;
    QMap<QString, std::vector<double>> byPhase;
    QStringList order;
    for (const Phase& p : result.phases) {
        if (!byPhase.contains(p.name))
            order.append(p.name);
        auto v = latencies(p, which);
        auto& all = byPhase[p.name];
        all.insert(all.end(), v.begin(), v.end());
    }
    for (const QString& name : order) {
        ChartSeries s{ name, cdfPoints(byPhase[name]), true };
        if (!s.points.isEmpty())
            c.series.append(s);
    }
    if (sloS && !c.series.isEmpty()) // the limit as a vertical line: requests left of it met it
        c.series.append({ Tr::tr("SLO limit"), { { *sloS * 1e3, 0.0 }, { *sloS * 1e3, 1.0 } }, false, true });
    return c;
}

ChartSpec latencyHistogram(const BenchmarkResult& result, const QString& phase, Latency which)
{
    ChartSpec c;
    c.id = u"hist-"_s + (which == Latency::Ttft ? u"ttft"_s : which == Latency::Tpot ? u"tpot"_s : u"e2e"_s);
    c.title = Tr::tr("%1 histogram, %2").arg(latencyName(which), phase);
    c.xLabel = Tr::tr("%1 (ms)").arg(latencyName(which));
    c.yLabel = Tr::tr("requests");
    c.yCounts = true;
    c.yMin = 0.0;
    std::vector<double> values;
    for (const Phase& p : result.phases)
        if (p.name == phase) {
            auto v = latencies(p, which);
            values.insert(values.end(), v.begin(), v.end());
        }
    std::erase_if(values, [](double v) { return std::isnan(v); });
    if (values.empty())
        return c;
    // bins up to p99.5 so one straggler does not squeeze the rest into a single bar; the last bin holds the tail
    const double lo = *std::min_element(values.begin(), values.end());
    double hi = *stats::percentile(values, 0.995);
    if (hi <= lo)
        hi = lo + std::max(1e-6, std::fabs(lo) * 0.01);
    const double width = (hi - lo) / kHistogramBins;
    std::vector<double> counts(kHistogramBins, 0.0);
    for (double v : values)
        counts[static_cast<std::size_t>(std::clamp(static_cast<int>((v - lo) / width), 0, kHistogramBins - 1))] += 1;
    ChartSeries s{ phase, {}, true };
    for (int b = 0; b < kHistogramBins; ++b) {
        s.points.append({ (lo + b * width) * 1e3, counts[static_cast<std::size_t>(b)] });
    }
    s.points.append({ hi * 1e3, counts.back() });
    c.series.append(s);
    return c;
}

ChartSpec throughputOverTime(const Phase& phase)
{
    ChartSpec c;
    c.id = u"throughput-time"_s;
    c.title = Tr::tr("Output-token throughput over time, %1 (repetition %2)").arg(phase.name).arg(phase.repetition + 1);
    c.xLabel = Tr::tr("time since phase start (s)");
    c.yLabel = Tr::tr("tokens/s");
    c.yMin = 0.0;
    c.unavailable = datasupport::whyNoTimeline(phase);
    if (!c.unavailable.isEmpty())
        return c;
    const auto [start, end] = span(phase);
    if (!(end > start))
        return c;
    const double w = windowWidth(end - start);
    const int windows = windowsOver(end - start, w);
    const int nodes = static_cast<int>(phase.nodes.size());
    std::vector<std::vector<double>> tokens(static_cast<std::size_t>(nodes + 1), std::vector<double>(static_cast<std::size_t>(windows), 0.0));
    const RequestColumns& r = phase.requests;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (!counted(r, i) || r.status[i] != RequestColumns::kOk || std::isnan(r.end[i]) || r.outputTokens[i] < 0)
            continue;
        const int k = std::clamp(static_cast<int>((r.end[i] - start) / w), 0, windows - 1);
        tokens[r.node[i]][static_cast<std::size_t>(k)] += r.outputTokens[i];
        tokens[static_cast<std::size_t>(nodes)][static_cast<std::size_t>(k)] += r.outputTokens[i];
    }
    for (int n = 0; n <= nodes; ++n) {
        if (n == nodes && nodes == 1)
            break; // one node: combined is the same line
        ChartSeries s{ n == nodes ? Tr::tr("combined") : phase.nodes[n], {}, false };
        for (int k = 0; k < windows; ++k) {
            const double len = windowLength(k, windows, end - start, w);
            s.points.append({ k * w + len / 2, tokens[static_cast<std::size_t>(n)][static_cast<std::size_t>(k)] / len });
        }
        c.series.append(s);
    }
    return c;
}

namespace {
// Requests in flight of node `node` (all nodes: -1), sampled every `w` from `start`: +1 at a send, -1 at its end,
// summed into sample slots, O(requests + samples); a step line
ChartSeries inFlight(const Phase& phase, int node, double start, double end, const QString& name)
{
    const RequestColumns& r = phase.requests;
    const double w = windowWidth(end - start) / 4; // sampled finer than the rates: a count, not a mean
    const int samples = static_cast<int>(std::ceil((end - start) / w)) + 1;
    std::vector<double> delta(static_cast<std::size_t>(samples + 1), 0.0);
    for (std::size_t i = 0; i < r.size(); ++i) {
        if ((node >= 0 && r.node[i] != node) || !counted(r, i) || std::isnan(r.end[i]))
            continue;
        delta[static_cast<std::size_t>(std::clamp(static_cast<int>(std::ceil((r.send[i] - start) / w)), 0, samples))] += 1;
        delta[static_cast<std::size_t>(std::clamp(static_cast<int>(std::ceil((r.end[i] - start) / w)), 0, samples))] -= 1;
    }
    ChartSeries s{ name, {}, true };
    double level = 0;
    for (int k = 0; k < samples; ++k) {
        level += delta[static_cast<std::size_t>(k)];
        s.points.append({ k * w, level });
    }
    return s;
}
} // namespace

ChartSpec inFlightOverTime(const Phase& phase)
{
    ChartSpec c;
    c.id = u"inflight-time"_s;
    c.title = Tr::tr("Requests in flight, %1 (repetition %2)").arg(phase.name).arg(phase.repetition + 1);
    c.xLabel = Tr::tr("time since phase start (s)");
    c.yLabel = Tr::tr("requests");
    c.yCounts = true;
    c.yMin = 0.0;
    c.unavailable = datasupport::whyNoTimeline(phase);
    if (!c.unavailable.isEmpty())
        return c;
    const auto [start, end] = span(phase);
    if (!(end > start))
        return c;
    for (int n = 0; n < phase.nodes.size(); ++n)
        c.series.append(inFlight(phase, n, start, end, phase.nodes[n]));
    return c;
}

namespace {
// The scheduled load per node, from the measured window's start: the stages' values held in turn, or the
// ramp's line; the points of a line drawn through them
QVector<QPointF> scheduledLoad(const LoadSpec& load, double rampS, double nodes)
{
    QVector<QPointF> out;
    if (!load.stages.isEmpty()) {
        double t = 0.0;
        for (const LoadStage& stage : load.stages) {
            out.append({ t, stage.value * nodes });
            t += stage.durationS;
            out.append({ t, stage.value * nodes });
        }
    } else if (load.rampTo && rampS > 0) {
        out = { { 0.0, load.value * nodes }, { rampS, *load.rampTo * nodes } };
    }
    return out;
}
} // namespace

ChartSpec loadOverTime(const Phase& phase, double rampS)
{
    ChartSpec c;
    const bool closed = phase.load.mode == LoadSpec::Mode::Concurrency;
    c.id = u"load-time"_s;
    c.title = Tr::tr("Scheduled and measured load, %1 (repetition %2)").arg(phase.name).arg(phase.repetition + 1);
    c.xLabel = Tr::tr("time since phase start (s)");
    c.yLabel = closed ? Tr::tr("requests in flight, all nodes") : Tr::tr("requests/s, all nodes");
    c.yMin = 0.0;
    if (!phase.load.varies())
        return c;
    c.unavailable = datasupport::whyNoTimeline(phase);
    if (!c.unavailable.isEmpty())
        return c;
    const auto [start, end] = span(phase);
    if (!(end > start))
        return c;
    const RequestColumns& r = phase.requests;
    if (closed) {
        c.series.append(inFlight(phase, -1, start, end, Tr::tr("in flight")));
        c.yCounts = true;
    } else {
        const double w = windowWidth(end - start);
        const int windows = windowsOver(end - start, w);
        std::vector<double> sent(static_cast<std::size_t>(windows), 0.0);
        std::vector<double> done(static_cast<std::size_t>(windows), 0.0);
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (!counted(r, i))
                continue;
            sent[static_cast<std::size_t>(std::clamp(static_cast<int>((r.send[i] - start) / w), 0, windows - 1))] += 1;
            if (r.status[i] == RequestColumns::kOk && !std::isnan(r.end[i]))
                done[static_cast<std::size_t>(std::clamp(static_cast<int>((r.end[i] - start) / w), 0, windows - 1))] += 1;
        }
        ChartSeries s{ Tr::tr("sent"), {}, false };
        ChartSeries d{ Tr::tr("completed"), {}, false };
        for (int k = 0; k < windows; ++k) {
            const double len = windowLength(k, windows, end - start, w);
            s.points.append({ k * w + len / 2, sent[static_cast<std::size_t>(k)] / len });
            d.points.append({ k * w + len / 2, done[static_cast<std::size_t>(k)] / len });
        }
        c.series = { s, d };
    }
    c.series.prepend({ Tr::tr("scheduled"), scheduledLoad(phase.load, rampS, static_cast<double>(phase.nodes.size())), false, true });
    return c;
}

ChartSpec latencyOverTime(const Phase& phase)
{
    ChartSpec c;
    c.id = u"ttft-time"_s;
    c.title = Tr::tr("TTFT percentiles over time, %1 (repetition %2)").arg(phase.name).arg(phase.repetition + 1);
    c.xLabel = Tr::tr("time since phase start (s)");
    c.yLabel = Tr::tr("TTFT (ms)");
    c.yMin = 0.0;
    c.unavailable = datasupport::whyNoTimeline(phase);
    if (!c.unavailable.isEmpty())
        return c;
    const auto [start, end] = span(phase);
    if (!(end > start))
        return c;
    const double w = windowWidth(end - start) * 2; // percentiles need more requests per window than rates
    const int windows = windowsOver(end - start, w);
    std::vector<std::vector<double>> byWindow(static_cast<std::size_t>(windows));
    const RequestColumns& r = phase.requests;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (!counted(r, i) || r.status[i] != RequestColumns::kOk || std::isnan(r.firstToken[i]))
            continue;
        const int k = std::clamp(static_cast<int>((r.send[i] - start) / w), 0, windows - 1);
        byWindow[static_cast<std::size_t>(k)].push_back(r.firstToken[i] - r.send[i]);
    }
    ChartSeries p50{ Tr::tr("p50"), {}, false };
    ChartSeries p99{ Tr::tr("p99"), {}, false };
    for (int k = 0; k < windows; ++k) {
        auto& v = byWindow[static_cast<std::size_t>(k)];
        if (v.empty())
            continue;
        std::sort(v.begin(), v.end());
        const double x = k * w + windowLength(k, windows, end - start, w) / 2;
        p50.points.append({ x, *stats::percentileOfSorted(v, 0.5) * 1e3 });
        p99.points.append({ x, *stats::percentileOfSorted(v, 0.99) * 1e3 });
    }
    c.series = { p50, p99 };
    return c;
}

ChartSpec gpuOverTime(const Phase& phase, bool power)
{
    ChartSpec c;
    c.id = power ? u"gpu-power"_s : u"gpu-util"_s;
    c.title = (power ? Tr::tr("GPU power, %1 (repetition %2)") : Tr::tr("GPU utilization, %1 (repetition %2)")).arg(phase.name).arg(phase.repetition + 1);
    c.xLabel = Tr::tr("time since phase start (s)");
    c.yLabel = power ? Tr::tr("W per node (sum of its GPUs)") : Tr::tr("% (mean of the node's GPUs)");
    c.yMin = 0.0;
    if (!power)
        c.yMax = 100.0;
    const TelemetryColumns& t = phase.telemetry;
    // without send times the phase start stands in as the origin; with them, the first send
    const auto [start, end] = datasupport::hasTimeline(phase) ? span(phase) : std::pair<double, double>{ 0.0, 0.0 };
    for (int n = 0; n < phase.nodes.size(); ++n) {
        // samples of one instant (one per GPU) are combined: summed power, mean utilization
        QMap<double, std::pair<double, int>> at;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t.node[i] != n)
                continue;
            const double v = power ? t.powerW[i] : t.utilization[i];
            if (std::isnan(v))
                continue;
            auto& slot = at[t.time[i]];
            slot.first += v;
            slot.second += 1;
        }
        ChartSeries s{ phase.nodes[n], {}, false };
        const double step = std::max<double>(1, at.size() / 400.0); // at most ~400 points per node
        double next = 0;
        int k = 0;
        for (auto it = at.cbegin(); it != at.cend(); ++it, ++k) {
            if (k < next)
                continue;
            next += step;
            const double x = it.key() - (std::isfinite(start) ? start : 0.0);
            s.points.append({ x, power ? it->first : it->first / it->second });
        }
        if (!s.points.isEmpty())
            c.series.append(s);
    }
    return c;
}

ChartSpec scalingThroughput(const ResultSummary& summary)
{
    ChartSpec c;
    c.id = u"scaling-throughput"_s;
    c.kind = ChartSpec::Kind::Bars;
    c.title = Tr::tr("Output-token throughput per repetition: N × baseline and N nodes");
    c.yLabel = Tr::tr("tokens/s");
    c.yMin = 0.0;
    const ScalingResult& s = summary.scaling;
    if (!s.measured)
        return c;
    for (const PhaseSummary& p : summary.phases) {
        if (!p.outputTokenThroughput)
            continue;
        if (p.phase == s.baselinePhase)
            c.bars.append({ Tr::tr("%1 × %2, rep %3").arg(s.nodes).arg(p.phase).arg(p.repetition + 1), *p.outputTokenThroughput * s.nodes, {}, {}, 0 });
        else if (p.phase == s.scaledPhase)
            c.bars.append({ Tr::tr("%1, rep %2").arg(p.phase).arg(p.repetition + 1), *p.outputTokenThroughput, {}, {}, 1 });
    }
    return c;
}

ChartSpec scalingEfficiency(const ResultSummary& summary)
{
    ChartSpec c;
    c.id = u"scaling-efficiency"_s;
    c.kind = ChartSpec::Kind::Bars;
    c.title = Tr::tr("Scaling efficiency with its 95 % interval");
    c.yLabel = Tr::tr("efficiency");
    c.yPercent = true;
    c.yMin = 0.0;
    const ScalingResult& s = summary.scaling;
    if (!s.measured)
        return c;
    ChartBar bar{ Tr::tr("%1 nodes vs 1").arg(s.nodes), s.efficiency, {}, {}, 1 };
    if (s.interval) {
        bar.low = s.interval->low;
        bar.high = s.interval->high;
    }
    c.bars.append(bar);
    c.references.append({ 1.0, Tr::tr("linear (100 %)") });
    return c;
}

} // namespace inferdeck::reportcharts
