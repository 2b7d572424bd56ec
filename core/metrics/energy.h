#pragma once
#include <optional>

#include "model/telemetrycolumns.h"

namespace inferdeck {

/// GPU energy in joules between `start` and `end` (s, phase time): the trapezoid rule over each GPU's
/// power samples, with the power at the window's edges interpolated linearly between the samples
/// around them (or held from the nearest sample), summed over GPUs. Only GPUs of `node` when given.
/// nullopt when a GPU of the selection has fewer than 2 power samples or none covers the window.
std::optional<double> gpuEnergyJ(const TelemetryColumns& telemetry, double start, double end,
                                 std::optional<int> node = std::nullopt);

} // namespace inferdeck
