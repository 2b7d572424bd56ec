#include "metrics/prefixreuse.h"

#include <algorithm>

namespace inferdeck {

std::optional<double> expectedPrefixReuse(const SharedPrefix& prefix, double requests, int engines, double meanPromptTokens)
{
    if (!prefix.active() || requests <= 0 || meanPromptTokens <= 0)
        return std::nullopt;
    const double reusing = std::max(0.0, requests - double(prefix.groups) * std::max(1, engines));
    return std::clamp(reusing / requests * double(prefix.tokens) / meanPromptTokens, 0.0, 1.0);
}

std::optional<double> prefixShareOfPrompt(const Workload& workload)
{
    if (!workload.sharedPrefix.active())
        return std::nullopt;
    const LengthDistribution& in = workload.input;
    const double suffix = in.kind == LengthDistribution::Kind::Uniform ? (in.min + in.max) / 2.0 : in.mean;
    const double prompt = workload.sharedPrefix.tokens + std::max(0.0, suffix);
    return double(workload.sharedPrefix.tokens) / prompt;
}

} // namespace inferdeck
