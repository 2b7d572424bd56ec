#include "report/reportbuilder.h"

#include <QCoreApplication>
#include <QSet>

#include "format/units.h"
#include "report/reportsections.h"
#include "run/democluster.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The built-in demo, read back from its result: seconds-long phases on simulated nodes, which the rubric's
// data-quality rules for a real run cannot accept. The reader learns that before the grade, not after.
QString demoNote(const ReportInput& in)
{
    if (!in.result.simulated || !isDemoPlan(in.result.plan))
        return {};
    const GradeCard& g = in.grade;
    const bool sizeCapped = g.capRules.contains(u"min_phase_duration_s"_s) || g.capRules.contains(u"min_requests"_s);
    if (!sizeCapped)
        return Tr::tr("This is InferDeck's one-minute demo on simulated nodes, not a benchmark.");
    return Tr::tr("This is InferDeck's one-minute demo on simulated nodes, not a benchmark: its phases are shorter, with "
                  "fewer requests, than the rubric asks of a real run, so its grade is capped by design; run a plan of "
                  "your own on your nodes for a grade that counts.");
}

QString subtitle(const ReportInput& in)
{
    const BenchmarkResult& r = in.result;
    int nodes = 0;
    for (const Phase& p : r.phases)
        nodes = std::max(nodes, static_cast<int>(p.nodes.size()));
    const double when = r.provenance.startedUnix > 0 ? r.provenance.startedUnix : r.provenance.createdUnix;
    QStringList parts;
    parts << (r.plan.model.isEmpty() ? Tr::tr("model not recorded") : r.plan.model);
    parts << (nodes == 1 ? Tr::tr("1 node") : Tr::tr("%1 nodes").arg(nodes));
    if (!r.plan.workload.dataset.isEmpty() && !reportsections::isImported(r))
        parts << Tr::tr("%1 workload").arg(r.plan.workload.dataset);
    if (when > 0)
        parts << Units::dateTime(when);
    return parts.join(u" · "_s);
}

// Chart ids become Markdown image file names: every one must be unique within the report.
void uniqueChartIds(Report& report)
{
    QSet<QString> seen;
    for (ReportSection& s : report.sections)
        for (ReportBlock& b : s.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            QString id = b.chart.id.isEmpty() ? u"chart"_s : b.chart.id;
            const QString stem = id;
            for (int k = 2; seen.contains(id); ++k)
                id = u"%1-%2"_s.arg(stem).arg(k);
            seen.insert(id);
            b.chart.id = id;
        }
}
} // namespace

QString reportHeadline(const ReportInput& in)
{
    const GradeCard& g = in.grade;
    QString validity = g.valid ? Tr::tr("VALID under the rubric's data-quality rules") : Tr::tr("INVALID under the rubric's data-quality rules");
    if (in.result.simulated)
        validity += u", "_s + Tr::tr("measured on a SIMULATED engine");
    QStringList sentences;
    if (const QString demo = demoNote(in); !demo.isEmpty())
        sentences << demo;
    // a run where most requests failed says so before anything else: no grade or validity line may bury it
    std::size_t issued = 0, failed = 0;
    for (const PhaseSummary& p : in.summary.phases)
        if (p.countsKnown) {
            issued += p.issued;
            failed += p.failed;
        }
    if (issued > 0 && failed * 2 > issued)
        //: report headline; %1 failed, %2 issued requests
        sentences << (failed == issued ? Tr::tr("Every request failed (%1 of %2).") : Tr::tr("Most requests failed (%1 of %2).")).arg(failed).arg(issued);
    if (!g.overall) {
        //: report headline; %1 why, e.g. "only 1 criterion could be measured (Success rate); the rubric needs 3"
        sentences << Tr::tr("Not graded: %1.").arg(g.notGradedReason.isEmpty() ? Tr::tr("no graded criterion was measured") : g.notGradedReason);
    } else {
        const ScalingResult& s = in.summary.scaling;
        const CapacityResult& c = in.summary.capacity;
        const QString scaling = s.measured
            ? Tr::tr("scaling efficiency %1 against a measured 1-node baseline").arg(Units::percent(s.efficiency, 1))
            : c.efficiency ? Tr::tr("scaling efficiency %1 at capacity against a measured 1-node capacity").arg(Units::percent(c.efficiency, 1))
                           : Tr::tr("scaling efficiency not measured");
        if (g.gradedNodes == 1)
            sentences << Tr::tr("Overall grade %1 for phase “%2” on 1 node (%3).").arg(g.overallText(), g.gradedPhase, scaling);
        else
            sentences << Tr::tr("Overall grade %1 for phase “%2” on %3 nodes (%4).").arg(g.overallText(), g.gradedPhase).arg(g.gradedNodes).arg(scaling);
        if (!g.capSummary.isEmpty())
            //: report headline; %1 e.g. "capped at C from A: phases shorter than 60.0 s (6.00 s) and fewer than 200 requests (49)"
            sentences << Tr::tr("The grade is %1.").arg(g.capSummary);
    }
    sentences << Tr::tr("The run is %1.").arg(validity);
    return sentences.join(u' ');
}

Report buildReport(const ReportInput& in)
{
    Report report;
    report.title = in.result.plan.name.isEmpty() ? Tr::tr("Inference benchmark report") : in.result.plan.name;
    report.subtitle = subtitle(in);
    report.verdict = reportHeadline(in);
    report.grade = in.grade.overallText();
    report.valid = in.grade.valid;
    report.simulated = in.result.simulated;
    report.generatedBy = in.generatedUnix > 0 ? Tr::tr("%1, %2").arg(in.generatedBy, Units::dateTime(in.generatedUnix)) : in.generatedBy;
    using namespace reportsections;
    for (ReportSection (*make)(const ReportInput&) :
         { gradeCard, dataQuality, importedSource, configuration, inventory, headlineMetrics, capacity, latencyDistributions,
           timeSeries, sessions, engineState, scaling, sloAttainment, energy, outputQuality, recommendations, appendix }) {
        if ((make == importedSource && !isImported(in.result)) || (make == engineState && !hasEngineState(in))
            || (make == capacity && !hasCapacity(in)) || (make == sessions && !hasSessions(in)))
            continue;
        report.sections.append(make(in));
    }
    uniqueChartIds(report);
    return report;
}

} // namespace inferdeck
