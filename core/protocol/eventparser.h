#pragma once
#include <QString>

#include <string_view>

#include "protocol/agentevent.h"
#include "protocol/linescanner.h"

namespace inferdeck {

/// Parses the agent's JSON lines into AgentEvent values: request, heartbeat and telemetry lines in one
/// pass without a DOM (a run has millions of them), the rare kinds through nlohmann.
class AgentEventParser {
public:
    AgentEventParser();

    /// Parses one line (without its newline) into `out`. False when the line is not a valid event of a
    /// supported version; error() then says what is wrong and at which column.
    bool parse(std::string_view line, AgentEvent& out);
    const QString& error() const { return m_error; }

private:
    bool fail(const QString& message);
    bool parseRequest(AgentEvent& out);
    bool parseTelemetry(AgentEvent& out);

    protocol::LineScanner m_scanner;
    protocol::LineScanner m_inner; // for the objects inside a telemetry line's `gpus`
    QString m_error;
};

/// The protocol name of an event type ("phase_start", ...).
const char* agentEventTypeName(AgentEventType type);

} // namespace inferdeck
