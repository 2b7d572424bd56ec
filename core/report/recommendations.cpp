// Recommendations drawn from evidence: each rule fires on a measurement and cites it. A rule that
// has no data stays silent; nothing here is advice for its own sake.
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "format/units.h"
#include "metrics/prefixreuse.h"
#include "report/reportsections.h"
#include "stats/descriptive.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// How far above p50 a p99 TTFT must be before queueing is the likely cause: prefill time varies
// with prompt length by a factor of a few, so 3× separates waiting from work.
constexpr double kQueueingRatio = 3.0;
constexpr double kLowUtilization = 50.0; // %
constexpr double kPoorScaling = 0.90;
constexpr double kImbalance = 0.10; // coefficient of variation of per-node throughput
constexpr double kUnstable = 0.05;  // coefficient of variation across repetitions
// The engine's own account: queue wait that is at least half of the client's mean TTFT is the engine at
// capacity, not prefill work; a KV cache this full that also preempted is too small for the contexts.
constexpr double kQueueShare = 0.5;
constexpr double kKvFull = 0.95;
constexpr double kStandingQueue = 1.0; // requests waiting on average over the window
constexpr double kKvLimits = 0.90;     // a KV cache this full is what holds the batch back
// A shared-prefix workload whose measured prefix-cache hit rate is under half of what the workload lets a cache
// serve is a cache that is off or too small; below 20 % expected reuse the gap says too little to name a cause.
constexpr double kPrefixMissRatio = 0.5;
constexpr double kPrefixWorthIt = 0.2;

// What each engine calls the series the rules cite (catalog: resources/agent/inferdeck_agent/enginemetrics.py).
QString waitingSeries(const QString& engine)
{
    if (engine == u"sglang")
        return u"sglang:num_queue_reqs"_s;
    if (engine == u"tgi")
        return u"tgi_queue_size"_s;
    if (engine == u"llamacpp")
        return u"llamacpp:requests_deferred"_s;
    return u"vllm:num_requests_waiting"_s;
}

QString queueSeries(const QString& engine)
{
    if (engine == u"sglang")
        return u"sglang:queue_time_seconds"_s;
    if (engine == u"tgi")
        return u"tgi_request_queue_duration"_s;
    return u"vllm:request_queue_time_seconds"_s;
}

QString prefixSeries(const QString& engine, bool hits)
{
    if (engine == u"sglang")
        return hits ? u"sglang:realtime_tokens_total{mode=\"prefill_cache\"}"_s : u"sglang:realtime_tokens_total"_s;
    return hits ? u"vllm:prefix_cache_hits_total"_s : u"vllm:prefix_cache_queries_total"_s;
}

QString kvSeries(const QString& engine)
{
    return engine == u"sglang" ? u"sglang:token_usage"_s : u"vllm:kv_cache_usage_perc"_s;
}


// A grade's reason is a sentence; quoted inside another one it loses its final stop.
QString clause(QString s)
{
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

std::optional<double> meanUtilization(const ReportInput& in)
{
    double sum = 0.0;
    std::size_t n = 0;
    for (const Phase& p : in.result.phases) {
        if (p.name != in.grade.gradedPhase)
            continue;
        for (double u : p.telemetry.utilization)
            if (std::isfinite(u)) {
                sum += u;
                ++n;
            }
    }
    return n > 0 ? std::optional<double>(sum / double(n)) : std::nullopt;
}

// Coefficient of variation of per-node output-token throughput in the graded phase, worst repetition.
std::optional<double> nodeImbalance(const ReportInput& in, QString& slowest)
{
    std::optional<double> worst;
    for (qsizetype i = 0; i < in.summary.phases.size(); ++i) {
        if (in.summary.phases[i].phase != in.grade.gradedPhase || in.summary.perNode[i].size() < 2)
            continue;
        std::vector<double> x;
        QString slow;
        double lowest = INFINITY;
        for (const PhaseSummary& n : in.summary.perNode[i])
            if (n.outputTokenThroughput) {
                x.push_back(*n.outputTokenThroughput);
                if (*n.outputTokenThroughput < lowest) {
                    lowest = *n.outputTokenThroughput;
                    slow = n.nodes.value(0);
                }
            }
        const auto m = stats::mean(x);
        const auto sd = stats::stddev(x, 1);
        if (x.size() < 2 || !m || !sd || *m <= 0)
            continue;
        const double cv = *sd / *m;
        if (!worst || cv > *worst) {
            worst = cv;
            slowest = slow;
        }
    }
    return worst;
}
} // namespace

ReportSection recommendations(const ReportInput& in)
{
    ReportSection s{ u"recommendations"_s, Tr::tr("Recommendations"), {} };
    QStringList items;
    const QList<int> graded = gradedPhaseIndices(in);
    const GradeCard& g = in.grade;

    // queueing, by the engine's own account: its queue wait is most of the client's TTFT and requests stood
    // in its queue on average (a Poisson load well below capacity queues now and then, not all the time)
    bool engineSaidQueueing = false;
    bool engineTimedQueue = false;
    for (int i : graded) {
        const PhaseSummary& p = in.summary.phases[i];
        const EngineSplit* e = wholePhaseSplit(p.engine);
        if (e && e->stages.count(u"queue_s"_s) && e->stages.at(u"queue_s"_s).count > 0)
            engineTimedQueue = true;
        if (!e || !p.ttft.mean || *p.ttft.mean <= 0)
            continue;
        const auto q = e->stages.find(u"queue_s"_s);
        if (q == e->stages.end() || !q->second.mean || *q->second.mean < kQueueShare * *p.ttft.mean || !e->waitingPeak
            || *e->waitingPeak < 1 || !e->waitingMean || *e->waitingMean < kStandingQueue)
            continue;
        const StageEstimate& queue = q->second;
        const QString p99 = !queue.p99Low ? QString()
            : queue.p99High ? Tr::tr("; its p99 lies between %1 and %2").arg(Units::duration(queue.p99Low), Units::duration(queue.p99High))
                            : Tr::tr("; its p99 is above %1").arg(Units::duration(queue.p99Low));
        // the pooled split's peak is one node's: name it
        QString where;
        if (e->node.isEmpty())
            for (const EngineSplit& n : p.engine)
                if (!n.node.isEmpty() && n.waitingPeak == e->waitingPeak) {
                    where = Tr::tr(" on %1").arg(n.node);
                    break;
                }
        const QString kv = e->kvUsagePeak && *e->kvUsagePeak >= kKvLimits
            ? Tr::tr(" The KV cache peaked at %1 (%2): memory, not the number of sequences, limits the batch, so more memory per replica (more GPUs, an FP8 KV cache) or shorter contexts raise capacity.").arg(Units::percent(e->kvUsagePeak), kvSeries(e->engine))
            : QString();
        items << Tr::tr("The engine is at capacity at this load: in “%1” (repetition %2) TTFT p99 is %3 and its mean %4, of which %5 on average is queue wait before prefill (%6 histogram%7); %8 peaked at %9 waiting requests%10 and averaged %11. Lower the request rate or concurrency per node, or add capacity (replicas, a larger batch).%12")
                     .arg(p.phase)
                     .arg(p.repetition + 1)
                     .arg(Units::duration(p.ttft.p99), Units::duration(p.ttft.mean), Units::duration(queue.mean), queueSeries(e->engine), p99,
                          waitingSeries(e->engine), Units::number(e->waitingPeak, 0), where, Units::number(e->waitingMean, 1))
                     .arg(kv);
        engineSaidQueueing = true;
        break;
    }
    // the KV cache was full and the engine preempted: the contexts do not fit
    for (int i : graded) {
        const EngineSplit* e = wholePhaseSplit(in.summary.phases[i].engine);
        if (!e || !e->kvUsagePeak || *e->kvUsagePeak < kKvFull || !e->preemptions || *e->preemptions < 1)
            continue;
        const PhaseSummary& p = in.summary.phases[i];
        items << Tr::tr("The KV cache is too small for these contexts: in “%1” (repetition %2) it reached %3 (%4) and the engine preempted %5 requests (vllm:num_preemptions_total), recomputing their prefill. Run fewer concurrent sequences, shorter contexts, or give the cache more memory (more GPUs per replica, an FP8 KV cache).")
                     .arg(p.phase)
                     .arg(p.repetition + 1)
                     .arg(Units::percent(e->kvUsagePeak), kvSeries(e->engine), Units::number(e->preemptions, 0));
        break;
    }
    // a shared-prefix workload the engine's prefix cache hardly served
    const SharedPrefix& shared = in.result.plan.workload.sharedPrefix;
    for (int i : shared.active() ? graded : QList<int>()) {
        const PhaseSummary& p = in.summary.phases[i];
        const EngineSplit* e = wholePhaseSplit(p.engine);
        const std::optional<double> rate = e ? e->prefixHitRate() : std::nullopt;
        if (!rate || p.completed == 0 || p.inputTokens <= 0)
            continue;
        const auto expected = expectedPrefixReuse(shared, double(p.completed), int(p.nodes.size()), double(p.inputTokens) / double(p.completed));
        if (!expected || *expected < kPrefixWorthIt || *rate >= kPrefixMissRatio * *expected)
            continue;
        items << Tr::tr("The engine's prefix cache served %1 of prompt tokens on a shared-prefix workload that lets it serve at least %2 (%3 groups of %4-token prefixes): in “%5” (repetition %6) %7 counted %8 of the %9 tokens in %10. Check that prefix caching is on (vLLM: --enable-prefix-caching, on by default since V1; SGLang: the radix cache, off with --disable-radix-cache) and that the KV cache can hold the prefixes (its use peaked at %11).")
                     .arg(Units::percent(*rate), Units::percent(*expected))
                     .arg(shared.groups)
                     .arg(shared.tokens)
                     .arg(p.phase)
                     .arg(p.repetition + 1)
                     .arg(prefixSeries(e->engine, true), Units::number(e->prefixHits, 0), Units::number(e->prefixQueries, 0),
                          prefixSeries(e->engine, false), e->kvUsagePeak ? Units::percent(e->kvUsagePeak) : Units::notMeasured());
        break;
    }
    // queueing: p99 TTFT far above p50 in the graded phase, when the engine timed no queue of its own (where
    // it did, its queue histogram is the evidence, and the client's spread alone says too little)
    for (int i : graded) {
        if (engineSaidQueueing || engineTimedQueue)
            break;
        const PhaseSummary& p = in.summary.phases[i];
        if (p.ttft.p50 && p.ttft.p99 && *p.ttft.p50 > 0 && *p.ttft.p99 / *p.ttft.p50 > kQueueingRatio) {
            items << Tr::tr("Requests queue before prefill: in “%1” (repetition %2) p99 TTFT is %3, %4× its p50 of %5. Lower the load per node, or give the engine more batch capacity (max concurrent sequences, chunked prefill).")
                         .arg(p.phase)
                         .arg(p.repetition + 1)
                         .arg(Units::duration(p.ttft.p99), Units::number(*p.ttft.p99 / *p.ttft.p50, 1), Units::duration(p.ttft.p50));
            break;
        }
    }
    // low GPU utilization: the client or the load leaves the GPUs idle
    if (const auto u = meanUtilization(in); u && *u < kLowUtilization)
        items << Tr::tr("The GPUs are under-used: mean utilization in “%1” is %2 %. The benchmark is client-bound or under-loaded; raise the concurrency or request rate until latency starts to rise.")
                     .arg(g.gradedPhase, Units::number(*u, 1));
    // scaling: poor efficiency, with or without imbalance between nodes
    const ScalingResult& sc = in.summary.scaling;
    if (sc.measured && sc.efficiency < kPoorScaling) {
        QString slowest;
        const auto cv = nodeImbalance(in, slowest);
        if (cv && *cv > kImbalance)
            items << Tr::tr("Scaling is poor (%1) and the nodes are unequal: per-node throughput varies by %2 in “%3”, slowest %4. Look for a difference between the nodes (GPU clocks, engine version, network path) before adding more of them.")
                         .arg(Units::percent(sc.efficiency), Units::percent(*cv), sc.scaledPhase, slowest);
        else
            items << Tr::tr("Scaling is poor (%1) while the nodes are balanced%2: a shared resource limits the cluster (the client's network, a load balancer, storage).")
                         .arg(Units::percent(sc.efficiency), cv ? Tr::tr(" (per-node throughput varies by %1)").arg(Units::percent(*cv)) : QString());
    }
    if (!sc.measured && !in.summary.capacity.searched) // a capacity search has its own comparison at capacity
        items << Tr::tr("Scaling efficiency was not measured (%1). Set \"scaling\": true in the plan to measure a 1-node baseline beside the N-node phases.").arg(sc.reason);
    // the generator fell behind: the numbers may describe the client
    for (const PhaseSummary& p : in.summary.phases)
        if (p.generator.fellBehind) {
            items << Tr::tr("The load generator fell behind in “%1” (repetition %2): p99 send lateness %3, %4 sent where the schedule asked %5. Run fewer requests per agent, more agent workers, or a faster client machine before trusting the latencies.")
                         .arg(p.phase)
                         .arg(p.repetition + 1)
                         .arg(Units::duration(p.generator.latenessP99S), Units::rate(p.generator.achievedSendRate, Tr::tr("req/s")),
                              Units::rate(p.generator.scheduledRate, Tr::tr("req/s")));
            break;
        }
    // failures, with the most common reason; of a capacity search only the step at capacity, since a step over
    // it ends with the requests its early stop cancelled
    for (const PhaseSummary& p : in.summary.phases)
        if (p.failed > 0 && !p.failuresByReason.isEmpty()
            && (!in.summary.capacity.searched || &p - in.summary.phases.data() == in.summary.capacity.gradedPhase)) {
            auto top = *std::max_element(p.failuresByReason.cbegin(), p.failuresByReason.cend(), [](const auto& a, const auto& b) { return a.second < b.second; });
            items << Tr::tr("%1 of %2 requests failed in %3 (repetition %4), most often \"%5\" (%6). Fix these before reading the latencies: failed requests leave the distribution.")
                         .arg(Units::count(qint64(p.failed)), Units::count(qint64(p.issued)), p.phase)
                         .arg(p.repetition + 1)
                         .arg(top.first, Units::count(qint64(top.second)));
            break;
        }
    // unstable across repetitions
    for (const CriterionGrade& c : g.criteria)
        if (c.id == u"stability" && c.value && *c.value > kUnstable)
            items << Tr::tr("Throughput is unstable: %1. Run longer phases or more repetitions so one slow stretch does not decide the result.").arg(clause(c.reason));
    // SLO misses: name the limit missed most
    for (const CriterionGrade& c : g.criteria)
        if ((c.id == u"ttft_slo" || c.id == u"tpot_slo" || c.id == u"e2e_slo") && c.value && *c.value > 1.0)
            items << Tr::tr("%1 misses its limit: %2. Lower the load, or choose the operating point from a sweep.").arg(c.name, clause(c.reason));
    for (const QualityFinding& f : g.findings)
        if (f.id == u"min_phase_duration_s" || f.id == u"min_requests")
            items << Tr::tr("%1 For results meant to be compared, run phases of at least 600 s as MLPerf LoadGen demands.").arg(f.message);
    if (in.result.simulated)
        items << Tr::tr("These numbers come from the simulator: run the same plan on the real nodes before drawing conclusions about the hardware.");

    if (items.isEmpty())
        s.paragraph(Tr::tr("No recommendation: none of the rules (queueing, GPU utilization, scaling, load generator, failures, stability, SLOs) found evidence of a problem."));
    else
        s.bullets(items);
    return s;
}

} // namespace inferdeck::reportsections
