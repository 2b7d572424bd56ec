#pragma once
// One `engine_metrics` event (PROTOCOL.md) added to a node's EngineState. The event is a node's outside input:
// a wrong type, a non-finite number, a histogram whose counts fall or whose buckets changed is left out,
// never guessed, and the sizes are bounded.
#include <nlohmann/json.hpp>

#include "model/enginestate.h"

namespace inferdeck {

/// Appends the scrape taken at `time` (s after the phase's t0) to `state`; a `measured: false` event only
/// records the reason, unless the engine was measured before.
void appendEngineScrape(EngineState& state, const nlohmann::json& event, double time);

} // namespace inferdeck
