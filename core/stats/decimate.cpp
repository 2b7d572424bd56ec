#include "stats/decimate.h"

#include <algorithm>

namespace inferdeck {

QList<QPointF> decimateMinMax(std::span<const QPointF> points, int buckets)
{
    QList<QPointF> out;
    if (buckets < 1 || points.size() <= static_cast<std::size_t>(2 * buckets)) {
        out.reserve(static_cast<qsizetype>(points.size()));
        for (const QPointF& p : points)
            out.append(p);
        return out;
    }
    const double x0 = points.front().x();
    const double width = (points.back().x() - x0) / buckets;
    out.reserve(2 * buckets + 2);
    std::size_t i = 0;
    while (i < points.size()) {
        const int b = width > 0 ? std::min(buckets - 1, static_cast<int>((points[i].x() - x0) / width)) : 0;
        std::size_t lo = i, hi = i;
        std::size_t j = i + 1;
        for (; j < points.size(); ++j) {
            const int bj = width > 0 ? std::min(buckets - 1, static_cast<int>((points[j].x() - x0) / width)) : 0;
            if (bj != b)
                break;
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
        }
        out.append(points[std::min(lo, hi)]);
        if (lo != hi)
            out.append(points[std::max(lo, hi)]);
        i = j;
    }
    return out;
}

} // namespace inferdeck
