#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>

namespace inferdeck {

/// One latency distribution as another tool printed it; seconds, whatever unit the tool used.
struct ReportedDistribution {
    std::optional<std::int64_t> count;
    std::optional<double> mean;
    std::optional<double> stddev;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p95;
    std::optional<double> p99;

    bool any() const { return mean || p50 || p90 || p95 || p99 || min || max; }
    friend bool operator==(const ReportedDistribution&, const ReportedDistribution&) = default;
};

/// The aggregates an imported file states about one phase, kept beside (never instead of) the raw records,
/// already mapped to InferDeck's metric definitions. They are the only numbers of an aggregate-only phase
/// and the other side of the cross-check when the file also has per-request data.
struct ReportedSummary {
    QString percentileMethod; // "linear" (numpy), "nearest-rank", "unknown": how the tool computed percentiles
    QString tokenCounting;    // how the tool counted output tokens, in its own words
    std::optional<double> durationS;
    std::optional<std::int64_t> issued;
    std::optional<std::int64_t> completed;
    std::optional<std::int64_t> failed;
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    std::optional<double> requestThroughput;     // requests/s
    std::optional<double> outputTokenThroughput; // tokens/s
    std::optional<double> totalTokenThroughput;  // tokens/s
    ReportedDistribution ttft; // s
    ReportedDistribution tpot; // s, per request, excluding the first token
    ReportedDistribution itl;  // s, gaps between chunks, pooled
    ReportedDistribution e2e;  // s
    QString validity;          // the tool's own verdict (MLPerf LoadGen: "VALID" / "INVALID"); empty if none
    QList<std::pair<QString, QString>> settings; // the tool's settings and extra figures, as it printed them
    QStringList notes; // what the file does not let InferDeck recompute, and the tool's quirks

    friend bool operator==(const ReportedSummary&, const ReportedSummary&) = default;
};

} // namespace inferdeck
