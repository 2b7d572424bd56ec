#pragma once
#include <cstdint>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace inferdeck {

/// Per-request records of one phase, one array per field, so a million requests stay compact.
/// Times are seconds relative to the phase's t0; NaN means unknown. Counts of -1 mean unknown.
struct RequestColumns {
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
    static constexpr std::int32_t kOk = 0; // status; k > 0 is Phase::failureReasons[k - 1]

    std::vector<std::uint16_t> node;        // index into Phase::nodes
    std::vector<std::int64_t> requestId;    // the id the agent sent as X-Request-Id
    std::vector<std::uint8_t> warmup;       // 1 = warm-up request, excluded from the summary
    std::vector<double> intendedSend;       // scheduled send time (NaN for closed-loop load)
    std::vector<double> send;
    std::vector<double> firstToken;         // first generated token of any kind, reasoning or answer
    std::vector<double> firstAnswer;        // first answer token; NaN when unknown or the answer was all reasoning
    std::vector<double> end;                // last byte received, or the failure
    std::vector<std::int32_t> inputTokens;
    std::vector<std::int32_t> outputTokens;
    std::vector<std::uint8_t> tokensFromUsage; // 1 = server's `usage`, 0 = counted chunks
    std::vector<std::int32_t> reasoningTokens;    // part of outputTokens; -1 unknown or none reported
    std::vector<std::uint8_t> reasoningFromUsage; // 1 = usage.completion_tokens_details, 0 = counted chunks
    std::vector<std::int32_t> requestedInput;     // input length the dataset drew; -1 unknown
    std::vector<std::int32_t> requestedOutput;    // max_tokens asked for; -1 unknown
    std::vector<std::int64_t> session;            // multi-turn session within its node and phase; -1 none
    std::vector<std::int32_t> turn;               // turn index within the session, 0 first; -1 none
    std::vector<std::int32_t> status;
    // Arrival time of every content chunk; request i owns chunkTimes[chunkOffsets[i] .. chunkOffsets[i+1]).
    // Both empty when the run did not record chunks (then ITL is not measured).
    std::vector<std::uint64_t> chunkOffsets;
    std::vector<double> chunkTimes;

    std::size_t size() const { return send.size(); }
    bool hasChunks() const { return !chunkOffsets.empty(); }

    /// Appends one request; `chunks` are its chunk arrival times (ignored when chunks are not recorded).
    struct Row {
        std::uint16_t node = 0;
        std::int64_t requestId = 0;
        bool warmup = false;
        double intendedSend = kUnknown;
        double send = 0.0;
        double firstToken = kUnknown;
        double end = kUnknown;
        std::int32_t inputTokens = -1;
        std::int32_t outputTokens = -1;
        bool tokensFromUsage = true;
        std::int32_t status = kOk;
        double firstAnswer = kUnknown;
        std::int32_t reasoningTokens = -1;
        bool reasoningFromUsage = false;
        std::int32_t requestedInput = -1;
        std::int32_t requestedOutput = -1;
        std::int64_t session = -1;
        std::int32_t turn = -1;
    };
    void append(const Row& row, std::span<const double> chunks = {});
    /// Starts recording chunk times; call before the first append.
    void recordChunks();
    void reserve(std::size_t n);

    friend bool operator==(const RequestColumns&, const RequestColumns&);
};

/// True when both are NaN or both are equal bit for bit; used for exact round-trip comparison.
bool sameValues(const std::vector<double>& a, const std::vector<double>& b);

} // namespace inferdeck
