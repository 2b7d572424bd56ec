#include "metrics/enginesplit.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

// The snapshot indices that bound [from, to]: the last at or before `from` (-1: before the first, so the
// engine's own zero) and the first at or after `to` (the last one when the scrapes stopped earlier).
std::pair<std::ptrdiff_t, std::ptrdiff_t> bracket(const std::vector<double>& time, double from, double to)
{
    const auto n = static_cast<std::ptrdiff_t>(time.size());
    std::ptrdiff_t base = -1;
    for (std::ptrdiff_t i = 0; i < n && time[std::size_t(i)] <= from; ++i)
        base = i;
    std::ptrdiff_t end = n - 1;
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

std::optional<double> increment(const std::vector<double>& series, const std::vector<double>& time, double from,
                                double to, bool& reset)
{
    const auto [base, end] = bracket(time, from, to);
    if (end < 0 || end <= base)
        return std::nullopt;
    const double last = series[std::size_t(end)];
    const double first = base >= 0 ? series[std::size_t(base)] : 0.0;
    if (!std::isfinite(last) || !std::isfinite(first))
        return std::nullopt;
    if (last < first) { // a counter that fell: the engine restarted, its count began again at zero
        reset = true;
        return last;
    }
    return last - first;
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
    const auto [base, end] = bracket(h.time, from, to);
    if (end < 0 || end <= base)
        return s;
    const std::vector<double>& last = h.cumulative[std::size_t(end)];
    std::vector<double> delta = last;
    double sum = h.sum[std::size_t(end)];
    double count = h.count[std::size_t(end)];
    if (base >= 0) {
        const std::vector<double>& first = h.cumulative[std::size_t(base)];
        if (h.count[std::size_t(base)] <= count) {
            for (std::size_t i = 0; i < delta.size(); ++i)
                delta[i] -= first[i];
            sum -= h.sum[std::size_t(base)];
            count -= h.count[std::size_t(base)];
        } else if (reset) {
            *reset = true; // the engine restarted: what it counted since is the window's
        }
    }
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
        double from = std::numeric_limits<double>::infinity(), to = -from;
        for (std::size_t i = 0; i < r.size(); ++i)
            if (r.node[i] == k && !r.warmup[i] && std::isfinite(r.send[i]) && std::isfinite(r.end[i])) {
                from = std::min(from, r.send[i]);
                to = std::max(to, r.end[i]);
            }
        if (!e.measured || !(from <= to)) {
            s.measured = false;
            if (s.reason.isEmpty())
                s.reason = u"no measured request on this node"_s;
            out.append(s);
            continue;
        }
        s.fromS = from;
        s.toS = to;
        for (const auto& [key, h] : e.histograms)
            s.stages[key] = stageOver(h, from, to, &s.counterReset);
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
            const auto [base, end] = bracket(h.time, s->fromS, s->toS);
            if (end < 0 || end <= base)
                continue;
            if (bounds.empty()) {
                bounds = h.bounds;
                delta.assign(h.bounds.size() + 1, 0.0);
            } else if (bounds != h.bounds) {
                agree = false;
                break;
            }
            const bool fell = base >= 0 && h.count[std::size_t(base)] > h.count[std::size_t(end)];
            for (std::size_t i = 0; i < delta.size(); ++i)
                delta[i] += h.cumulative[std::size_t(end)][i] - (base >= 0 && !fell ? h.cumulative[std::size_t(base)][i] : 0.0);
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
