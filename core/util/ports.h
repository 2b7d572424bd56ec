#pragma once

namespace inferdeck {

/// A free TCP port on 127.0.0.1: bound and released, for a local server that binds it right after.
int freeLoopbackPort();

} // namespace inferdeck
