// Report sections about the run rather than its measurements: grade card, data quality,
// configuration, node inventory and the reproducibility appendix.
#include <QCoreApplication>

#include <algorithm>

#include "format/summarytext.h"
#include "format/units.h"
#include "metrics/prefixreuse.h"
#include "io/modeljson.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString lengths(const LengthDistribution& d)
{
    switch (d.kind) {
    case LengthDistribution::Kind::Fixed:
        return Tr::tr("%1 tokens").arg(Units::number(d.mean, 0));
    case LengthDistribution::Kind::Uniform:
        return Tr::tr("uniform, %1–%2 tokens").arg(d.min).arg(d.max);
    case LengthDistribution::Kind::Normal:
        return Tr::tr("normal, mean %1, sd %2, %3–%4 tokens").arg(Units::number(d.mean, 0), Units::number(d.stddev, 0)).arg(d.min).arg(d.max);
    case LengthDistribution::Kind::LogNormal:
        return Tr::tr("log-normal, mean %1, sd %2, %3–%4 tokens").arg(Units::number(d.mean, 0), Units::number(d.stddev, 0)).arg(d.min).arg(d.max);
    }
    return {};
}

QString thinkTime(const TimeDistribution& d)
{
    switch (d.kind) {
    case LengthDistribution::Kind::Fixed:
        return Units::duration(d.mean);
    case LengthDistribution::Kind::Uniform:
        return Tr::tr("uniform, %1–%2").arg(Units::duration(d.min), Units::duration(d.max));
    case LengthDistribution::Kind::Normal:
        return Tr::tr("normal, mean %1, sd %2, %3–%4").arg(Units::duration(d.mean), Units::duration(d.stddev), Units::duration(d.min), Units::duration(d.max));
    case LengthDistribution::Kind::LogNormal:
        return Tr::tr("log-normal, mean %1, sd %2, %3–%4").arg(Units::duration(d.mean), Units::duration(d.stddev), Units::duration(d.min), Units::duration(d.max));
    }
    return {};
}

QString turnsText(const LengthDistribution& d)
{
    switch (d.kind) {
    case LengthDistribution::Kind::Fixed:
        return Tr::tr("%1 turns").arg(Units::number(d.mean, 0));
    case LengthDistribution::Kind::Uniform:
        return Tr::tr("uniform, %1–%2 turns").arg(d.min).arg(d.max);
    case LengthDistribution::Kind::Normal:
        return Tr::tr("normal, mean %1, sd %2, %3–%4 turns").arg(Units::number(d.mean, 1), Units::number(d.stddev, 1)).arg(d.min).arg(d.max);
    case LengthDistribution::Kind::LogNormal:
        return Tr::tr("log-normal, mean %1, sd %2, %3–%4 turns").arg(Units::number(d.mean, 1), Units::number(d.stddev, 1)).arg(d.min).arg(d.max);
    }
    return {};
}

QString loadText(const LoadSpec& l);

// A ramp or stages after the load's kind: "closed loop, 2 requests in flight per node, ramping linearly to 16 over
// the phase" or "..., then 8 for 30.0 s, then 16 for 30.0 s".
QString profileText(const LoadSpec& l)
{
    const auto number = [](double x) { return Units::number(x, x == std::floor(x) ? 0 : 2); };
    if (l.rampTo)
        return Tr::tr(", ramping linearly to %1 over the phase").arg(number(*l.rampTo));
    QStringList parts;
    for (qsizetype i = 0; i < l.stages.size(); ++i)
        parts << (i == 0 ? Tr::tr("for %1").arg(Units::duration(l.stages[i].durationS))
                         : Tr::tr("then %1 for %2").arg(number(l.stages[i].value), Units::duration(l.stages[i].durationS)));
    return parts.isEmpty() ? QString() : u" "_s + parts.join(u", "_s);
}

QString loadText(const LoadSpec& l)
{
    if (l.varies()) {
        LoadSpec base = l;
        base.rampTo.reset();
        base.stages.clear();
        return loadText(base) + profileText(l);
    }
    const QString v = Units::number(l.value, l.value == std::floor(l.value) ? 0 : 2);
    switch (l.mode) {
    case LoadSpec::Mode::Concurrency:
        return l.value == 1 ? Tr::tr("closed loop, 1 request in flight per node") : Tr::tr("closed loop, %1 requests in flight per node").arg(v);
    case LoadSpec::Mode::ConstantRate:
        return Tr::tr("constant rate, %1 req/s per node").arg(v);
    case LoadSpec::Mode::Poisson:
        return Tr::tr("Poisson arrivals, %1 req/s per node").arg(v);
    case LoadSpec::Mode::Gamma:
        return Tr::tr("gamma arrivals (burstiness %1), %2 req/s per node").arg(Units::number(l.burstiness, 2), v);
    case LoadSpec::Mode::AllAtOnce:
        return Tr::tr("all %1 requests at once").arg(v);
    case LoadSpec::Mode::Trace:
        return Tr::tr("the trace's own send times, ×%1 speed").arg(v);
    }
    return {};
}

QString engineText(const EngineInfo& e)
{
    QString text = e.version.isEmpty() ? e.name : u"%1 %2"_s.arg(e.name, e.version);
    if (e.source == u"endpoint")
        //: an engine the benchmarked server itself named
        text += u' ' + Tr::tr("(asked the endpoint)");
    else if (e.source == u"binary")
        //: an engine found installed on the node, not necessarily the one serving
        text += u' ' + Tr::tr("(installed binary)");
    return text;
}

QString endpointAccessText(const NodeInventory& n)
{
    QString tls;
    if (n.tls == u"none")
        tls = Tr::tr("plain http");
    else if (n.tls == u"system")
        tls = Tr::tr("https, verified against the system CAs");
    else if (n.tls == u"ca_file")
        tls = Tr::tr("https, verified against a given CA file");
    else if (n.tls == u"insecure")
        tls = Tr::tr("https, certificate NOT verified");
    else
        tls = Units::notMeasured();
    return n.apiKey ? Tr::tr("%1; API key sent").arg(tls) : tls;
}

// TGI has no ignore_eos: its answers may end at EOS before max_tokens. The engine the server named
// decides; without one, an engine named TGI on the node.
bool servedByTgi(const BenchmarkResult& r)
{
    for (const NodeInventory& n : r.nodes) {
        const EngineInfo* served = nullptr;
        for (const EngineInfo& e : n.engines)
            if (e.source == u"endpoint" && !served)
                served = &e;
        for (const EngineInfo& e : n.engines) {
            if (served && &e != served)
                continue;
            const QString name = e.name.toLower();
            if (name == u"tgi" || name.contains(u"text-generation"))
                return true;
        }
    }
    return false;
}

// Whether any phase holds GPU telemetry of the node named `node`.
bool hasTelemetry(const BenchmarkResult& r, const QString& node)
{
    for (const Phase& p : r.phases) {
        const int k = static_cast<int>(p.nodes.indexOf(node));
        if (k < 0)
            continue;
        for (std::size_t i = 0; i < p.telemetry.size(); ++i)
            if (p.telemetry.node[i] == k)
                return true;
    }
    return false;
}

QString meanTokens(std::optional<double> v) { return Units::number(v, 1); }

void requestedLengths(ReportSection& s, const ReportInput& in)
{
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Rep"), Tr::tr("Prompt sizing"), Tr::tr("Input requested"), Tr::tr("Input received"),
                 Tr::tr("Output requested"), Tr::tr("Output received"), Tr::tr("Shorter than max_tokens") };
    t.numeric = { false, true, false, true, true, true, true, true };
    QStringList estimated;
    for (const PhaseSummary& p : in.summary.phases) {
        if (!p.lengths)
            continue;
        const LengthSummary& l = *p.lengths;
        t.rows.append({ p.phase, QString::number(p.repetition + 1), promptMethodText(l.promptMethod), meanTokens(l.inputRequestedMean),
                        meanTokens(l.inputReceivedMean), meanTokens(l.outputRequestedMean), meanTokens(l.outputReceivedMean),
                        l.outputCompared ? Tr::tr("%1 of %2").arg(l.shortAnswers).arg(l.outputCompared) : Units::notMeasured() });
        if (l.promptMethod == u"estimated" && !estimated.contains(p.phase))
            estimated << p.phase;
    }
    if (t.rows.isEmpty())
        return;
    s.paragraph(Tr::tr("Requested lengths are what the workload drew (input) and asked for (max_tokens); received lengths are the server's "
                       "own counts from usage, means over the completed requests that know both."));
    t.caption = Tr::tr("Mean tokens per request.");
    s.table(t);
    if (!estimated.isEmpty())
        s.warning(Tr::tr("The prompts of %1 were sized from word counts, not by the server's tokenizer: the input the server received "
                         "differs from the plan's lengths.")
                      .arg(estimated.join(u", "_s)));
    if (servedByTgi(in.result))
        s.warning(Tr::tr("The engine is TGI, which has no ignore_eos: answers can stop at the end-of-sequence token before max_tokens, "
                         "so output lengths and output-token throughput can fall short of the workload asked for."));
}

QString thresholdsText(const CriterionRule& r, const QStringList& grades)
{
    if (r.thresholds.isEmpty())
        return Tr::tr("informational");
    QStringList parts;
    for (int i = 0; i < r.thresholds.size(); ++i)
        parts << u"%1 %2 %3"_s.arg(grades.value(i), r.higherIsBetter ? u"≥"_s : u"≤"_s, QString::number(r.thresholds[i], 'g', 6));
    parts << Tr::tr("%1 otherwise").arg(grades.value(r.thresholds.size()));
    return parts.join(u", "_s);
}
} // namespace

QList<int> gradedPhaseIndices(const ReportInput& in)
{
    QList<int> out;
    for (int i = 0; i < in.summary.phases.size(); ++i)
        if (in.summary.phases[i].phase == in.grade.gradedPhase)
            out.append(i);
    return out;
}

ReportSection gradeCard(const ReportInput& in)
{
    const GradeCard& g = in.grade;
    ReportSection s{ u"grade"_s, Tr::tr("Grade card"), {} };
    if (g.overall)
        s.paragraph(Tr::tr("Overall grade: %1. %2").arg(g.overallText(), g.overallReason));
    else
        s.paragraph(g.overallReason);
    if (g.gradedRepetitions > 0)
        s.paragraph(Tr::tr("The criteria describe phase “%1” (nodes: %2, repetitions: %3), graded with the rubric \"%4\" (%5).")
                        .arg(g.gradedPhase)
                        .arg(g.gradedNodes)
                        .arg(g.gradedRepetitions)
                        .arg(g.rubricName, g.rubricSource));
    ReportTable t;
    t.header = { Tr::tr("Criterion"), Tr::tr("Measured"), Tr::tr("Interval"), Tr::tr("Grade"), Tr::tr("Weight"), Tr::tr("Why") };
    t.numeric = { false, false, false, false, true, false };
    for (const CriterionGrade& c : g.criteria) {
        const QString grade = c.grade ? g.grades.value(*c.grade) : c.measured ? Tr::tr("informational") : Tr::tr("not measured");
        t.rows.append({ c.name, c.measured ? c.valueText : Units::notMeasured(), c.measured && !c.intervalText.isEmpty() ? c.intervalText : Units::notMeasured(),
                        grade, Units::number(c.weight, 0), c.reason });
    }
    s.table(t);
    return s;
}

ReportSection dataQuality(const ReportInput& in)
{
    const GradeCard& g = in.grade;
    ReportSection s{ u"data-quality"_s, Tr::tr("Data quality"), {} };
    s.paragraph(g.valid ? Tr::tr("Verdict: VALID. No rule that invalidates a run fired.")
                        : Tr::tr("Verdict: INVALID. At least one rule that invalidates a run fired; the numbers below do not certify the system."));
    if (!g.unchecked.isEmpty()) {
        s.paragraph(Tr::tr("Could not be checked:"));
        s.bullets(g.unchecked);
    }
    if (g.findings.isEmpty()) {
        s.paragraph(g.unchecked.isEmpty() ? Tr::tr("No data-quality rule of the rubric fired.")
                                          : Tr::tr("No data-quality rule that could be checked fired."));
        return s;
    }
    for (const QualityFinding& f : g.findings) {
        QString text = f.message;
        if (f.invalidates)
            text += u' ' + Tr::tr("(makes the run INVALID)");
        if (f.cap)
            text += u' ' + (g.overall ? Tr::tr("(caps the overall grade at %1)").arg(*f.cap)
                                      : Tr::tr("(would cap an overall grade at %1; this result has none)").arg(*f.cap));
        s.warning(text);
    }
    return s;
}

ReportSection configuration(const ReportInput& in)
{
    const RunPlan& p = in.result.plan;
    ReportSection s{ u"configuration"_s, Tr::tr("Configuration"), {} };
    ReportTable kv;
    kv.header = { Tr::tr("Setting"), Tr::tr("Value") };
    const auto add = [&kv](const QString& k, const QString& v) { kv.rows.append({ k, v.isEmpty() ? Units::notMeasured() : v }); };
    add(Tr::tr("Model"), p.model.isEmpty() && isImported(in.result) ? Tr::tr("not stated in the file") : p.model);
    // An imported file has no InferDeck plan: its workload, warm-up and generator settings were the
    // other tool's and are not in the file, so the plan's defaults must not be shown as if they were.
    const bool imported = isImported(in.result);
    if (imported)
        s.paragraph(Tr::tr("Only the settings recorded in the %1 file are shown: the tool's workload, warm-up and load-generator "
                           "settings are not in it. The load of each phase below is read from it.")
                        .arg(toolDisplayName(in.result.provenance)));
    if (!imported) {
        add(Tr::tr("API"), Tr::tr("%1, %2").arg(p.api, p.stream ? Tr::tr("streaming") : Tr::tr("not streaming")));
        add(Tr::tr("Dataset"), p.workload.datasetPath.isEmpty() ? p.workload.dataset : Tr::tr("%1 (%2)").arg(p.workload.dataset, p.workload.datasetPath));
        if (p.workload.dataset == u"trace"_s) {
            const TraceInfo& t = p.workload.trace;
            add(Tr::tr("Trace"), p.workload.tracePath);
            if (t.known())
                add(Tr::tr("Trace contents"), Tr::tr("%1 requests over %2 at the trace's pace (%3 format); mean input %4 and output %5 tokens; %6 distinct %7-token prefix blocks, %8 of input tokens in blocks an earlier request named; dealt round-robin over the nodes (request i to node i mod N), %9")
                                                  .arg(t.requests).arg(Units::duration(t.spanS), t.format, Units::number(t.inputMean, 1), Units::number(t.outputMean, 1))
                                                  .arg(t.blocks).arg(t.blockTokens).arg(Units::percent(t.reusableShare))
                                                  .arg(p.load.mode == LoadSpec::Mode::Trace
                                                           ? Tr::tr("each request keeping its time, so the cluster receives the trace's whole rate")
                                                           : Tr::tr("only their lengths and prefixes used: the times are the load's below, not the trace's")));
        } else if (p.workload.dataset == u"sharegpt"_s) {
            const ConversationsInfo& c = p.workload.conversations;
            add(Tr::tr("ShareGPT file"), p.workload.sharegptPath);
            if (c.known())
                add(Tr::tr("Conversations"), Tr::tr("%1 with an answered human turn (%2 entries without one skipped), %3 human turns each on average, at most %4; dealt round-robin over the nodes in the file's order")
                                                 .arg(Units::count(c.conversations), Units::count(c.skipped), Units::number(c.userTurnsMean, 2)).arg(c.userTurnsMax));
            add(Tr::tr("Prompt lengths"), p.workload.sessions.enabled
                    ? Tr::tr("the conversations' human turns, with the history before each")
                    : Tr::tr("each conversation's first human turn (outside 4–1024 tokens, or over 2048 with its answer, skipped as vLLM's benchmark does)"));
        } else if (const auto share = prefixShareOfPrompt(p.workload)) {
            add(Tr::tr("Shared prefix"), Tr::tr("%1 groups of %2 tokens; each prompt is one group's prefix followed by its own text, so once its group's prefix is cached a prefix cache can serve %3 of a prompt's tokens (the recommendations count each group's first request as a miss)")
                                             .arg(p.workload.sharedPrefix.groups).arg(p.workload.sharedPrefix.tokens).arg(Units::percent(*share)));
            add(Tr::tr("Prompt lengths"), Tr::tr("%1 after the prefix").arg(lengths(p.workload.input)));
        } else {
            add(Tr::tr("Prompt lengths"), lengths(p.workload.input));
        }
        if (p.workload.dataset == u"sharegpt"_s)
            add(Tr::tr("Completion lengths"), Tr::tr("the recorded answer's, counted by the server's tokenizer as vLLM's benchmark counts it"));
        else if (p.workload.dataset != u"trace"_s) // a trace's lengths are its own (above)
            add(Tr::tr("Completion lengths"), lengths(p.workload.output));
        add(Tr::tr("Load"), loadText(p.load));
        if (const Sessions& ses = p.workload.sessions; ses.enabled) {
            add(Tr::tr("Sessions"), Tr::tr("%1 per session, each turn sending the conversation so far (earlier turns and the model's own answers); %2")
                                        .arg(p.workload.dataset == u"sharegpt"_s ? Tr::tr("the conversation's human turns") : turnsText(ses.turns),
                                             p.load.mode == LoadSpec::Mode::Concurrency ? Tr::tr("the concurrency counts sessions, each slot starting its next session when one ends")
                                                                                         : Tr::tr("a new session starts at each arrival of the rate")));
            add(Tr::tr("Think time"), Tr::tr("%1 between an answer's end and the next turn").arg(thinkTime(ses.thinkS)));
        }
    }
    if (!p.sweep.isEmpty()) {
        QStringList v;
        for (double x : p.sweep)
            v << Units::number(x, x == std::floor(x) ? 0 : 2);
        add(Tr::tr("Sweep"), v.join(u", "_s));
    }
    if (const CapacitySearch& c = p.capacity; c.enabled)
        add(Tr::tr("Capacity search"), Tr::tr("the highest load meeting the SLOs for %1 of the requests, from %2 to %3 per node, "
                                              "to a bracket of %4, at most %5 steps per search; starts at the load above")
                                           .arg(Units::percent(c.attainment, 0), Units::significant(c.min, 3), Units::significant(c.max, 3),
                                                p.load.mode == LoadSpec::Mode::Concurrency ? Tr::tr("one request in flight") : Units::percent(c.tolerance, 0))
                                           .arg(c.maxSteps));
    if (!imported) {
        if (p.workload.dataset == u"trace"_s && p.requests == 0 && p.durationS <= 0)
            add(Tr::tr("Length of a phase"), Tr::tr("the whole trace, each node its share"));
        else
            add(Tr::tr("Length of a phase"), p.requests > 0 ? Tr::tr("%1 requests per node").arg(p.requests) : Tr::tr("%1 per node").arg(Units::duration(p.durationS)));
        add(Tr::tr("Warm-up"), Tr::tr("%1 requests per node and phase, recorded and excluded").arg(p.warmupRequests));
    }
    add(Tr::tr("Repetitions"), QString::number(p.repetitions));
    if (!imported)
        add(Tr::tr("Scaling analysis"), p.scaling ? Tr::tr("on: a 1-node baseline is measured beside every N-node phase") : Tr::tr("off"));
    add(Tr::tr("SLO: TTFT"), p.slo.ttft ? Units::duration(p.slo.ttft) : Tr::tr("none"));
    add(Tr::tr("SLO: TPOT"), p.slo.tpot ? Units::duration(p.slo.tpot) : Tr::tr("none"));
    add(Tr::tr("SLO: E2E"), p.slo.e2e ? Units::duration(p.slo.e2e) : Tr::tr("none"));
    add(Tr::tr("Throughput target"), p.targetThroughputPerNode ? Tr::tr("%1 per node").arg(Units::rate(p.targetThroughputPerNode, Tr::tr("tok/s"))) : Tr::tr("none"));
    if (!imported)
        add(Tr::tr("Generator lateness limit"), Tr::tr("p99 %1").arg(Units::duration(p.maxLatenessP99S)));
    if (p.external.active())
        add(Tr::tr("External tool"), p.external.command);
    s.keyValues(kv);

    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Role"), Tr::tr("Nodes"), Tr::tr("Load per node"), Tr::tr("Repetitions") };
    t.numeric = { false, false, false, false, true };
    QStringList seen;
    for (const Phase& ph : in.result.phases) {
        if (seen.contains(ph.name))
            continue;
        seen << ph.name;
        int reps = 0;
        for (const Phase& q : in.result.phases)
            reps += q.name == ph.name ? 1 : 0;
        // an import's load is what its file's settings say; a file recording none (llmperf's responses alone)
        // leaves it unknown rather than the default the importer had to fill in
        const bool loadKnown = !imported || (ph.reported && !ph.reported->settings.isEmpty());
        t.rows.append({ ph.name, phaseRoleName(ph.role), ph.nodes.join(u", "_s), loadKnown ? loadText(ph.load) : Tr::tr("not stated in the file"),
                        QString::number(reps) });
    }
    t.caption = Tr::tr("Phases as run, in order.");
    s.table(t);
    requestedLengths(s, in);
    return s;
}

ReportSection inventory(const ReportInput& in)
{
    ReportSection s{ u"inventory"_s, Tr::tr("Nodes: hardware and software"), {} };
    if (in.result.nodes.isEmpty()) {
        s.paragraph(Tr::tr("Not recorded: the result holds no node inventory."));
        return s;
    }
    ReportTable t;
    const bool access = std::any_of(in.result.nodes.begin(), in.result.nodes.end(),
                                    [](const NodeInventory& n) { return !n.tls.isEmpty() || n.apiKey; });
    t.header = { Tr::tr("Node"), Tr::tr("Host"), Tr::tr("GPUs"), Tr::tr("Driver / CUDA"), Tr::tr("Engines"), Tr::tr("CPU / memory"), Tr::tr("OS / Python") };
    if (access)
        t.header << Tr::tr("Endpoint");
    QStringList insecure;
    for (const NodeInventory& n : in.result.nodes) {
        QStringList gpus;
        QMap<QString, int> byName;
        for (const GpuInfo& g : n.gpus)
            byName[g.name + (g.memoryMiB ? u", "_s + Units::memoryMiB(g.memoryMiB) : QString())] += 1;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            gpus << Tr::tr("%1 × %2").arg(it.value()).arg(it.key());
        if (gpus.isEmpty() && in.result.simulated && hasTelemetry(in.result, n.name))
            //: %1 why the host lists no GPU, e.g. "no GPU tool found (nvidia-smi, rocm-smi)"
            gpus << Tr::tr("simulated by serve-sim (the host itself: %1)").arg(n.gpuNote.isEmpty() ? Tr::tr("none found") : n.gpuNote);
        else if (gpus.isEmpty())
            gpus << (n.gpuNote.isEmpty() ? Tr::tr("none found") : n.gpuNote);
        QStringList engines;
        for (const EngineInfo& e : n.engines)
            engines << engineText(e);
        const QString cpu = !n.cpuCount && !n.memoryMiB ? Units::notMeasured()
            : Tr::tr("%1 CPUs, %2").arg(n.cpuCount ? QString::number(*n.cpuCount) : Units::notMeasured(), Units::memoryMiB(n.memoryMiB));
        t.rows.append({ n.name, nodeHostText(n), gpus.join(u"; "_s),
                        u"%1 / %2"_s.arg(n.driver.isEmpty() ? Units::notMeasured() : n.driver, n.cuda.isEmpty() ? Units::notMeasured() : n.cuda),
                        engines.isEmpty() ? Units::notMeasured() : engines.join(u", "_s), cpu,
                        u"%1 / %2"_s.arg(n.os.isEmpty() ? Units::notMeasured() : n.os, n.python.isEmpty() ? Units::notMeasured() : n.python) });
        if (access)
            t.rows.last() << endpointAccessText(n);
        if (n.tls == u"insecure")
            insecure << n.name;
    }
    s.table(t);
    if (!insecure.isEmpty())
        s.warning(Tr::tr("TLS verification was OFF for the endpoint of %1 (insecure_skip_verify): the server's certificate was not checked, "
                         "so nothing proves these numbers came from the intended server.")
                      .arg(insecure.join(u", "_s)));
    return s;
}

ReportSection appendix(const ReportInput& in)
{
    const BenchmarkResult& r = in.result;
    ReportSection s{ u"appendix"_s, Tr::tr("Reproducibility appendix"), {} };
    ReportTable kv;
    kv.header = { Tr::tr("Item"), Tr::tr("Value") };
    const auto add = [&kv](const QString& k, const QString& v) { kv.rows.append({ k, v.isEmpty() ? Units::notMeasured() : v }); };
    const bool imported = isImported(r);
    add(Tr::tr("Result file"), in.sourceName);
    add(Tr::tr("Measured by"), toolDisplayName(r.provenance));
    if (!imported) { // an import was not run by InferDeck: no app or agent version, no engine it started
        add(Tr::tr("InferDeck version that ran it"), r.provenance.appVersion);
        add(Tr::tr("Node agent (SHA-256 prefix)"), r.provenance.agentVersion);
    }
    add(Tr::tr("Started"), r.provenance.startedUnix > 0 ? Units::dateTime(r.provenance.startedUnix) : QString());
    add(Tr::tr("Finished"), r.provenance.finishedUnix > 0 ? Units::dateTime(r.provenance.finishedUnix) : QString());
    add(Tr::tr("Run status"), r.statusDetail.isEmpty() ? runStatusName(r.status) : u"%1: %2"_s.arg(runStatusName(r.status), r.statusDetail));
    if (const QString slurm = slurmAllocationText(r); !slurm.isEmpty())
        add(Tr::tr("Slurm allocation"), slurm);
    if (const QString pods = kubernetesPodsText(r); !pods.isEmpty())
        add(Tr::tr("Kubernetes pods"), pods);
    if (!imported)
        add(Tr::tr("Engine"), r.simulated ? Tr::tr("SIMULATED (InferDeck's serve-sim)") : Tr::tr("as listed under Nodes"));
    add(Tr::tr("Report generated by"), in.generatedBy + (in.generatedUnix > 0 ? u", "_s + Units::dateTime(in.generatedUnix) : QString()));
    s.keyValues(kv);

    // the sentence must hold for this file: an import's own figures are not recomputed, and saying so is the point
    const bool allRecomputed = std::all_of(r.phases.begin(), r.phases.end(), [](const Phase& p) { return p.sendTimesKnown && p.requests.size() > 0; });
    if (!imported || allRecomputed)
        s.paragraph(Tr::tr("Every number in this report is recomputed from the per-request records in the result file. To check them:"));
    else
        s.paragraph(Tr::tr("Latencies are recomputed from the file's per-request records where it has them; where it has no send times "
                           "(duration, throughputs) or no records at all, the numbers are the tool's own, as “Source file and cross-check” "
                           "lists per phase. To check them:"));
    s.code(Tr::tr("inferdeck-cli summarize %1 --json    # every metric, as JSON\n"
                  "inferdeck-cli records %1           # the records they are computed from, as CSV\n"
                  "inferdeck-cli report %1 --format all")
               .arg(in.sourceName));

    ReportTable offsets;
    offsets.header = { Tr::tr("Phase"), Tr::tr("Repetition"), Tr::tr("Node"), Tr::tr("Clock offset (ms)") };
    offsets.numeric = { false, true, false, true };
    if (!imported) // another tool measured on one clock and estimated no offset: there is nothing to show
        for (const Phase& p : r.phases)
            for (int k = 0; k < p.nodes.size(); ++k)
                offsets.rows.append({ p.name, QString::number(p.repetition + 1), p.nodes[k], Units::milliseconds(p.clockOffsetsS.value(k, std::nan("")), 3) });
    if (!offsets.rows.isEmpty()) {
        offsets.caption = Tr::tr("Node clock minus workstation clock, estimated from round trips before the synchronized start; the records are corrected by it.");
        s.table(offsets);
    }

    ReportTable rubric;
    rubric.header = { Tr::tr("Criterion"), Tr::tr("Weight"), Tr::tr("Grades"), Tr::tr("Graded on") };
    rubric.numeric = { false, true, false, false };
    for (const CriterionRule& c : in.rubric.criteria)
        if (c.enabled)
            rubric.rows.append({ c.id, Units::number(c.weight, 0), thresholdsText(c, in.rubric.grades), c.gradeOnIntervalLow ? Tr::tr("interval's pessimistic end") : Tr::tr("value") });
    rubric.caption = Tr::tr("Rubric \"%1\" (%2); latency criteria use %3; an overall grade needs at least %4 measured criteria with weight.")
                         .arg(in.rubric.name, in.rubric.source, in.rubric.sloPercentile)
                         .arg(in.rubric.minGradedCriteria);
    s.table(rubric);
    ReportTable rules;
    rules.header = { Tr::tr("Data-quality rule"), Tr::tr("Threshold"), Tr::tr("Effect") };
    rules.numeric = { false, true, false };
    for (const QualityRule& q : in.rubric.quality)
        if (q.enabled) {
            QString effect = q.invalidates ? Tr::tr("INVALID") : Tr::tr("warning");
            if (q.capGrade)
                effect += u", "_s + Tr::tr("cap %1").arg(*q.capGrade);
            rules.rows.append({ q.id, QString::number(q.threshold, 'g', 6), effect });
        }
    s.table(rules);

    if (!imported) {
        s.paragraph(Tr::tr("The plan as run:"));
        s.code(QString::fromStdString(jsonio::toJson(r.plan).dump(2)));
        return s;
    }
    // an import has no InferDeck plan: what the tool recorded of its settings, as it wrote them
    ReportTable settings;
    settings.header = { Tr::tr("Phase"), Tr::tr("Setting"), Tr::tr("Value") };
    settings.numeric = { false, false, false };
    QStringList seen;
    for (const Phase& p : r.phases) {
        if (!p.reported || seen.contains(p.name))
            continue;
        seen << p.name;
        for (const auto& [k, v] : p.reported->settings)
            settings.rows.append({ p.name, k, v });
    }
    if (settings.rows.isEmpty()) {
        s.paragraph(Tr::tr("The file records none of the tool's settings."));
    } else {
        settings.caption = Tr::tr("What the file records beside its metrics (the tool's settings and extra figures), as the tool wrote it.");
        s.table(settings);
    }
    return s;
}

} // namespace inferdeck::reportsections
