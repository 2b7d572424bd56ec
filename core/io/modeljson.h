#pragma once
// JSON forms of the small model types (plan, inventory, provenance), shared by result and plan files.
// The *FromJson functions throw jsonio::FieldError; only core/io readers call them, inside their boundary.
#include <nlohmann/json.hpp>

#include "model/benchmarkresult.h"

namespace inferdeck::jsonio {

nlohmann::json toJson(const RunPlan& plan);
RunPlan planFromJson(const nlohmann::json& value, const QString& path);

nlohmann::json toJson(const LoadSpec& load);
/// A length distribution as plan files and the agent's run spec write it.
nlohmann::json lengthsToJson(const LengthDistribution& d);
/// A plan's `workload.sessions` as the plan file and the agent's spec write it (`turns` unless the dataset
/// brings its own).
nlohmann::json sessionsToJson(const Sessions& s, bool withTurns);
LoadSpec loadFromJson(const nlohmann::json& value, const QString& path);

nlohmann::json toJson(const NodeInventory& node);
NodeInventory nodeFromJson(const nlohmann::json& value, const QString& path);

nlohmann::json toJson(const Provenance& provenance);
Provenance provenanceFromJson(const nlohmann::json& value, const QString& path);

/// An imported file's own aggregates (Phase::reported); optional keys absent mean "not stated".
nlohmann::json toJson(const ReportedSummary& reported);
ReportedSummary reportedFromJson(const nlohmann::json& value, const QString& path);

QString loadModeName(LoadSpec::Mode mode);

} // namespace inferdeck::jsonio
