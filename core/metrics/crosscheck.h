#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "model/reportedsummary.h"

namespace inferdeck {

struct PhaseSummary;

/// One number the imported file states that InferDeck, recomputing it from the file's raw records, finds
/// different by more than the tolerance.
struct CrossCheckFinding {
    enum class Kind { Count, Duration, Rate, Tokens, Latency, LatencyPercentile };
    QString metric;    // "ttft p99", "output token throughput", ...
    double recomputed; // from the per-request records, in InferDeck's units (s, tokens/s, ...)
    double reported;   // what the file says, converted to the same unit
    double relativeDifference; // (recomputed - reported) / |reported|
    QString likelyReason;
    Kind kind = Kind::Count;
    /// The two numbers with their unit, worded when asked (Units' locale: C for reports, the UI's on screen).
    QString recomputedText() const;
    QString reportedText() const;
    /// One sentence naming both numbers and the likely reason.
    QString text() const;
};

/// Compares the summary recomputed from a phase's records with the aggregates its file states.
class CrossCheck {
    Q_DECLARE_TR_FUNCTIONS(CrossCheck)

public:
    static constexpr double kTolerance = 0.005; // relative: 0.5 %

    static QList<CrossCheckFinding> run(const PhaseSummary& recomputed, const ReportedSummary& reported);
};

} // namespace inferdeck
