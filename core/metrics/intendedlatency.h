#pragma once
#include <cstddef>
#include <vector>

namespace inferdeck {

struct Phase;
struct PhaseSummary;

/// Coordinated omission: for open-loop load, TTFT and E2E of the completed requests measured from the send
/// time the schedule intended instead of the actual one, so a client that fell behind its schedule cannot hide
/// the queueing its lateness caused (Gil Tene's argument; guidellm #1048). Fills s.ttftFromIntended and
/// s.e2eFromIntended from `completed` (row indices); both stay empty (count 0) for closed-loop load.
void summarizeFromIntended(PhaseSummary& s, const Phase& phase, const std::vector<std::size_t>& completed);

} // namespace inferdeck
