// Report sections of measurements: headline metrics, latency distributions, time series, scaling,
// SLO attainment and energy. Every number comes from the summary (itself from the raw records).
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "format/summarytext.h"
#include "format/units.h"
#include "report/datasupport.h"
#include "report/reportcharts.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The documented table formats (README, "Reports"): two decimals everywhere a unit is in the header.
QString fixed2(std::optional<double> v) { return Units::number(v, 2); }
QString ms2(std::optional<double> s) { return Units::milliseconds(s, 2); }
QString pct2(std::optional<double> f) { return Units::percentNumber(f, 2); }
QString count(std::size_t n) { return Units::count(static_cast<qint64>(n)); }
QString rep(const PhaseSummary& p) { return QString::number(p.repetition + 1); }

void chartOrSay(ReportSection& s, const ChartSpec& c, const QString& whyEmpty)
{
    if (!c.unavailable.isEmpty())
        s.chartNote(c.unavailable);
    else if (c.empty())
        s.chartNote(whyEmpty);
    else
        s.chart(c);
}

// A reason written to follow a colon ("no 1-node baseline ...") as a sentence of its own.
QString asSentence(QString reason)
{
    reason = reason.trimmed();
    if (reason.isEmpty())
        return reason;
    reason[0] = reason[0].toUpper();
    if (!reason.endsWith(u'.'))
        reason += u'.';
    return reason;
}

// When the measured window opened, from the agents that say so: the latest node's, since the time series
// start at the first measured send of any node.
QString warmupWindow(const Phase& p)
{
    double start = NAN, ramp = NAN;
    for (qsizetype k = 0; k < p.measureStartS.size(); ++k) {
        if (std::isfinite(p.measureStartS[k]))
            start = std::isnan(start) ? p.measureStartS[k] : std::max(start, p.measureStartS[k]);
        if (std::isfinite(p.rampS.value(k, NAN)))
            ramp = std::isnan(ramp) ? p.rampS[k] : std::max(ramp, p.rampS[k]);
    }
    if (std::isnan(start))
        return {};
    QString text = Tr::tr("Measurement began %1 after the phase started, once every warm-up request had ended: no measured request overlaps the warm-up.")
                       .arg(Units::duration(start));
    if (ramp > 0)
        text += u' ' + Tr::tr("The closed loop then reached its full concurrency over %1, spaced as a settled loop sends.").arg(Units::duration(ramp));
    return text;
}

// The agents' accuracy budget of a phase in one sentence: who stamped the reads, the client's own lag the
// kernel stamps removed, and how far a time may still be the client's (the worst node's figures).
QString clientAccuracy(const Phase& p)
{
    std::optional<double> lag, error, firstError, loop, cpu;
    qint64 chunks = 0, shared = 0;
    QStringList stamps;
    const auto worst = [](std::optional<double>& into, std::optional<double> v) {
        if (v && (!into || *v > *into))
            into = v;
    };
    for (const ClientAccuracy& a : p.accuracy) {
        if (!a.known())
            continue;
        if (!stamps.contains(a.stamps))
            stamps.append(a.stamps);
        worst(lag, a.clientLagP99S);
        worst(error, a.errorP99S);
        worst(firstError, a.ttftErrorP99S);
        worst(loop, a.loopLagP99S);
        worst(cpu, a.cpuBusy);
        chunks += a.chunks;
        shared += a.sharedChunks;
    }
    if (stamps.isEmpty())
        return {};
    const QString share = Units::percent(chunks > 0 ? std::optional<double>(double(shared) / double(chunks)) : std::nullopt);
    if (stamps == QStringList{ u"kernel"_s } && firstError)
        return Tr::tr("Client accuracy: the kernel stamped every response read, which removed the client's own lag (p99 %1); a time may still be the client's by up to %2 at p99 (first tokens, which TTFT uses: %3), since %4 of chunks arrived together with an earlier one while the agent was busy (agent CPU %5).")
            .arg(Units::duration(lag), Units::duration(error), Units::duration(firstError), share, Units::percent(cpu));
    if (stamps == QStringList{ u"kernel"_s })
        return Tr::tr("Client accuracy: the kernel stamped every response read, which removed the client's own lag (p99 %1); a time may still be the client's by up to %2 at p99, since %3 of chunks arrived together with an earlier one while the agent was busy (agent CPU %4).")
            .arg(Units::duration(lag), Units::duration(error), share, Units::percent(cpu));
    return Tr::tr("Client accuracy: some response reads were stamped by the agent's event loop, not the kernel, so a time may include the client's own lag: up to %1 at p99 (event-loop lag p99 %2, agent CPU %3).")
        .arg(Units::duration(error), Units::duration(loop), Units::percent(cpu));
}

// The first repetition of the graded phase: the one the time series show.
const Phase* gradedPhase(const ReportInput& in)
{
    for (const Phase& p : in.result.phases)
        if (p.name == in.grade.gradedPhase)
            return &p;
    return nullptr;
}

std::optional<double> sloShare(const Phase& phase, std::optional<double> limit, reportcharts::Latency which, std::size_t completed)
{
    if (!limit || completed == 0 || !datasupport::whyNoRecords(phase).isEmpty())
        return std::nullopt; // a share of requests needs the requests: an aggregate-only file states none
    const std::vector<double> v = reportcharts::latencies(phase, which);
    std::size_t met = 0;
    for (double x : v)
        met += !std::isnan(x) && x <= *limit ? 1 : 0;
    // a request without a TPOT (one output token) cannot miss a TPOT limit, as in the goodput count
    if (which == reportcharts::Latency::Tpot)
        met += completed - v.size();
    return double(met) / double(completed);
}
} // namespace

ReportSection headlineMetrics(const ReportInput& in)
{
    ReportSection s{ u"metrics"_s, Tr::tr("Headline metrics"), {} };
    const ResultSummary& sum = in.summary;
    if (sum.phases.isEmpty()) {
        s.paragraph(Tr::tr("Not measured: the result holds no phase."));
        return s;
    }
    s.paragraph(Tr::tr("Each phase repetition with all its nodes combined. Duration runs from the first request sent to the last one finished; throughputs are per second of it. Warm-up requests are excluded."));
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Nodes"), Tr::tr("Issued"), Tr::tr("Completed"), Tr::tr("Failed"),
                 Tr::tr("Duration (s)"), Tr::tr("Requests/s"), Tr::tr("Output tok/s"), Tr::tr("Total tok/s"), Tr::tr("Success (%)") };
    t.numeric = { false, true, true, true, true, true, true, true, true, true, true };
    for (const PhaseSummary& p : sum.phases) {
        const auto known = [&p](std::size_t n) { return p.countsKnown ? count(n) : Units::notMeasured(); };
        t.rows.append({ p.phase, rep(p), QString::number(p.nodes.size()), known(p.issued), known(p.completed), known(p.failed), fixed2(p.durationS),
                        fixed2(p.requestThroughput), fixed2(p.outputTokenThroughput), fixed2(p.totalTokenThroughput), pct2(p.successRate) });
    }
    t.caption = Tr::tr("Combined over nodes.");
    s.table(t);

    ReportTable lat;
    lat.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Metric"), Tr::tr("Count"), Tr::tr("Mean (ms)"), Tr::tr("p50 (ms)"), Tr::tr("p90 (ms)"),
                   Tr::tr("p95 (ms)"), Tr::tr("p99 (ms)") };
    lat.numeric = { false, true, false, true, true, true, true, true, true };
    for (const PhaseSummary& p : sum.phases) {
        // answer TTFT only where the phase reasoned: otherwise it is TTFT again
        const stats::Distribution none;
        const std::pair<QString, const stats::Distribution*> metrics[] = { { u"TTFT"_s, &p.ttft },
                                                                            { Tr::tr("Answer TTFT"), p.reasoning ? &p.answerTtft : &none },
                                                                            { u"TPOT"_s, &p.tpot }, { u"ITL"_s, &p.itl }, { u"E2E"_s, &p.e2e } };
        // an aggregate-only phase's count is the tool's, when it states one; a count it does not state is unknown
        const auto countText = [&p](const QString& name, const stats::Distribution& d) {
            if (!p.aggregateOnly || !p.reported)
                return count(d.count);
            const ReportedDistribution& r = name == u"TTFT" ? p.reported->ttft : name == u"TPOT" ? p.reported->tpot
                                          : name == u"ITL"  ? p.reported->itl  : p.reported->e2e;
            return r.count ? Units::count(*r.count) : Units::notMeasured();
        };
        for (const auto& [name, d] : metrics)
            if (d->count > 0)
                lat.rows.append({ p.phase, rep(p), name, countText(name, *d), ms2(d->mean), ms2(d->p50), ms2(d->p90), ms2(d->p95), ms2(d->p99) });
    }
    lat.caption = Tr::tr("Latency percentiles: linear interpolation between closest ranks (numpy's default). TPOT excludes the first token; ITL pools every gap between chunks.");
    QStringList toolMethods;
    for (const PhaseSummary& p : sum.phases)
        if (p.aggregateOnly && p.reported && !p.reported->percentileMethod.isEmpty() && !toolMethods.contains(p.reported->percentileMethod))
            toolMethods << p.reported->percentileMethod;
    if (!toolMethods.isEmpty())
        //: %1 the tool's percentile method, e.g. "nearest-rank"
        lat.caption += u' ' + Tr::tr("Phases without per-request records show the tool's own percentiles (method: %1).").arg(toolMethods.join(u", "_s));
    if (lat.rows.isEmpty())
        s.paragraph(Tr::tr("No latency was measured: no request completed."));
    else
        s.table(lat);

    ReportTable rt;
    rt.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Reasoning tokens"), Tr::tr("Share of output (%)"), Tr::tr("Counted from"),
                  Tr::tr("Answers all reasoning"), Tr::tr("Answer TTFT p50 (ms)"), Tr::tr("Answer TTFT p99 (ms)") };
    rt.numeric = { false, true, true, true, false, true, true, true };
    for (const PhaseSummary& p : sum.phases)
        if (p.reasoning)
            rt.rows.append({ p.phase, rep(p), Units::count(p.reasoning->tokens), pct2(p.reasoning->share), reasoningSourceText(p.reasoning->source),
                             count(p.reasoning->answerless), ms2(p.answerTtft.p50), ms2(p.answerTtft.p99) });
    if (!rt.rows.isEmpty()) {
        s.paragraph(Tr::tr("A reasoning model thinks before it answers. TTFT runs to the first generated token of any kind, reasoning or "
                           "answer, as vLLM's benchmark counts it; answer TTFT runs to the first answer token. Output tokens, TPOT and ITL "
                           "include the reasoning tokens; an answer made only of reasoning is a success."));
        rt.caption = Tr::tr("Reasoning per phase: its share of the output tokens, and whether the server's usage stated it or InferDeck counted reasoning chunks.");
        s.table(rt);
    }

    ReportTable pn;
    pn.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Node"), Tr::tr("Completed"), Tr::tr("Failed"), Tr::tr("Duration (s)"), Tr::tr("Output tok/s"),
                  Tr::tr("TTFT p50 (ms)"), Tr::tr("TTFT p99 (ms)"), Tr::tr("TPOT p50 (ms)"), Tr::tr("E2E p99 (ms)") };
    pn.numeric = { false, true, false, true, true, true, true, true, true, true, true };
    for (qsizetype i = 0; i < sum.perNode.size(); ++i) {
        if (sum.phases[i].nodes.size() < 2)
            continue; // a 1-node phase's node row would repeat the combined row
        for (const PhaseSummary& n : sum.perNode[i])
            pn.rows.append({ n.phase, rep(n), n.nodes.value(0), count(n.completed), count(n.failed), fixed2(n.durationS), fixed2(n.outputTokenThroughput),
                             ms2(n.ttft.p50), ms2(n.ttft.p99), ms2(n.tpot.p50), ms2(n.e2e.p99) });
    }
    if (!pn.rows.isEmpty()) {
        pn.caption = Tr::tr("Per node, for phases on more than one node; each node's duration is its own first send to its own last end.");
        s.table(pn);
    }
    return s;
}

ReportSection latencyDistributions(const ReportInput& in)
{
    using reportcharts::Latency;
    ReportSection s{ u"latency"_s, Tr::tr("Latency distributions"), {} };
    const Slo& slo = in.result.plan.slo;
    const std::pair<Latency, std::optional<double>> kinds[] = { { Latency::Ttft, slo.ttft }, { Latency::Tpot, slo.tpot }, { Latency::E2e, slo.e2e } };
    const bool anyRecords = std::any_of(in.result.phases.begin(), in.result.phases.end(),
                                        [](const Phase& p) { return datasupport::whyNoRecords(p).isEmpty(); });
    if (!anyRecords && !in.result.phases.isEmpty()) {
        s.chartNote(datasupport::whyNoRecords(in.result.phases.first()));
        return s;
    }
    if (const Phase* p = gradedPhase(in))
        if (const QString sentence = clientAccuracy(*p); !sentence.isEmpty())
            s.paragraph(sentence);
    for (const PhaseSummary& p : in.summary.phases)
        if (p.phase == in.grade.gradedPhase && p.repetition == 0 && p.ttftFromIntended.count > 0) {
            // coordinated omission: an open loop's latencies from the schedule, so a late client hides no queueing
            s.paragraph(Tr::tr("Measured from the send time the schedule intended instead of the actual send, p99 TTFT is %1 and p99 E2E latency %2 (from the actual send: %3 and %4); a difference is time the requests waited in the client, which a server under this load would have had to absorb.")
                            .arg(Units::duration(p.ttftFromIntended.p99), Units::duration(p.e2eFromIntended.p99), Units::duration(p.ttft.p99), Units::duration(p.e2e.p99)));
            break;
        }
    for (const auto& [which, limit] : kinds)
        chartOrSay(s, reportcharts::latencyCdf(in.result, which, limit),
                   Tr::tr("%1: not measured (no completed request has one).").arg(reportcharts::latencyName(which)));
    if (in.grade.gradedPhase.isEmpty())
        return s;
    for (const auto& [which, limit] : kinds)
        if (const ChartSpec h = reportcharts::latencyHistogram(in.result, in.grade.gradedPhase, which); !h.empty())
            s.chart(h);
    return s;
}

ReportSection timeSeries(const ReportInput& in)
{
    ReportSection s{ u"time-series"_s, Tr::tr("Over time"), {} };
    const Phase* p = gradedPhase(in);
    if (!p) {
        s.paragraph(Tr::tr("Not measured: the result holds no phase with requests."));
        return s;
    }
    if (const QString why = datasupport::whyNoTimeline(*p); !why.isEmpty()) {
        s.chartNote(why); // once for the three request charts, not three times
    } else {
        s.paragraph(Tr::tr("Phase “%1”, repetition %2, from its first request sent.").arg(p->name).arg(p->repetition + 1));
        if (const QString w = warmupWindow(*p); !w.isEmpty())
            s.paragraph(w);
        const QString noTimes = Tr::tr("Not measured: the requests of this phase carry no end times.");
        chartOrSay(s, reportcharts::throughputOverTime(*p), noTimes);
        chartOrSay(s, reportcharts::inFlightOverTime(*p), noTimes);
        if (p->load.varies()) // a ramp or stages: what the schedule asked for beside what the nodes got
            chartOrSay(s, reportcharts::loadOverTime(*p, in.result.plan.durationS), noTimes);
        chartOrSay(s, reportcharts::latencyOverTime(*p), Tr::tr("Not measured: no request of this phase has a TTFT."));
    }
    chartOrSay(s, reportcharts::gpuOverTime(*p, false), Tr::tr("GPU utilization: not measured (no GPU telemetry in this phase)."));
    chartOrSay(s, reportcharts::gpuOverTime(*p, true), Tr::tr("GPU power: not measured (no power telemetry in this phase)."));
    return s;
}

ReportSection scaling(const ReportInput& in)
{
    ReportSection s{ u"scaling"_s, Tr::tr("Scaling analysis"), {} };
    const ScalingResult& sc = in.summary.scaling;
    if (!sc.measured) {
        s.paragraph(Tr::tr("Scaling efficiency: not measured. %1 No grade comes from it, and nothing here estimates a baseline.").arg(asSentence(sc.reason)));
        return s;
    }
    s.paragraph(Tr::tr("Scaling efficiency = X_N / (N · X_1) of output-token throughput, X_1 measured on one node with the same per-node load, each the mean over its repetitions."));
    ReportTable kv;
    kv.header = { Tr::tr("Quantity"), Tr::tr("Value") };
    kv.rows = {
        { Tr::tr("Baseline phase (1 node)"), sc.baselinePhase },
        { Tr::tr("X_1, output tok/s"), fixed2(sc.baselineThroughput) },
        { Tr::tr("Scaled phase"), sc.scaledPhase },
        { Tr::tr("N, nodes"), QString::number(sc.nodes) },
        { Tr::tr("X_N, output tok/s"), fixed2(sc.scaledThroughput) },
        { Tr::tr("Efficiency (%)"), pct2(sc.efficiency) },
        { Tr::tr("95 % interval (%)"), sc.interval ? u"%1 – %2"_s.arg(pct2(sc.interval->low), pct2(sc.interval->high)) : Tr::tr("none") },
        { Tr::tr("Interval from"), sc.intervalMethod.isEmpty() ? Tr::tr("too few samples") : Tr::tr("bootstrap over %1 (%2 baseline, %3 scaled samples)").arg(scalingIntervalMethodText(sc.intervalMethod)).arg(sc.baselineSamples).arg(sc.scaledSamples) },
        { Tr::tr("Verdict"), scalingVerdictText(sc.verdict) },
    };
    s.keyValues(kv);
    if (in.result.plan.load.mode != LoadSpec::Mode::Concurrency)
        s.warning(Tr::tr("The load is open loop (a fixed request rate per node). While the nodes keep up, throughput follows the offered load, so this efficiency says whether N nodes serve N times the load, not how their capacity scales; chance differences between the arrival draws move it too. A closed-loop (concurrency) load measures capacity."));
    if (sc.verdict != ScalingResult::Verdict::SuperLinear && sc.efficiency > 1.0)
        s.paragraph(Tr::tr("The point estimate is above 100 %, but the interval reaches below it: the data cannot tell this from linear scaling, so no super-linear claim is made."));

    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Nodes"), Tr::tr("Output tok/s"), Tr::tr("Per node tok/s") };
    t.numeric = { false, true, true, true, true };
    for (const PhaseSummary& p : in.summary.phases)
        if (p.phase == sc.baselinePhase || p.phase == sc.scaledPhase) {
            const auto perNode = p.outputTokenThroughput ? std::optional<double>(*p.outputTokenThroughput / double(std::max<qsizetype>(1, p.nodes.size()))) : std::nullopt;
            t.rows.append({ p.phase, rep(p), QString::number(p.nodes.size()), fixed2(p.outputTokenThroughput), fixed2(perNode) });
        }
    t.caption = Tr::tr("Per repetition.");
    s.table(t);
    s.chart(reportcharts::scalingThroughput(in.summary));
    s.chart(reportcharts::scalingEfficiency(in.summary));
    return s;
}

ReportSection sloAttainment(const ReportInput& in)
{
    using reportcharts::Latency;
    ReportSection s{ u"slo"_s, Tr::tr("SLO attainment and goodput"), {} };
    const Slo& slo = in.result.plan.slo;
    if (!slo.any()) {
        s.paragraph(Tr::tr("Not measured: the plan sets no SLO, so goodput is not defined."));
        return s;
    }
    QStringList limits;
    if (slo.ttft)
        limits << Tr::tr("TTFT ≤ %1").arg(Units::duration(slo.ttft));
    if (slo.tpot)
        limits << Tr::tr("TPOT ≤ %1").arg(Units::duration(slo.tpot));
    if (slo.e2e)
        limits << Tr::tr("E2E ≤ %1").arg(Units::duration(slo.e2e));
    s.paragraph(Tr::tr("Limits per request: %1. Goodput counts the completed requests meeting all of them, per second of the phase.").arg(limits.join(u", "_s)));
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Completed"), Tr::tr("TTFT met (%)"), Tr::tr("TPOT met (%)"), Tr::tr("E2E met (%)"), Tr::tr("All met (%)"), Tr::tr("Goodput (req/s)") };
    t.numeric = { false, true, true, true, true, true, true, true };
    for (int i = 0; i < in.summary.phases.size(); ++i) {
        const PhaseSummary& p = in.summary.phases[i];
        const Phase& ph = in.result.phases[i];
        const auto all = p.sloMet && p.completed > 0 ? std::optional<double>(double(*p.sloMet) / double(p.completed)) : std::nullopt;
        t.rows.append({ p.phase, rep(p), count(p.completed), pct2(sloShare(ph, slo.ttft, Latency::Ttft, p.completed)),
                        pct2(sloShare(ph, slo.tpot, Latency::Tpot, p.completed)), pct2(sloShare(ph, slo.e2e, Latency::E2e, p.completed)), pct2(all),
                        fixed2(p.goodput) });
    }
    t.caption = Tr::tr("Shares of completed requests; a one-token answer has no TPOT and cannot miss a TPOT limit.");
    s.table(t);
    return s;
}

ReportSection energy(const ReportInput& in)
{
    ReportSection s{ u"energy"_s, Tr::tr("GPU energy"), {} };
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Energy (J)"), Tr::tr("Output tokens"), Tr::tr("J per output token"), Tr::tr("Mean power (W)") };
    t.numeric = { false, true, true, true, true, true };
    for (const PhaseSummary& p : in.summary.phases) {
        if (!p.energyJ)
            continue;
        const auto watts = p.durationS && *p.durationS > 0 ? std::optional<double>(*p.energyJ / *p.durationS) : std::nullopt;
        t.rows.append({ p.phase, rep(p), fixed2(p.energyJ), Units::count(p.outputTokens), Units::number(p.energyJPerOutputToken, 4), fixed2(watts) });
    }
    if (t.rows.isEmpty()) {
        s.paragraph(Tr::tr("Not measured: the result holds no GPU power telemetry."));
        return s;
    }
    s.paragraph(Tr::tr("Energy is the trapezoid integral of every GPU's power over the phase, divided by the output tokens; informational, not graded by default."));
    if (in.result.simulated)
        s.warning(Tr::tr("SIMULATED: the power figures come from the simulator's model of a GPU, not from a meter."));
    s.table(t);
    return s;
}

} // namespace inferdeck::reportsections
