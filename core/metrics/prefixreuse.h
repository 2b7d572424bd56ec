#pragma once
#include <optional>

#include "model/runplan.h"

namespace inferdeck {

/// The share of prompt tokens a prefix cache can serve in a shared-prefix workload when every request after
/// its group's first on each engine reuses the whole prefix (a cold cache at the start: a lower bound for
/// later phases, whose cache already holds the prefixes). `requests` on `engines` engines with
/// `meanPromptTokens` each; nullopt without a shared prefix or requests.
std::optional<double> expectedPrefixReuse(const SharedPrefix& prefix, double requests, int engines, double meanPromptTokens);

/// The same share for a phase of many requests: the prefix's part of a mean prompt (prefix + mean suffix).
std::optional<double> prefixShareOfPrompt(const Workload& workload);

} // namespace inferdeck
