#pragma once
// Request traces: when each request was sent, its lengths and the prefix blocks it shares, replayed by the
// agent (PROTOCOL.md, dataset kind `trace`). Read on the workstation, split over the nodes, described in the
// result (TraceInfo) so the report can state the workload after the file is gone.
#include <QByteArray>
#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

#include "model/runplan.h"
#include "util/result.h"

namespace inferdeck {

/// One request of a trace; times in s from the trace's first request, at its own pace.
struct TraceRequest {
    double timeS = 0.0;
    int inputTokens = 0;
    int outputTokens = 0;
    std::vector<qint64> hashIds; // the prefix blocks it names, in prompt order (blockTokens each)
};

/// A whole trace in time order, and what describes it.
struct Trace {
    std::vector<TraceRequest> requests;
    TraceInfo info;
};

/// Mooncake's JSONL ({"timestamp": ms, "input_length", "output_length", "hash_ids"}), or a plain trace as
/// JSONL ({"time_s", "input_tokens", "output_tokens", "prefix_id"?}) or CSV (time_s,input_tokens,
/// output_tokens[,prefix_id], a header line optional). A plain trace's prefix_id names the first block
/// (up to 512 tokens) its requests share. Requests are put in time order; anything out of range is refused
/// naming the line.
Result<Trace> parseTrace(const QByteArray& data, const QString& where);
Result<Trace> readTraceFile(const QString& path);

/// The agent's `dataset` for node `node` of `nodes`: the trace dealt round-robin (request i to node i mod
/// nodes), each keeping its own time, so the cluster receives the trace's whole rate.
nlohmann::json traceDatasetFor(const Trace& trace, int node, int nodes);
/// How many requests node `node` of `nodes` replays.
qint64 traceShare(const Trace& trace, int node, int nodes);

} // namespace inferdeck
