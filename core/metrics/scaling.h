#pragma once
#include <QString>

#include <optional>

#include "model/benchmarkresult.h"
#include "metrics/phasesummary.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// Scaling efficiency X_N / (N * X_1) from a measured 1-node baseline, or why it was not measured.
struct ScalingResult {
    enum class Verdict { NotMeasured, NoInterval, SubLinear, Linear, SuperLinear };

    bool measured = false;
    QString reason; // why not measured
    QString baselinePhase;
    QString scaledPhase;
    int nodes = 0;
    QString metric = QStringLiteral("output_token_throughput");
    double baselineThroughput = 0.0; // X_1, mean over repetitions
    double scaledThroughput = 0.0;   // X_N, mean over repetitions
    double efficiency = 0.0;         // X_N / (N * X_1)
    std::optional<stats::Interval> interval;
    QString intervalMethod; // "repetitions" or "time windows"; empty without an interval
    int baselineSamples = 0;
    int scaledSamples = 0;
    // Super-linear only when the whole interval lies above 100 %, sub-linear when below; otherwise the
    // data cannot tell it from linear. Without an interval no claim is made at all.
    Verdict verdict = Verdict::NotMeasured;
};

/// Finds the 1-node baseline and the largest N-node scaled phase of `result` and measures their
/// scaling efficiency with a bootstrap interval (over repetitions when both have 2+, otherwise over
/// time windows). Never estimates a baseline: without one the result says "not measured" and why.
ScalingResult analyzeScaling(const BenchmarkResult& result, const stats::BootstrapOptions& options = {});

/// Output-token throughput of a phase in 10 equal time windows of its duration (empty without one):
/// the samples of the time-window bootstrap, and of the stability of a single repetition.
std::vector<double> windowThroughputs(const Phase& phase, const PhaseSummary& summary);

/// The verdict as files and scripts read it ("sub-linear", ...): never translated.
QString scalingVerdictName(ScalingResult::Verdict verdict);
/// The same for people, in the interface language.
QString scalingVerdictText(ScalingResult::Verdict verdict);
/// ScalingResult::intervalMethod (kept in English in files) in the interface language.
QString scalingIntervalMethodText(const QString& method);

} // namespace inferdeck
