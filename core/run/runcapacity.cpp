#include "run/runcontroller.h"
#include "run/runcontrollerinternal.h"

#include <cmath>

#include "format/units.h"
#include "metrics/phasesummary.h"
#include "protocol/runrecorder.h"
#include "remote/transport.h"
#include "run/capacitysearch.h"

using namespace Qt::Literals::StringLiterals;

// A capacity search (RunPlan::capacity): each step's load is chosen from the steps measured before it, and a
// step that can no longer meet the target is stopped early.
namespace inferdeck {

using namespace runinternal;

namespace {

// The most measured requests a step can have, for the early stop; 0 where that is not bounded (a concurrency
// run for a duration) so such a step always runs to its end.
double measuredAtMost(const RunPlan& plan, const PhaseSpec& step)
{
    const double nodes = static_cast<double>(step.nodes.size());
    if (plan.requests > 0)
        return static_cast<double>(plan.requests) * nodes;
    if (plan.durationS <= 0 || step.load.mode == LoadSpec::Mode::Concurrency)
        return 0.0;
    const double mean = step.load.value * plan.durationS * nodes;
    if (step.load.mode == LoadSpec::Mode::ConstantRate)
        return mean + nodes; // one more per node where the schedule's end falls on a send
    // a renewal process's count has variance about mean x CV^2 (1 for Poisson, 1/shape for gamma gaps):
    // four standard deviations above the mean is an upper bound the draw crosses about once in 30,000 steps
    const double cv2 = step.load.mode == LoadSpec::Mode::Gamma ? 1.0 / step.load.burstiness : 1.0;
    return mean + 4.0 * std::sqrt(mean * cv2) + nodes;
}

} // namespace

bool RunController::planNextCapacityStep()
{
    const RunPlan& plan = m_opt.plan;
    const int nodeCount = static_cast<int>(m_opt.cluster.nodes.size());
    const bool scaling = plan.scaling && nodeCount >= 2;
    const bool whole = plan.load.mode == LoadSpec::Mode::Concurrency;
    const qsizetype searchNodes = m_phases.last().nodes.size();
    // the step just measured joins the search in progress (each step is summarized once, here)
    const PhaseSummary s = summarizePhase(m_result.phases.last(), plan.slo, plan.maxLatenessP99S);
    m_searchSteps.append(measuredStep(s, m_phases.last().load.value, plan.capacity));
    emitLog(QString(), Tr::tr("capacity step %1: %2 of %3 requests met every SLO (%4; the target is %5)")
                           .arg(m_phases.last().name).arg(s.sloMet.value_or(0)).arg(s.issued)
                           .arg(Units::percent(m_searchSteps.last().attainment, 1), Units::percent(plan.capacity.attainment, 1)));
    const QList<CapacityStep>& steps = m_searchSteps;
    const bool oneNodeSearch = scaling && searchNodes == 1;
    if (const auto next = nextCapacityLoad(plan.capacity, whole, plan.load.value, steps)) {
        m_phases.append(capacityStep(plan, nodeCount, oneNodeSearch, *next));
        return true;
    }
    const CapacityOutcome o = capacityOutcome(plan.capacity, whole, steps);
    emitLog(QString(), Tr::tr("capacity on %1 node(s): %2, %3")
                           .arg(searchNodes)
                           .arg(o.capacity ? Units::number(*o.capacity, whole ? 0 : 2) : Units::notMeasured(), capacityStateText(o.state)));
    if (!oneNodeSearch)
        return false;
    // the cluster's search starts where one node's ended: the cluster at one node's capacity per node
    m_searchSteps.clear();
    const auto first = nextCapacityLoad(plan.capacity, whole, o.capacity.value_or(plan.load.value), {});
    m_phases.append(capacityStep(plan, nodeCount, false, *first));
    return true;
}

void RunController::checkCapacityStep()
{
    const RunPlan& plan = m_opt.plan;
    if (!plan.capacity.enabled || m_stepStopped || !m_recorder || m_phase < 0)
        return;
    const PhaseSpec& step = m_phases[m_phase];
    const double atMost = measuredAtMost(plan, step);
    // only the requests recorded since the last heartbeat are looked at: a step may hold many
    const RequestColumns& r = m_recorder->phase().requests;
    for (; m_stepRowsSeen < r.size(); ++m_stepRowsSeen)
        if (!r.warmup[m_stepRowsSeen] && !requestMeetsSlo(r, m_stepRowsSeen, plan.slo))
            ++m_stepMissed;
    const std::size_t missed = m_stepMissed;
    if (!capacityStepCannotPass(plan.capacity, missed, atMost))
        return;
    // the verdict cannot change: the rest of the step would only cost time (and, over capacity, a growing queue)
    m_stepStopped = true;
    emitLog(QString(), Tr::tr("capacity step %1 stopped early: %2 requests missed an SLO, more than the target allows of at most %3")
                           .arg(step.name).arg(missed).arg(Units::number(atMost, 0)));
    for (const PhaseNode& pn : m_phaseNodes)
        if (pn.runId >= 0 && !pn.runDone)
            m_nodes[static_cast<std::size_t>(pn.node)]->transport->writeStdin(pn.runId, "stop\n");
}

} // namespace inferdeck
