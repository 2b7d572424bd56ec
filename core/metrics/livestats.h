#pragma once
#include <QPointF>

#include <array>
#include <cstddef>
#include <vector>

#include "model/phase.h"

namespace inferdeck {

/// Live series of the phase being recorded, for the dashboard: updated incrementally from the rows and
/// telemetry samples appended since the last update, so a frame costs what arrived, not the history.
/// Times are seconds since the phase's t0.
class LiveStats {
public:
    enum class Gpu { Utilization, PowerW, MemoryMiB };

    void reset();
    /// Consumes what `phase` gained since the last call (a different phase name or repetition resets).
    void update(const Phase& phase);

    int nodes() const { return static_cast<int>(m_nodes.size()); }
    std::size_t requests() const { return m_rows; }
    /// The latest send time seen (s since t0): how far a duration-limited phase has come.
    double latestSend() const { return m_latestSend; }
    /// Output tokens/s per 1 s window by end time; node -1 is all nodes combined.
    std::vector<QPointF> throughput(int node) const;
    /// TTFT percentile `q` (ms) of the requests sent in each 1 s window.
    std::vector<QPointF> ttft(double q) const;
    /// Requests in flight per node, from finished records (a request shows once it has finished).
    std::vector<QPointF> inFlight(int node) const;
    /// One GPU quantity per telemetry sample time: mean utilization, summed power or memory of the node's GPUs.
    std::vector<QPointF> gpu(int node, Gpu what) const;
    /// Measured requests of a node so far: completed and failed.
    std::size_t done(int node) const { return m_nodes.at(static_cast<std::size_t>(node)).done; }
    std::size_t failed(int node) const { return m_nodes.at(static_cast<std::size_t>(node)).failed; }

private:
    static constexpr double kBin = 1.0;       // s
    static constexpr double kFlightBin = 0.25; // s
    struct NodeSeries {
        std::vector<double> tokens;       // per bin
        std::vector<double> flightDelta;  // per flight bin
        std::vector<std::array<double, 4>> gpu; // time, util sum, power sum, memory sum
        std::vector<int> gpuCount;
        std::size_t done = 0;
        std::size_t failed = 0;
    };
    NodeSeries& node(std::size_t k);
    QString m_phase;
    int m_repetition = -1;
    std::size_t m_rows = 0;
    double m_latestSend = 0.0;
    std::size_t m_telemetry = 0;
    std::vector<NodeSeries> m_nodes;
    std::vector<double> m_combined;
    mutable std::vector<std::vector<double>> m_ttft; // per bin, sorted lazily
    mutable std::vector<char> m_sorted;
};

} // namespace inferdeck
