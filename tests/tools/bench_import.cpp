// Import benchmark (driven by scripts/bench-import): imports FILE... as `inferdeck-cli import` does, in
// this process, and prints the time from opening the files to a complete result model.
//   bench_import FILE...   prints import_s, phases, requests
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

#include "importers/importers.h"

using namespace inferdeck;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench_import FILE...\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    const Result<BenchmarkResult> r = importFiles(files);
    const double s = static_cast<double>(t.nsecsElapsed()) * 1e-9;
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 3;
    }
    std::size_t requests = 0;
    for (const Phase& p : r.value().phases)
        requests += p.requests.size();
    std::printf("import_s %.4f\nphases %lld\nrequests %zu\n", s, static_cast<long long>(r.value().phases.size()), requests);
    return 0;
}
