#pragma once
#include <cstdint>
#include <vector>

namespace inferdeck {

/// GPU telemetry samples of one phase, one array per field. Time is seconds relative to the phase's t0;
/// NaN means the GPU tool did not report that field.
struct TelemetryColumns {
    std::vector<double> time;
    std::vector<std::uint16_t> node; // index into Phase::nodes
    std::vector<std::uint16_t> gpu;  // GPU index on that node
    std::vector<double> utilization; // %
    std::vector<double> memoryUsedMiB;
    std::vector<double> powerW;
    std::vector<double> temperatureC;
    std::vector<double> smClockMHz;

    std::size_t size() const { return time.size(); }

    struct Sample {
        double time = 0.0;
        std::uint16_t node = 0;
        std::uint16_t gpu = 0;
        double utilization;
        double memoryUsedMiB;
        double powerW;
        double temperatureC;
        double smClockMHz;
    };
    void append(const Sample& s);

    friend bool operator==(const TelemetryColumns&, const TelemetryColumns&);
};

} // namespace inferdeck
