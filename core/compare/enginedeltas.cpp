#include "compare/enginedeltas.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};


struct Side {
    std::optional<double> queueMs, prefillMs, decodeMs, waitingPeak, kvPeakPct, preemptions, hitRatePct;
};

Side sideOf(const ResultSummary& s, const QList<int>& indices)
{
    Side out;
    double stageSum[3] = {}, stageCount[3] = {};
    double preemptions = 0, queries = 0, hits = 0;
    int reps = 0, withPreemptions = 0;
    for (int i : indices) {
        const EngineSplit* e = wholePhaseSplit(s.phases[i].engine);
        if (!e)
            continue;
        ++reps;
        const char* keys[3] = { "queue_s", "prefill_s", "decode_s" };
        for (int k = 0; k < 3; ++k)
            if (const auto it = e->stages.find(QString::fromLatin1(keys[k])); it != e->stages.end() && it->second.mean) {
                stageSum[k] += *it->second.mean * it->second.count;
                stageCount[k] += it->second.count;
            }
        if (e->waitingPeak && (!out.waitingPeak || *e->waitingPeak > *out.waitingPeak))
            out.waitingPeak = e->waitingPeak;
        if (e->kvUsagePeak && (!out.kvPeakPct || *e->kvUsagePeak * 100.0 > *out.kvPeakPct))
            out.kvPeakPct = *e->kvUsagePeak * 100.0;
        if (e->preemptions) {
            preemptions += *e->preemptions;
            ++withPreemptions;
        }
        if (e->prefixQueries && e->prefixHits) {
            queries += *e->prefixQueries;
            hits += *e->prefixHits;
        }
    }
    if (reps == 0)
        return out;
    std::optional<double>* stages[3] = { &out.queueMs, &out.prefillMs, &out.decodeMs };
    for (int k = 0; k < 3; ++k)
        if (stageCount[k] > 0)
            *stages[k] = stageSum[k] / stageCount[k] * 1e3;
    if (withPreemptions > 0)
        out.preemptions = preemptions / withPreemptions;
    if (queries > 0)
        out.hitRatePct = 100.0 * hits / queries;
    return out;
}
} // namespace

QList<MetricDelta> engineDeltas(const ResultSummary& baseline, const QList<int>& a, const ResultSummary& candidate,
                                const QList<int>& b)
{
    const Side x = sideOf(baseline, a), y = sideOf(candidate, b);
    QList<MetricDelta> out;
    const auto row = [&](const char* id, const QString& name, const QString& unit, bool higherIsBetter, std::optional<double> Side::*field) {
        const std::optional<double> u = x.*field, v = y.*field;
        if (!u && !v)
            return;
        MetricDelta d;
        d.id = QString::fromLatin1(id);
        d.name = name;
        d.unit = unit;
        d.higherIsBetter = higherIsBetter;
        d.informational = true;
        d.baseline = u;
        d.candidate = v;
        d.baselineSource = u ? ValueSource::Engine : ValueSource::None;
        d.candidateSource = v ? ValueSource::Engine : ValueSource::None;
        // a relative change of a percentage (0.14 -> 0.43 % as "+200 %") misleads: both values speak for themselves
        if (u && v && *u != 0 && unit != u"%"_s)
            d.change = *v / *u - 1.0;
        d.noInterval = Tr::tr("the engine's histograms and gauges give means and peaks, not per-request values: shown, not tested");
        out.append(d);
    };
    row("engine_queue_mean", Tr::tr("Engine queue, mean"), u"ms"_s, false, &Side::queueMs);
    row("engine_prefill_mean", Tr::tr("Engine prefill, mean"), u"ms"_s, false, &Side::prefillMs);
    row("engine_decode_mean", Tr::tr("Engine decode, mean"), u"ms"_s, false, &Side::decodeMs);
    row("engine_waiting_peak", Tr::tr("Engine waiting, peak"), Tr::tr("requests"), false, &Side::waitingPeak);
    row("engine_kv_cache_peak", Tr::tr("KV cache use, peak"), u"%"_s, false, &Side::kvPeakPct);
    row("engine_preemptions", Tr::tr("Preemptions per rep."), Tr::tr("requests"), false, &Side::preemptions);
    row("engine_prefix_hit_rate", Tr::tr("Prefix cache hit rate"), u"%"_s, true, &Side::hitRatePct);
    return out;
}

} // namespace inferdeck
