#pragma once
// The sections of a report, one function each; reportbuilder.cpp puts them in order.
#include "report/reportbuilder.h"

namespace inferdeck::reportsections {

ReportSection gradeCard(const ReportInput& in);
ReportSection dataQuality(const ReportInput& in);
ReportSection configuration(const ReportInput& in);
ReportSection inventory(const ReportInput& in);
ReportSection headlineMetrics(const ReportInput& in);
ReportSection latencyDistributions(const ReportInput& in);
ReportSection timeSeries(const ReportInput& in);
ReportSection scaling(const ReportInput& in);
ReportSection sloAttainment(const ReportInput& in);
ReportSection energy(const ReportInput& in);
ReportSection outputQuality(const ReportInput& in);
/// Only when some request belongs to a multi-turn session: TTFT and prompt size by turn.
ReportSection sessions(const ReportInput& in);
bool hasSessions(const ReportInput& in);
ReportSection recommendations(const ReportInput& in);
/// Only when some phase scraped its engine's metrics: the time split and the engine state.
ReportSection engineState(const ReportInput& in);
bool hasEngineState(const ReportInput& in);
/// Only for a capacity search: the capacity per search, its steps and curves.
ReportSection capacity(const ReportInput& in);
bool hasCapacity(const ReportInput& in);
ReportSection appendix(const ReportInput& in);
/// Where a node ran, for the inventory's Host column: its Slurm node, job and partition, else its destination.
QString nodeHostText(const NodeInventory& node);
/// The nodes' Slurm allocation ("job 4242, partition gpu, nodes gpu1, gpu2"), or empty.
QString slurmAllocationText(const BenchmarkResult& result);
/// The nodes' Kubernetes pods ("context prod, namespace llm: vllm-0 (image, restarts 0), ..."), or empty.
QString kubernetesPodsText(const BenchmarkResult& result);
/// Only for imported results: the tool, what its file lets InferDeck recompute, and the cross-check.
ReportSection importedSource(const ReportInput& in);
bool isImported(const BenchmarkResult& result);

/// The repetitions of the phase the grade card describes (indices into the summary), best first.
QList<int> gradedPhaseIndices(const ReportInput& in);

} // namespace inferdeck::reportsections
