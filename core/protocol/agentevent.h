#pragma once
// The node agent's events (resources/agent/PROTOCOL.md, version 1) as C++ values.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace inferdeck {

/// The protocol version this build reads; a line with a higher `v` is refused.
constexpr int kAgentProtocolVersion = 1;

enum class AgentEventType {
    Start,
    Ready,
    PhaseStart,
    Request,
    Heartbeat,
    PhaseEnd,
    Telemetry,
    Log,
    Error,
    End,
    Listening,
    ResultFile, // an external tool's result file (exec)
    EngineMetrics, // one scrape of the engine's /metrics (telemetry --engine-metrics)
    Unknown, // a kind added within the version; readers skip it
};

/// One request as the agent measured it; times are the node's Unix seconds, NaN when unknown.
struct AgentRequest {
    std::string phase;
    std::string node;
    int rep = 0;
    std::int64_t id = 0;
    bool warmup = false;
    double intended = 0.0;
    double send = 0.0;
    double first = 0.0;  // first token of any kind, reasoning or answer
    double answer = 0.0; // first answer token; NaN when unknown or the answer was all reasoning
    double end = 0.0;
    std::vector<std::int64_t> chunksUs; // µs after send
    std::int32_t inputTokens = -1;
    std::int32_t outputTokens = -1;
    bool usage = false;
    std::int32_t reasoningTokens = -1; // part of outputTokens; -1 when none or unknown
    bool reasoningUsage = false;       // reasoningTokens from the server's usage, not counted chunks
    std::int32_t requestedInput = -1;  // the input length the dataset drew
    std::int32_t requestedOutput = -1; // max_tokens asked for
    std::int64_t session = -1;         // multi-turn session within the node and phase; -1 none
    std::int32_t turn = -1;            // turn index within the session
    std::string status; // "ok" or the failure reason
    std::string text;      // the generated answer; only when the dataset has a reference
    std::string reference; // the dataset's reference answer
};

/// One GPU in one telemetry sample; NaN where the GPU tool gave nothing.
struct AgentGpuSample {
    int gpu = 0;
    double util = 0.0;
    double memMiB = 0.0;
    double powerW = 0.0;
    double tempC = 0.0;
    double smMHz = 0.0;
};

/// Counters of a heartbeat.
struct AgentHeartbeat {
    std::int64_t sent = 0;
    std::int64_t done = 0;
    std::int64_t failed = 0;
    std::int64_t inFlight = 0;
};

/// One parsed line. Only the part for its type is filled; buffers are reused from line to line.
struct AgentEvent {
    int version = 0;
    std::int64_t seq = 0;
    AgentEventType type = AgentEventType::Unknown;
    std::string typeName;
    double t = 0.0;
    AgentRequest request;                     // Request
    AgentHeartbeat heartbeat;                 // Heartbeat
    std::string telemetryNode;                // Telemetry
    double telemetryTime = 0.0;               // Telemetry
    bool simulated = false;                   // Telemetry
    std::vector<AgentGpuSample> gpus;         // Telemetry
    nlohmann::json fields;                    // every other type: the whole object
};

} // namespace inferdeck
