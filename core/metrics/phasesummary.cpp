#include "metrics/phasesummary.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include "metrics/energy.h"
#include "metrics/intendedlatency.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

// A generator whose sends reach fewer than this share of the target rate fell behind its schedule.
constexpr double kMinAchievedRateShare = 0.95;

bool known(double v)
{
    return !std::isnan(v);
}

bool meetsSlo(const Slo& slo, double ttft, double e2e, std::optional<double> tpot)
{
    if (slo.ttft && !(known(ttft) && ttft <= *slo.ttft))
        return false;
    if (slo.e2e && !(known(e2e) && e2e <= *slo.e2e))
        return false;
    // a one-token answer has no decode step, so a TPOT limit cannot fail it (as in vLLM's goodput)
    if (slo.tpot && tpot && !(*tpot <= *slo.tpot))
        return false;
    return true;
}

// A ramp's or stages' mean over the phase: what its schedule asks for on average
double meanLoad(const LoadSpec& load)
{
    if (load.rampTo)
        return (load.value + *load.rampTo) / 2;
    double time = 0.0;
    double sum = 0.0;
    for (const LoadStage& stage : load.stages) {
        time += stage.durationS;
        sum += stage.value * stage.durationS;
    }
    return time > 0 ? sum / time : load.value;
}

GeneratorCheck checkGenerator(const Phase& phase, const std::vector<std::size_t>& rows, int nodeCount,
                              double maxLatenessP99S)
{
    const RequestColumns& r = phase.requests;
    GeneratorCheck g;
    std::vector<double> lateness;
    double firstSend = std::numeric_limits<double>::infinity();
    double lastSend = -firstSend;
    double firstIntended = firstSend;
    double lastIntended = -firstSend;
    std::size_t intended = 0;
    for (std::size_t i : rows) {
        if (known(r.intendedSend[i])) {
            lateness.push_back(r.send[i] - r.intendedSend[i]);
            firstIntended = std::min(firstIntended, r.intendedSend[i]);
            lastIntended = std::max(lastIntended, r.intendedSend[i]);
            ++intended;
        }
        firstSend = std::min(firstSend, r.send[i]);
        lastSend = std::max(lastSend, r.send[i]);
    }
    g.latenessP99S = stats::percentile(lateness, 0.99);
    // a trace's rate is its own schedule's (below): its value is a speed-up, not requests/s
    if (phase.load.mode != LoadSpec::Mode::Concurrency && phase.load.mode != LoadSpec::Mode::AllAtOnce
        && phase.load.mode != LoadSpec::Mode::Trace)
        g.targetRate = meanLoad(phase.load) * nodeCount;
    if (rows.size() >= 2 && lastSend > firstSend)
        g.achievedSendRate = static_cast<double>(rows.size() - 1) / (lastSend - firstSend);
    // Measured against the schedule the generator actually drew: a short Poisson phase's own schedule
    // deviates from the nominal rate by chance (±17 % at 33 requests), which says nothing about the client.
    std::optional<double> scheduled = g.targetRate;
    if (intended == rows.size() && intended >= 2 && lastIntended > firstIntended)
        scheduled = static_cast<double>(intended - 1) / (lastIntended - firstIntended);
    g.scheduledRate = scheduled;
    g.fellBehind = (g.latenessP99S && *g.latenessP99S > maxLatenessP99S)
        || (scheduled && g.achievedSendRate && *g.achievedSendRate < kMinAchievedRateShare * *scheduled);
    return g;
}

// Every gap between successive chunks of the given requests, in order: the pooled ITL, read from the chunk
// times instead of copied out (15 M values, 120 MB, for a 1 M × 16-chunk phase).
class ItlStream : public stats::ValueStream {
public:
    ItlStream(const RequestColumns& r, const std::vector<std::size_t>& rows) : m_r(r), m_rows(rows) { }

    void rewind() override
    {
        m_row = 0;
        m_inRow = false;
    }

    std::size_t read(double* out, std::size_t max) override
    {
        // in locals: stores to `out` could alias the members, which would be reloaded for every value
        const std::uint64_t* offsets = m_r.chunkOffsets.data();
        const double* times = m_r.chunkTimes.data();
        std::size_t row = m_row;
        std::uint64_t chunk = m_chunk;
        bool inRow = m_inRow;
        std::size_t n = 0;
        while (n < max && row < m_rows.size()) {
            const std::size_t i = m_rows[row];
            if (!inRow) {
                chunk = offsets[i] + 1;
                inRow = true;
            }
            const std::uint64_t end = std::min<std::uint64_t>(offsets[i + 1], chunk + (max - n));
            for (; chunk < end; ++chunk)
                out[n++] = times[chunk] - times[chunk - 1];
            if (chunk >= offsets[i + 1]) {
                ++row;
                inRow = false;
            }
        }
        m_row = row;
        m_chunk = chunk;
        m_inRow = inRow;
        return n;
    }

private:
    const RequestColumns& m_r;
    const std::vector<std::size_t>& m_rows;
    std::size_t m_row = 0;      // index into m_rows
    std::uint64_t m_chunk = 0;  // next chunk of that row whose gap to its predecessor is read
    bool m_inRow = false;
};

stats::Distribution fromReported(const ReportedDistribution& d)
{
    stats::Distribution out;
    out.count = d.count ? static_cast<std::size_t>(std::max<std::int64_t>(0, *d.count)) : 0;
    out.mean = d.mean;
    out.stddev = d.stddev;
    out.min = d.min;
    out.max = d.max;
    out.p50 = d.p50;
    out.p90 = d.p90;
    out.p95 = d.p95;
    out.p99 = d.p99;
    return out;
}

std::size_t countOf(std::optional<std::int64_t> v)
{
    return v && *v > 0 ? static_cast<std::size_t>(*v) : 0;
}

// An aggregate-only phase: the tool's own numbers are all there is.
void takeReported(PhaseSummary& s, const ReportedSummary& r)
{
    s.aggregateOnly = true;
    s.countsKnown = r.issued || r.completed;
    s.issued = countOf(r.issued ? r.issued : r.completed && r.failed ? std::optional(*r.completed + *r.failed) : r.completed);
    s.completed = countOf(r.completed);
    s.failed = r.failed ? countOf(r.failed) : s.issued - std::min(s.issued, s.completed);
    if (s.issued > 0 && r.completed)
        s.successRate = static_cast<double>(s.completed) / static_cast<double>(s.issued);
    s.durationS = r.durationS;
    s.requestThroughput = r.requestThroughput;
    s.outputTokenThroughput = r.outputTokenThroughput;
    s.totalTokenThroughput = r.totalTokenThroughput;
    s.inputTokens = r.inputTokens.value_or(0);
    s.outputTokens = r.outputTokens.value_or(0);
    s.inputTokensKnown = r.inputTokens.has_value();
    s.outputTokensKnown = r.outputTokens.has_value();
    s.ttft = fromReported(r.ttft);
    s.tpot = fromReported(r.tpot);
    s.itl = fromReported(r.itl);
    s.e2e = fromReported(r.e2e);
    // a tool that prints a distribution without its count computed it over the completed requests
    for (stats::Distribution* d : { &s.ttft, &s.tpot, &s.e2e })
        if (d->count == 0 && (d->mean || d->p50 || d->p99))
            d->count = std::max<std::size_t>(1, s.completed);
    if (s.itl.count == 0 && (s.itl.mean || s.itl.p50 || s.itl.p99))
        s.itl.count = 1; // a number of chunks the tool did not state
}

// Records without send times: latencies are exact, but the phase's span is only what the tool states.
void takeReportedSpan(PhaseSummary& s, const ReportedSummary* r, std::size_t met, bool sloAny)
{
    s.durationS.reset();
    s.requestThroughput.reset();
    s.outputTokenThroughput.reset();
    s.totalTokenThroughput.reset();
    s.goodput.reset();
    s.energyJ.reset();
    s.energyJPerOutputToken.reset();
    s.generator = {};
    if (!r)
        return;
    s.durationS = r->durationS;
    s.requestThroughput = r->requestThroughput;
    s.outputTokenThroughput = r->outputTokenThroughput;
    s.totalTokenThroughput = r->totalTokenThroughput;
    if (sloAny && r->durationS && *r->durationS > 0)
        s.goodput = static_cast<double>(met) / *r->durationS;
}

// The agent writes a null reasoning count for an answer that had no reasoning, so inside a phase that
// reasoned a null counts as none; the phase reasoned when any completed request did.
void summarizeReasoning(PhaseSummary& s, const Phase& phase, const std::vector<std::size_t>& completed)
{
    const RequestColumns& r = phase.requests;
    ReasoningSummary rs;
    std::int64_t outputs = 0;
    bool outputsKnown = true;
    std::size_t fromUsage = 0;
    std::vector<double> answer;
    for (std::size_t i : completed) {
        const std::int32_t nr = r.reasoningTokens[i];
        if (nr > 0) {
            rs.tokens += nr;
            ++rs.requests;
            fromUsage += r.reasoningFromUsage[i];
        }
        if (r.outputTokens[i] < 0)
            outputsKnown = false;
        else
            outputs += r.outputTokens[i];
        if (known(r.firstAnswer[i]))
            answer.push_back(r.firstAnswer[i] - r.send[i]);
        else if (nr > 0)
            ++rs.answerless;
    }
    if (rs.requests == 0)
        return;
    if (outputsKnown && outputs > 0)
        rs.share = static_cast<double>(rs.tokens) / static_cast<double>(outputs);
    rs.source = fromUsage == rs.requests ? u"usage"_s : fromUsage == 0 ? u"counted"_s : u"mixed"_s;
    s.reasoning = rs;
    s.answerTtft = stats::describe(answer);
}

void summarizeLengths(PhaseSummary& s, const Phase& phase, const std::vector<std::size_t>& completed)
{
    const RequestColumns& r = phase.requests;
    std::vector<double> inReq, inGot, outReq, outGot;
    LengthSummary ls;
    for (std::size_t i : completed) {
        if (r.requestedInput[i] >= 0 && r.inputTokens[i] >= 0) {
            inReq.push_back(r.requestedInput[i]);
            inGot.push_back(r.inputTokens[i]);
        }
        if (r.requestedOutput[i] >= 0 && r.outputTokens[i] >= 0) {
            outReq.push_back(r.requestedOutput[i]);
            outGot.push_back(r.outputTokens[i]);
            ls.shortAnswers += r.outputTokens[i] < r.requestedOutput[i];
        }
    }
    ls.promptMethod = phase.prompts.method;
    if (inReq.empty() && outReq.empty() && ls.promptMethod.isEmpty())
        return;
    ls.inputRequestedMean = stats::mean(inReq);
    ls.inputReceivedMean = stats::mean(inGot);
    ls.outputRequestedMean = stats::mean(outReq);
    ls.outputReceivedMean = stats::mean(outGot);
    ls.outputCompared = outReq.size();
    s.lengths = ls;
}

void summarizeSessions(PhaseSummary& s, const Phase& phase)
{
    const RequestColumns& r = phase.requests;
    std::set<std::pair<int, std::int64_t>> seen; // session ids are per node
    for (std::size_t i = 0; i < r.size(); ++i)
        if (r.session[i] >= 0 && !r.warmup[i])
            seen.emplace(r.node[i], r.session[i]);
    if (seen.empty())
        return;
    s.sessions = static_cast<qint64>(seen.size());
    s.turns = summarizeTurns({ &phase });
    s.thinkLateness = thinkLateness({ &phase });
}

} // namespace

bool requestMeetsSlo(const RequestColumns& r, std::size_t i, const Slo& slo)
{
    if (r.status[i] != RequestColumns::kOk)
        return false;
    const double t = r.firstToken[i] - r.send[i];
    const double e = r.end[i] - r.send[i];
    std::optional<double> perToken;
    if (r.outputTokens[i] > 1 && known(t) && known(e))
        perToken = (e - t) / (r.outputTokens[i] - 1);
    return meetsSlo(slo, t, e, perToken);
}

PhaseSummary summarizePhase(const Phase& phase, const Slo& slo, double maxLatenessP99S, std::optional<int> node)
{
    const RequestColumns& r = phase.requests;
    PhaseSummary s;
    s.phase = phase.name;
    s.repetition = phase.repetition;
    s.role = phase.role;
    s.nodes = node ? QStringList { phase.nodes.value(*node) } : phase.nodes;

    std::vector<std::size_t> rows;
    rows.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (node && r.node[i] != *node)
            continue;
        if (r.warmup[i])
            ++s.warmupExcluded;
        else
            rows.push_back(i);
    }
    s.issued = rows.size();

    double start = std::numeric_limits<double>::infinity();
    double stop = -start;
    std::vector<double> ttft;
    std::vector<double> tpot;
    std::vector<double> e2e;
    std::vector<std::size_t> completed;
    // reserved for every row (untouched pages of a reservation cost no memory), not grown by doubling
    ttft.reserve(rows.size());
    tpot.reserve(rows.size());
    e2e.reserve(rows.size());
    completed.reserve(rows.size());
    QMap<std::int32_t, std::size_t> failures;
    std::size_t met = 0;
    std::size_t fromUsage = 0;
    for (std::size_t i : rows) {
        start = std::min(start, r.send[i]);
        if (known(r.end[i]))
            stop = std::max(stop, r.end[i]);
        if (r.status[i] != RequestColumns::kOk) {
            ++failures[r.status[i]];
            continue;
        }
        ++s.completed;
        completed.push_back(i);
        const double t = r.firstToken[i] - r.send[i];
        const double e = r.end[i] - r.send[i];
        const std::int32_t nout = r.outputTokens[i];
        if (known(t))
            ttft.push_back(t);
        if (known(e))
            e2e.push_back(e);
        std::optional<double> perToken;
        if (nout > 1 && known(t) && known(e)) {
            perToken = (e - t) / (nout - 1);
            tpot.push_back(*perToken);
        }
        if (slo.any() && meetsSlo(slo, t, e, perToken)) // requestMeetsSlo's rule, on the values already at hand
            ++met;
        // a tool that saved no prompt lengths still lets output-token throughput be measured
        if (r.inputTokens[i] < 0)
            s.inputTokensKnown = false;
        else
            s.inputTokens += r.inputTokens[i];
        if (nout < 0)
            s.outputTokensKnown = false;
        else
            s.outputTokens += nout;
        fromUsage += r.tokensFromUsage[i];
    }
    s.failed = s.issued - s.completed;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        s.failuresByReason.append({ phase.failureReasons.value(it.key() - 1), it.value() });
    std::stable_sort(s.failuresByReason.begin(), s.failuresByReason.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (s.completed > 0)
        s.tokenSource = fromUsage == s.completed ? u"usage"_s : fromUsage == 0 ? u"counted"_s : u"mixed"_s;

    if (s.issued > 0)
        s.successRate = static_cast<double>(s.completed) / static_cast<double>(s.issued);
    if (stop > start) {
        const double d = stop - start;
        s.durationS = d;
        s.requestThroughput = static_cast<double>(s.completed) / d;
        if (s.outputTokensKnown)
            s.outputTokenThroughput = static_cast<double>(s.outputTokens) / d;
        if (s.outputTokensKnown && s.inputTokensKnown)
            s.totalTokenThroughput = static_cast<double>(s.inputTokens + s.outputTokens) / d;
        if (slo.any()) {
            s.sloMet = met;
            s.goodput = static_cast<double>(met) / d;
        }
        s.energyJ = gpuEnergyJ(phase.telemetry, start, stop, node);
        if (s.energyJ && s.outputTokensKnown && s.outputTokens > 0)
            s.energyJPerOutputToken = *s.energyJ / static_cast<double>(s.outputTokens);
    }
    // moved: each distribution is selected in place and its column freed as soon as it is described
    s.ttft = stats::describe(std::move(ttft));
    s.tpot = stats::describe(std::move(tpot));
    s.e2e = stats::describe(std::move(e2e));
    if (r.hasChunks()) {
        ItlStream itl(r, completed);
        s.itl = stats::describe(itl);
    }
    summarizeReasoning(s, phase, completed);
    summarizeLengths(s, phase, completed);
    s.generator = checkGenerator(phase, rows, node ? 1 : static_cast<int>(phase.nodes.size()), maxLatenessP99S);
    summarizeFromIntended(s, phase, completed);
    if (!node)
        summarizeSessions(s, phase);

    // The file's own aggregates describe the whole phase, so they stand for a node only when it is the only one.
    const ReportedSummary* reported = phase.reported && (!node || phase.nodes.size() == 1) ? &*phase.reported : nullptr;
    s.sendTimesKnown = phase.sendTimesKnown;
    if (reported)
        s.reported = *reported;
    if (reported && rows.empty() && s.warmupExcluded == 0) {
        takeReported(s, *reported);
        return s;
    }
    if (!phase.sendTimesKnown)
        takeReportedSpan(s, reported, met, slo.any());
    if (reported)
        s.crossCheck = CrossCheck::run(s, *reported);
    return s;
}

} // namespace inferdeck
