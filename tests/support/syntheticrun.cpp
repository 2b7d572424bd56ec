#include "syntheticrun.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

namespace {

class Generator {
public:
    explicit Generator(std::uint64_t seed) : m_rng(seed) { }

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    // multiplicative noise with median 1
    double lognormal(double sigma) { return std::exp(sigma * std::normal_distribution<double>(0.0, 1.0)(m_rng)); }
    int tokens(double mean, int min, int max)
    {
        const double v = mean * lognormal(0.35);
        return std::clamp(static_cast<int>(std::lround(v)), min, max);
    }

private:
    std::mt19937_64 m_rng;
};

void simulateNode(Phase& phase, std::uint16_t node, const SyntheticSpec& spec, double speed, Generator& g)
{
    const int total = spec.durationS > 0 ? std::numeric_limits<int>::max() : spec.requestsPerNode + spec.warmupPerNode;
    const std::int32_t failed = phase.statusFor(u"HTTP 503: Service Unavailable"_s);
    std::vector<double> slotFree(static_cast<std::size_t>(spec.concurrency), 0.0);
    std::vector<double> chunks;
    double lastEnd = 0.0;
    for (int k = 0; k < total; ++k) {
        // closed loop: the next request goes out on the slot that frees first
        auto slot = std::min_element(slotFree.begin(), slotFree.end());
        if (spec.durationS > 0 && k >= spec.warmupPerNode && *slot >= spec.durationS)
            break;
        const double clockSkew = 0.0005 * node; // nodes start within a millisecond of each other
        RequestColumns::Row row;
        row.node = node;
        row.requestId = k;
        row.warmup = k < spec.warmupPerNode;
        row.send = *slot + 0.0008 * g.lognormal(0.2) + clockSkew;
        row.inputTokens = g.tokens(spec.inputMean, 1, 8192);
        chunks.clear();
        if (g.uniform() < spec.failureRate) {
            row.status = failed;
            row.end = row.send + 0.002 * g.lognormal(0.3) / speed;
            row.outputTokens = 0;
        } else {
            row.outputTokens = g.tokens(spec.outputMean, 1, 4096);
            row.firstToken = row.send + spec.ttftS * (row.inputTokens / spec.inputMean) * g.lognormal(0.25) / speed;
            double t = row.firstToken;
            chunks.push_back(t);
            const double tpot = spec.tpotS * g.lognormal(0.1) / speed;
            for (int c = 1; c < row.outputTokens; ++c) {
                t += tpot * g.lognormal(0.15);
                chunks.push_back(t);
            }
            row.end = t + 0.0002;
            if (spec.reasoningMean > 0) {
                // extra draws only for a reasoning model, so other specs keep their exact numbers
                row.reasoningTokens = std::min(row.outputTokens, g.tokens(spec.reasoningMean, 1, 4096));
                row.reasoningFromUsage = spec.reasoningFromUsage;
                row.firstAnswer = row.reasoningTokens < row.outputTokens ? chunks[static_cast<std::size_t>(row.reasoningTokens)]
                                                                         : RequestColumns::kUnknown;
            }
        }
        if (spec.requestedLengths) {
            row.requestedInput = row.inputTokens;
            row.requestedOutput = row.outputTokens + (spec.shortAnswerShare > 0 && g.uniform() < spec.shortAnswerShare ? 16 : 0);
        }
        *slot = row.end;
        lastEnd = std::max(lastEnd, row.end);
        phase.requests.append(row, chunks);
    }
    if (!spec.telemetry)
        return;
    for (int gpu = 0; gpu < spec.gpusPerNode; ++gpu) {
        for (double t = -1.0; t <= lastEnd + 1.0; t += 1.0) {
            const bool busy = t >= 0.0 && t <= lastEnd;
            phase.telemetry.append({ t, node, static_cast<std::uint16_t>(gpu), busy ? 92.0 + 6.0 * g.uniform() : 0.0,
                                     busy ? 61'000.0 + 500.0 * g.uniform() : 1'200.0,
                                     busy ? 560.0 + 80.0 * g.uniform() : 75.0, busy ? 66.0 + 4.0 * g.uniform() : 38.0,
                                     busy ? 1'980.0 : 345.0 });
        }
    }
}

NodeInventory syntheticNode(int i, int gpus)
{
    NodeInventory n;
    n.name = u"sim-node-%1"_s.arg(i + 1);
    n.host = u"local"_s;
    n.hostname = n.name;
    n.os = u"Debian GNU/Linux 12 (bookworm)"_s;
    n.python = u"3.11.2"_s;
    n.cpuCount = 64;
    n.memoryMiB = 515'000;
    n.driver = u"simulated"_s;
    n.cuda = u"simulated"_s;
    for (int g = 0; g < gpus; ++g)
        n.gpus.append({ g, u"Simulated H100 80GB HBM3"_s, 81'559.0, 700.0 });
    n.engines.append({ u"inferdeck-sim"_s, u"1"_s, {} });
    return n;
}

} // namespace

BenchmarkResult makeSyntheticRun(const SyntheticSpec& spec)
{
    Generator g(spec.seed);
    BenchmarkResult r;
    r.simulated = true;
    r.provenance.appVersion = QStringLiteral(INFERDECK_VERSION);
    r.provenance.tool = u"inferdeck"_s;
    r.provenance.createdUnix = spec.t0Unix;
    r.provenance.startedUnix = spec.t0Unix;
    r.plan.name = u"Llama-3.1-8B summarization scaling (synthetic)"_s;
    r.plan.model = u"meta-llama/Llama-3.1-8B-Instruct"_s;
    r.plan.workload.input = { LengthDistribution::Kind::LogNormal, spec.inputMean, spec.inputMean * 0.35, 1, 8192 };
    r.plan.workload.output = { LengthDistribution::Kind::LogNormal, spec.outputMean, spec.outputMean * 0.35, 1, 4096 };
    r.plan.load = { LoadSpec::Mode::Concurrency, static_cast<double>(spec.concurrency) };
    r.plan.warmupRequests = spec.warmupPerNode;
    r.plan.requests = spec.requestsPerNode;
    r.plan.repetitions = spec.repetitions;
    r.plan.scaling = spec.scaling;
    r.plan.slo = { 0.200, 0.025, 5.0 };
    for (int i = 0; i < spec.nodes; ++i)
        r.nodes.append(syntheticNode(i, spec.gpusPerNode));

    double t0 = spec.t0Unix;
    auto addPhase = [&](const QString& name, PhaseRole role, int nodes, int rep, double speed) {
        Phase p;
        p.name = name;
        p.repetition = rep;
        p.role = role;
        p.t0Unix = t0;
        p.load = r.plan.load;
        for (int i = 0; i < nodes; ++i) {
            p.nodes.append(r.nodes[i].name);
            p.clockOffsetsS.append(0.0005 * i);
        }
        if (spec.chunks)
            p.requests.recordChunks();
        for (int i = 0; i < nodes; ++i)
            simulateNode(p, static_cast<std::uint16_t>(i), spec, speed, g);
        double last = 0.0;
        for (double e : p.requests.end)
            if (!std::isnan(e))
                last = std::max(last, e);
        t0 += last + 5.0;
        r.phases.append(std::move(p));
    };
    for (int rep = 0; rep < spec.repetitions; ++rep) {
        if (spec.scaling) {
            addPhase(u"baseline-1node"_s, PhaseRole::Baseline, 1, rep, 1.0);
            addPhase(u"scaled-%1node"_s.arg(spec.nodes), PhaseRole::Scaled, spec.nodes, rep, spec.scaledSpeed);
        } else {
            addPhase(u"steady"_s, PhaseRole::Single, spec.nodes, rep, 1.0);
        }
    }
    r.provenance.finishedUnix = t0;
    return r;
}

void addEngineState(BenchmarkResult& r, double queueS, double waitingPeak, double kvPeak, double preemptions)
{
    for (Phase& p : r.phases) {
        double last = 0;
        for (double e : p.requests.end)
            if (std::isfinite(e))
                last = std::max(last, e);
        p.engine.clear();
        for (qsizetype k = 0; k < p.nodes.size(); ++k) {
            EngineState e;
            e.measured = true;
            e.engine = QStringLiteral("vllm");
            e.time = { -1.0, last / 2, last + 1.0 };
            e.gauges[QStringLiteral("waiting")] = { 0, waitingPeak, 0 };
            e.gauges[QStringLiteral("running")] = { 0, 8, 0 };
            e.gauges[QStringLiteral("kv_usage")] = { 0.0, kvPeak, 0.0 };
            e.counters[QStringLiteral("preemptions")] = { 0, preemptions / 2, preemptions };
            // vLLM's first queue-time buckets; every request in the one that holds `queueS`
            EngineHistogramSeries q;
            q.bounds = { 0.3, 0.5, 0.8, 1.0 };
            q.time = e.time;
            std::vector<double> done(5, 0.0);
            for (std::size_t b = queueS <= 0.3 ? 0 : queueS <= 0.5 ? 1 : queueS <= 0.8 ? 2 : queueS <= 1.0 ? 3 : 4; b < 5; ++b)
                done[b] = 200;
            q.cumulative = { std::vector<double>(5, 0.0), std::vector<double>(5, 0.0), done };
            q.sum = { 0, 0, 200 * queueS };
            q.count = { 0, 0, 200 };
            e.histograms[QStringLiteral("queue_s")] = q;
            EngineHistogramSeries f = q;
            f.cumulative[2] = std::vector<double>(5, 200.0);
            f.sum = { 0, 0, 200 * 0.012 };
            e.histograms[QStringLiteral("prefill_s")] = f;
            EngineHistogramSeries d = f; // decode: half a second each, in the +Inf bucket of vLLM's first bounds
            d.bounds = { 0.3 };
            d.cumulative = { { 0, 0 }, { 0, 0 }, { 0, 200 } };
            d.sum = { 0, 0, 200 * 0.5 };
            e.histograms[QStringLiteral("decode_s")] = d;
            p.engine.append(e);
        }
    }
}

BenchmarkResult makeSyntheticCapacitySearch()
{
    SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 40;
    const BenchmarkResult base = makeSyntheticRun(spec); // a 1-node and a 2-node phase, TTFT ~45 ms
    BenchmarkResult r = base;
    r.plan.slo = {};
    r.plan.slo.ttft = 0.5;
    r.plan.load = { LoadSpec::Mode::ConstantRate, 10.0 };
    r.plan.capacity = { true, 0.9, 1.0, 100.0, 0.1, 10 };
    r.phases.clear();
    const QList<std::tuple<int, double, bool>> steps { { 1, 10, true }, { 1, 20, true }, { 1, 40, false }, { 1, 30, true },
                                                      { 2, 30, false }, { 2, 15, true }, { 2, 22.5, true }, { 2, 26, false } };
    for (const auto& [nodes, load, met] : steps) {
        Phase p = base.phases[nodes == 1 ? 0 : 1];
        p.load = { LoadSpec::Mode::ConstantRate, load };
        p.name = QStringLiteral("%1 · %2 req/s per node").arg(nodes == 1 ? QStringLiteral("1 node") : QStringLiteral("%1 nodes").arg(nodes)).arg(load);
        p.role = nodes == 1 ? PhaseRole::Baseline : PhaseRole::Scaled;
        for (std::size_t i = 0; !met && i < p.requests.size(); ++i) {
            p.requests.firstToken[i] += 1.0;
            p.requests.end[i] += 1.0;
        }
        r.phases.append(p);
    }
    return r;
}

void stretchRepetitions(BenchmarkResult& r, const std::vector<double>& factors)
{
    for (Phase& p : r.phases) {
        const double f = factors.at(std::size_t(p.repetition));
        RequestColumns& c = p.requests;
        for (std::size_t i = 0; i < c.size(); ++i) {
            c.firstToken[i] = c.send[i] + (c.firstToken[i] - c.send[i]) * f;
            c.end[i] = c.send[i] + (c.end[i] - c.send[i]) * f;
            if (!std::isnan(c.firstAnswer[i]))
                c.firstAnswer[i] = c.send[i] + (c.firstAnswer[i] - c.send[i]) * f;
            if (c.hasChunks())
                for (std::uint64_t k = c.chunkOffsets[i]; k < c.chunkOffsets[i + 1]; ++k)
                    c.chunkTimes[k] = c.send[i] + (c.chunkTimes[k] - c.send[i]) * f;
        }
    }
}

} // namespace inferdeck::testing
