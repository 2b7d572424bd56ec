// Result-file benchmark helper, driven by scripts/bench:
//   bench_resultfile generate OUT.json VLLM.json N CHUNKS   synthetic N-request result (CHUNKS per request,
//                                                          0 = none) plus the same records as vLLM's
//                                                          per-request JSON; prints the write time
//   bench_resultfile read FILE                             reads FILE once; prints time and peak RSS
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

#include <charconv>
#include <cmath>
#include <random>
#include <string>

#include "io/resultfile.h"

using namespace inferdeck;

namespace {

double peakRssMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

BenchmarkResult makeLarge(std::size_t n, int chunksPerRequest)
{
    BenchmarkResult r;
    r.simulated = true;
    r.provenance.createdUnix = 1.79e9;
    r.plan.model = QStringLiteral("bench");
    r.nodes.append(NodeInventory {});
    r.nodes.last().name = QStringLiteral("n1"); // by name: new inventory fields need no change here
    r.nodes.append(NodeInventory {});
    r.nodes.last().name = QStringLiteral("n2"); // by name: new inventory fields need no change here
    Phase p;
    p.name = QStringLiteral("bench");
    p.nodes = { QStringLiteral("n1"), QStringLiteral("n2") };
    p.clockOffsetsS = { 0.0, 0.0 };
    p.t0Unix = 1.79e9;
    p.requests.reserve(n);
    if (chunksPerRequest > 0)
        p.requests.recordChunks();
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> chunks;
    for (std::size_t i = 0; i < n; ++i) {
        RequestColumns::Row row;
        row.node = static_cast<std::uint16_t>(i % 2);
        row.requestId = static_cast<std::int64_t>(i);
        row.send = static_cast<double>(i) * 0.001 + 0.0005 * u(rng);
        row.firstToken = row.send + 0.03 + 0.05 * u(rng);
        row.end = row.firstToken + 1.0 + u(rng);
        row.inputTokens = 100 + static_cast<int>(900 * u(rng));
        row.outputTokens = 50 + static_cast<int>(200 * u(rng));
        chunks.clear();
        for (int c = 0; c < chunksPerRequest; ++c)
            chunks.push_back(row.firstToken + (row.end - row.firstToken) * c / std::max(1, chunksPerRequest - 1));
        p.requests.append(row, chunks);
    }
    r.phases.append(std::move(p));
    return r;
}

/// The same records as vLLM's `--save-result` per-request arrays (ttfts, itls, lens, errors).
bool writeVllm(const BenchmarkResult& r, const QString& path)
{
    const RequestColumns& q = r.phases[0].requests;
    std::string s = "{\"duration\": 1000.0, \"completed\": " + std::to_string(q.size());
    auto list = [&](const char* key, auto value) {
        s += ", \"";
        s += key;
        s += "\": [";
        for (std::size_t i = 0; i < q.size(); ++i) {
            if (i)
                s += ", ";
            value(i);
        }
        s += ']';
    };
    auto num = [&](double v) {
        char buf[32];
        s.append(buf, std::to_chars(buf, buf + 32, v).ptr);
    };
    list("input_lens", [&](std::size_t i) { s += std::to_string(q.inputTokens[i]); });
    list("output_lens", [&](std::size_t i) { s += std::to_string(q.outputTokens[i]); });
    list("ttfts", [&](std::size_t i) { num(q.firstToken[i] - q.send[i]); });
    list("itls", [&](std::size_t i) {
        s += '[';
        if (q.hasChunks())
            for (std::uint64_t c = q.chunkOffsets[i] + 1; c < q.chunkOffsets[i + 1]; ++c) {
                if (c > q.chunkOffsets[i] + 1)
                    s += ", ";
                num(q.chunkTimes[c] - q.chunkTimes[c - 1]);
            }
        s += ']';
    });
    list("start_times", [&](std::size_t i) { num(r.phases[0].t0Unix + q.send[i]); });
    list("e2els", [&](std::size_t i) { num(q.end[i] - q.send[i]); });
    list("errors", [&](std::size_t) { s += "\"\""; });
    s += "}\n";
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(s.data(), static_cast<qint64>(s.size())) == static_cast<qint64>(s.size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    QTextStream out(stdout);
    if (a.size() == 6 && a[1] == QLatin1StringView("generate")) {
        const BenchmarkResult r = makeLarge(a[4].toULongLong(), a[5].toInt());
        QElapsedTimer t;
        t.start();
        if (!ResultFile::write(r, a[2]).ok())
            return 1;
        out << "write_s " << t.nsecsElapsed() / 1e9 << '\n';
        return writeVllm(r, a[3]) ? 0 : 1;
    }
    if (a.size() == 3 && a[1] == QLatin1StringView("read")) {
        QElapsedTimer t;
        t.start();
        const auto r = ResultFile::read(a[2]);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!r) {
            QTextStream(stderr) << r.error().toString() << '\n';
            return 1;
        }
        out << "read_s " << seconds << "\npeak_rss_mib " << peakRssMiB() << "\nrequests "
            << r.value().phases[0].requests.size() << '\n';
        return 0;
    }
    QTextStream(stderr) << "usage: bench_resultfile generate OUT VLLM N CHUNKS | read FILE\n";
    return 2;
}
