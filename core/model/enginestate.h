#pragma once
#include <QString>

#include <map>
#include <vector>

namespace inferdeck {

/// One per-request histogram of an engine over a phase: each scrape's cumulative counts as the engine
/// published them, so the increments over any window can be recomputed (counter resets included).
struct EngineHistogramSeries {
    std::vector<double> bounds;             // finite upper bounds, ascending; the +Inf bucket is implied last
    std::vector<double> time;               // per snapshot: s after the phase's t0
    std::vector<std::vector<double>> cumulative; // per snapshot: bounds.size() + 1 counts, +Inf last
    std::vector<double> sum;                // per snapshot: the histogram's _sum (s)
    std::vector<double> count;              // per snapshot: its _count

    std::size_t size() const { return time.size(); }
    friend bool operator==(const EngineHistogramSeries&, const EngineHistogramSeries&);
};

/// What one node's engine said about itself on /metrics during a phase (PROTOCOL.md `engine_metrics`), under
/// InferDeck's names for the series that explain latency: gauges (running, waiting, kv_usage, ...), counters
/// (preemptions, prompt_tokens, ...) and histograms (queue_s, prefill_s, decode_s, ttft_s, ...). A node whose
/// engine publishes nothing is not measured, with the reason.
struct EngineState {
    bool measured = false;
    QString reason;            // why not measured (e.g. "the endpoint answered 404 at /metrics")
    QString engine;            // vllm, sglang, tgi, llamacpp; empty when the families were not recognized
    std::vector<double> time;  // per scrape: s after the phase's t0
    std::map<QString, std::vector<double>> gauges;   // per key: one value per scrape, NaN when absent
    std::map<QString, std::vector<double>> counters; // likewise; cumulative as the engine counts
    std::map<QString, EngineHistogramSeries> histograms;
    // An engine InferDeck does not know: every sample the agent kept, under its Prometheus name with its
    // labels (`name{label="value",...}`, labels sorted), one value per scrape (NaN: not said, or NaN said)
    std::map<QString, std::vector<double>> raw;

    bool known() const { return measured || !reason.isEmpty(); }
    std::size_t size() const { return time.size(); }
    friend bool operator==(const EngineState&, const EngineState&);
};

} // namespace inferdeck
