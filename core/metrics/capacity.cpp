#include "metrics/capacity.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CapacityAnalysis)
};

// Loads are compared after arithmetic (halving, bisection, rounding): equal within this relative margin.
bool atMost(double a, double b)
{
    return a <= b * (1.0 + 1e-9);
}

} // namespace

CapacityOutcome capacityOutcome(const CapacitySearch& settings, bool wholeNumbers, const QList<CapacityStep>& steps)
{
    CapacityOutcome out;
    for (const CapacityStep& s : steps)
        if (!s.passed && (!out.failingAbove || s.load < *out.failingAbove))
            out.failingAbove = s.load;
    for (const CapacityStep& s : steps)
        if (s.passed && (!out.failingAbove || s.load < *out.failingAbove) && (!out.capacity || s.load > *out.capacity))
            out.capacity = s.load;
    if (!out.capacity && out.failingAbove && atMost(*out.failingAbove, settings.min))
        out.state = CapacityOutcome::State::BelowRange;
    else if (out.capacity && !out.failingAbove && atMost(settings.max, *out.capacity))
        out.state = CapacityOutcome::State::AboveRange;
    else if (out.capacity && out.failingAbove
             && (wholeNumbers ? *out.failingAbove - *out.capacity <= 1.0 + 1e-9
                              : atMost(*out.failingAbove, *out.capacity * (1.0 + settings.tolerance))))
        out.state = CapacityOutcome::State::Found;
    else if (steps.size() >= settings.maxSteps)
        out.state = CapacityOutcome::State::StepLimit;
    return out;
}

QString capacityStateName(CapacityOutcome::State state)
{
    switch (state) {
    case CapacityOutcome::State::Searching:
        return u"searching"_s;
    case CapacityOutcome::State::Found:
        return u"found"_s;
    case CapacityOutcome::State::BelowRange:
        return u"below-range"_s;
    case CapacityOutcome::State::AboveRange:
        return u"above-range"_s;
    case CapacityOutcome::State::StepLimit:
        return u"step-limit"_s;
    }
    return {};
}

QString capacityStateText(CapacityOutcome::State state)
{
    switch (state) {
    case CapacityOutcome::State::Searching:
        return Tr::tr("not bracketed (the run ended during the search)");
    case CapacityOutcome::State::Found:
        return Tr::tr("found within the tolerance");
    case CapacityOutcome::State::BelowRange:
        return Tr::tr("below the search range: even its minimum missed the target");
    case CapacityOutcome::State::AboveRange:
        return Tr::tr("above the search range: even its maximum met the target");
    case CapacityOutcome::State::StepLimit:
        return Tr::tr("the step limit ended the search before the bracket was narrow enough");
    }
    return {};
}

std::optional<double> sloAttainment(const PhaseSummary& summary)
{
    if (!summary.sloMet || summary.issued == 0)
        return std::nullopt;
    return static_cast<double>(*summary.sloMet) / static_cast<double>(summary.issued);
}

CapacityStep measuredStep(const PhaseSummary& summary, double load, const CapacitySearch& settings)
{
    // a step that measured nothing (cut off before its first request ended) failed
    const double attainment = sloAttainment(summary).value_or(0.0);
    return { load, attainment, attainment >= settings.attainment };
}

CapacityResult analyzeCapacity(const BenchmarkResult& result, const QList<PhaseSummary>& phases)
{
    CapacityResult out;
    const RunPlan& plan = result.plan;
    if (!plan.capacity.enabled)
        return out;
    out.searched = true;
    out.sessions = plan.workload.sessions.enabled;
    out.settings = plan.capacity;
    out.mode = plan.load.mode;
    const bool whole = plan.load.mode == LoadSpec::Mode::Concurrency;
    // one curve per node count (the 1-node search of a scaling run, then the cluster's), in file order
    std::map<int, CapacityCurve> byNodes;
    for (int i = 0; i < result.phases.size() && i < phases.size(); ++i) {
        const Phase& p = result.phases[i];
        const CapacityStep step = measuredStep(phases[i], p.load.value, plan.capacity); // as the run judged it
        CapacityCurve& c = byNodes[static_cast<int>(p.nodes.size())];
        c.nodes = static_cast<int>(p.nodes.size());
        c.role = p.role;
        CapacityPoint pt;
        pt.phaseIndex = i;
        pt.load = p.load.value;
        pt.offered = p.load.value * static_cast<double>(p.nodes.size());
        pt.measured = phases[i].issued;
        pt.met = phases[i].sloMet.value_or(0);
        pt.attainment = step.attainment;
        pt.passed = step.passed;
        pt.goodput = phases[i].goodput;
        pt.throughput = phases[i].requestThroughput;
        pt.ttftP99 = phases[i].ttft.p99;
        pt.e2eP99 = phases[i].e2e.p99;
        c.points.append(pt);
    }
    for (auto& [nodes, c] : byNodes) {
        QList<CapacityStep> steps;
        for (const CapacityPoint& pt : c.points)
            steps.append({ pt.load, pt.attainment, pt.passed });
        c.outcome = capacityOutcome(plan.capacity, whole, steps);
        std::stable_sort(c.points.begin(), c.points.end(), [](const CapacityPoint& a, const CapacityPoint& b) { return a.load < b.load; });
        out.curves.append(c);
    }
    if (out.curves.isEmpty())
        return out;
    const CapacityCurve& largest = out.curves.last();
    for (const CapacityPoint& pt : largest.points)
        if (largest.outcome.capacity ? pt.load == *largest.outcome.capacity : out.gradedPhase < 0)
            out.gradedPhase = pt.phaseIndex;

    if (out.curves.size() < 2 || out.curves.first().nodes != 1) {
        out.efficiencyReason = Tr::tr("needs a 1-node search beside the cluster's (scaling in the plan)");
        return out;
    }
    const CapacityOutcome& one = out.curves.first().outcome;
    const CapacityOutcome& many = largest.outcome;
    if (!one.capacity || !many.capacity) {
        out.efficiencyReason = Tr::tr("a search found no load that met the target");
        return out;
    }
    // per-node loads: the cluster's capacity per node against one node's
    out.efficiency = *many.capacity / *one.capacity;
    // each capacity lies in [found, lowest failing load): the ratio's bounds follow from both brackets
    if (one.failingAbove)
        out.efficiencyLow = *many.capacity / *one.failingAbove;
    if (many.failingAbove)
        out.efficiencyHigh = *many.failingAbove / *one.capacity;
    return out;
}

} // namespace inferdeck
