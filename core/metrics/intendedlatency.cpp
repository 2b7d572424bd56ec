#include "metrics/intendedlatency.h"

#include <algorithm>
#include <cmath>

#include "metrics/phasesummary.h"
#include "model/phase.h"

namespace inferdeck {

void summarizeFromIntended(PhaseSummary& s, const Phase& phase, const std::vector<std::size_t>& completed)
{
    const RequestColumns& r = phase.requests;
    std::vector<double> ttft;
    std::vector<double> e2e;
    for (std::size_t i : completed) {
        const double intended = r.intendedSend[i];
        if (!std::isfinite(intended))
            continue; // closed loop, or a tool that keeps no schedule
        // a request sent early (timer jitter) counts from its actual send: never shorter than the usual figure
        const double from = std::isfinite(r.send[i]) ? std::min(intended, r.send[i]) : intended;
        if (const double t = r.firstToken[i] - from; std::isfinite(t))
            ttft.push_back(t);
        if (const double e = r.end[i] - from; std::isfinite(e))
            e2e.push_back(e);
    }
    s.ttftFromIntended = stats::describe(ttft);
    s.e2eFromIntended = stats::describe(e2e);
}

} // namespace inferdeck
