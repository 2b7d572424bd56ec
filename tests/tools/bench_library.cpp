// Results library benchmark (driven by scripts/bench-library): makes N result files from real ones (the
// sample run and the fixtures of every format, each copy a true variant: InferDeck files re-written with
// another start time, model and plan name; other tools' JSON files with a unique run of trailing
// whitespace, so every hash differs), indexes them into a new library and times building, refreshing,
// opening and searching it.
//   bench_library DIR N [THREADS]   prints files_per_s, search_ms per query, refresh_ms, open_ms
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include "io/resultfile.h"
#include "library/libraryindex.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

struct Seed {
    QString path;
    bool own = false;
    std::optional<BenchmarkResult> result; // own files: read once, re-written with changes
    QByteArray bytes;                      // others: copied with a unique tail
};

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_library DIR N [THREADS]\n");
        return 2;
    }
    const QString dir = QDir(args[0]).absolutePath();
    const int n = args[1].toInt();
    const int threads = args.size() > 2 ? args[2].toInt() : 0;
    const QString src = qEnvironmentVariable("INFERDECK_SOURCE_DIR", QDir::currentPath());
    QList<Seed> seeds;
    for (const QString& own : { u"resources/samples/llama31-8b-2node-scaling.inferdeck.json"_s, u"tests/data/io/version1-scaling.inferdeck.json"_s,
                                u"tests/data/io/engine-state-vllm.inferdeck.json"_s }) {
        auto r = ResultFile::read(src + u'/' + own);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 3;
        }
        seeds.append({ own, true, std::move(r).value(), {} });
    }
    for (const QString& other : { u"tests/data/importers/vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s,
                                  u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s,
                                  u"tests/data/importers/aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s,
                                  u"tests/data/importers/llmperf/together_llama2-70b_summary.json"_s,
                                  u"tests/data/importers/guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s,
                                  u"tests/data/importers/synthetic/genai-perf_profile_export.json"_s }) {
        QFile f(src + u'/' + other);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 3;
        }
        seeds.append({ other, false, std::nullopt, f.readAll() });
    }
    const QString files = dir + u"/files"_s;
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    if (!QFileInfo::exists(files + u"/done"_s)) {
        static const QStringList models{ u"meta-llama/Llama-3.1-8B-Instruct"_s, u"meta-llama/Llama-3.1-70B-Instruct"_s, u"Qwen/Qwen3-8B"_s,
                                         u"Qwen/Qwen3-30B-A3B"_s, u"mistralai/Mistral-7B-Instruct-v0.3"_s };
        for (int i = 0; i < n; ++i) {
            Seed& s = seeds[i % seeds.size()];
            const QString sub = files + u"/%1"_s.arg(i / 500, 3, 10, QChar(u'0')); // folders of 500, as runs/ grows by day
            QDir().mkpath(sub);
            const QString out = sub + u"/%1-%2"_s.arg(i, 5, 10, QChar(u'0')).arg(QFileInfo(s.path).fileName());
            if (s.own) {
                BenchmarkResult r = *s.result;
                r.plan.model = models[(i / seeds.size()) % models.size()];
                r.plan.name = u"nightly %1"_s.arg(i % 97);
                r.provenance.startedUnix = 1.7e9 + 3600.0 * i;
                if (!ResultFile::write(r, out)) {
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
                    return 1;
                }
            } else {
                QByteArray tail;
                for (int v = i + 1; v; v >>= 1)
                    tail += (v & 1) ? '\n' : ' ';
                QFile f(out);
                if (!f.open(QIODevice::WriteOnly) || f.write(s.bytes + tail) < 0)
                    return 1;
            }
            bytes += QFileInfo(out).size();
        }
        QFile(files + u"/done"_s).open(QIODevice::WriteOnly);
        std::printf("generated %d files, %.1f MB in %.1f s\n", n, double(bytes) / 1e6, ms(t) / 1e3);
    }
    const QString db = dir + u"/library.sqlite"_s;
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(db + suffix);
    auto opened = LibraryIndex::open(db);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 3;
    }
    LibraryIndex& index = *opened.value();
    t.restart();
    const LibraryUpdate u = index.add({ files }, { {}, nullptr, threads });
    const double buildMs = ms(t);
    std::printf("build: %d files indexed (%d unreadable) in %.2f s with %d thread(s): %.0f files/s\n", u.added,
                static_cast<int>(u.errors.size()), buildMs / 1e3, threads ? threads : QThread::idealThreadCount(),
                double(u.added + u.errors.size()) / (buildMs / 1e3));
    for (const Error& e : u.errors.mid(0, 3))
        std::printf("  unreadable: %s\n", qPrintable(e.toString()));

    const QList<std::pair<const char*, QStringList>> queries{
        { "all entries", {} },
        { "model=qwen", { u"model=qwen"_s } },
        { "free text 'llama nightly'", { u"llama nightly"_s } },
        { "gpu=H100 since=2024-01-01 until=2025-01-01", { u"gpu=H100"_s, u"since=2024-01-01"_s, u"until=2025-01-01"_s } },
        { "grade=C tool=inferdeck", { u"grade=C"_s, u"tool=inferdeck"_s } },
        { "phase=scaled", { u"phase=scaled"_s } },
    };
    for (const auto& [name, where] : queries) {
        LibraryQuery q;
        for (const QString& w : where)
            (void)q.add(w);
        double best = 1e18;
        qsizetype rows = 0;
        for (int k = 0; k < 5; ++k) {
            t.restart();
            const auto r = index.list(q);
            best = std::min(best, ms(t));
            rows = r ? r.value().size() : -1;
        }
        std::printf("search %-45s %6lld rows  %7.1f ms (best of 5)\n", name, static_cast<long long>(rows), best);
    }
    t.restart();
    const LibraryUpdate again = index.refresh({ {}, nullptr, threads });
    std::printf("refresh, nothing changed: %d unchanged in %.0f ms\n", again.unchanged, ms(t));
    opened.value().reset();
    t.restart();
    auto reopened = LibraryIndex::open(db);
    std::printf("open (with integrity check) of %d entries: %.0f ms\n", reopened ? reopened.value()->count() : -1, ms(t));
    std::printf("database %.1f MB\n", double(QFileInfo(db).size()) / 1e6);
    return 0;
}
