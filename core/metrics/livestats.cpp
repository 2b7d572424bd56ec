#include "metrics/livestats.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"

namespace inferdeck {

namespace {
std::size_t binOf(double t, double width) { return t <= 0 ? 0 : static_cast<std::size_t>(t / width); }

template <typename T>
T& grow(std::vector<T>& v, std::size_t i)
{
    if (v.size() <= i)
        v.resize(i + 1);
    return v[i];
}
} // namespace

void LiveStats::reset()
{
    *this = LiveStats();
}

LiveStats::NodeSeries& LiveStats::node(std::size_t k)
{
    return grow(m_nodes, k);
}

void LiveStats::update(const Phase& phase)
{
    if (phase.name != m_phase || phase.repetition != m_repetition || phase.requests.size() < m_rows
        || phase.telemetry.size() < m_telemetry) {
        reset();
        m_phase = phase.name;
        m_repetition = phase.repetition;
    }
    if (m_nodes.size() < static_cast<std::size_t>(phase.nodes.size()))
        m_nodes.resize(static_cast<std::size_t>(phase.nodes.size()));
    const RequestColumns& r = phase.requests;
    for (; m_rows < r.size(); ++m_rows) {
        const std::size_t i = m_rows;
        if (r.warmup[i])
            continue;
        NodeSeries& n = node(r.node[i]);
        m_latestSend = std::max(m_latestSend, r.send[i]);
        (r.status[i] == RequestColumns::kOk ? n.done : n.failed) += 1;
        if (!std::isnan(r.end[i])) {
            if (r.status[i] == RequestColumns::kOk && r.outputTokens[i] > 0) {
                grow(n.tokens, binOf(r.end[i], kBin)) += r.outputTokens[i];
                grow(m_combined, binOf(r.end[i], kBin)) += r.outputTokens[i];
            }
            grow(n.flightDelta, binOf(r.send[i], kFlightBin)) += 1;
            grow(n.flightDelta, binOf(r.end[i], kFlightBin)) -= 1;
        }
        if (r.status[i] == RequestColumns::kOk && !std::isnan(r.firstToken[i])) {
            const std::size_t b = binOf(r.send[i], kBin);
            grow(m_ttft, b).push_back((r.firstToken[i] - r.send[i]) * 1e3);
            grow(m_sorted, b) = false;
        }
    }
    const TelemetryColumns& t = phase.telemetry;
    for (; m_telemetry < t.size(); ++m_telemetry) {
        const std::size_t i = m_telemetry;
        NodeSeries& n = node(t.node[i]);
        // samples of one instant (one per GPU) share a time: combine them into one point
        if (n.gpu.empty() || n.gpu.back()[0] != t.time[i]) {
            n.gpu.push_back({ t.time[i], 0, 0, 0 });
            n.gpuCount.push_back(0);
        }
        auto& g = n.gpu.back();
        g[1] += std::isnan(t.utilization[i]) ? 0 : t.utilization[i];
        g[2] += std::isnan(t.powerW[i]) ? 0 : t.powerW[i];
        g[3] += std::isnan(t.memoryUsedMiB[i]) ? 0 : t.memoryUsedMiB[i];
        n.gpuCount.back() += 1;
    }
}

std::vector<QPointF> LiveStats::throughput(int node) const
{
    const std::vector<double>& bins = node < 0 ? m_combined : m_nodes.at(static_cast<std::size_t>(node)).tokens;
    std::vector<QPointF> out;
    out.reserve(bins.size());
    for (std::size_t b = 0; b < bins.size(); ++b)
        out.emplace_back((double(b) + 0.5) * kBin, bins[b] / kBin);
    return out;
}

std::vector<QPointF> LiveStats::ttft(double q) const
{
    std::vector<QPointF> out;
    auto& bins = m_ttft;
    for (std::size_t b = 0; b < bins.size(); ++b) {
        if (bins[b].empty())
            continue;
        if (!m_sorted[b]) {
            std::sort(bins[b].begin(), bins[b].end());
            m_sorted[b] = true;
        }
        out.emplace_back((double(b) + 0.5) * kBin, *stats::percentileOfSorted(bins[b], q));
    }
    return out;
}

std::vector<QPointF> LiveStats::inFlight(int node) const
{
    const std::vector<double>& delta = m_nodes.at(static_cast<std::size_t>(node)).flightDelta;
    std::vector<QPointF> out;
    out.reserve(delta.size());
    double level = 0;
    for (std::size_t b = 0; b < delta.size(); ++b) {
        level += delta[b];
        out.emplace_back(double(b) * kFlightBin, level);
    }
    return out;
}

std::vector<QPointF> LiveStats::gpu(int node, Gpu what) const
{
    const NodeSeries& n = m_nodes.at(static_cast<std::size_t>(node));
    std::vector<QPointF> out;
    out.reserve(n.gpu.size());
    for (std::size_t i = 0; i < n.gpu.size(); ++i) {
        const auto& g = n.gpu[i];
        const double v = what == Gpu::Utilization ? g[1] / std::max(1, n.gpuCount[i]) : what == Gpu::PowerW ? g[2] : g[3];
        out.emplace_back(g[0], v);
    }
    return out;
}

} // namespace inferdeck
