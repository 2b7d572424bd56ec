#include "grading/grader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "format/units.h"
#include "metrics/scaling.h"
#include "stats/descriptive.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Grader)
};

constexpr double kMinStabilityPhaseS = 10.0; // 10 windows of at least 1 s

QString criterionName(const QString& id)
{
    if (id == u"scaling_efficiency")
        return Tr::tr("Scaling efficiency");
    if (id == u"throughput")
        return Tr::tr("Throughput vs target");
    if (id == u"ttft_slo")
        return Tr::tr("TTFT vs SLO");
    if (id == u"tpot_slo")
        return Tr::tr("TPOT vs SLO");
    if (id == u"e2e_slo")
        return Tr::tr("E2E latency vs SLO");
    if (id == u"goodput_share")
        return Tr::tr("Goodput share");
    if (id == u"success_rate")
        return Tr::tr("Success rate");
    if (id == u"stability")
        return Tr::tr("Stability");
    if (id == u"energy_per_token")
        return Tr::tr("Energy per output token");
    return id;
}

std::optional<double> percentileOf(const stats::Distribution& d, const QString& p)
{
    if (p == u"p50")
        return d.p50;
    if (p == u"p90")
        return d.p90;
    if (p == u"p95")
        return d.p95;
    return d.p99;
}

// The repetitions of the graded phase: the N-node phase of the scaling analysis, the step at capacity of a
// capacity search, otherwise the phase with the most nodes (the last such phase in the file, which in a sweep
// is the highest load).
QList<int> gradedIndices(const ResultSummary& summary, QString& name)
{
    name = summary.scaling.measured ? summary.scaling.scaledPhase : QString();
    // a capacity search is graded at the capacity it found (the highest load meeting the target)
    if (summary.capacity.searched && summary.capacity.gradedPhase >= 0)
        name = summary.phases.value(summary.capacity.gradedPhase).phase;
    if (name.isEmpty()) {
        qsizetype most = -1;
        for (const PhaseSummary& p : summary.phases)
            if (p.nodes.size() >= most) {
                most = p.nodes.size();
                name = p.phase;
            }
    }
    QList<int> out;
    for (int i = 0; i < summary.phases.size(); ++i)
        if (summary.phases[i].phase == name)
            out.append(i);
    return out;
}

struct Values {
    std::vector<double> v;
    void add(std::optional<double> x)
    {
        if (x && std::isfinite(*x))
            v.push_back(*x);
    }
    bool empty() const { return v.empty(); }
    double mean() const { return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size()); }
    stats::Interval range() const { return { *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()) }; }
};

class Grader {
public:
    Grader(const BenchmarkResult& result, const ResultSummary& summary, const Rubric& rubric)
        : m_result(result), m_summary(summary), m_rubric(rubric)
    {
    }

    GradeCard run()
    {
        m_card.rubricName = m_rubric.name;
        m_card.rubricSource = m_rubric.source;
        m_card.grades = m_rubric.grades;
        m_card.simulated = m_result.simulated;
        m_graded = gradedIndices(m_summary, m_card.gradedPhase);
        m_card.gradedRepetitions = static_cast<int>(m_graded.size());
        m_card.gradedNodes = m_graded.isEmpty() ? 0 : static_cast<int>(m_summary.phases[m_graded.first()].nodes.size());
        for (const CriterionRule& rule : m_rubric.criteria)
            if (rule.enabled)
                m_card.criteria.append(grade(rule, measure(rule.id)));
        checkQuality();
        overall();
        return std::move(m_card);
    }

private:
    CriterionGrade measure(const QString& id)
    {
        CriterionGrade c;
        c.id = id;
        c.name = criterionName(id);
        if (m_graded.isEmpty()) {
            c.reason = Tr::tr("Not measured: the result has no phase with measured requests.");
            return c;
        }
        const QString reps = m_graded.size() == 1 ? Tr::tr("1 repetition") : Tr::tr("%1 repetitions").arg(m_graded.size());
        if (id == u"scaling_efficiency")
            return scaling(c);
        if (id == u"throughput") {
            if (!m_result.plan.targetThroughputPerNode) {
                c.reason = Tr::tr("Not measured: the plan sets no throughput target.");
                return c;
            }
            const double target = *m_result.plan.targetThroughputPerNode * m_card.gradedNodes;
            Values x;
            for (int i : m_graded)
                x.add(m_summary.phases[i].outputTokenThroughput);
            if (x.empty()) {
                c.reason = Tr::tr("Not measured: no output tokens were counted.");
                return c;
            }
            c.measured = true;
            c.value = x.mean() / target;
            c.interval = stats::Interval{ x.range().low / target, x.range().high / target };
            c.valueText = Tr::tr("%1 (target %2)").arg(Units::rate(x.mean(), Tr::tr("tok/s")), Units::rate(target, Tr::tr("tok/s")));
            c.intervalText = spread(Units::rate(x.range().low, Tr::tr("tok/s")), Units::rate(x.range().high, Tr::tr("tok/s")));
            c.reason = Tr::tr("Output-token throughput of “%1” is %2 of the target %3.")
                           .arg(m_card.gradedPhase, Units::percent(*c.value), Units::rate(target, Tr::tr("tok/s")));
            return c;
        }
        if (id == u"ttft_slo" || id == u"tpot_slo" || id == u"e2e_slo") {
            const Slo& slo = m_result.plan.slo;
            const std::optional<double> limit = id == u"ttft_slo" ? slo.ttft : id == u"tpot_slo" ? slo.tpot : slo.e2e;
            const QString metric = id == u"ttft_slo" ? u"TTFT"_s : id == u"tpot_slo" ? u"TPOT"_s : u"E2E"_s;
            if (!limit) {
                c.reason = Tr::tr("Not measured: the plan sets no %1 limit.").arg(metric);
                return c;
            }
            Values x;
            for (int i : m_graded) {
                const PhaseSummary& p = m_summary.phases[i];
                x.add(percentileOf(id == u"ttft_slo" ? p.ttft : id == u"tpot_slo" ? p.tpot : p.e2e, m_rubric.sloPercentile));
            }
            if (x.empty()) {
                c.reason = Tr::tr("Not measured: no request has a %1.").arg(metric);
                return c;
            }
            c.measured = true;
            c.value = x.mean() / *limit;
            c.interval = stats::Interval{ x.range().low / *limit, x.range().high / *limit };
            c.valueText = Tr::tr("%1 %2 (limit %3)").arg(m_rubric.sloPercentile, Units::duration(x.mean()), Units::duration(*limit));
            c.intervalText = spread(Units::duration(x.range().low), Units::duration(x.range().high));
            c.reason = Tr::tr("%1 %2 is %3× the %4 limit (mean over %5).")
                           .arg(m_rubric.sloPercentile, metric, Units::number(*c.value, 2), Units::duration(*limit), reps);
            return c;
        }
        if (id == u"goodput_share" || id == u"success_rate") {
            const bool goodput = id == u"goodput_share";
            if (goodput && !m_result.plan.slo.any()) {
                c.reason = Tr::tr("Not measured: the plan sets no SLO.");
                return c;
            }
            std::size_t num = 0;
            std::size_t den = 0;
            Values per;
            int unknown = 0;
            for (int i : m_graded) {
                const PhaseSummary& p = m_summary.phases[i];
                // an aggregate-only file may state neither the count nor which requests met the SLOs
                if (!p.countsKnown || (goodput && !p.sloMet)) {
                    ++unknown;
                    continue;
                }
                const std::size_t n = goodput ? p.sloMet.value_or(0) : p.completed;
                const std::size_t d = goodput ? p.completed : p.issued;
                num += n;
                den += d;
                if (d > 0)
                    per.add(double(n) / double(d));
            }
            if (unknown == m_graded.size()) {
                c.reason = goodput ? Tr::tr("Not measured: the file has only aggregates, so which requests met every SLO cannot be recomputed.")
                                   : Tr::tr("Not measured: the file does not state how many requests were sent.");
                return c;
            }
            if (den == 0) {
                c.reason = goodput ? Tr::tr("Not measured: no request completed.") : Tr::tr("Not measured: no request was issued.");
                return c;
            }
            c.measured = true;
            c.value = double(num) / double(den);
            c.interval = per.range();
            c.valueText = Units::percent(*c.value, 2);
            c.intervalText = spread(Units::percent(per.range().low, 2), Units::percent(per.range().high, 2));
            c.reason = goodput ? Tr::tr("%1 of %2 completed requests met every SLO.").arg(Units::count(qint64(num)), Units::count(qint64(den)))
                               : Tr::tr("%1 of %2 issued requests completed.").arg(Units::count(qint64(num)), Units::count(qint64(den)));
            return c;
        }
        if (id == u"stability")
            return stability(c);
        if (id == u"energy_per_token") {
            Values x;
            for (int i : m_graded)
                x.add(m_summary.phases[i].energyJPerOutputToken);
            if (x.empty()) {
                c.reason = Tr::tr("Not measured: no GPU power telemetry.");
                return c;
            }
            c.measured = true;
            c.value = x.mean();
            c.interval = x.range();
            c.valueText = Units::energyPerToken(x.mean());
            c.intervalText = spread(Units::energyPerToken(x.range().low), Units::energyPerToken(x.range().high));
            c.reason = Tr::tr("GPU energy over the phase divided by its output tokens (mean over %1).").arg(reps);
            return c;
        }
        return c;
    }

    CriterionGrade scaling(CriterionGrade c)
    {
        const ScalingResult& s = m_summary.scaling;
        if (const CapacityResult& cap = m_summary.capacity; cap.searched)
            return scalingAtCapacity(c, cap);
        if (!s.measured) {
            c.reason = Tr::tr("Not measured: %1").arg(s.reason);
            return c;
        }
        c.measured = true;
        c.value = s.efficiency;
        c.interval = s.interval;
        c.valueText = Units::percent(s.efficiency);
        c.intervalText = s.interval ? Tr::tr("95 % CI %1–%2 (%3)").arg(Units::percent(s.interval->low), Units::percent(s.interval->high), scalingIntervalMethodText(s.intervalMethod))
                                    : Tr::tr("no interval");
        c.reason = Tr::tr("“%1” reached %3 tok/s on %2 nodes against %4 × %5 tok/s measured on 1 node (%6).")
                       .arg(s.scaledPhase)
                       .arg(s.nodes)
                       .arg(Units::number(s.scaledThroughput, 2))
                       .arg(s.nodes)
                       .arg(Units::number(s.baselineThroughput, 2))
                       .arg(scalingVerdictText(s.verdict));
        return c;
    }

    // A capacity search compares capacities: the cluster's per node against one node's, with the range both
    // brackets allow as its interval (graded on its pessimistic end like a bootstrap interval)
    CriterionGrade scalingAtCapacity(CriterionGrade c, const CapacityResult& cap)
    {
        if (!cap.efficiency) {
            c.reason = Tr::tr("Not measured: %1").arg(cap.efficiencyReason);
            return c;
        }
        c.measured = true;
        c.value = cap.efficiency;
        if (cap.efficiencyLow && cap.efficiencyHigh)
            c.interval = stats::Interval { *cap.efficiencyLow, *cap.efficiencyHigh };
        c.valueText = Units::percent(cap.efficiency);
        c.intervalText = c.interval ? Tr::tr("%1–%2 from the capacity brackets").arg(Units::percent(c.interval->low), Units::percent(c.interval->high))
                                    : Tr::tr("no interval: a search ended at its range");
        const CapacityCurve& one = cap.curves.first();
        const CapacityCurve& many = cap.curves.last();
        c.reason = Tr::tr("At capacity under the SLOs: %1 per node on %2 nodes against %3 on 1 node.")
                       .arg(Units::significant(many.outcome.capacity, 3))
                       .arg(many.nodes)
                       .arg(Units::significant(one.outcome.capacity, 3));
        return c;
    }

    // The range of a criterion over the graded repetitions; one repetition has none to show.
    QString spread(const QString& low, const QString& high) const
    {
        if (m_graded.size() == 1)
            return Tr::tr("one repetition: no spread");
        return Tr::tr("range %1–%2 over %3").arg(low, high, Tr::tr("%1 repetitions").arg(m_graded.size()));
    }

    CriterionGrade stability(CriterionGrade c)
    {
        // a load that ramps or steps moves the throughput by design: its spread over time says nothing of stability
        if (!m_graded.isEmpty() && m_result.phases.value(m_graded.first()).load.varies()) {
            c.reason = Tr::tr("Not measured: the load ramps or steps by design, so the throughput is meant to change over the phase.");
            return c;
        }
        std::vector<double> samples;
        QString over;
        if (m_graded.size() >= 2) {
            for (int i : m_graded)
                if (const auto x = m_summary.phases[i].outputTokenThroughput)
                    samples.push_back(*x);
            over = Tr::tr("%1 repetitions").arg(samples.size());
        } else {
            const PhaseSummary& p = m_summary.phases[m_graded.first()];
            if (p.aggregateOnly || !p.sendTimesKnown) {
                c.reason = Tr::tr("Not measured: one repetition, and the file has no per-request times to follow its throughput over time.");
                return c;
            }
            // a window must hold many completions to say anything: below 1 s it measures the batch rhythm
            if (!p.durationS || *p.durationS < kMinStabilityPhaseS) {
                c.reason = Tr::tr("Not measured: one repetition of %1 is too short for 10 time windows of at least 1 s; run 2 or more repetitions.")
                               .arg(Units::duration(p.durationS));
                return c;
            }
            samples = windowThroughputs(m_result.phases[m_graded.first()], p);
            over = Tr::tr("%1 time windows of one repetition").arg(samples.size());
        }
        const auto mean = stats::mean(samples);
        const auto sd = stats::stddev(samples, 1);
        if (samples.size() < 2 || !mean || !sd || *mean <= 0) {
            c.reason = Tr::tr("Not measured: fewer than two throughput samples.");
            return c;
        }
        c.measured = true;
        c.value = *sd / *mean;
        c.valueText = Tr::tr("CV %1").arg(Units::percent(*c.value));
        c.intervalText = Tr::tr("range %1–%2 tok/s").arg(Units::number(*stats::minimum(samples), 1), Units::number(*stats::maximum(samples), 1));
        c.reason = Tr::tr("Output-token throughput varies by %1 (sample standard deviation / mean) over %2.").arg(Units::percent(*c.value), over);
        return c;
    }

    CriterionGrade grade(const CriterionRule& rule, CriterionGrade c)
    {
        c.weight = rule.weight;
        if (!c.measured || !c.value || rule.weight <= 0 || rule.thresholds.isEmpty())
            return c;
        double graded = *c.value;
        if (rule.gradeOnIntervalLow && c.interval)
            graded = rule.higherIsBetter ? c.interval->low : c.interval->high;
        c.grade = m_rubric.gradeFor(rule, graded);
        if (rule.gradeOnIntervalLow && c.interval)
            c.reason += u' ' + Tr::tr("Graded on the interval's pessimistic end (%1).").arg(rule.id == u"scaling_efficiency" ? Units::percent(graded) : Units::number(graded, 3));
        else if (rule.gradeOnIntervalLow)
            c.reason += u' ' + Tr::tr("Without an interval the point value is graded.");
        return c;
    }

    void finding(const QString& id, const QString& message, const QString& capReason)
    {
        const QualityRule* r = m_rubric.rule(id);
        if (!r || !r->enabled)
            return;
        m_card.findings.append({ id, r->invalidates, r->capGrade, message, capReason });
    }

    void checkQuality()
    {
        // every phase counts, not only the graded one: the baseline feeds the scaling efficiency. A capacity search's
        // other steps are judged by their SLO attainment alone: missing it, and so stopping early with few requests
        // in a short step, is what bounds the capacity, not a flaw of the data.
        QList<const PhaseSummary*> checked;
        for (int i = 0; i < m_summary.phases.size(); ++i)
            if (!m_summary.capacity.searched || m_graded.contains(i))
                checked.append(&m_summary.phases[i]);
        const auto threshold = [this](const char* id) {
            const QualityRule* r = m_rubric.rule(QString::fromLatin1(id));
            return r && r->enabled ? std::optional<double>(r->threshold) : std::nullopt;
        };
        const auto label = [](const PhaseSummary& p) { return Tr::tr("“%1” (repetition %2)").arg(p.phase).arg(p.repetition + 1); };
        if (const auto min = threshold("min_requests")) {
            if (std::any_of(checked.cbegin(), checked.cend(), [](const PhaseSummary* p) { return !p->countsKnown; }))
                m_card.unchecked << Tr::tr("Too few requests (min_requests): the file does not state how many requests a phase sent.");
            const PhaseSummary* fewest = nullptr;
            int count = 0;
            for (const PhaseSummary* p_ : checked)
                if (const PhaseSummary& p = *p_; p.countsKnown && double(p.issued) < *min) {
                    ++count;
                    if (!fewest || p.issued < fewest->issued)
                        fewest = &p;
                }
            if (fewest)
                finding(u"min_requests"_s, Tr::tr("Too few requests: %1 of %2 phase repetitions measured fewer than %3 (fewest: %4 in %5).")
                                               .arg(count).arg(checked.size()).arg(*min).arg(fewest->issued).arg(label(*fewest)),
                        //: why the overall grade was capped, e.g. "fewer than 200 requests (49)": the rubric's minimum and the fewest a phase measured
                        Tr::tr("fewer than %1 requests (%2)").arg(*min).arg(fewest->issued));
        }
        if (const auto min = threshold("min_phase_duration_s")) {
            if (std::any_of(checked.cbegin(), checked.cend(), [](const PhaseSummary* p) { return !p->durationS; }))
                m_card.unchecked << Tr::tr("Phases too short (min_phase_duration_s): the file does not state how long a phase lasted.");
            const PhaseSummary* shortest = nullptr;
            int count = 0;
            for (const PhaseSummary* p_ : checked)
                if (const PhaseSummary& p = *p_; p.durationS && *p.durationS < *min) {
                    ++count;
                    if (!shortest || *p.durationS < *shortest->durationS)
                        shortest = &p;
                }
            if (shortest)
                finding(u"min_phase_duration_s"_s, Tr::tr("Phases too short: %1 of %2 phase repetitions lasted less than %3 (shortest: %4, %5).")
                                                       .arg(count).arg(checked.size()).arg(Units::duration(*min), Units::duration(shortest->durationS), label(*shortest)),
                        //: why the overall grade was capped, e.g. "phases shorter than 60.0 s (6.00 s)": the rubric's minimum and the shortest phase
                        Tr::tr("phases shorter than %1 (%2)").arg(Units::duration(*min), Units::duration(shortest->durationS)));
        }
        if (const auto max = threshold("max_error_rate")) {
            for (const PhaseSummary* p_ : checked)
                if (const PhaseSummary& p = *p_; p.issued > 0 && double(p.failed) / double(p.issued) > *max) {
                    finding(u"max_error_rate"_s, Tr::tr("Errors above %1: %2 of %3 requests failed in %4.")
                                                     .arg(Units::percent(*max), Units::count(qint64(p.failed)), Units::count(qint64(p.issued)), label(p)),
                            //: why the overall grade was capped: the rubric's limit, then failed of issued requests in one phase
                            Tr::tr("errors above %1 (%2 of %3 requests failed)").arg(Units::percent(*max), Units::count(qint64(p.failed)), Units::count(qint64(p.issued))));
                    break;
                }
        }
        if (const auto min = threshold("generator_behind")) {
            // an open-loop phase whose file keeps neither send lateness nor send times cannot show a late
            // generator: the rule is listed as not checked rather than passed (a closed loop has no schedule)
            const bool unknowable = std::any_of(m_summary.phases.begin(), m_summary.phases.end(), [this](const PhaseSummary& p) {
                const LoadSpec::Mode mode = m_result.phases[&p - m_summary.phases.data()].load.mode;
                const bool open = mode != LoadSpec::Mode::Concurrency && mode != LoadSpec::Mode::AllAtOnce;
                return open && !p.generator.latenessP99S && !p.generator.achievedSendRate;
            });
            if (unknowable)
                m_card.unchecked << Tr::tr("Load generator behind its schedule (generator_behind): the file keeps no send times or send lateness.");
            // a capacity step that missed its target missed it at no more than its nominal load: a late generator
            // there means only that it missed at a lower load, which leaves the bracket around the capacity true
            QSet<qsizetype> missedSteps;
            if (m_summary.capacity.searched)
                for (const CapacityCurve& curve : m_summary.capacity.curves)
                    for (const CapacityPoint& point : curve.points)
                        if (!point.passed)
                            missedSteps.insert(point.phaseIndex);
            for (const PhaseSummary& p : m_summary.phases) {
                if (missedSteps.contains(&p - m_summary.phases.data()))
                    continue;
                const GeneratorCheck& g = p.generator;
                // against the schedule the generator drew: a short Poisson draw misses the nominal rate by chance
                const bool slowRate = g.scheduledRate && g.achievedSendRate && *g.scheduledRate > 0 && *g.achievedSendRate / *g.scheduledRate < *min;
                const bool late = g.latenessP99S && *g.latenessP99S > m_result.plan.maxLatenessP99S;
                if (slowRate || late) {
                    finding(u"generator_behind"_s,
                            Tr::tr("The load generator fell behind its schedule in %1: sent %2 where its schedule asked %3, p99 send lateness %4 (limit %5); the client, not the server, may have set these numbers.")
                                .arg(label(p), Units::rate(g.achievedSendRate, Tr::tr("req/s")), Units::rate(g.scheduledRate, Tr::tr("req/s")),
                                     Units::duration(g.latenessP99S), Units::duration(m_result.plan.maxLatenessP99S)),
                            //: why the overall grade was capped
                            Tr::tr("the load generator fell behind its schedule in %1").arg(label(p)));
                    break;
                }
            }
        }
        if (const auto limit = threshold("client_accuracy")) {
            // the agent's own bound of how far a chunk's stamp may lie from the bytes' arrival (its accuracy
            // budget): a p99 above the limit could move a reported latency percentile by that much. The first
            // chunks' bound is TTFT's, every chunk's is ITL's and TPOT's
            [&] {
                for (const Phase& ph : m_result.phases)
                    for (qsizetype k = 0; k < ph.accuracy.size(); ++k) {
                        const ClientAccuracy& a = ph.accuracy[k];
                        if (a.ttftErrorP99S && *a.ttftErrorP99S > *limit) {
                            finding(u"client_accuracy"_s,
                                    Tr::tr("The client's own timing error of first tokens in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; agent CPU %6): TTFT percentiles there may be off by that much because of the client, not the server.")
                                        .arg(ph.name).arg(ph.repetition + 1).arg(ph.nodes.value(k), Units::duration(a.ttftErrorP99S), Units::duration(*limit),
                                             Units::percent(a.cpuBusy)),
                                    //: why the overall grade was capped
                                    Tr::tr("the client's timing error exceeded %1 in “%2”").arg(Units::duration(*limit), ph.name));
                            return;
                        }
                        if (!a.errorP99S || *a.errorP99S <= *limit)
                            continue;
                        const double shared = a.chunks > 0 ? double(a.sharedChunks) / double(a.chunks) : 0.0;
                        finding(u"client_accuracy"_s,
                                Tr::tr("The client's own timing error in “%1” (repetition %2) on %3 reached %4 at p99 (limit %5; %6 of chunks arrived while the agent was busy, agent CPU %7): latency percentiles there may be off by that much because of the client, not the server.")
                                    .arg(ph.name).arg(ph.repetition + 1).arg(ph.nodes.value(k), Units::duration(a.errorP99S), Units::duration(*limit),
                                         Units::percent(shared), Units::percent(a.cpuBusy)),
                                //: why the overall grade was capped
                                Tr::tr("the client's timing error exceeded %1 in “%2”").arg(Units::duration(*limit), ph.name));
                        return;
                    }
            }();
        }
        if (m_result.simulated)
            finding(u"simulated_engine"_s, Tr::tr("SIMULATED: these numbers come from InferDeck's simulated engine, not from a GPU server."),
                    //: why the overall grade was capped
                    Tr::tr("measured on a simulated engine"));
        // whole sentences per status: the status name is a file keyword, not a word of the interface
        if (m_result.status == RunStatus::Cancelled)
            finding(u"incomplete_run"_s, Tr::tr("The run was cancelled: %1").arg(m_result.statusDetail),
                    //: why the overall grade was capped
                    Tr::tr("the run was cancelled"));
        else if (m_result.status == RunStatus::Failed)
            finding(u"incomplete_run"_s, Tr::tr("The run failed: %1").arg(m_result.statusDetail),
                    //: why the overall grade was capped
                    Tr::tr("the run failed"));
    }

    void overall()
    {
        double weighted = 0.0;
        double weights = 0.0;
        QStringList graded;
        for (const CriterionGrade& c : m_card.criteria) {
            if (c.grade) {
                weighted += c.weight * *c.grade;
                weights += c.weight;
                graded.append(c.name);
            } else if (!c.measured && c.weight > 0) {
                m_card.excluded.append(c.name);
            }
        }
        for (const QualityFinding& f : m_card.findings)
            if (f.invalidates)
                m_card.valid = false;
        const QString invalid = Tr::tr("The run is INVALID under the rubric's data-quality rules; the grade does not certify it.");
        // a weighted mean of one or two criteria is that criterion's grade under another name: an imported
        // file with only its success rate would read "A" for a system nobody measured
        const int needed = std::max(1, m_rubric.minGradedCriteria);
        if (weights <= 0 || graded.size() < needed) {
            const QString need = needed == 1 ? Tr::tr("the rubric needs 1") : Tr::tr("the rubric needs %1").arg(needed);
            if (graded.isEmpty())
                m_card.notGradedReason = Tr::tr("no criterion with a weight could be measured; %1").arg(need);
            else if (graded.size() == 1)
                m_card.notGradedReason = Tr::tr("only 1 criterion could be measured (%1); %2").arg(graded.first(), need);
            else
                m_card.notGradedReason = Tr::tr("only %1 criteria could be measured (%2); %3").arg(graded.size()).arg(graded.join(u", "_s), need);
            //: %1: why, e.g. "only 1 criterion could be measured (Success rate); the rubric needs 3"
            m_card.overallReason = Tr::tr("Not graded: %1.").arg(m_card.notGradedReason);
            if (!graded.isEmpty())
                m_card.overallReason += u' ' + Tr::tr("Each criterion keeps its own grade.");
            if (!m_card.excluded.isEmpty())
                m_card.overallReason += u' ' + Tr::tr("Not measured: %1.").arg(m_card.excluded.join(u", "_s));
            if (!m_card.valid)
                m_card.overallReason += u' ' + invalid;
            return;
        }
        // a tie between two grades goes to the worse one: a grade is a claim, so round against it
        const int uncapped = std::clamp(static_cast<int>(std::floor(weighted / weights + 0.5)), 0, static_cast<int>(m_card.grades.size()) - 1);
        int capped = uncapped;
        QStringList capReasons;
        for (const QualityFinding& f : m_card.findings) {
            if (!f.cap)
                continue;
            const int cap = static_cast<int>(m_card.grades.indexOf(*f.cap));
            if (cap > capped)
                capped = cap;
            if (cap > uncapped) {
                m_card.capRules.append(f.id);
                capReasons.append(f.capReason.isEmpty() ? f.id : f.capReason);
            }
        }
        m_card.uncappedOverall = uncapped;
        m_card.overall = capped;
        m_card.overallReason = Tr::tr("Weighted mean of the graded criteria (%1).").arg(graded.join(u", "_s));
        if (!m_card.excluded.isEmpty())
            m_card.overallReason += u' ' + Tr::tr("Excludes, as not measured: %1.").arg(m_card.excluded.join(u", "_s));
        if (capped != uncapped) {
            //: %1 the grade given, %2 the grade the criteria earned, %3 why, e.g. "phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)"
            m_card.capSummary = Tr::tr("capped at %1 from %2: %3").arg(m_card.grades[capped], m_card.grades[uncapped], andList(capReasons));
            //: %1 the grade the criteria earned, %2 the grade given, %3 why, %4 the ids of the rubric's rules
            m_card.overallReason += u' ' + Tr::tr("Capped from %1 to %2: %3 (data-quality rules %4).")
                                               .arg(m_card.grades[uncapped], m_card.grades[capped], andList(capReasons), m_card.capRules.join(u", "_s));
        }
        if (!m_card.valid)
            m_card.overallReason += u' ' + invalid;
    }

    // "a", "a and b", "a, b and c"
    static QString andList(const QStringList& items)
    {
        if (items.size() <= 1)
            return items.value(0);
        //: joins the last item of a list: "phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)"
        return Tr::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(u", "_s), items.last());
    }

    const BenchmarkResult& m_result;
    const ResultSummary& m_summary;
    const Rubric& m_rubric;
    QList<int> m_graded;
    GradeCard m_card;
};
} // namespace

GradeCard gradeResult(const BenchmarkResult& result, const ResultSummary& summary, const Rubric& rubric)
{
    return Grader(result, summary, rubric).run();
}

} // namespace inferdeck
