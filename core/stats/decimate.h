#pragma once
#include <QList>
#include <QPointF>

#include <span>

namespace inferdeck {

/// Buckets points (sorted by x) into `buckets` equal x ranges, keeping each bucket's min and max in
/// their x order, so a spike survives while a million points become at most 2 per bucket. Only views are
/// decimated; statistics and reports use the raw records.
QList<QPointF> decimateMinMax(std::span<const QPointF> points, int buckets);

} // namespace inferdeck
