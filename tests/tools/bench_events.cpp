// Agent event parser benchmark (driven by scripts/bench-events):
//   bench_events generate FILE EVENTS CHUNKS   writes an agent journal: request events with CHUNKS chunk
//                                              times each (as a streamed run records them), a heartbeat
//                                              per second of the run, start/phase_start/phase_end/end
//   bench_events parse FILE                    parses every line (parser only), prints events/s
//   bench_events record FILE                   feeds the file to a RunRecorder (parse + columnar model)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <random>
#include <string>

#include "protocol/runrecorder.h"

using namespace inferdeck;

namespace {
int generate(const char* path, long events, int chunks)
{
    std::FILE* f = std::fopen(path, "w");
    if (!f)
        return 1;
    std::mt19937_64 rng(7);
    std::exponential_distribution<double> gap(1000.0);
    std::uniform_int_distribution<int> itlUs(5000, 9000);
    long seq = 0;
    const double t0 = 1795554715.519716;
    std::fprintf(f,
                 R"({"v":1,"seq":%ld,"type":"start","t":%.6f,"agent_version":"1.0.0","pid":1,"host":"gpu-a","spec":{"stream":true}})"
                 "\n",
                 ++seq, t0);
    std::fprintf(f,
                 R"({"v":1,"seq":%ld,"type":"phase_start","t":%.6f,"phase":"bench","rep":0,"node":"gpu-a","load":{"mode":"poisson","value":1000.0,"burstiness":1.0},"warmup":0,"requests":%ld,"duration_s":0.0,"target_rate":1000.0,"start":null})"
                 "\n",
                 ++seq, t0, events);
    double intended = t0;
    double nextHeartbeat = t0 + 1.0;
    std::string chunkText;
    long id = 0;
    while (seq < events - 2) {
        intended += gap(rng);
        if (intended > nextHeartbeat) {
            std::fprintf(f, R"({"v":1,"seq":%ld,"type":"heartbeat","t":%.6f,"sent":%ld,"done":%ld,"failed":0,"in_flight":64})" "\n",
                         ++seq, nextHeartbeat, id + 64, id);
            nextHeartbeat += 1.0;
            continue;
        }
        const double send = intended + 0.0004;
        long us = 20000 + itlUs(rng) * 2;
        chunkText.clear();
        for (int k = 0; k < chunks; ++k) {
            if (k)
                chunkText += ',';
            chunkText += std::to_string(us);
            us += itlUs(rng);
        }
        const double first = chunks ? send + 0.02 : send + 0.02;
        const double end = send + static_cast<double>(us) * 1e-6;
        std::fprintf(f,
                     R"({"v":1,"seq":%ld,"type":"request","t":%.6f,"phase":"bench","rep":0,"node":"gpu-a","id":%ld,"rid":"gpu-a:bench:0:%ld","warmup":false,"intended":%.6f,"send":%.6f,"first":%.6f,"end":%.6f,"chunks_us":[%s],"in":812,"out":%d,"usage":true,"status":"ok"})"
                     "\n",
                     ++seq, end, id, id, intended, send, first, end, chunkText.c_str(), chunks ? chunks : 128);
        ++id;
    }
    std::fprintf(f,
                 R"({"v":1,"seq":%ld,"type":"phase_end","t":%.6f,"sent":%ld,"done":%ld,"failed":0,"stopped":false,"target_rate":1000.0,"achieved_rate":999.0,"lateness_s":{"p50":0.0004,"p90":0.0007,"p99":0.0012,"max":0.003}})"
                 "\n",
                 ++seq, intended, id, id);
    std::fprintf(f, R"({"v":1,"seq":%ld,"type":"end","t":%.6f,"ok":true,"stopped":false,"sent":%ld,"done":%ld,"failed":0})" "\n",
                 ++seq, intended, id, id);
    std::fclose(f);
    return 0;
}

int run(const char* path, bool record)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const qint64 size = file.size();
    const char* data = reinterpret_cast<const char*>(file.map(0, size));
    std::string_view all(data, static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < all.size(); i += 4096) // page the file in before timing
        (void)*static_cast<volatile const char*>(data + i);
    QElapsedTimer timer;
    timer.start();
    long events = 0;
    long bad = 0;
    if (record) {
        RunRecorder recorder;
        const int stream = recorder.addStream(recorder.addNode(QStringLiteral("gpu-a")), QStringLiteral("journal"));
        recorder.feed(stream, all);
        recorder.finishStream(stream);
        events = recorder.eventsAccepted();
        bad = recorder.issues().size();
    } else {
        AgentEventParser parser;
        AgentEvent event;
        while (!all.empty()) {
            const auto nl = all.find('\n');
            const auto line = all.substr(0, nl);
            parser.parse(line, event) ? ++events : ++bad;
            all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
        }
    }
    const double s = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    std::printf("events %ld\nbad %ld\nseconds %.4f\nevents_per_s %.0f\nmb_per_s %.0f\n", events, bad, s,
                static_cast<double>(events) / s, static_cast<double>(size) / s / 1e6);
    return bad == 0 ? 0 : 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "generate" && argc == 5)
        return generate(argv[2], std::atol(argv[3]), std::atoi(argv[4]));
    if ((mode == "parse" || mode == "record") && argc == 3)
        return run(argv[2], mode == "record");
    std::fprintf(stderr, "usage: bench_events generate FILE EVENTS CHUNKS | parse FILE | record FILE\n");
    return 2;
}
