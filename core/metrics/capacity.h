#pragma once
#include <QList>
#include <QString>

#include <optional>

#include "metrics/phasesummary.h"
#include "model/benchmarkresult.h"

namespace inferdeck {

/// One measured step of a capacity search: its load per node and whether enough of its requests met every SLO.
struct CapacityStep {
    double load = 0.0;
    double attainment = 0.0; // requests meeting every SLO / measured requests (a failed request misses)
    bool passed = false;     // attainment >= the search's target
};

/// Where a capacity search stands, from its steps alone, so the run and the report read the same bracket.
struct CapacityOutcome {
    enum class State {
        Searching,  // not bracketed to the tolerance yet
        Found,      // the capacity lies in [capacity, failingAbove), no wider than the tolerance
        BelowRange, // even the search's minimum load missed the target
        AboveRange, // even its maximum met it
        StepLimit,  // the step budget ran out before the bracket was narrow enough
    };
    State state = State::Searching;
    std::optional<double> capacity;     // the highest passing load below the lowest failing one
    std::optional<double> failingAbove; // the lowest failing load
};

/// The outcome of `steps` under `settings`; `wholeNumbers` for concurrency (a bracket of one is resolved).
/// A pass above a failing load (noise, or a server that recovered) does not count: the lower failure bounds it.
CapacityOutcome capacityOutcome(const CapacitySearch& settings, bool wholeNumbers, const QList<CapacityStep>& steps);

/// The outcome's state as files and scripts read it ("found", ...): never translated.
QString capacityStateName(CapacityOutcome::State state);
/// The same for people, in the interface language.
QString capacityStateText(CapacityOutcome::State state);

/// One step as the report shows it.
struct CapacityPoint {
    int phaseIndex = -1;      // into the result's phases and the summary's
    double load = 0.0;        // per node
    double offered = 0.0;     // all the step's nodes together
    std::size_t measured = 0; // requests outside the warm-up
    std::size_t met = 0;      // of them, meeting every SLO
    double attainment = 0.0;
    bool passed = false;
    std::optional<double> goodput;    // requests meeting every SLO / s, all nodes
    std::optional<double> throughput; // completed requests / s, all nodes
    std::optional<double> ttftP99;    // s
    std::optional<double> e2eP99;     // s
};

/// The steps of one search (one node set), by load.
struct CapacityCurve {
    int nodes = 0;
    PhaseRole role = PhaseRole::Sweep;
    QList<CapacityPoint> points;
    CapacityOutcome outcome;
};

/// A result's capacity searches and, with a 1-node and an N-node search, scaling efficiency at capacity.
struct CapacityResult {
    bool searched = false; // the plan asked for a capacity search
    CapacitySearch settings;
    LoadSpec::Mode mode = LoadSpec::Mode::Poisson;
    bool sessions = false; // a concurrency counts sessions at once, not requests in flight
    QList<CapacityCurve> curves; // the 1-node search first
    // N-node capacity / (N x 1-node capacity), per node loads: both found; the bounds from both brackets
    std::optional<double> efficiency;
    std::optional<double> efficiencyLow;
    std::optional<double> efficiencyHigh;
    QString efficiencyReason; // why there is none
    int gradedPhase = -1;     // the step at the largest search's capacity (its lowest step when none was found)
};

/// Reads a result's capacity search from its steps' records (via `phases`, the summary of each phase).
CapacityResult analyzeCapacity(const BenchmarkResult& result, const QList<PhaseSummary>& phases);

/// A step's attainment from its summary: requests meeting every SLO over measured requests.
std::optional<double> sloAttainment(const PhaseSummary& summary);
/// A step at `load` as the search judges it: its attainment (0 when it measured nothing) against the target.
CapacityStep measuredStep(const PhaseSummary& summary, double load, const CapacitySearch& settings);

} // namespace inferdeck
