#include "model/telemetrycolumns.h"

#include "model/requestcolumns.h"

namespace inferdeck {

void TelemetryColumns::append(const Sample& s)
{
    time.push_back(s.time);
    node.push_back(s.node);
    gpu.push_back(s.gpu);
    utilization.push_back(s.utilization);
    memoryUsedMiB.push_back(s.memoryUsedMiB);
    powerW.push_back(s.powerW);
    temperatureC.push_back(s.temperatureC);
    smClockMHz.push_back(s.smClockMHz);
}

bool operator==(const TelemetryColumns& a, const TelemetryColumns& b)
{
    return sameValues(a.time, b.time) && a.node == b.node && a.gpu == b.gpu && sameValues(a.utilization, b.utilization)
        && sameValues(a.memoryUsedMiB, b.memoryUsedMiB) && sameValues(a.powerW, b.powerW)
        && sameValues(a.temperatureC, b.temperatureC) && sameValues(a.smClockMHz, b.smClockMHz);
}

} // namespace inferdeck
