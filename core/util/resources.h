#pragma once

namespace inferdeck {

/// Registers the resources embedded in inferdeck_core (agent, schema, rubric). A static library's
/// resources are not registered by themselves; every reader of ":/inferdeck/..." calls this first.
void ensureResources();

} // namespace inferdeck
