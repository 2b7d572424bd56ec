#pragma once
#include <QList>

#include <cstddef>
#include <optional>

#include "metrics/capacity.h"
#include "model/runplan.h"

namespace inferdeck {

/// The next load a capacity search measures, or none when capacityOutcome() says it has ended: `start` first
/// (clamped to the range), then doubling or halving until a pass and a failure bracket the capacity, then
/// bisection. Concurrency (`wholeNumbers`) stays on whole numbers; rates are rounded to three significant
/// digits where that keeps them inside the bracket, so step names stay readable.
std::optional<double> nextCapacityLoad(const CapacitySearch& settings, bool wholeNumbers, double start,
                                       const QList<CapacityStep>& steps);

/// Whether a step already failed whatever its remaining requests do: more requests missed an SLO than the
/// target allows of the most the step can measure (`measuredAtMost`). The run then stops the step early.
bool capacityStepCannotPass(const CapacitySearch& settings, std::size_t missed, double measuredAtMost);

} // namespace inferdeck
