#pragma once
#include <QList>
#include <QString>

#include <optional>

namespace inferdeck {

/// A distribution of token lengths for synthetic prompts or completions.
struct LengthDistribution {
    enum class Kind { Fixed, Uniform, Normal, LogNormal };
    Kind kind = Kind::Fixed;
    double mean = 0.0;   // tokens
    double stddev = 0.0; // tokens; Normal / LogNormal only
    int min = 1;         // tokens, inclusive
    int max = 1;         // tokens, inclusive
    friend bool operator==(const LengthDistribution&, const LengthDistribution&) = default;
};

/// What each request asks the server: the dataset and the length of prompts and completions.
/// Prompts that start with one of `groups` fixed prefixes of `tokens` tokens each (a system prompt, a few-shot
/// block), so an engine's prefix cache can serve them; 0 groups: every prompt is its own.
struct SharedPrefix {
    int groups = 0;
    int tokens = 0;
    bool active() const { return groups > 0 && tokens > 0; }
    friend bool operator==(const SharedPrefix&, const SharedPrefix&) = default;
};

/// What a run read from its trace file, kept in the result so the report can describe the workload after the
/// file is gone.
struct TraceInfo {
    QString format;            // "mooncake", "csv", "jsonl"; empty: no trace was read
    QString sha256;            // of the file's bytes
    qint64 requests = 0;
    double spanS = 0.0;        // first to last send time, at the trace's own pace
    double inputMean = 0.0;    // tokens
    double outputMean = 0.0;
    qint64 blocks = 0;         // distinct prefix blocks it names
    int blockTokens = 512;
    double reusableShare = 0.0; // of input tokens, in blocks an earlier request of the trace named
    bool known() const { return !format.isEmpty(); }
    friend bool operator==(const TraceInfo&, const TraceInfo&) = default;
};

/// A distribution of durations in seconds (a user's think time): drawn like a LengthDistribution, not rounded.
struct TimeDistribution {
    LengthDistribution::Kind kind = LengthDistribution::Kind::Fixed;
    double mean = 0.0;   // s
    double stddev = 0.0; // s; Normal / LogNormal only
    double min = 0.0;    // s, inclusive
    double max = 0.0;    // s, inclusive
    friend bool operator==(const TimeDistribution&, const TimeDistribution&) = default;
};

/// Multi-turn chat sessions: each session sends its user turns in order, each with the history so far (earlier
/// turns and the model's own answers) through the chat API, the user thinking `thinkS` between an answer's end
/// and the next turn. Closed loop: `value` sessions at once; a rate: a new session at each arrival.
struct Sessions {
    bool enabled = false;
    LengthDistribution turns; // user turns per session; unused with ShareGPT (a conversation brings its own)
    TimeDistribution thinkS;
    friend bool operator==(const Sessions&, const Sessions&) = default;
};

/// What a run read from a ShareGPT file, kept in the result so the report can describe the workload after the
/// file is gone.
struct ConversationsInfo {
    QString format;             // "sharegpt"; empty: no file was read
    QString sha256;             // of the file's bytes
    qint64 conversations = 0;   // with at least one human turn answered
    qint64 skipped = 0;         // entries without one (vLLM's benchmark skips them too)
    double userTurnsMean = 0.0; // answered human turns per conversation
    int userTurnsMax = 0;
    bool known() const { return !format.isEmpty(); }
    friend bool operator==(const ConversationsInfo&, const ConversationsInfo&) = default;
};

struct Workload {
    QString dataset = QStringLiteral("synthetic"); // "synthetic", "file" or a built-in name
    QString datasetPath;                            // JSONL of {prompt, max_tokens, reference?} when "file"
    LengthDistribution input;  // with a shared prefix: the part of each prompt after it
    LengthDistribution output;
    SharedPrefix sharedPrefix;
    // dataset "trace": the request trace on the workstation (Mooncake JSONL, or time_s, input_tokens,
    // output_tokens[, prefix_id] as CSV or JSONL), absolute once the plan file is read; its lengths and
    // prefixes make the prompts, its times the schedule when the load mode is Trace
    QString tracePath;
    TraceInfo trace; // what the run read from it (filled when the run starts; empty in a plan file)
    // dataset "sharegpt": a ShareGPT JSON on the workstation ([{"conversations": [{"from", "value"}, ...]}]),
    // absolute once the plan file is read; single-turn without sessions, its human turns replayed with them
    QString sharegptPath;
    ConversationsInfo conversations; // what the run read from it (filled when the run starts)
    Sessions sessions;
    friend bool operator==(const Workload&, const Workload&) = default;
};

/// One stage of a phase's load: `value` for `durationS` seconds.
struct LoadStage {
    double value = 1.0;
    double durationS = 1.0;
    friend bool operator==(const LoadStage&, const LoadStage&) = default;
};

/// How the load generator paces requests.
struct LoadSpec {
    enum class Mode {
        Concurrency, // closed loop: keep `value` requests in flight
        ConstantRate, // open loop: `value` requests/s evenly spaced
        Poisson,      // open loop: `value` requests/s, exponential gaps
        Gamma,        // open loop: `value` requests/s, gamma gaps of shape `burstiness` (1 = Poisson)
        AllAtOnce,    // every one of `value` requests sent at once, none refilled: only imports record it
                      // (vLLM's request_rate inf without a concurrency limit, MLPerf's Offline scenario)
        Trace,        // open loop at a trace's own send times, `value` times as fast (Workload::tracePath)
    };
    Mode mode = Mode::Concurrency;
    double value = 1.0; // in-flight requests, or requests/s
    double burstiness = 1.0; // Gamma only: < 1 burstier than Poisson, > 1 more regular
    // The load over the measured window instead of one value: a linear ramp from `value` to `rampTo` over the
    // phase's duration, or stages (each held for its duration; `value` is the first stage's). Rates and concurrency.
    std::optional<double> rampTo = {};
    QList<LoadStage> stages = {};
    bool varies() const { return rampTo.has_value() || !stages.isEmpty(); }
    friend bool operator==(const LoadSpec&, const LoadSpec&) = default;
};

/// Service-level objectives; an absent limit is not checked.
struct Slo {
    std::optional<double> ttft; // s
    std::optional<double> tpot; // s
    std::optional<double> e2e;  // s
    bool any() const { return ttft || tpot || e2e; }
    friend bool operator==(const Slo&, const Slo&) = default;
};

/// An external benchmark tool a phase runs on each node instead of InferDeck's load generator
/// (e.g. `vllm bench serve ... --save-result`); its result file is kept raw in the phase.
struct ExternalTool {
    QString command;    // a template like launch commands: {model} {endpoint} {node} {rate} {concurrency}
                        // {requests} {duration} {result_file} {run_dir} {repetition}
    QString resultFile; // where the tool writes its result on the node; empty: {result_file} is chosen
    bool active() const { return !command.isEmpty(); }
    friend bool operator==(const ExternalTool&, const ExternalTool&) = default;
};

/// "The highest load at which at least `attainment` of the requests meet every SLO": each step is a measured
/// phase at one load (the plan's load mode; `value` per node), starting at the plan's load value, doubled or
/// halved until the capacity is bracketed, then bisected until the bracket is `tolerance` wide (relative; one
/// request in flight for a concurrency) or `maxSteps` steps were run. With scaling the search runs on one node,
/// then on every node starting at the one-node capacity.
struct CapacitySearch {
    bool enabled = false;
    double attainment = 0.9; // of the measured requests, 0 < attainment <= 1
    double min = 1.0;        // the search range, per node
    double max = 1000.0;
    double tolerance = 0.1;  // bracket width relative to its lower end
    int maxSteps = 10;       // per search
    friend bool operator==(const CapacitySearch&, const CapacitySearch&) = default;
};

/// What to run: model, workload, load, phases and analysis options.
struct RunPlan {
    QString name;
    QString model;
    QString api = QStringLiteral("completions"); // "completions" or "chat"
    bool stream = true;
    Workload workload;
    LoadSpec load;
    QList<double> sweep;        // load values; each gives one phase
    int warmupRequests = 0;     // per node and phase, recorded but excluded from the summary
    int requests = 0;           // per node and phase; 0 = use durationS
    double durationS = 0.0;     // s; 0 = use requests
    int repetitions = 3;
    bool scaling = false;       // run a measured 1-node baseline beside the N-node phases
    Slo slo;
    double maxLatenessP99S = 0.050; // s; a generator later than this at p99 fell behind its schedule
    ExternalTool external;
    std::optional<double> targetThroughputPerNode; // output tokens/s each node should reach; graded when set
    CapacitySearch capacity; // when enabled the phases are the search's steps, chosen as the run goes
    friend bool operator==(const RunPlan&, const RunPlan&) = default;
};

} // namespace inferdeck
