#include "metrics/enginesplit.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

// The snapshot indices that bound [from, to]: the last at or before `from` and the first at or after `to`;
// -1 for either when the scrapes do not reach that far (an engine's counters run since its start, so
// without a scrape before the window nothing says what it had counted already).
std::pair<std::ptrdiff_t, std::ptrdiff_t> bracket(const std::vector<double>& time, double from, double to)
{
    const auto n = static_cast<std::ptrdiff_t>(time.size());
    std::ptrdiff_t base = -1;
    for (std::ptrdiff_t i = 0; i < n && time[std::size_t(i)] <= from; ++i)
        base = i;
    std::ptrdiff_t end = -1;
    for (std::ptrdiff_t i = 0; i < n; ++i)
        if (time[std::size_t(i)] >= to) {
            end = i;
            break;
        }
    return { base, end };
}

// The bucket holding rank q·total of the increments: [low, high], high nullopt for the +Inf bucket.
void bucketOf(const std::vector<double>& bounds, const std::vector<double>& delta, double q,
              std::optional<double>& low, std::optional<double>& high)
{
    const double total = delta.back();
    const double rank = q * total;
    for (std::size_t i = 0; i < delta.size(); ++i)
        if (delta[i] >= rank && delta[i] > 0) {
            low = i == 0 ? 0.0 : bounds[i - 1];
            high = i < bounds.size() ? std::optional<double>(bounds[i]) : std::nullopt;
            return;
        }
}

// A counter's increase over the window, step by step from scrape to scrape: where it fell the engine
// restarted and counted again from zero, so that step adds its new value (and later steps add on from it).
std::optional<double> increment(const std::vector<double>& series, const std::vector<double>& time, double from,
                                double to, bool& reset)
{
    const auto [base, end] = bracket(time, from, to);
    if (base < 0 || end < 0 || end <= base || !std::isfinite(series[std::size_t(base)]))
        return std::nullopt;
    double total = 0.0, prev = series[std::size_t(base)];
    for (auto i = std::size_t(base + 1); i <= std::size_t(end); ++i) {
        const double v = series[i];
        if (!std::isfinite(v))
            continue; // not said in this scrape: the next one that says it covers the step
        if (v < prev) {
            reset = true;
            total += v;
        } else {
            total += v - prev;
        }
        prev = v;
    }
    if (!std::isfinite(series[std::size_t(end)]))
        return std::nullopt;
    return total;
}

// Peak and mean of a gauge's scrapes inside [from, to].
void gaugeOver(const std::map<QString, std::vector<double>>& gauges, const QString& key, const std::vector<double>& time,
               double from, double to, std::optional<double>* peak, std::optional<double>* mean = nullptr)
{
    const auto it = gauges.find(key);
    if (it == gauges.end())
        return;
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < time.size(); ++i) {
        const double v = it->second[i];
        if (time[i] < from || time[i] > to || !std::isfinite(v))
            continue;
        if (!*peak || v > **peak)
            *peak = v;
        sum += v;
        ++n;
    }
    if (mean && n > 0)
        *mean = sum / double(n);
}

// A histogram's increments over the window, step by step like increment(): a step whose count fell is the
// engine restarted, adding what it counted since. False when the scrapes do not cover the window.
bool histogramIncrement(const EngineHistogramSeries& h, double from, double to, std::vector<double>& delta, double& sum,
                        double& count, bool* reset)
{
    const auto [base, end] = bracket(h.time, from, to);
    if (base < 0 || end < 0 || end <= base)
        return false;
    delta.assign(h.bounds.size() + 1, 0.0);
    sum = count = 0;
    for (auto i = std::size_t(base + 1); i <= std::size_t(end); ++i) {
        const bool fell = h.count[i] < h.count[i - 1];
        if (fell && reset)
            *reset = true;
        for (std::size_t b = 0; b < delta.size(); ++b)
            delta[b] += h.cumulative[i][b] - (fell ? 0.0 : h.cumulative[i - 1][b]);
        sum += h.sum[i] - (fell ? 0.0 : h.sum[i - 1]);
        count += h.count[i] - (fell ? 0.0 : h.count[i - 1]);
    }
    return true;
}

void addMax(std::optional<double>& into, std::optional<double> v)
{
    if (v && (!into || *v > *into))
        into = v;
}

void addSum(std::optional<double>& into, std::optional<double> v)
{
    if (v)
        into = into.value_or(0.0) + *v;
}

} // namespace

std::optional<double> EngineSplit::prefixHitRate() const
{
    if (!prefixQueries || !prefixHits || *prefixQueries <= 0)
        return std::nullopt;
    return *prefixHits / *prefixQueries;
}

StageEstimate stageOver(const EngineHistogramSeries& h, double from, double to, bool* reset)
{
    StageEstimate s;
    std::vector<double> delta;
    double sum = 0, count = 0;
    if (!histogramIncrement(h, from, to, delta, sum, count, reset))
        return s;
    s.count = count;
    if (count <= 0)
        return s;
    s.mean = sum / count;
    bucketOf(h.bounds, delta, 0.5, s.p50Low, s.p50High);
    bucketOf(h.bounds, delta, 0.99, s.p99Low, s.p99High);
    return s;
}

const EngineSplit* wholePhaseSplit(const QList<EngineSplit>& splits)
{
    const EngineSplit* only = nullptr;
    int measured = 0;
    for (const EngineSplit& e : splits)
        if (e.measured) {
            if (e.node.isEmpty())
                return &e;
            ++measured;
            only = &e;
        }
    return measured == 1 ? only : nullptr;
}

QList<EngineSplit> engineSplits(const Phase& phase)
{
    QList<EngineSplit> out;
    const RequestColumns& r = phase.requests;
    for (qsizetype k = 0; k < phase.engine.size() && k < phase.nodes.size(); ++k) {
        const EngineState& e = phase.engine[k];
        if (!e.known())
            continue;
        EngineSplit s;
        s.node = phase.nodes[k];
        s.engine = e.engine;
        s.measured = e.measured;
        s.reason = e.reason;
        double from = std::numeric_limits<double>::infinity(), to = -from, firstEnd = from;
        for (std::size_t i = 0; i < r.size(); ++i)
            if (r.node[i] == k && !r.warmup[i] && std::isfinite(r.send[i]) && std::isfinite(r.end[i])) {
                from = std::min(from, r.send[i]);
                to = std::max(to, r.end[i]);
                firstEnd = std::min(firstEnd, r.end[i]);
            }
        if (!e.measured || !(from <= to)) {
            s.measured = false;
            if (s.reason.isEmpty())
                s.reason = u"no measured request on this node"_s;
            out.append(s);
            continue;
        }
        if (const auto [base, end] = bracket(e.time, from, to); base < 0 || end < 0) {
            s.measured = false;
            s.reason = e.time.empty() ? u"no scrape of the engine"_s
                                      : u"the engine's scrapes (%1 to %2 s) do not cover the measured requests (%3 to %4 s)"_s
                                            .arg(e.time.front(), 0, 'f', 2).arg(e.time.back(), 0, 'f', 2).arg(from, 0, 'f', 2).arg(to, 0, 'f', 2);
            out.append(s);
            continue;
        }
        s.fromS = from;
        s.toS = to;
        s.firstEndS = firstEnd;
        for (const auto& [key, h] : e.histograms) {
            // decode, E2E and inference time are observed when a request ends: a warm-up request that ended
            // after the last scrape before the first send would count in them, but not after the first end
            const bool atEnd = key == u"decode_s"_s || key == u"e2e_s"_s || key == u"inference_s"_s;
            s.stages[key] = stageOver(h, atEnd ? firstEnd : from, to, &s.counterReset);
        }
        gaugeOver(e.gauges, u"running"_s, e.time, from, to, &s.runningPeak);
        gaugeOver(e.gauges, u"waiting"_s, e.time, from, to, &s.waitingPeak, &s.waitingMean);
        gaugeOver(e.gauges, u"kv_usage"_s, e.time, from, to, &s.kvUsagePeak);
        const auto counter = [&](const char* key) -> std::optional<double> {
            const auto it = e.counters.find(QString::fromLatin1(key));
            return it == e.counters.end() ? std::nullopt : increment(it->second, e.time, from, to, s.counterReset);
        };
        s.preemptions = counter("preemptions");
        s.promptTokens = counter("prompt_tokens");
        s.generationTokens = counter("generation_tokens");
        s.prefixQueries = counter("prefix_queries");
        s.prefixHits = counter("prefix_hits");
        out.append(s);
    }
    // the phase: every measured node's increments added (their histograms share the engine's buckets)
    QList<const EngineSplit*> measured;
    for (const EngineSplit& s : out)
        if (s.measured)
            measured.append(&s);
    if (measured.size() < 2)
        return out;
    EngineSplit all;
    all.measured = true;
    all.engine = measured.first()->engine;
    all.fromS = measured.first()->fromS;
    all.toS = measured.first()->toS;
    for (const EngineSplit* s : measured) {
        all.fromS = std::min(all.fromS, s->fromS);
        all.toS = std::max(all.toS, s->toS);
        all.counterReset = all.counterReset || s->counterReset;
        addMax(all.runningPeak, s->runningPeak);
        addMax(all.waitingPeak, s->waitingPeak);
        addMax(all.waitingMean, s->waitingMean); // the node whose queue stood longest speaks for the phase
        addMax(all.kvUsagePeak, s->kvUsagePeak);
        addSum(all.preemptions, s->preemptions);
        addSum(all.promptTokens, s->promptTokens);
        addSum(all.generationTokens, s->generationTokens);
        addSum(all.prefixQueries, s->prefixQueries);
        addSum(all.prefixHits, s->prefixHits);
        for (const auto& [key, st] : s->stages) {
            StageEstimate& into = all.stages[key];
            if (st.mean) {
                into.mean = (into.mean.value_or(0.0) * into.count + *st.mean * st.count) / (into.count + st.count);
                into.count += st.count;
            }
        }
    }
    // pooled percentiles need the pooled increments: add the nodes' histograms when their buckets agree
    for (auto& [key, st] : all.stages) {
        std::vector<double> bounds, delta;
        bool agree = true;
        for (qsizetype k = 0; k < phase.engine.size() && agree; ++k) {
            const auto it = phase.engine[k].histograms.find(key);
            const EngineSplit* s = nullptr;
            for (const EngineSplit* m : measured)
                if (m->node == phase.nodes.value(k))
                    s = m;
            if (!s || it == phase.engine[k].histograms.end())
                continue;
            const EngineHistogramSeries& h = it->second;
            std::vector<double> own;
            double sum = 0, count = 0;
            const bool atEnd = key == u"decode_s"_s || key == u"e2e_s"_s || key == u"inference_s"_s;
            if (!histogramIncrement(h, atEnd ? s->firstEndS : s->fromS, s->toS, own, sum, count, nullptr))
                continue;
            if (bounds.empty()) {
                bounds = h.bounds;
                delta.assign(h.bounds.size() + 1, 0.0);
            } else if (bounds != h.bounds) {
                agree = false;
                break;
            }
            for (std::size_t i = 0; i < delta.size(); ++i)
                delta[i] += own[i];
        }
        if (agree && !delta.empty() && delta.back() > 0) {
            bucketOf(bounds, delta, 0.5, st.p50Low, st.p50High);
            bucketOf(bounds, delta, 0.99, st.p99Low, st.p99High);
        }
    }
    out.append(all);
    return out;
}

} // namespace inferdeck
