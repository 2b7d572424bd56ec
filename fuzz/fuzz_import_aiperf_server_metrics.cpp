// attachAiperfServerMetrics: AIPerf's server_metrics_export.jsonl beside a one-node phase, then the time split
// that reads the engine state it made. Any bytes give engine state or an Error naming the line; an exception
// escaping the importer, or a split that trips on what the importer let through, is a crash.
#include "fuzzinput.h"
#include "importers/importers.h"
#include "metrics/enginesplit.h"

using namespace inferdeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    BenchmarkResult r;
    Phase p;
    p.nodes = { QStringLiteral("server") };
    p.t0Unix = 1.0;
    RequestColumns::Row row;
    row.send = 0.5;
    row.firstToken = 0.6;
    row.end = 2.0;
    p.requests.append(row, {});
    r.phases.append(p);
    const std::optional<Error> e = attachAiperfServerMetrics(r, fuzz::bytes(data, size), QStringLiteral("fuzz-input"));
    if (e) {
        if (!r.phases.first().engine.isEmpty())
            fuzz::invariantBroken("engine state kept beside an error");
    } else {
        (void)engineSplits(r.phases.first());
    }
    return 0;
}
