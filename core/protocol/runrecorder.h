#pragma once
#include <QList>
#include <QString>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/phase.h"
#include "protocol/eventparser.h"

namespace inferdeck {

/// A problem in one event stream: a line that is not a valid event, or lost / repeated `seq` numbers.
struct StreamIssue {
    enum class Kind { Malformed, Gap, Duplicate, Truncated };
    Kind kind = Kind::Malformed;
    int stream = 0;
    qint64 line = 0;    // 1-based line number in the stream (Malformed, Truncated)
    qint64 seqFrom = 0; // Gap: first missing seq; Duplicate: the repeated seq
    qint64 seqTo = 0;   // Gap: last missing seq
    QString message;
};

/// A `log` or `error` event, for the run's log panel and the result's failure notes.
struct AgentMessage {
    int stream = 0;
    QString level; // "info", "warn", "error"
    QString text;
    double unixTime = 0.0;
};

/// What the agent reported at the end of its phase: its own check of the load it generated.
struct PhaseEndReport {
    qint64 sent = 0;
    qint64 done = 0;
    qint64 failed = 0;
    bool stopped = false;
    double targetRate = 0.0; // requests/s; NaN for closed-loop load
    double achievedRate = 0.0;
    double latenessP50 = 0.0, latenessP90 = 0.0, latenessP99 = 0.0, latenessMax = 0.0; // s
    double measureStart = NAN; // s after the phase's t0 on the workstation clock; NaN: no window opened or not said
    double rampS = NAN;        // closed-loop ramp after measureStart; NaN when not said
};

/// Builds one phase from the agents' event streams (a run stream and a telemetry stream per node, or a
/// journal): lines are parsed as they arrive, times are moved onto the workstation clock and the phase's
/// t0, and every stream's `seq` is checked so nothing is silently lost or counted twice.
class RunRecorder {
public:
    /// Adds a node to the phase; `clockOffsetS` is its clock minus the workstation's.
    int addNode(const QString& name, double clockOffsetS = 0.0);
    /// Adds an event stream of a node (e.g. "run", "telemetry"); returns the stream's index.
    int addStream(int node, const QString& label);
    /// Sets t0 (workstation Unix seconds), e.g. the synchronized start. Without it the first
    /// `phase_start` sets it (its barrier time, else the time the line was written).
    void setT0(double unixS);

    /// Feeds bytes as they arrive, in any chunking; complete lines are parsed.
    void feed(int stream, std::string_view bytes);
    /// Parses one complete line (without the newline).
    void feedLine(int stream, std::string_view line);
    /// The stream is over: a partial last line is reported as truncated.
    void finishStream(int stream);

    const QList<StreamIssue>& issues() const { return m_issues; }
    const QList<AgentMessage>& messages() const { return m_messages; }
    /// Seq ranges [from, to] still missing in a stream (gaps not filled by a later replay).
    QList<std::pair<qint64, qint64>> missing(int stream) const;
    /// Where to `--resume-from` after a dropped link: the last seq before the first hole.
    qint64 resumeFrom(int stream) const;
    /// Streams added so far; a journal names streams by index and must not name one that is not there.
    int streamCount() const { return static_cast<int>(m_streams.size()); }
    qint64 lastSeq(int stream) const { return m_streams.at(static_cast<std::size_t>(stream)).lastSeq; }
    bool ended(int stream) const { return m_streams.at(static_cast<std::size_t>(stream)).ended; }
    const AgentHeartbeat& heartbeat(int stream) const { return m_streams.at(static_cast<std::size_t>(stream)).heartbeat; }
    const std::optional<PhaseEndReport>& phaseEnd(int stream) const
    {
        return m_streams.at(static_cast<std::size_t>(stream)).phaseEnd;
    }
    qint64 eventsAccepted() const { return m_accepted; }
    /// The kind of the last line accepted by feedLine() (Unknown after a rejected line).
    AgentEventType lastType() const { return m_lastType; }
    /// The last line accepted by feedLine(), parsed; valid until the next feedLine().
    const AgentEvent& lastEvent() const { return m_event; }

    const Phase& phase() const { return m_phase; }
    Phase takePhase() { return std::move(m_phase); }

private:
    struct Stream {
        int node = 0;
        QString label;
        std::string partial;
        qint64 lines = 0;
        qint64 lastSeq = 0;
        std::vector<std::pair<qint64, qint64>> missing;
        bool ended = false;
        AgentHeartbeat heartbeat;
        std::optional<PhaseEndReport> phaseEnd;
    };
    bool acceptSeq(Stream& s, int stream, qint64 seq);
    void apply(Stream& s, int stream);
    void applyRequest(const Stream& s);
    void applyTelemetry(const Stream& s);
    void applyEngineMetrics(const Stream& s);
    void applyPhaseStart(const Stream& s);
    void applyPrompts(const Stream& s, const nlohmann::json& prompts);
    double toPhaseTime(const Stream& s, double nodeUnix) const;

    Phase m_phase;
    std::vector<Stream> m_streams;
    std::optional<double> m_t0;
    bool m_chunksDecided = false;
    AgentEventParser m_parser;
    AgentEvent m_event;
    std::vector<double> m_chunkScratch;
    QList<StreamIssue> m_issues;
    QList<AgentMessage> m_messages;
    qint64 m_accepted = 0;
    AgentEventType m_lastType = AgentEventType::Unknown;
};

} // namespace inferdeck
