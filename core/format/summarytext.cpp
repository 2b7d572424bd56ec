#include "format/summarytext.h"

#include <QCoreApplication>

#include "format/units.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(SummaryText)
};

// Labels and values quote the file (phase names, failure reasons, the tool's notes): escaped, so a file
// can neither add lines of its own nor send terminal escapes
QString row(const QString& label, const QString& value)
{
    return u"  "_s + printable(label).leftJustified(27, u' ') + u' ' + printable(value) + u'\n';
}

QString latencyRow(const QString& label, const stats::Distribution& d)
{
    if (d.count == 0)
        return row(label, Units::notMeasured());
    return row(label, Tr::tr("mean %1  p50 %2  p90 %3  p99 %4")
                          .arg(Units::duration(d.mean), Units::duration(d.p50), Units::duration(d.p90),
                               Units::duration(d.p99)));
}

} // namespace

QString reasoningSourceText(const QString& source)
{
    if (source == u"usage")
        return Tr::tr("from the server's usage");
    if (source == u"counted")
        return Tr::tr("counted from reasoning chunks");
    return Tr::tr("partly from usage, partly counted");
}

QString reasoningText(const ReasoningSummary& r)
{
    //: %1 token count, %2 share of output tokens, %3 where the count comes from
    QString text = Tr::tr("%1 tokens, %2 of output tokens (%3)")
                       .arg(r.tokens)
                       .arg(Units::percent(r.share), reasoningSourceText(r.source));
    if (r.answerless > 0)
        text += u"; "_s + Tr::tr("%n answer(s) all reasoning", nullptr, static_cast<int>(r.answerless));
    return text;
}

QString promptMethodText(const QString& method)
{
    if (method == u"exact")
        return Tr::tr("exact (counted by the server's tokenizer)");
    if (method == u"estimated")
        return Tr::tr("estimated from word counts");
    return Tr::tr("not recorded");
}

namespace {
QString lengthRows(const LengthSummary& l)
{
    QString out;
    auto mean = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 1) : Units::notMeasured(); };
    if (l.inputRequestedMean)
        //: mean token counts: requested, then what the server counted
        out += row(Tr::tr("Input tokens (mean)"),
                   Tr::tr("requested %1, received %2").arg(mean(l.inputRequestedMean), mean(l.inputReceivedMean)));
    if (l.outputRequestedMean)
        out += row(Tr::tr("Output tokens (mean)"),
                   Tr::tr("requested %1, received %2; %3 of %4 answers shorter than max_tokens")
                       .arg(mean(l.outputRequestedMean), mean(l.outputReceivedMean))
                       .arg(l.shortAnswers)
                       .arg(l.outputCompared));
    out += row(Tr::tr("Prompt lengths"), promptMethodText(l.promptMethod));
    return out;
}
} // namespace

QString summaryText(const BenchmarkResult& result, const ResultSummary& summary, const QString& fileName)
{
    QString out = printable(Tr::tr("%1 — %2, model %3").arg(fileName, result.plan.name.isEmpty() ? Tr::tr("(unnamed plan)") : result.plan.name,
                                                           result.plan.model.isEmpty() ? Tr::tr("not stated") : result.plan.model))
        + u'\n';
    if (result.simulated)
        out += Tr::tr("SIMULATED ENGINE: these numbers describe a simulator, not real hardware.") + u'\n';
    if (result.status != RunStatus::Complete)
        out += printable(Tr::tr("Run %1: %2").arg(runStatusName(result.status), result.statusDetail)) + u'\n';
    for (const PhaseSummary& p : summary.phases) {
        out += u'\n'
            //: %3 is the phase's role (baseline, scaled, ...), %4 its node count
            + printable(Tr::tr("Phase %1, repetition %2 (%3, nodes: %4)")
                            .arg(p.phase)
                            .arg(p.repetition + 1)
                            .arg(phaseRoleName(p.role))
                            .arg(p.nodes.size()))
            + u'\n';
        out += row(Tr::tr("Requests"), !p.countsKnown ? Tr::tr("not stated by the file")
                                                      : Tr::tr("%1 issued, %2 completed, %3 failed, %4 warm-up excluded")
                                                            .arg(p.issued)
                                                            .arg(p.completed)
                                                            .arg(p.failed)
                                                            .arg(p.warmupExcluded));
        out += row(Tr::tr("Success rate"), Units::percent(p.successRate));
        out += row(Tr::tr("Duration"), Units::duration(p.durationS));
        out += row(Tr::tr("Request throughput"), Units::rate(p.requestThroughput, Tr::tr("req/s")));
        out += row(Tr::tr("Output token throughput"), Units::rate(p.outputTokenThroughput, Tr::tr("tok/s")));
        out += row(Tr::tr("Total token throughput"), Units::rate(p.totalTokenThroughput, Tr::tr("tok/s")));
        out += latencyRow(Tr::tr("TTFT"), p.ttft);
        out += latencyRow(Tr::tr("TPOT"), p.tpot);
        out += latencyRow(Tr::tr("ITL"), p.itl);
        out += latencyRow(Tr::tr("E2E latency"), p.e2e);
        if (p.reasoning) {
            out += latencyRow(Tr::tr("Answer TTFT"), p.answerTtft);
            out += row(Tr::tr("Reasoning"), reasoningText(*p.reasoning));
        }
        if (p.lengths)
            out += lengthRows(*p.lengths);
        out += row(Tr::tr("Goodput"), p.goodput ? Units::rate(p.goodput, Tr::tr("req/s")) : Tr::tr("— (no SLO set)"));
        out += row(Tr::tr("Energy per output token"), Units::energyPerToken(p.energyJPerOutputToken));
        if (p.generator.fellBehind)
            out += row(Tr::tr("Load generator"),
                       Tr::tr("FELL BEHIND its schedule (p99 lateness %1): latencies may describe the client")
                           .arg(Units::duration(p.generator.latenessP99S)));
        for (const auto& [reason, n] : p.failuresByReason)
            out += row(Tr::tr("Failed: %1").arg(reason), QString::number(n));
        if (p.reported) {
            out += row(Tr::tr("Source"), p.aggregateOnly
                           ? Tr::tr("%1's own aggregates (aggregate-only: nothing recomputed)").arg(toolDisplayName(result.provenance))
                           : Tr::tr("recomputed from %1's per-request records").arg(toolDisplayName(result.provenance)));
            out += row(Tr::tr("Tool's method"), Tr::tr("percentiles: %1; output tokens: %2")
                                                    .arg(p.reported->percentileMethod, p.reported->tokenCounting));
            if (!p.reported->validity.isEmpty())
                out += row(Tr::tr("Tool's verdict"), p.reported->validity);
            for (const QString& note : p.reported->notes)
                out += row(Tr::tr("Note"), note);
            for (const CrossCheckFinding& f : p.crossCheck)
                out += row(Tr::tr("Cross-check"), f.text());
        }
    }
    out += u'\n' + Tr::tr("Scaling") + u'\n';
    const ScalingResult& s = summary.scaling;
    if (!s.measured) {
        out += row(Tr::tr("Efficiency"), Tr::tr("not measured: %1").arg(s.reason));
    } else {
        out += row(Tr::tr("Efficiency"),
                   Tr::tr("%1 (phase “%2” on %3 nodes vs. the 1-node baseline “%4”)")
                       .arg(Units::percent(s.efficiency), s.scaledPhase)
                       .arg(s.nodes)
                       .arg(s.baselinePhase));
        out += row(Tr::tr("95 % interval"),
                   s.interval ? Tr::tr("%1 – %2 (bootstrap over %3)")
                                    .arg(Units::percent(s.interval->low), Units::percent(s.interval->high), scalingIntervalMethodText(s.intervalMethod))
                              : Tr::tr("not available (too few samples)"));
        out += row(Tr::tr("Verdict"), scalingVerdictText(s.verdict));
    }
    return out;
}

} // namespace inferdeck
