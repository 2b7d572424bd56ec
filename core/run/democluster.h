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

} // namespace inferdeck
