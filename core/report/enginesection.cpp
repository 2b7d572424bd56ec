// "Engine state": what each engine said about itself on /metrics during the phases, beside the client's
// timing — where a request's time went (queue, prefill, the rest) and the state that explains it.
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "format/units.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString ms(std::optional<double> s) { return Units::milliseconds(s, 1); }

const StageEstimate* stage(const EngineSplit& s, const char* key)
{
    const auto it = s.stages.find(QString::fromLatin1(key));
    return it == s.stages.end() || !it->second.mean ? nullptr : &it->second;
}

QString meanOf(const EngineSplit& s, const char* key)
{
    const StageEstimate* st = stage(s, key);
    return st ? ms(st->mean) : Units::notMeasured();
}

// "100–250" or "> 1000" (ms): the bucket a percentile lies in.
QString bucketText(std::optional<double> low, std::optional<double> high)
{
    if (!low)
        return Units::notMeasured();
    if (!high)
        return Tr::tr("> %1").arg(Units::number(*low * 1e3, 0));
    return Tr::tr("%1–%2").arg(Units::number(*low * 1e3, 0), Units::number(*high * 1e3, 0));
}

// The client's summary that matches a split: the node's own, or the phase's for the pooled row.
const PhaseSummary* clientOf(const ReportInput& in, qsizetype phase, const EngineSplit& s)
{
    if (s.node.isEmpty() || in.summary.perNode.value(phase).size() <= 1)
        return &in.summary.phases[phase];
    for (const PhaseSummary& n : in.summary.perNode[phase])
        if (n.nodes.value(0) == s.node)
            return &n;
    return nullptr;
}

QString nodeName(const EngineSplit& s)
{
    return s.node.isEmpty() ? Tr::tr("all nodes") : s.node;
}

// One engine gauge per node over the graded phase's first repetition, from its first send (the time the
// other time-series charts start at), every scrape a point.
ChartSpec gaugeOverTime(const Phase& phase, const char* key, const QString& id, const QString& title, const QString& yLabel)
{
    ChartSpec c;
    c.id = id;
    c.title = title;
    c.xLabel = QCoreApplication::translate("ReportCharts", "time since phase start (s)"); // the other time series' origin and words
    c.yLabel = yLabel;
    c.yMin = 0.0;
    double start = INFINITY;
    for (double s : phase.requests.send)
        start = std::min(start, s);
    if (!std::isfinite(start))
        start = 0.0;
    for (qsizetype k = 0; k < phase.engine.size() && k < phase.nodes.size(); ++k) {
        const EngineState& e = phase.engine[k];
        const auto it = e.gauges.find(QString::fromLatin1(key));
        if (!e.measured || it == e.gauges.end())
            continue;
        ChartSeries s{ phase.nodes[k], {}, true };
        for (std::size_t i = 0; i < e.time.size(); ++i)
            if (std::isfinite(it->second[i]))
                s.points.append({ e.time[i] - start, it->second[i] });
        if (!s.points.isEmpty())
            c.series.append(s);
    }
    if (c.series.isEmpty())
        c.unavailable = Tr::tr("Not drawn: the engines published no such gauge in this phase.");
    return c;
}
} // namespace

bool hasEngineState(const ReportInput& in)
{
    for (const PhaseSummary& p : in.summary.phases)
        if (!p.engine.isEmpty())
            return true;
    return false;
}

ReportSection engineState(const ReportInput& in)
{
    ReportSection s{ u"engine-state"_s, Tr::tr("Engine state"), {} };
    s.paragraph(Tr::tr("What each engine published about itself on its Prometheus metrics during the phases, read over each node's measured requests. Means are exact (a histogram's sum over its count); a percentile from an engine's histogram is known only to the bucket holding it, given as a range. “Rest” is the client's mean TTFT minus the engine's queue and prefill means, “E2E rest” its mean E2E latency minus queue, prefill and decode: the API server, the network and the client."));
    ReportTable split;
    split.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Node"), Tr::tr("Engine"), Tr::tr("Requests"), Tr::tr("Client TTFT mean (ms)"),
                     Tr::tr("Engine TTFT mean (ms)"), Tr::tr("Queue mean (ms)"), Tr::tr("Queue p99 (ms)"), Tr::tr("Prefill mean (ms)"), Tr::tr("Rest (ms)"),
                     Tr::tr("Decode mean (ms)"), Tr::tr("Client E2E mean (ms)"), Tr::tr("E2E rest (ms)") };
    split.numeric = { false, true, false, false, true, true, true, true, true, true, true, true, true, true };
    ReportTable state;
    state.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Node"), Tr::tr("Running peak"), Tr::tr("Waiting peak"), Tr::tr("Waiting mean"),
                     Tr::tr("KV cache peak"), Tr::tr("Preemptions"), Tr::tr("Prefix cache hit rate") };
    state.numeric = { false, true, false, true, true, true, true, true, true };
    QStringList notMeasured;
    bool resets = false;
    for (qsizetype i = 0; i < in.summary.phases.size(); ++i) {
        const PhaseSummary& p = in.summary.phases[i];
        for (const EngineSplit& e : p.engine) {
            const QString repText = QString::number(p.repetition + 1);
            if (!e.measured) {
                notMeasured << Tr::tr("%1 in “%2” (repetition %3): %4").arg(nodeName(e), p.phase, repText, e.reason);
                continue;
            }
            resets = resets || e.counterReset;
            const PhaseSummary* client = clientOf(in, i, e);
            const std::optional<double> clientTtft = client ? client->ttft.mean : std::nullopt;
            const StageEstimate* queue = stage(e, "queue_s");
            const StageEstimate* prefill = stage(e, "prefill_s");
            std::optional<double> rest, e2eRest;
            if (clientTtft && queue && prefill)
                rest = *clientTtft - *queue->mean - *prefill->mean;
            const std::optional<double> clientE2e = client ? client->e2e.mean : std::nullopt;
            if (const StageEstimate* decode = stage(e, "decode_s"); clientE2e && queue && prefill && decode)
                e2eRest = *clientE2e - *queue->mean - *prefill->mean - *decode->mean;
            const StageEstimate* counted = queue ? queue : stage(e, "ttft_s") ? stage(e, "ttft_s") : stage(e, "e2e_s");
            split.rows.append({ p.phase, repText, nodeName(e), e.engine.isEmpty() ? Units::notMeasured() : e.engine,
                                counted ? Units::count(qint64(std::llround(counted->count))) : Units::notMeasured(),
                                ms(clientTtft), meanOf(e, "ttft_s"), meanOf(e, "queue_s"), queue ? bucketText(queue->p99Low, queue->p99High) : Units::notMeasured(),
                                meanOf(e, "prefill_s"), ms(rest), meanOf(e, "decode_s"), ms(clientE2e), ms(e2eRest) });
            state.rows.append({ p.phase, repText, nodeName(e), Units::number(e.runningPeak, 0), Units::number(e.waitingPeak, 0),
                                Units::number(e.waitingMean, 1), Units::percent(e.kvUsagePeak, 1), Units::number(e.preemptions, 0),
                                Units::percent(e.prefixHitRate(), 1) });
        }
    }
    if (!split.rows.isEmpty()) {
        split.caption = Tr::tr("Where the time went, by the engine's own histograms; “—” where the engine publishes no such histogram (TGI has no prefill split, llama.cpp no histograms at all).");
        s.table(split);
        state.caption = Tr::tr("Peaks and means over the scrapes inside the window; preemptions and prefix-cache queries counted in it. In an “all nodes” row a peak or mean is the largest single node's and the counts add up.");
        s.table(state);
    }
    for (const Phase& phase : in.result.phases) {
        if (phase.name != in.grade.gradedPhase || phase.repetition != 0 || phase.engine.isEmpty())
            continue;
        ChartSpec waiting = gaugeOverTime(phase, "waiting", u"engine-waiting"_s, Tr::tr("Engine queue over time (“%1”, repetition 1)").arg(phase.name),
                                          Tr::tr("waiting requests"));
        waiting.yCounts = true;
        ChartSpec kv = gaugeOverTime(phase, "kv_usage", u"engine-kv-cache"_s, Tr::tr("KV cache use over time (“%1”, repetition 1)").arg(phase.name),
                                     Tr::tr("KV cache use"));
        kv.yPercent = true;
        kv.yMax = 1.0;
        for (const ChartSpec* c : { &waiting, &kv }) {
            if (c->unavailable.isEmpty())
                s.chart(*c);
            else
                s.chartNote(c->unavailable);
        }
        break;
    }
    if (resets)
        s.warning(Tr::tr("An engine's counters fell during a phase: it restarted, so its counts start again from zero there."));
    if (!notMeasured.isEmpty()) {
        s.paragraph(Tr::tr("Not measured:"));
        s.bullets(notMeasured);
    }
    return s;
}

} // namespace inferdeck::reportsections
