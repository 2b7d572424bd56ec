#pragma once
#include <QList>
#include <QString>

#include <optional>

#include "metrics/resultsummary.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// One metric of one phase in a baseline and a candidate result, and whether they differ.
struct MetricDelta {
    QString id;   // "output_token_throughput", "ttft_p99", ...
    QString name; // "Output tok/s", "TTFT p99"
    QString unit; // "tok/s", "ms", "%"
    bool higherIsBetter = true;
    std::optional<double> baseline;  // in `unit`
    std::optional<double> candidate;
    std::optional<double> change;    // candidate / baseline − 1
    std::optional<stats::Interval> interval; // 95 % bootstrap interval of `change`
    QString intervalFrom;            // "requests", "repetitions", "time windows"; empty without one
    bool significant = false;        // the interval excludes 0
    /// Worse by more than `pct` % with significance: a regression for a CI gate.
    bool regressed(double pct) const;
};

/// The phases of two results matched by name (or, when no names match, their graded phases).
struct PhaseComparison {
    QString baselinePhase;
    QString candidatePhase;
    QList<MetricDelta> metrics;
};

/// A candidate result against a baseline: every matched phase, each metric with its change.
struct Comparison {
    QString baselineName;
    QString candidateName;
    QList<PhaseComparison> phases;
    QString note; // how phases were matched, or why none could be
    // What makes the two results measure different things: another model, another engine or engine version.
    // The numbers are still compared; the reader is told.
    QStringList warnings;

    bool regressed(double pct) const;
};

/// Compares `candidate` with `baseline`. Latency percentiles get a bootstrap interval over the
/// per-request values (pooled over repetitions); throughputs over repetitions when both sides have 2+,
/// else over time windows. Pure and seeded: the same files give the same answer.
Comparison compareResults(const BenchmarkResult& baseline, const QString& baselineName, const BenchmarkResult& candidate,
                          const QString& candidateName, const stats::BootstrapOptions& options = { 1000, 0.95, 0x1'5eed'cafe });

} // namespace inferdeck
