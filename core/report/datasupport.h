#pragma once
#include <QString>

#include "model/benchmarkresult.h"

namespace inferdeck::datasupport {

// The one rule for what a phase's data can show. A chart, table cell or sentence that places requests in
// time exists only when the records carry send times: imports of tools that saved none (vLLM's and
// llmperf's per-request lists) keep every latency exact but have no timeline, and drawing one would
// invent it. The report sections, the GUI's tables and charts and compare all ask here.

/// Why the requests of `phase` cannot be placed in time; empty when they can.
QString whyNoTimeline(const Phase& phase);
inline bool hasTimeline(const Phase& phase) { return whyNoTimeline(phase).isEmpty(); }

/// Why `phase` has no per-request latencies to draw distributions from; empty when it has some.
QString whyNoRecords(const Phase& phase);

} // namespace inferdeck::datasupport
