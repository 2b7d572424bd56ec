#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

#include "metrics/crosscheck.h"
#include "metrics/enginesplit.h"
#include "metrics/turnstats.h"
#include "model/phase.h"
#include "model/runplan.h"
#include "stats/descriptive.h"

namespace inferdeck {

/// Whether the load generator kept to its schedule; a late generator must not be read as a slow server.
struct GeneratorCheck {
    std::optional<double> latenessP99S;     // actual - intended send time, p99; open-loop load only
    std::optional<double> targetRate;       // requests/s the schedule asked for (all nodes summed)
    std::optional<double> scheduledRate;    // requests/s of the schedule actually drawn (a Poisson draw varies)
    std::optional<double> achievedSendRate; // requests/s actually sent
    bool fellBehind = false;
};

/// What a reasoning model spent thinking, over the phase's completed requests.
struct ReasoningSummary {
    std::int64_t tokens = 0;     // Σ reasoning tokens (part of the output tokens)
    std::optional<double> share; // of Σ output tokens of the same requests
    QString source;              // "usage" (the server's completion_tokens_details), "counted" (chunks) or "mixed"
    std::size_t requests = 0;    // completed requests that reasoned
    std::size_t answerless = 0;  // completed requests whose answer was all reasoning (no answer token)
};

/// Requested against received lengths, each pair over the completed requests that know both, so a
/// workload that is not the one the plan states (a word-count prompt, an answer stopping at EOS) shows.
struct LengthSummary {
    std::optional<double> inputRequestedMean;  // tokens the dataset drew
    std::optional<double> inputReceivedMean;   // prompt tokens the server counted (usage) for the same requests
    std::optional<double> outputRequestedMean; // max_tokens
    std::optional<double> outputReceivedMean;
    std::size_t outputCompared = 0; // requests in the output means
    std::size_t shortAnswers = 0;   // of them, answers shorter than max_tokens
    QString promptMethod;           // "exact", "estimated" or "" when the phase does not say
};

/// The metrics of one phase repetition, for one node or all its nodes, per ARCHITECTURE.md's definitions.
/// A value that could not be measured is nullopt, never 0.
struct PhaseSummary {
    QString phase;
    int repetition = 0;
    PhaseRole role = PhaseRole::Single;
    QStringList nodes; // the nodes summarized: one for a per-node summary

    std::size_t issued = 0;
    std::size_t completed = 0;
    std::size_t failed = 0;
    std::size_t warmupExcluded = 0;
    QList<std::pair<QString, std::size_t>> failuresByReason;

    std::optional<double> durationS;
    std::optional<double> requestThroughput;     // completed requests/s
    std::optional<double> outputTokenThroughput; // tokens/s
    std::optional<double> totalTokenThroughput;  // (input + output) tokens/s
    std::optional<double> successRate;           // completed / issued
    std::optional<double> goodput;               // requests meeting every SLO / s; nullopt without SLOs
    std::optional<std::size_t> sloMet;           // requests meeting every SLO
    std::optional<double> energyJ;               // GPU energy over the phase, all GPUs of these nodes
    std::optional<double> energyJPerOutputToken;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    bool inputTokensKnown = true; // false when a request's count is unknown: then the sum above is partial
    bool outputTokensKnown = true;
    QString tokenSource; // "usage", "counted" or "mixed"

    stats::Distribution ttft; // s
    stats::Distribution tpot; // s, requests with more than one output token
    stats::Distribution itl;  // s, every gap between chunks, pooled
    stats::Distribution e2e;  // s
    // send → first answer token, only when the phase had reasoning (then TTFT counts the thinking too);
    // answers made only of reasoning have none
    stats::Distribution answerTtft;
    // Open-loop load: TTFT and E2E from the intended (scheduled) send time, beside the figures above from the
    // actual send, so queueing a late client caused is not hidden (coordinated omission); empty (count 0)
    // for closed-loop load and files without a schedule
    stats::Distribution ttftFromIntended;
    stats::Distribution e2eFromIntended;
    std::optional<ReasoningSummary> reasoning; // nullopt: no request reasoned
    std::optional<LengthSummary> lengths;      // nullopt: no requested length and no prompt method known
    GeneratorCheck generator;

    // Imports: `aggregateOnly` when the file had no per-request records, so every number above is the tool's
    // own (`reported`); `sendTimesKnown` false when its records had no send times, so duration and
    // throughputs are the tool's own while latencies are recomputed. `crossCheck` lists where the records
    // disagree with the file's aggregates.
    bool aggregateOnly = false;
    bool sendTimesKnown = true;
    bool countsKnown = true; // false when an aggregate-only file states no request count: then the counts above mean nothing
    std::optional<ReportedSummary> reported;
    QList<CrossCheckFinding> crossCheck;
    // The engine's own account of where the time went (its /metrics), per node and pooled; set on the phase's
    // all-node summary only, empty when no engine was scraped
    QList<EngineSplit> engine;
    // Multi-turn sessions (all-node summary only): distinct measured sessions, the turns' rows and how late
    // later turns were sent after their think time; 0 / empty / nullopt without sessions
    qint64 sessions = 0;
    QList<TurnSummary> turns;
    std::optional<ThinkLateness> thinkLateness;
};

/// Whether request i met every SLO: completed, and within each limit (goodput's rule, also the capacity
/// search's as a step runs).
bool requestMeetsSlo(const RequestColumns& r, std::size_t i, const Slo& slo);

/// Summarizes one phase: all nodes pooled, or only `node` (an index into phase.nodes).
PhaseSummary summarizePhase(const Phase& phase, const Slo& slo, double maxLatenessP99S,
                            std::optional<int> node = std::nullopt);

} // namespace inferdeck
