#pragma once
// The result file's form of a phase's per-node accuracy budgets (Phase::accuracy):
//   "client_accuracy": {"version": 1, "nodes": [{...} or null per node]}
// Its own version lets the object grow without a new file schema: a reader takes every version up to its own
// and refuses a newer one by name. Files without the key (older agents, imports) have no budget.
#include <QList>

#include <nlohmann/json.hpp>

#include "model/clientaccuracy.h"

namespace inferdeck::jsonio {

inline constexpr int kClientAccuracyVersion = 1;

/// Null when no node said anything; one entry per node (`nodeCount`), null for a node that said nothing.
nlohmann::json accuracyToJson(const QList<ClientAccuracy>& nodes, qsizetype nodeCount);
/// Throws FieldError (see jsonfields.h) for a wrong shape or a newer version; `nodeCount` entries expected.
QList<ClientAccuracy> accuracyFromJson(const nlohmann::json& value, const QString& path, qsizetype nodeCount);

} // namespace inferdeck::jsonio
