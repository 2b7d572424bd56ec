#include "report/chartspec.h"

namespace inferdeck {

bool ChartSpec::empty() const
{
    if (kind == Kind::Bars)
        return bars.isEmpty();
    for (const ChartSeries& s : series)
        if (!s.points.isEmpty())
            return false;
    return true;
}

} // namespace inferdeck
