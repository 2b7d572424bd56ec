#pragma once
#include <nlohmann/json.hpp>

#include "metrics/resultsummary.h"

namespace inferdeck {

/// The summary object of `inferdeck-cli summarize --json` and of a result file's "summary" key
/// (ARCHITECTURE.md's contract): untranslated keys, null for what was not measured.
nlohmann::json summaryToJson(const ResultSummary& summary);
nlohmann::json phaseSummaryToJson(const PhaseSummary& phase);
nlohmann::json scalingToJson(const ScalingResult& scaling);
/// A capacity search: each search (node count) with its steps, state, capacity and bracket.
nlohmann::json capacityToJson(const CapacityResult& capacity);

} // namespace inferdeck
