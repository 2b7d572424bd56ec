// The report's section on a capacity search: the capacity found per search with its bracket, every step, and
// the curves of SLO attainment, goodput and TTFT against the offered load. Every number comes from the steps'
// records through the summary (metrics/capacity).
#include <QCoreApplication>

#include "format/units.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

bool concurrency(const CapacityResult& c)
{
    return c.mode == LoadSpec::Mode::Concurrency;
}

// A load per node in its unit: a concurrency is whole, a rate has up to three significant digits.
QString load(const CapacityResult& c, std::optional<double> v)
{
    if (!v)
        return Units::notMeasured();
    if (concurrency(c) && c.sessions)
        return Tr::tr("%1 sessions at once").arg(Units::number(v, 0));
    return concurrency(c) ? Tr::tr("%1 in flight").arg(Units::number(v, 0)) : Tr::tr("%1 req/s").arg(Units::significant(v, 3));
}

QString curveName(const CapacityCurve& curve)
{
    return curve.nodes == 1 ? Tr::tr("1 node") : Tr::tr("%1 nodes").arg(curve.nodes);
}

QString loadAxis(const CapacityResult& c)
{
    if (concurrency(c) && c.sessions)
        return Tr::tr("concurrency per node (sessions at once)");
    return concurrency(c) ? Tr::tr("concurrency per node (requests in flight)") : Tr::tr("offered load per node (req/s)");
}

ChartSpec attainmentChart(const CapacityResult& c)
{
    ChartSpec chart;
    chart.id = u"capacity-attainment"_s;
    chart.title = Tr::tr("Requests meeting every SLO against the load");
    chart.xLabel = loadAxis(c);
    chart.yLabel = Tr::tr("share of requests");
    chart.yPercent = true;
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    for (const CapacityCurve& curve : c.curves) {
        ChartSeries s{ curveName(curve), {} };
        s.markers = true; // each point a step of the search
        for (const CapacityPoint& p : curve.points)
            s.points.append({ p.load, p.attainment });
        chart.series.append(s);
    }
    chart.references.append({ c.settings.attainment, Tr::tr("target %1").arg(Units::percent(c.settings.attainment, 0)) });
    return chart;
}

ChartSpec goodputChart(const CapacityResult& c)
{
    ChartSpec chart;
    chart.id = u"capacity-goodput"_s;
    chart.title = Tr::tr("Goodput and throughput per node against the load");
    chart.xLabel = loadAxis(c);
    chart.yLabel = Tr::tr("requests/s per node");
    chart.yMin = 0.0;
    for (qsizetype k = 0; k < c.curves.size(); ++k) {
        const CapacityCurve& curve = c.curves[k];
        ChartSeries good{ Tr::tr("goodput, %1").arg(curveName(curve)), {} };
        ChartSeries done{ Tr::tr("completed, %1").arg(curveName(curve)), {} };
        done.dashed = true; // in its search's colour: two searches' completed lines were both grey
        good.colorIndex = done.colorIndex = static_cast<int>(k);
        good.markers = done.markers = true;
        for (const CapacityPoint& p : curve.points) {
            if (p.goodput)
                good.points.append({ p.load, *p.goodput / curve.nodes });
            if (p.throughput)
                done.points.append({ p.load, *p.throughput / curve.nodes });
        }
        chart.series.append(good);
        chart.series.append(done);
    }
    return chart;
}

ChartSpec ttftChart(const CapacityResult& c, const Slo& slo)
{
    ChartSpec chart;
    chart.id = u"capacity-ttft"_s;
    chart.title = Tr::tr("TTFT p99 against the load");
    chart.xLabel = loadAxis(c);
    chart.yLabel = Tr::tr("TTFT p99 (ms)");
    chart.yMin = 0.0;
    for (const CapacityCurve& curve : c.curves) {
        ChartSeries s{ curveName(curve), {} };
        s.markers = true;
        for (const CapacityPoint& p : curve.points)
            if (p.ttftP99)
                s.points.append({ p.load, *p.ttftP99 * 1e3 });
        chart.series.append(s);
    }
    if (slo.ttft)
        chart.references.append({ *slo.ttft * 1e3, Tr::tr("TTFT SLO") });
    return chart;
}

} // namespace

bool hasCapacity(const ReportInput& in)
{
    return in.summary.capacity.searched;
}

ReportSection capacity(const ReportInput& in)
{
    ReportSection s{ u"capacity"_s, Tr::tr("Capacity under SLO"), {} };
    const CapacityResult& c = in.summary.capacity;
    const CapacitySearch& set = c.settings;
    s.paragraph(Tr::tr("The highest load per node at which at least %1 of the measured requests met every SLO (a failed request misses). "
                       "Each step is a phase of its own with its own warm-up; the search starts at the plan's load, doubles or halves it until a "
                       "step that meets the target and one that misses it bracket the capacity, then bisects until the bracket is %2 wide "
                       "(%3 steps at most per search, range %4 to %5). A step stops early once more requests missed than the target allows of all it "
                       "could measure. The capacity is the highest load that met the target below the lowest that missed it; the true capacity lies in "
                       "between.")
                    .arg(Units::percent(set.attainment, 0),
                         concurrency(c) ? Tr::tr("one request in flight") : Units::percent(set.tolerance, 0))
                    .arg(set.maxSteps)
                    .arg(load(c, set.min), load(c, set.max)));
    ReportTable found;
    found.header = { Tr::tr("Search"), Tr::tr("Steps"), Tr::tr("Capacity per node"), Tr::tr("Missed at"), Tr::tr("Cluster capacity"), Tr::tr("Outcome") };
    found.numeric = { false, true, true, true, true, false };
    for (const CapacityCurve& curve : c.curves) {
        const CapacityOutcome& o = curve.outcome;
        found.rows.append({ curveName(curve), QString::number(curve.points.size()), load(c, o.capacity), load(c, o.failingAbove),
                            o.capacity ? load(c, *o.capacity * curve.nodes) : Units::notMeasured(), capacityStateText(o.state) });
    }
    found.caption = Tr::tr("\"Missed at\" is the lowest load that missed the target: the upper end of the bracket.");
    s.table(found);
    if (c.curves.size() >= 2) {
        if (c.efficiency)
            s.paragraph(Tr::tr("Scaling efficiency at capacity (cluster capacity per node over one node's): %1, between %2 and %3 from the two brackets.")
                            .arg(Units::percent(c.efficiency, 1), Units::percent(c.efficiencyLow, 1), Units::percent(c.efficiencyHigh, 1)));
        else
            s.paragraph(Tr::tr("Scaling efficiency at capacity: not measured: %1.").arg(c.efficiencyReason));
    }

    ReportTable steps;
    steps.header = { Tr::tr("Step"), Tr::tr("Nodes"), Tr::tr("Load per node"), Tr::tr("Measured"), Tr::tr("Met SLOs"), Tr::tr("Attainment (%)"),
                     Tr::tr("Goodput req/s"), Tr::tr("Completed req/s"), Tr::tr("TTFT p99 (ms)"), Tr::tr("E2E p99 (ms)"), Tr::tr("Target") };
    steps.numeric = { false, true, true, true, true, true, true, true, true, true, false };
    for (const CapacityCurve& curve : c.curves)
        for (const CapacityPoint& p : curve.points)
            steps.rows.append({ in.summary.phases.value(p.phaseIndex).phase, QString::number(curve.nodes), load(c, p.load),
                                Units::count(static_cast<qint64>(p.measured)), Units::count(static_cast<qint64>(p.met)),
                                Units::percentNumber(p.attainment, 2), Units::number(p.goodput, 2), Units::number(p.throughput, 2),
                                Units::milliseconds(p.ttftP99, 2), Units::milliseconds(p.e2eP99, 2), p.passed ? Tr::tr("met") : Tr::tr("missed") });
    steps.caption = Tr::tr("Every step, by load; goodput and completed requests are all the step's nodes together.");
    s.table(steps);
    s.chart(attainmentChart(c));
    s.chart(goodputChart(c));
    if (in.result.plan.slo.ttft)
        s.chart(ttftChart(c, in.result.plan.slo));
    return s;
}

} // namespace inferdeck::reportsections
