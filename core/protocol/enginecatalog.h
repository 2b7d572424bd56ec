#pragma once
// The engine catalog (resources/agent/inferdeck_agent/enginecatalog.json) read in C++: which engine a scrape
// came from and its numbers under InferDeck's canonical keys, exactly as the agent reads its own scrapes, so
// a peer's file of raw Prometheus scrapes (AIPerf's server-metrics export) lands in the same EngineState.
#include <QString>

#include <map>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferdeck {

/// One Prometheus family of a scrape as a peer's file keeps it: its counter, gauge or untyped samples, and
/// its histograms (per label set: the cumulative count at each `le`, +Inf included).
struct PromFamily {
    struct Value {
        std::map<QString, QString> labels;
        double value = 0.0;
    };
    struct Histogram {
        std::map<QString, QString> labels; // without `le`
        std::map<double, double> buckets;  // le (+Inf as infinity) -> cumulative count
        std::optional<double> sum;
        std::optional<double> count;
    };
    std::vector<Value> values;
    std::vector<Histogram> histograms;
};

/// One scrape: families by name. A counter may be named with or without `_total` (text format 0.0.4 keeps
/// it, prometheus_client's parser and OpenMetrics drop it); family() finds it either way.
struct PromScrape {
    std::map<QString, PromFamily> families;
    const PromFamily* family(const QString& name) const;
};

/// The agent's `engine_metrics` event (PROTOCOL.md) for a scrape: the engine recognized by its families'
/// prefixes, gauges, counters and merged histograms under canonical keys; for an engine not in the catalog,
/// the raw samples (at most 200 families and 2,000 samples, as the agent keeps).
nlohmann::json engineEventFor(const PromScrape& scrape);

/// The engine whose family prefix the scrape holds most of; empty when none.
QString recognizeEngine(const PromScrape& scrape);

} // namespace inferdeck
