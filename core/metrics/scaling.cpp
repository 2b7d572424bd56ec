#include "metrics/scaling.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

#include "metrics/phasesummary.h"
#include "stats/windowedrate.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ScalingAnalysis)
};

// Windows per phase repetition for the time-window bootstrap: enough to resample, long enough
// (a tenth of the phase) that each holds many completions.
constexpr int kWindowsPerPhase = 10;

double meanOf(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

} // namespace

std::vector<double> windowThroughputs(const Phase& phase, const PhaseSummary& summary)
{
    const RequestColumns& r = phase.requests;
    std::vector<double> ends;
    std::vector<double> tokens;
    double start = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (r.warmup[i])
            continue;
        start = std::min(start, r.send[i]);
        if (r.status[i] == RequestColumns::kOk) {
            ends.push_back(r.end[i]);
            tokens.push_back(r.outputTokens[i]);
        }
    }
    std::vector<double> out;
    if (!summary.durationS)
        return out;
    const double width = *summary.durationS / kWindowsPerPhase;
    for (const auto& w : stats::windowedRates(ends, tokens, start, start + *summary.durationS, width))
        out.push_back(w.rate);
    return out;
}

namespace {

struct Side {
    QString name;
    int nodes = 0;
    std::vector<const Phase*> phases;
    std::vector<double> throughputs; // per repetition
    std::vector<double> windows;     // per time window, all repetitions
};

} // namespace

QString scalingVerdictName(ScalingResult::Verdict verdict)
{
    switch (verdict) {
    case ScalingResult::Verdict::NotMeasured:
        return u"not measured"_s;
    case ScalingResult::Verdict::NoInterval:
        return u"no interval"_s;
    case ScalingResult::Verdict::SubLinear:
        return u"sub-linear"_s;
    case ScalingResult::Verdict::Linear:
        return u"consistent with linear"_s;
    case ScalingResult::Verdict::SuperLinear:
        return u"super-linear"_s;
    }
    return {};
}

QString scalingVerdictText(ScalingResult::Verdict verdict)
{
    switch (verdict) {
    case ScalingResult::Verdict::NotMeasured:
        return QCoreApplication::translate("Scaling", "not measured");
    case ScalingResult::Verdict::NoInterval:
        return QCoreApplication::translate("Scaling", "no interval");
    case ScalingResult::Verdict::SubLinear:
        return QCoreApplication::translate("Scaling", "sub-linear");
    case ScalingResult::Verdict::Linear:
        return QCoreApplication::translate("Scaling", "consistent with linear");
    case ScalingResult::Verdict::SuperLinear:
        return QCoreApplication::translate("Scaling", "super-linear");
    }
    return {};
}

QString scalingIntervalMethodText(const QString& method)
{
    if (method == u"repetitions")
        return QCoreApplication::translate("Scaling", "repetitions");
    if (method == u"time windows")
        return QCoreApplication::translate("Scaling", "time windows");
    return method;
}

ScalingResult analyzeScaling(const BenchmarkResult& result, const stats::BootstrapOptions& options)
{
    ScalingResult out;
    if (result.plan.capacity.enabled) {
        // its steps ran at different loads on one node and on all: they are compared at capacity instead
        out.reason = Tr::tr("a capacity search compares one node and the cluster at their capacities (see Capacity under SLO)");
        return out;
    }
    Side base;
    Side scaled;
    // a run that did not complete keeps the phase it was in as far as it got, last in the file: cut short by a
    // cancel, a node or pod lost, a job's time limit, it measured less than its plan (a node may have sent
    // nothing), so it is no side of the comparison
    const Phase* cutShort = result.status != RunStatus::Complete && !result.phases.isEmpty() ? &result.phases.last() : nullptr;
    for (const Phase& p : result.phases) {
        if (&p == cutShort)
            continue;
        if (p.role == PhaseRole::Baseline && p.nodes.size() == 1 && (base.name.isEmpty() || base.name == p.name)) {
            base.name = p.name;
            base.nodes = 1;
            base.phases.push_back(&p);
        }
    }
    for (const Phase& p : result.phases) {
        if (p.role != PhaseRole::Scaled || p.nodes.size() < 2 || &p == cutShort)
            continue;
        if (p.nodes.size() > scaled.nodes) {
            scaled = Side { p.name, static_cast<int>(p.nodes.size()), {}, {}, {} };
        }
        if (p.name == scaled.name && p.nodes.size() == scaled.nodes)
            scaled.phases.push_back(&p);
    }
    //: %1 a phase's name: the run ended during it, so it is left out
    const QString leftOut = cutShort ? Tr::tr(" (“%1” was cut short when the run ended and is left out)").arg(cutShort->name) : QString();
    if (base.phases.empty()) {
        out.reason = Tr::tr("no 1-node baseline phase was measured in this run; an estimated baseline is never used") + leftOut;
        return out;
    }
    if (scaled.phases.empty()) {
        out.reason = Tr::tr("no phase on more than one node was measured in this run") + leftOut;
        return out;
    }
    out.baselinePhase = base.name;
    out.scaledPhase = scaled.name;
    out.nodes = scaled.nodes;
    if (!(base.phases.front()->load == scaled.phases.front()->load)) {
        out.reason = Tr::tr("the baseline \"%1\" and the scaled phase \"%2\" ran different per-node loads")
                         .arg(base.name, scaled.name);
        return out;
    }
    for (Side* side : { &base, &scaled }) {
        for (const Phase* p : side->phases) {
            const PhaseSummary s = summarizePhase(*p, result.plan.slo, result.plan.maxLatenessP99S);
            if (!s.outputTokenThroughput || *s.outputTokenThroughput <= 0.0)
                continue;
            side->throughputs.push_back(*s.outputTokenThroughput);
            const std::vector<double> w = windowThroughputs(*p, s);
            side->windows.insert(side->windows.end(), w.begin(), w.end());
        }
    }
    if (base.throughputs.empty() || scaled.throughputs.empty()) {
        out.reason = Tr::tr("the baseline or the scaled phase completed no request with known output tokens");
        return out;
    }

    const double n = scaled.nodes;
    auto efficiency = [n](std::span<const double> x1, std::span<const double> xn) {
        const double a = std::accumulate(x1.begin(), x1.end(), 0.0) / static_cast<double>(x1.size());
        const double b = std::accumulate(xn.begin(), xn.end(), 0.0) / static_cast<double>(xn.size());
        return b / (n * a);
    };
    out.measured = true;
    out.baselineThroughput = meanOf(base.throughputs);
    out.scaledThroughput = meanOf(scaled.throughputs);
    out.efficiency = out.scaledThroughput / (n * out.baselineThroughput);
    if (base.throughputs.size() >= 2 && scaled.throughputs.size() >= 2) {
        out.interval = stats::bootstrapInterval(base.throughputs, scaled.throughputs, efficiency, options);
        out.intervalMethod = u"repetitions"_s;
        out.baselineSamples = static_cast<int>(base.throughputs.size());
        out.scaledSamples = static_cast<int>(scaled.throughputs.size());
    } else {
        out.interval = stats::bootstrapInterval(base.windows, scaled.windows, efficiency, options);
        out.intervalMethod = u"time windows"_s;
        out.baselineSamples = static_cast<int>(base.windows.size());
        out.scaledSamples = static_cast<int>(scaled.windows.size());
    }
    if (!out.interval)
        out.intervalMethod.clear();
    if (!out.interval)
        out.verdict = ScalingResult::Verdict::NoInterval;
    else if (out.interval->low > 1.0)
        out.verdict = ScalingResult::Verdict::SuperLinear;
    else if (out.interval->high < 1.0)
        out.verdict = ScalingResult::Verdict::SubLinear;
    else
        out.verdict = ScalingResult::Verdict::Linear;
    return out;
}

} // namespace inferdeck
