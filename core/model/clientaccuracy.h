#pragma once
#include <QString>

#include <optional>

namespace inferdeck {

/// What one node's agent says about its own timing in a phase (phase_end `accuracy`, PROTOCOL.md): how its
/// reads were stamped and how far a stamp may lie from when the bytes reached the node, so a report can
/// tell the server's time from the client's. Absent values were not said (older agents, imports).
struct ClientAccuracy {
    QString stamps;                      // "kernel", "user" or "mixed": who stamped the reads
    std::optional<double> clientLagP50S; // user-space minus kernel stamp of a read: what kernel stamps removed
    std::optional<double> clientLagP99S;
    std::optional<double> clientLagMaxS;
    std::optional<double> loopLagP99S;   // how late the agent's event loop ran a 5 ms timer
    std::optional<double> cpuBusy;       // agent CPU s per wall s (the busiest worker process)
    qint64 chunks = 0;                   // token-bearing chunks
    qint64 sharedChunks = 0;             // of them, read together with the previous chunk of their stream
    std::optional<double> errorP99S;     // per chunk, how far its stamp may be from its arrival: p99
    std::optional<double> errorMaxS;
    std::optional<double> ttftErrorP99S; // the same bound for each request's first chunk, the one TTFT uses
    std::optional<double> ttftErrorMaxS;

    bool known() const { return !stamps.isEmpty() || errorP99S.has_value(); }
    friend bool operator==(const ClientAccuracy&, const ClientAccuracy&) = default;
};

} // namespace inferdeck
