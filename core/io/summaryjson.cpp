#include "io/summaryjson.h"

#include <cmath>

#include "io/jsonfields.h"
#include "io/modeljson.h"

namespace inferdeck {

namespace {

using nlohmann::json;
using jsonio::orNull;

json distribution(const stats::Distribution& d)
{
    return { { "count", d.count }, { "mean", orNull(d.mean) }, { "stddev", orNull(d.stddev) }, { "min", orNull(d.min) },
             { "max", orNull(d.max) }, { "p50", orNull(d.p50) }, { "p90", orNull(d.p90) }, { "p95", orNull(d.p95) },
             { "p99", orNull(d.p99) } };
}

json reasoning(const std::optional<ReasoningSummary>& r)
{
    if (!r)
        return nullptr;
    return { { "tokens", r->tokens }, { "share", orNull(r->share) }, { "source", r->source.toStdString() },
             { "requests", r->requests }, { "answers_all_reasoning", r->answerless } };
}

json lengths(const std::optional<LengthSummary>& l)
{
    if (!l)
        return nullptr;
    return { { "input_requested_mean", orNull(l->inputRequestedMean) },
             { "input_received_mean", orNull(l->inputReceivedMean) },
             { "output_requested_mean", orNull(l->outputRequestedMean) },
             { "output_received_mean", orNull(l->outputReceivedMean) },
             { "short_answers", l->outputCompared ? json(l->shortAnswers) : json(nullptr) },
             { "prompt_method", l->promptMethod.isEmpty() ? json(nullptr) : json(l->promptMethod.toStdString()) } };
}

json bucket(std::optional<double> low, std::optional<double> high)
{
    if (!low)
        return nullptr;
    return json::array({ *low, high ? json(*high) : json(nullptr) });
}

// The engine's account (issue 25): per node and pooled, each stage's exact mean and the buckets that hold
// its median and p99 (upper bound null: the +Inf bucket).
json engineSplitsToJson(const QList<EngineSplit>& splits)
{
    json out = json::array();
    for (const EngineSplit& s : splits) {
        json stages = json::object();
        for (const auto& [key, st] : s.stages)
            stages[key.toStdString()] = { { "count", st.count }, { "mean", orNull(st.mean) },
                                          { "p50_bucket", bucket(st.p50Low, st.p50High) },
                                          { "p99_bucket", bucket(st.p99Low, st.p99High) } };
        out.push_back({ { "node", s.node.isEmpty() ? json(nullptr) : json(s.node.toStdString()) },
                        { "engine", s.engine.isEmpty() ? json(nullptr) : json(s.engine.toStdString()) },
                        { "measured", s.measured },
                        { "reason", s.reason.isEmpty() ? json(nullptr) : json(s.reason.toStdString()) },
                        { "window_s", s.measured ? json::array({ s.fromS, s.toS }) : json(nullptr) },
                        { "counter_reset", s.counterReset },
                        { "stages", stages },
                        { "running_peak", orNull(s.runningPeak) },
                        { "waiting_peak", orNull(s.waitingPeak) },
                        { "waiting_mean", orNull(s.waitingMean) },
                        { "kv_usage_peak", orNull(s.kvUsagePeak) },
                        { "preemptions", orNull(s.preemptions) },
                        { "prompt_tokens", orNull(s.promptTokens) },
                        { "generation_tokens", orNull(s.generationTokens) },
                        { "prefix_queries", orNull(s.prefixQueries) },
                        { "prefix_hits", orNull(s.prefixHits) },
                        { "prefix_hit_rate", orNull(s.prefixHitRate()) } });
    }
    return out;
}

json phaseCore(const PhaseSummary& p)
{
    json names = json::array();
    for (const QString& n : p.nodes)
        names.push_back(n.toStdString());
    json failures = json::object();
    for (const auto& [reason, count] : p.failuresByReason)
        failures[reason.toStdString()] = count;
    return {
        { "name", p.phase.toStdString() },
        { "nodes", p.nodes.size() },
        { "node_names", names },
        { "repetition", p.repetition },
        { "role", phaseRoleName(p.role).toStdString() },
        { "warmup_excluded", p.warmupExcluded },
        { "requests", p.countsKnown ? json { { "issued", p.issued }, { "completed", p.completed }, { "failed", p.failed } }
                                    : json { { "issued", nullptr }, { "completed", nullptr }, { "failed", nullptr } } },
        { "failures", failures },
        { "success_rate", orNull(p.successRate) },
        { "duration_s", orNull(p.durationS) },
        { "request_throughput", orNull(p.requestThroughput) },
        { "output_token_throughput", orNull(p.outputTokenThroughput) },
        { "total_token_throughput", orNull(p.totalTokenThroughput) },
        { "input_tokens", p.inputTokensKnown ? json(p.inputTokens) : json(nullptr) },
        { "output_tokens", p.outputTokensKnown ? json(p.outputTokens) : json(nullptr) },
        { "token_source", p.tokenSource.isEmpty() ? json(nullptr) : json(p.tokenSource.toStdString()) },
        { "ttft_s", distribution(p.ttft) },
        { "tpot_s", distribution(p.tpot) },
        { "itl_s", distribution(p.itl) },
        { "e2e_s", distribution(p.e2e) },
        { "answer_ttft_s", p.reasoning ? distribution(p.answerTtft) : json(nullptr) },
        // open-loop load: the same latencies from the intended send time (coordinated omission); null otherwise
        { "ttft_from_intended_s", p.ttftFromIntended.count ? distribution(p.ttftFromIntended) : json(nullptr) },
        { "e2e_from_intended_s", p.e2eFromIntended.count ? distribution(p.e2eFromIntended) : json(nullptr) },
        { "reasoning", reasoning(p.reasoning) },
        { "lengths", lengths(p.lengths) },
        { "goodput", orNull(p.goodput) },
        { "slo_met", p.sloMet ? json(*p.sloMet) : json(nullptr) },
        { "energy_j", orNull(p.energyJ) },
        { "energy_j_per_output_token", orNull(p.energyJPerOutputToken) },
        { "engine", engineSplitsToJson(p.engine) },
        { "generator",
          { { "lateness_p99_s", orNull(p.generator.latenessP99S) },
            { "target_rate", orNull(p.generator.targetRate) },
            { "scheduled_rate", orNull(p.generator.scheduledRate) },
            { "achieved_send_rate", orNull(p.generator.achievedSendRate) },
            { "fell_behind", p.generator.fellBehind } } },
    };
}

} // namespace

json phaseSummaryToJson(const PhaseSummary& phase)
{
    return phaseCore(phase);
}

namespace {
// Imports only: where the numbers come from and where the file disagrees with itself.
void addImportFields(json& p, const PhaseSummary& s)
{
    if (!s.reported)
        return;
    json findings = json::array();
    for (const CrossCheckFinding& f : s.crossCheck)
        findings.push_back({ { "metric", f.metric.toStdString() },
                             { "recomputed", f.recomputed },
                             { "reported", f.reported },
                             { "relative_difference", std::isfinite(f.relativeDifference) ? json(f.relativeDifference) : json(nullptr) },
                             { "likely_reason", f.likelyReason.toStdString() },
                             { "text", f.text().toStdString() } });
    p["aggregate_only"] = s.aggregateOnly;
    p["send_times_known"] = s.sendTimesKnown;
    p["tool_percentile_method"] = s.reported->percentileMethod.toStdString();
    p["tool_token_counting"] = s.reported->tokenCounting.toStdString();
    p["tool_validity"] = s.reported->validity.isEmpty() ? json(nullptr) : json(s.reported->validity.toStdString());
    p["cross_check"] = findings;
}
} // namespace

json scalingToJson(const ScalingResult& s)
{
    if (!s.measured)
        return { { "status", "not measured" }, { "reason", s.reason.toStdString() } };
    return { { "status", "measured" },
             { "baseline_phase", s.baselinePhase.toStdString() },
             { "scaled_phase", s.scaledPhase.toStdString() },
             { "nodes", s.nodes },
             { "metric", s.metric.toStdString() },
             { "baseline_throughput", s.baselineThroughput },
             { "scaled_throughput", s.scaledThroughput },
             { "efficiency", s.efficiency },
             { "ci_low", s.interval ? json(s.interval->low) : json(nullptr) },
             { "ci_high", s.interval ? json(s.interval->high) : json(nullptr) },
             { "ci_method", s.intervalMethod.isEmpty() ? json(nullptr) : json(s.intervalMethod.toStdString()) },
             { "baseline_samples", s.baselineSamples },
             { "scaled_samples", s.scaledSamples },
             { "verdict", scalingVerdictName(s.verdict).toStdString() } };
}

json capacityToJson(const CapacityResult& c)
{
    const auto opt = [](std::optional<double> v) { return v ? json(*v) : json(nullptr); };
    json curves = json::array();
    for (const CapacityCurve& curve : c.curves) {
        json steps = json::array();
        for (const CapacityPoint& p : curve.points)
            steps.push_back({ { "phase_index", p.phaseIndex }, { "load", p.load }, { "offered", p.offered }, { "measured", p.measured },
                              { "met", p.met }, { "attainment", p.attainment }, { "passed", p.passed }, { "goodput", opt(p.goodput) },
                              { "request_throughput", opt(p.throughput) }, { "ttft_p99", opt(p.ttftP99) }, { "e2e_p99", opt(p.e2eP99) } });
        curves.push_back({ { "nodes", curve.nodes },
                           { "state", capacityStateName(curve.outcome.state).toStdString() },
                           { "capacity_per_node", opt(curve.outcome.capacity) },
                           { "failing_above_per_node", opt(curve.outcome.failingAbove) },
                           { "steps", steps } });
    }
    return { { "target_attainment", c.settings.attainment },
             { "load_mode", jsonio::loadModeName(c.mode).toStdString() },
             { "searches", curves },
             { "efficiency", opt(c.efficiency) },
             { "efficiency_low", opt(c.efficiencyLow) },
             { "efficiency_high", opt(c.efficiencyHigh) },
             { "graded_phase_index", c.gradedPhase } };
}

// Multi-turn sessions of a phase (all nodes): null when it had none
json sessionsToJson(const PhaseSummary& p)
{
    if (p.sessions == 0)
        return nullptr;
    json turns = json::array();
    for (const TurnSummary& t : p.turns)
        turns.push_back({ { "turn", t.turn }, { "and_later", t.andLater }, { "requests", t.requests },
                          { "ttft_p50_s", orNull(t.ttftP50) }, { "ttft_p99_s", orNull(t.ttftP99) },
                          { "input_tokens_mean", orNull(t.inputMean) } });
    json late = nullptr;
    if (p.thinkLateness)
        late = { { "turns", p.thinkLateness->turns }, { "p50_s", p.thinkLateness->p50 }, { "max_s", p.thinkLateness->max } };
    return { { "sessions", p.sessions }, { "turns", turns }, { "think_lateness", late } };
}

json summaryToJson(const ResultSummary& summary)
{
    json phases = json::array();
    for (qsizetype i = 0; i < summary.phases.size(); ++i) {
        json p = phaseCore(summary.phases[i]);
        json perNode = json::array();
        for (const PhaseSummary& n : summary.perNode.value(i))
            perNode.push_back(phaseCore(n));
        p["per_node"] = perNode;
        p["sessions"] = sessionsToJson(summary.phases[i]);
        addImportFields(p, summary.phases[i]);
        phases.push_back(std::move(p));
    }
    json out = { { "phases", phases }, { "scaling", scalingToJson(summary.scaling) } };
    if (summary.capacity.searched)
        out["capacity"] = capacityToJson(summary.capacity);
    return out;
}

} // namespace inferdeck
