#include "library/trendchart.h"

#include <QCoreApplication>
#include <QDateTime>

#include "format/units.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};
// the report palette's colours by index: blue for an ordinary run, vermillion worse, bluish green better
constexpr int kPlain = 0, kWorse = 1, kBetter = 2;
} // namespace

ChartSpec trendChart(const Trend& trend, const QString& title, int maxRuns)
{
    ChartSpec c;
    c.id = u"trend-"_s + trend.metric.id;
    c.kind = ChartSpec::Kind::Bars;
    c.title = title;
    c.yLabel = trend.metric.unit;
    c.yMin = 0.0; // bars are read by their length: cut off above zero, a 3 % change looks like a halving
    const qsizetype first = std::max<qsizetype>(0, trend.points.size() - maxRuns);
    for (qsizetype k = first; k < trend.points.size(); ++k) {
        const TrendPoint& p = trend.points[k];
        if (!p.value)
            continue;
        ChartBar b;
        // local time, as the table beside the chart shows it
        b.label = p.startedUnix > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(p.startedUnix * 1e3)).toString(u"MM-dd\nHH:mm"_s) : Units::notMeasured();
        b.value = *p.value;
        if (p.interval) {
            b.low = p.interval->low;
            b.high = p.interval->high;
        }
        b.colorIndex = !p.significant ? kPlain : p.worse ? kWorse : kBetter;
        c.bars << b;
    }
    if (first > 0)
        c.title += u' ' + Tr::tr("(the latest %1 of %2 runs)").arg(maxRuns).arg(trend.points.size());
    if (c.bars.isEmpty())
        c.unavailable = trend.points.isEmpty() ? Tr::tr("No run has this metric in this phase.") : Tr::tr("No run has a value to draw.");
    return c;
}

} // namespace inferdeck
