#pragma once
#include <QList>
#include <QString>

#include <optional>

#include "metrics/resultsummary.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// Where a compared value comes from: recomputed from the file's per-request records, or the figure the
/// file states (an imported tool's own aggregate, when it saved no records for it).
enum class ValueSource { None, Records, Reported, Engine };

/// What the regression gate decides about one metric.
enum class GateVerdict {
    Pass,                // not worse beyond the threshold, or worse but within the noise (interval includes 0)
    Regressed,           // worse beyond the threshold and significant
    RegressedNoInterval, // worse beyond the threshold and nothing can say it is noise: fails the gate
    SuccessFell,         // the success rate fell beyond the threshold: a count, it always counts
};

/// One metric of one phase in a baseline and a candidate result, and whether they differ.
struct MetricDelta {
    QString id;   // "output_token_throughput", "ttft_p99", ...
    QString name; // "Output tok/s", "TTFT p99"
    QString unit; // "tok/s", "ms", "%"
    bool higherIsBetter = true;
    std::optional<double> baseline;  // in `unit`
    std::optional<double> candidate;
    std::optional<double> change;    // candidate / baseline − 1
    ValueSource baselineSource = ValueSource::None;
    ValueSource candidateSource = ValueSource::None;
    std::optional<stats::Interval> interval; // 95 % interval of `change`
    QString intervalFrom;            // "requests", "repetitions", "time windows"; empty without one
    QString intervalMethod;          // "Welch t", "bootstrap"; empty without an interval
    QString noInterval;              // why there is no interval although both values exist
    bool significant = false;        // the interval excludes 0
    bool informational = false;      // shown beside the others, never read by the gate (the engines' own figures)

    /// The gate's verdict at a threshold of `pct` %.
    GateVerdict gate(double pct) const;
    /// Fails a CI gate at `pct` %: any verdict but Pass.
    bool regressed(double pct) const { return gate(pct) != GateVerdict::Pass; }
};

/// Why a gate failed or passed, row by row, for people reading a CI log.
struct GateDecision {
    bool failed = false;
    QStringList reasons; // one sentence per row that failed the gate
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

    bool regressed(double pct) const { return gate(pct).failed; }
    GateDecision gate(double pct) const;
};

/// "records", "the file's own figure": where a value came from, for tables and the CLI.
QString valueSourceText(ValueSource source);

/// Compares `candidate` with `baseline`. A latency percentile is the mean of each repetition's own
/// percentile (as the summary and the library give it), with a Welch t interval over the repetitions'
/// percentiles when both sides have 2+, else a bootstrap over the requests (repetitionlatencies.h says
/// why); throughputs a Welch t interval over the repetition means when both sides have 2+ (a bootstrap
/// over 2-5 values cannot reach its coverage), else a bootstrap over time windows. A value the file states but cannot recompute (no records) is used as
/// stated and marked so. Pure and seeded: the same files give the same answer.
Comparison compareResults(const BenchmarkResult& baseline, const QString& baselineName, const BenchmarkResult& candidate,
                          const QString& candidateName, const stats::BootstrapOptions& options = { 1000, 0.95, 0x1'5eed'cafe });

} // namespace inferdeck
