#pragma once
// The result file's form of a phase's per-node engine state (Phase::engine, from the engines' /metrics):
//   "engine_state": {"version": 1, "nodes": [{...} or null per node]}
// with, per node, `measured`, `reason`, `engine`, `time` (s after t0, one per scrape), `gauges` and
// `counters` ({key: one value per scrape, null when not said}) and `histograms` ({key: {bounds, time,
// cumulative, sum, count}}: every scrape's cumulative buckets, so any window's increments can be recomputed),
// and for an engine InferDeck does not know `raw` ({`name{labels}`: one value per scrape}).
// Its own version lets it grow without a new file schema; a newer one is refused by name. Files without the
// key (older agents, imports, engines never asked) have no engine state.
#include <QList>

#include <nlohmann/json.hpp>

#include "model/enginestate.h"

namespace inferdeck::jsonio {

inline constexpr int kEngineStateVersion = 1;

/// Null when no node has any; one entry per node (`nodeCount`), null for a node that said nothing.
nlohmann::json engineStateToJson(const QList<EngineState>& nodes, qsizetype nodeCount);
/// Throws FieldError (see jsonfields.h) for a wrong shape or a newer version; `nodeCount` entries expected.
QList<EngineState> engineStateFromJson(const nlohmann::json& value, const QString& path, qsizetype nodeCount);

} // namespace inferdeck::jsonio
