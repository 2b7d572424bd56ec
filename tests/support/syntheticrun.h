#pragma once
#include <cstdint>
#include <vector>

#include "model/benchmarkresult.h"

namespace inferdeck::testing {

/// What a synthetic closed-loop run looks like; every default resembles Llama-3.1-8B on one H100 closely
/// enough for demo data. The truth (per-node speed in the scaled phase) is a parameter, so tests know it.
struct SyntheticSpec {
    std::uint64_t seed = 42;
    int nodes = 2;                 // nodes of the scaled phase
    int concurrency = 8;           // per node
    int requestsPerNode = 200;     // per phase repetition, after warm-up; used when durationS is 0
    double durationS = 0.0;        // > 0: each node sends until this time (s), like a duration-limited run
    int warmupPerNode = 8;
    int repetitions = 3;
    bool scaling = true;           // a 1-node baseline plus an N-node scaled phase; else one N-node phase
    double scaledSpeed = 1.0;      // true scaling efficiency: per-node speed in the scaled phase vs. baseline
    double ttftS = 0.045;          // median prefill time
    double tpotS = 0.012;          // median time per output token
    double inputMean = 512;        // tokens
    double outputMean = 128;       // tokens
    double failureRate = 0.0;      // share of requests failing with an HTTP 503
    bool chunks = true;            // record chunk times (ITL)
    bool telemetry = true;         // 1 Hz GPU samples with power
    int gpusPerNode = 1;
    double t0Unix = 1'790'000'000.0;
    // A reasoning model: each successful answer thinks about this many tokens (lognormal) before answering,
    // within its output tokens; 0 = not a reasoning model. Every reasoning count comes from usage when
    // reasoningFromUsage, else from counted chunks.
    double reasoningMean = 0.0;
    bool reasoningFromUsage = true;
    // Record the requested lengths (the drawn input, max_tokens); shortAnswerShare of answers stop short of
    // max_tokens by 16 tokens, as a server without ignore_eos does.
    bool requestedLengths = false;
    double shortAnswerShare = 0.0;
};

/// A deterministic result from `spec` (same spec, same bytes), marked simulated.
BenchmarkResult makeSyntheticRun(const SyntheticSpec& spec);

/// A finished capacity search (constant rate, TTFT SLO 500 ms, target 90 %, tolerance 10 %) from synthetic phases:
/// 1 node at 10, 20, 30 req/s met and 40 missed; 2 nodes at 15 and 22.5 met, 26 and 30 missed (a missed step's
/// answers all came a second late). Steps in the order a search would run them; the cluster's 22.5 is phase 6.
BenchmarkResult makeSyntheticCapacitySearch();

/// Gives every node of every phase a vLLM engine state: three scrapes (before the phase, its middle, after
/// it) whose queue histogram says each of 200 requests waited `queueS`, whose prefill took 12 ms and decode
/// 500 ms, with
/// `waitingPeak` waiting requests and the KV cache at `kvPeak` (0-1) at the middle scrape, and
/// `preemptions` counted over the phase.
void addEngineState(BenchmarkResult& r, double queueS, double waitingPeak, double kvPeak = 0.3, double preemptions = 0);

/// Every latency of repetition k of every phase stretched by factors[k]: a rerun that drifted as a whole
/// (another warm cache, a busy neighbour), which no bootstrap over its own requests can see.
void stretchRepetitions(BenchmarkResult& r, const std::vector<double>& factors);

} // namespace inferdeck::testing
