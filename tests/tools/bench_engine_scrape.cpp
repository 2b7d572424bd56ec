// Controller cost of the engines' metrics (driven by scripts/bench-engine-scrape):
//   bench_engine_scrape FILE NODES SECONDS
// FILE holds a node's telemetry stream captured from a real `telemetry --engine-metrics` against serve-sim:
// its `telemetry` (GPU) and `engine_metrics` lines. The run controller gets both kinds from every node at
// 2 Hz; this replays NODES nodes' worth for a phase of SECONDS through the same parser and RunRecorder the
// controller uses, then summarizes the phase's engine split (what the report and summarize add), and
// prints the CPU time per event and the share of one core a real-time phase would cost: engine events
// against the GPU telemetry events, the baseline measured in the same run.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "metrics/enginesplit.h"
#include "protocol/runrecorder.h"

using namespace inferdeck;

namespace {
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Lines of `kind`, re-timed to 2 Hz from t = 0.5 s and numbered from `seq`, for `count` scrapes of one node.
std::vector<std::string> retimed(const std::vector<nlohmann::json>& samples, const char* node, int count, double t0, long& seq)
{
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) {
        nlohmann::json e = samples[std::size_t(i) % samples.size()];
        e["seq"] = ++seq;
        e["node"] = node;
        e["time"] = t0 + 0.5 * (i + 1);
        e["t"] = t0 + 0.5 * (i + 1);
        out.push_back(e.dump());
    }
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_engine_scrape FILE NODES SECONDS\n");
        return 2;
    }
    QFile f(QString::fromLocal8Bit(argv[1]));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    std::vector<nlohmann::json> engine, gpu;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        nlohmann::json e = nlohmann::json::parse(line.toStdString(), nullptr, false);
        if (e.is_discarded())
            continue;
        if (e.value("type", "") == "engine_metrics" && e.value("measured", true))
            engine.push_back(e);
        else if (e.value("type", "") == "telemetry")
            gpu.push_back(e);
    }
    if (engine.empty() || gpu.empty()) {
        std::fprintf(stderr, "the capture has no engine_metrics or telemetry lines\n");
        return 1;
    }
    const int nodes = std::atoi(argv[2]);
    const double seconds = std::atof(argv[3]);
    const int scrapes = int(seconds * 2);
    const double t0 = 1'790'000'000.0;
    const auto run = [&](const std::vector<nlohmann::json>& samples, bool split) {
        RunRecorder r;
        std::vector<std::vector<std::string>> lines;
        std::vector<int> streams;
        for (int k = 0; k < nodes; ++k) {
            const std::string name = "node-" + std::to_string(k);
            streams.push_back(r.addStream(r.addNode(QString::fromStdString(name)), QStringLiteral("telemetry")));
            long seq = 0;
            lines.push_back(retimed(samples, name.c_str(), scrapes, t0, seq));
        }
        r.setT0(t0);
        const double before = cpuSeconds();
        for (int i = 0; i < scrapes; ++i)
            for (int k = 0; k < nodes; ++k)
                r.feedLine(streams[std::size_t(k)], lines[std::size_t(k)][std::size_t(i)]);
        const double fed = cpuSeconds() - before;
        double splitS = 0;
        if (split) {
            Phase p = r.takePhase();
            for (int k = 0; k < nodes; ++k) // one measured request per node spanning the phase: a full window
                p.requests.append({ std::uint16_t(k), k, false, NAN, 0.1, 0.2, seconds - 0.1 });
            const double s0 = cpuSeconds();
            const QList<EngineSplit> splits = engineSplits(p);
            splitS = cpuSeconds() - s0;
            if (splits.size() != nodes + (nodes > 1 ? 1 : 0))
                std::fprintf(stderr, "unexpected split count %lld\n", static_cast<long long>(splits.size()));
        }
        return std::pair<double, double>(fed, splitS);
    };
    const std::size_t bytes = engine.front().dump().size();
    std::printf("capture: %zu engine_metrics lines (%zu bytes each), %zu telemetry lines; %d nodes, %.0f s phase, "
                "%d scrapes per node at 2 Hz\n", engine.size(), bytes, gpu.size(), nodes, seconds, scrapes);
    for (int round = 0; round < 3; ++round) {
        const auto [engineS, splitS] = run(engine, true);
        const auto [gpuS, unused] = run(gpu, false);
        (void)unused;
        const double events = double(nodes) * scrapes;
        std::printf("engine_us_per_event %.2f\ngpu_us_per_event %.2f\nsplit_ms %.3f\nengine_core_share_pct %.4f\n"
                    "gpu_core_share_pct %.4f\nratio_engine_to_gpu %.2f\n",
                    engineS / events * 1e6, gpuS / events * 1e6, splitS * 1e3, 100.0 * engineS / seconds,
                    100.0 * gpuS / seconds, gpuS > 0 ? engineS / gpuS : 0.0);
    }
    return 0;
}
