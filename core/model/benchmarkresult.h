#pragma once
#include <QList>
#include <QString>

#include "model/inventory.h"
#include "model/phase.h"
#include "model/runplan.h"

namespace inferdeck {

/// Who made a result and when.
struct Provenance {
    QString appVersion;
    QString agentVersion;
    QString tool = QStringLiteral("inferdeck"); // the program that measured it (for imports: vllm, aiperf, ...)
    QString toolVersion;
    double createdUnix = 0.0;  // s
    double startedUnix = 0.0;  // s
    double finishedUnix = 0.0; // s
    friend bool operator==(const Provenance&, const Provenance&) = default;
};

/// How a run ended.
enum class RunStatus { Complete, Cancelled, Failed };

/// Everything a result file holds: plan, nodes, raw records per phase, provenance.
/// Summaries and grades are derived from it, never stored as the truth.
struct BenchmarkResult {
    bool simulated = false; // produced on a simulated engine: watermarked everywhere
    RunStatus status = RunStatus::Complete;
    QString statusDetail; // why it failed or was cancelled
    Provenance provenance;
    RunPlan plan;
    QList<NodeInventory> nodes;
    QList<Phase> phases;
    friend bool operator==(const BenchmarkResult&, const BenchmarkResult&) = default;
};

QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(const QString& name);

/// How people spell the measuring tool ("vLLM 0.6.0", "MLPerf LoadGen 5.0"); files keep the identifier.
QString toolDisplayName(const Provenance& provenance);

} // namespace inferdeck
