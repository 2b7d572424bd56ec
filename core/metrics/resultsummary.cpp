#include "metrics/resultsummary.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <thread>
#include <vector>

namespace inferdeck {

namespace {
// Summaries computed at once: each holds a few copies of its phase's latency columns (~40 MB for a
// 1 M-request phase), so the count bounds memory as well as using the second core.
constexpr unsigned kMaxThreads = 2;
} // namespace

ResultSummary summarizeResult(const BenchmarkResult& result)
{
    const Slo& slo = result.plan.slo;
    const double maxLateness = result.plan.maxLatenessP99S;
    // Every phase pooled and per node: independent pure functions of the records, shared out to threads;
    // each lands in its own slot, so the summary never depends on which thread finished first.
    struct Job {
        qsizetype phase = 0;
        std::optional<int> node;
        PhaseSummary out;
    };
    std::vector<Job> jobs;
    for (qsizetype i = 0; i < result.phases.size(); ++i) {
        jobs.push_back({ i, std::nullopt, {} });
        for (int k = 0; k < result.phases[i].nodes.size(); ++k)
            jobs.push_back({ i, k, {} });
    }
    std::atomic<std::size_t> next { 0 };
    auto work = [&] {
        for (std::size_t j = next++; j < jobs.size(); j = next++)
            jobs[j].out = summarizePhase(result.phases[jobs[j].phase], slo, maxLateness, jobs[j].node);
    };
    const unsigned helpers = std::min({ std::max(1u, std::thread::hardware_concurrency()), kMaxThreads,
                                        static_cast<unsigned>(jobs.size()) }) - (jobs.empty() ? 0 : 1);
    std::vector<std::future<void>> running;
    for (unsigned t = 0; t < helpers; ++t)
        running.push_back(std::async(std::launch::async, work));
    work();
    for (auto& r : running)
        r.get();

    ResultSummary out;
    for (Job& job : jobs) {
        if (!job.node) {
            job.out.engine = engineSplits(result.phases[job.phase]);
            out.phases.append(std::move(job.out));
            out.perNode.append(QList<PhaseSummary>());
        } else {
            out.perNode.last().append(std::move(job.out));
        }
    }
    out.scaling = analyzeScaling(result);
    out.capacity = analyzeCapacity(result, out.phases);
    return out;
}

} // namespace inferdeck
