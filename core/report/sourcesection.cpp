// The report section of an imported result: which tool wrote it, what its file lets InferDeck recompute,
// how the tool's definitions differ, and every place where its own summary disagrees with its records.
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "format/units.h"
#include "metrics/crosscheck.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString recordsText(const PhaseSummary& p)
{
    if (p.aggregateOnly)
        return Tr::tr("none: aggregates only");
    if (!p.sendTimesKnown)
        return Tr::tr("latencies, without send times");
    return Tr::tr("complete");
}

QString percentileText(const QString& method)
{
    if (method == u"linear"_s)
        return Tr::tr("linear (as numpy)");
    if (method == u"nearest-rank"_s)
        return Tr::tr("nearest rank");
    return method.isEmpty() ? Units::notMeasured() : method;
}
} // namespace

bool isImported(const BenchmarkResult& result)
{
    return !result.provenance.tool.isEmpty() && result.provenance.tool != u"inferdeck"_s;
}

ReportSection importedSource(const ReportInput& in)
{
    const BenchmarkResult& r = in.result;
    ReportSection s { u"source"_s, Tr::tr("Source file and cross-check"), {} };
    const QString tool = toolDisplayName(r.provenance);
    s.paragraph(Tr::tr("Imported from a result file written by %1. Where the file has per-request records, every number in this "
                       "report is recomputed from them with InferDeck's definitions, and the tool's own figures are "
                       "compared with them; where it has only aggregates, the report shows the tool's figures and "
                       "says what cannot be recomputed.").arg(tool));

    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Per-request records"), Tr::tr("Tool's percentiles"), Tr::tr("Tool's token counting"),
                 Tr::tr("Tool's verdict") };
    t.numeric = { false, false, false, false, false };
    bool anyRecomputed = false;
    for (const PhaseSummary& p : in.summary.phases) {
        const ReportedSummary rep = p.reported.value_or(ReportedSummary {});
        t.rows.append({ p.phase, recordsText(p), percentileText(rep.percentileMethod),
                        rep.tokenCounting.isEmpty() ? Units::notMeasured() : rep.tokenCounting,
                        rep.validity.isEmpty() ? Units::notMeasured() : rep.validity });
        anyRecomputed = anyRecomputed || (!p.aggregateOnly && p.reported);
    }
    s.table(t);

    for (const PhaseSummary& p : in.summary.phases) {
        if (p.aggregateOnly)
            s.warning(Tr::tr("Phase “%1” has aggregates only: its distributions, confidence intervals, time series and "
                             "SLO attainment cannot be recomputed, and percentiles the tool did not print are shown as %2.")
                          .arg(p.phase, Units::notMeasured()));
        if (p.reported && !p.reported->notes.isEmpty()) {
            QStringList notes;
            for (const QString& n : p.reported->notes)
                notes << Tr::tr("“%1”: %2").arg(p.phase, n);
            s.bullets(notes);
        }
    }

    ReportTable c;
    c.header = { Tr::tr("Phase"), Tr::tr("Metric"), Tr::tr("Recomputed"), Tr::tr("File says"), Tr::tr("Difference"),
                 Tr::tr("Likely reason") };
    c.numeric = { false, false, true, true, true, false };
    for (const PhaseSummary& p : in.summary.phases)
        for (const CrossCheckFinding& f : p.crossCheck)
            c.rows.append({ p.phase, f.metric, f.recomputedText(), f.reportedText(),
                            std::isfinite(f.relativeDifference) ? Units::signedPercent(f.relativeDifference, 1)
                                                                : Units::notMeasured(),
                            f.likelyReason });
    if (!c.rows.isEmpty()) {
        c.caption = Tr::tr("Where the file's own summary differs from its records by more than %1")
                        .arg(Units::percent(CrossCheck::kTolerance, 1));
        s.warning(Tr::tr("The file's own summary disagrees with its per-request records in %n place(s); the "
                         "report uses the recomputed numbers.", nullptr, static_cast<int>(c.rows.size())));
        s.table(c);
    } else if (anyRecomputed && std::any_of(in.summary.phases.begin(), in.summary.phases.end(), [](const PhaseSummary& p) {
                   return p.reported && (p.reported->ttft.any() || p.reported->e2e.any() || p.reported->outputTokenThroughput);
               })) {
        s.paragraph(Tr::tr("The tool's own summary agrees with the recomputed numbers within %1 wherever both exist.")
                        .arg(Units::percent(CrossCheck::kTolerance, 1)));
    }
    return s;
}

} // namespace inferdeck::reportsections
