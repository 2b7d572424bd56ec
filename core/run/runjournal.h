#pragma once
#include <QFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string_view>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// The workstation's journal of a run: a header (plan, cluster), then every agent event line exactly as
/// it arrived, tagged with its phase and stream. Written as events arrive and flushed at least every
/// second, so `inferdeck-cli recover` can rebuild the result after the app was killed.
class RunJournal {
public:
    Status open(const QString& path, const nlohmann::json& header);
    /// The nodes as probed (hardware, software, engine), once known.
    void inventory(const QList<NodeInventory>& nodes, bool simulated);
    /// A phase begins: its place in the result, its nodes and clock offsets, its t0 and its streams
    /// (node index within the phase, label).
    void beginPhase(int index, const Phase& phase, const QList<std::pair<int, QString>>& streams);
    /// The phase's t0 (the synchronized start, workstation clock), once it is decided.
    void phaseT0(int index, double t0Unix);
    /// A stream added to a phase after it began (e.g. telemetry restarted after a reconnect).
    void addStream(int phase, int node, const QString& label);
    void event(int phase, int stream, std::string_view line);
    void endPhase(int index);
    void end(RunStatus status, const QString& detail);
    void flush();
    const QString& path() const { return m_path; }

    /// Rebuilds a result from a journal: every phase with every event the journal holds. A run that
    /// did not end is marked failed ("recovered from the journal"); a cut last line is skipped.
    static Result<BenchmarkResult> recover(const QString& path, QStringList* warnings = nullptr);

private:
    void write(const QByteArray& line);
    QFile m_file;
    QString m_path;
};

} // namespace inferdeck
