#pragma once
#include "model/runplan.h"
#include "run/cluster.h"

namespace inferdeck {

/// The built-in demo: two simulated nodes on this machine (the agent's serve-sim, Llama-3.1-8B-like
/// timing on one H100 each) and a scaling plan that runs in about a minute.
struct DemoSetup {
    Cluster cluster;
    RunPlan plan;
};

DemoSetup demoSetup();

/// The demo's plan alone (demoSetup() also picks free ports for its nodes).
RunPlan demoPlan();

/// Whether `plan` is the built-in demo's plan unchanged, e.g. as read back from a demo's result file. The
/// demo's phases are seconds long so that it ends in about a minute, which the default rubric's
/// data-quality rules for a real run (60 s phases, 200 requests) cannot accept; its report says so first.
bool isDemoPlan(const RunPlan& plan);

} // namespace inferdeck
