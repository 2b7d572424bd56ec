#pragma once
#include <QList>
#include <QString>

#include <map>
#include <optional>

#include "model/phase.h"

namespace inferdeck {

/// One per-request stage over a window, from an engine histogram's increments: the mean is exact (Δsum /
/// Δcount); a percentile is known only to the bucket that holds it, so it is given as that bucket's bounds.
struct StageEstimate {
    double count = 0;               // requests the engine observed in the window
    std::optional<double> mean;     // s
    std::optional<double> p50Low;   // s; the bucket holding the median: [low, high], high nullopt = +Inf
    std::optional<double> p50High;
    std::optional<double> p99Low;
    std::optional<double> p99High;
};

/// Where one node's (or the phase's) time went, by the engine's own account over the measured window:
/// stage estimates (queue_s, prefill_s, decode_s, ttft_s, itl_s, e2e_s, inference_s) and the state that
/// explains them (peaks of running and waiting requests and of KV-cache use; preemptions, tokens and prefix
/// cache queries and hits counted in the window).
struct EngineSplit {
    QString node;            // empty for the phase (all nodes)
    QString engine;
    bool measured = false;
    QString reason;          // why not measured
    double fromS = 0.0;      // the window, s after t0: the node's measured requests, first send to last end
    double toS = 0.0;
    double firstEndS = 0.0;    // the first measured request's end: where stages observed at an end start
    bool counterReset = false; // the engine restarted in the window: counts start again from zero
    std::map<QString, StageEstimate> stages;
    std::optional<double> runningPeak;
    std::optional<double> waitingPeak;
    std::optional<double> waitingMean;
    std::optional<double> kvUsagePeak; // 0-1
    std::optional<double> preemptions;
    std::optional<double> promptTokens;
    std::optional<double> generationTokens;
    std::optional<double> prefixQueries;
    std::optional<double> prefixHits;

    std::optional<double> prefixHitRate() const;
};

/// The stage estimates of a histogram between two instants: increments from the last snapshot at or before
/// `from` to the first at or after `to`, a fall in between read as a restart; no estimate (count 0) when the
/// snapshots do not reach that far on either side.
StageEstimate stageOver(const EngineHistogramSeries& h, double from, double to, bool* reset = nullptr);

/// Per node of `phase` that has engine state, its split over its measured requests' window; then, when
/// more than one node was measured, the phase's (histograms and counters added, peaks the largest).
QList<EngineSplit> engineSplits(const Phase& phase);

/// The split that speaks for a whole phase: the pooled one, or the only measured node's; null otherwise.
const EngineSplit* wholePhaseSplit(const QList<EngineSplit>& splits);

} // namespace inferdeck
