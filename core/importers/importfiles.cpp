#include <QCoreApplication>
#include <QFile>

#include <memory>

#include "importers/formatdetect.h"
#include "importers/importers.h"
#include "importers/importsupport.h"
#include "io/inputfile.h"
#include "io/resultfile.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

struct Input {
    QString path;
    QByteArray data; // the file's pages mapped, not copied: exports run to gigabytes
    ResultFormat format;
    std::shared_ptr<QFile> file; // keeps the mapping alive
};

// What a reader of each format may be handed (README "Limits of the readers"): a DOM costs several times
// the file's size in memory, columns and line-by-line reading far less. A bigger file is refused before
// it is parsed rather than exhausting memory; real exports are far below these.
qint64 maxBytes(ResultFormat f)
{
    switch (f) {
    case ResultFormat::InferDeck:
    case ResultFormat::GenaiPerfProfileExport:
    case ResultFormat::AiperfRecords:
    case ResultFormat::AiperfServerMetrics:
        return readlimit::kColumnar;
    case ResultFormat::VllmBenchServe:
    case ResultFormat::AiperfJson:
    case ResultFormat::GenaiPerfJson:
    case ResultFormat::Guidellm:
    case ResultFormat::LlmperfSummary:
    case ResultFormat::LlmperfIndividual:
        return readlimit::kDocument;
    case ResultFormat::AiperfCsv:
    case ResultFormat::GenaiPerfCsv:
    case ResultFormat::AiperfServerMetricsSummary:
    case ResultFormat::MlperfSummary:
    case ResultFormat::MlperfDetail:
    case ResultFormat::Unknown:
        break;
    }
    return readlimit::kTextLog;
}

// The engine's side of an AIPerf run says nothing about requests: it is read beside the records.
Error serverMetricsAlone(const Input& in)
{
    if (in.format == ResultFormat::AiperfServerMetricsSummary)
        return Error { Tr::tr("AIPerf's server-metrics summary holds statistics over the run, not the scrapes InferDeck "
                              "needs to place the engine's state beside the requests; import server_metrics_export.jsonl "
                              "(aiperf profile --server-metrics-formats json jsonl) with the records"),
                       in.path };
    return Error { Tr::tr("AIPerf's server metrics describe the engine, not the requests; import them together with the same "
                          "run's per-request records (profile_export.jsonl)"),
                   in.path };
}

Result<BenchmarkResult> importOne(const Input& in)
{
    switch (in.format) {
    case ResultFormat::InferDeck:
        return ResultFile::parse(in.data.constData(), static_cast<std::size_t>(in.data.size()), in.path);
    case ResultFormat::VllmBenchServe:
        return importVllm(in.data, in.path);
    case ResultFormat::AiperfJson:
    case ResultFormat::GenaiPerfJson:
        return importAiperfJson(in.data, in.path);
    case ResultFormat::AiperfCsv:
        return importAiperfCsv(in.data, in.path);
    case ResultFormat::GenaiPerfCsv:
        return importGenaiPerfCsv(in.data, in.path);
    case ResultFormat::Guidellm:
        return importGuidellm(in.data, in.path);
    case ResultFormat::LlmperfSummary:
        return importLlmperf(&in.data, in.path, nullptr, {});
    case ResultFormat::LlmperfIndividual:
        return importLlmperf(nullptr, {}, &in.data, in.path);
    case ResultFormat::MlperfSummary:
        return importMlperf(&in.data, in.path, nullptr, {});
    case ResultFormat::MlperfDetail:
        return importMlperf(nullptr, {}, &in.data, in.path);
    case ResultFormat::GenaiPerfProfileExport:
        return importGenaiPerfProfileExport(in.data, in.path);
    case ResultFormat::AiperfRecords:
        return importAiperfRecords(in.data, in.path);
    case ResultFormat::AiperfServerMetrics:
    case ResultFormat::AiperfServerMetricsSummary:
        return serverMetricsAlone(in);
    case ResultFormat::Unknown:
        break;
    }
    return Error { Tr::tr("not recognized as any supported result file (looked for %1)").arg(recognizedFormatsDescription()),
                   in.path };
}

// The per-request file is the phase; the aggregate file's figures become its `reported` side, so the
// cross-check compares the tool's own summary with what its records say.
Result<BenchmarkResult> withAggregates(const Input& records, const Input& aggregates)
{
    Result<BenchmarkResult> r = importOne(records);
    if (!r)
        return r;
    Result<BenchmarkResult> a = importOne(aggregates);
    if (!a)
        return a;
    BenchmarkResult out = std::move(r).value();
    const BenchmarkResult& agg = a.value();
    if (out.phases.size() != 1 || agg.phases.size() != 1)
        return Error { Tr::tr("%1 holds %2 phases and %3 holds %4; only one phase each can be combined")
                           .arg(records.path).arg(out.phases.size()).arg(aggregates.path).arg(agg.phases.size()),
                       records.path };
    Phase& p = out.phases.first();
    const Phase& ap = agg.phases.first();
    ReportedSummary rep = ap.reported.value_or(ReportedSummary {});
    rep.notes.removeIf([](const QString& n) { return n.startsWith(importing::aggregatesOnlyNote({})); });
    if (p.reported)
        rep.notes = p.reported->notes + rep.notes;
    p.reported = rep;
    p.name = ap.name;
    p.load = ap.load;
    out.plan.model = out.plan.model.isEmpty() ? agg.plan.model : out.plan.model;
    if (out.plan.workload.dataset.isEmpty())
        out.plan.workload = agg.plan.workload; // the aggregate export states the run's configuration
    out.provenance.toolVersion = agg.provenance.toolVersion;
    out.provenance.tool = agg.provenance.tool;
    out.nodes = agg.nodes;
    p.nodes = { out.nodes.value(0).name };
    return out;
}

QString toolFamily(ResultFormat f)
{
    switch (f) {
    case ResultFormat::LlmperfSummary:
    case ResultFormat::LlmperfIndividual:
        return u"llmperf"_s;
    case ResultFormat::MlperfSummary:
    case ResultFormat::MlperfDetail:
        return u"mlperf"_s;
    case ResultFormat::AiperfJson:
    case ResultFormat::AiperfCsv:
    case ResultFormat::GenaiPerfJson:
    case ResultFormat::GenaiPerfCsv:
    case ResultFormat::GenaiPerfProfileExport:
    case ResultFormat::AiperfRecords:
    case ResultFormat::AiperfServerMetrics:
    case ResultFormat::AiperfServerMetricsSummary:
        return u"aiperf"_s;
    default:
        return resultFormatName(f);
    }
}

Result<BenchmarkResult> combine(const QList<Input>& inputs);

} // namespace

Result<BenchmarkResult> importFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return Error { Tr::tr("no file to import"), {} };
    QList<Input> inputs;
    for (const QString& path : paths) {
        // the largest any reader takes; the format's own limit is checked once the content says which it is
        auto file = readRegularFile(path, readlimit::kColumnar, Tr::tr("a result file"));
        if (!file)
            return file.error();
        Input in { path, file.value().bytes, ResultFormat::Unknown, file.value().keeper };
        in.format = detectResultFormat(in.data.left(64 * 1024));
        if (in.data.size() > maxBytes(in.format))
            return Error { tooLargeMessage(maxBytes(in.format), Tr::tr("files of this kind (%1)").arg(resultFormatName(in.format))), path };
        inputs.append(in);
    }
    // a file no reader knows is that, whatever it was given with
    for (const Input& in : std::as_const(inputs))
        if (in.format == ResultFormat::Unknown && inputs.size() > 1)
            return importOne(in).error();
    const QString family = toolFamily(inputs.first().format);
    for (const Input& in : inputs)
        if (toolFamily(in.format) != family)
            return Error { Tr::tr("%1 and %2 were written by different tools; import them separately and compare them")
                               .arg(paths.first(), in.path),
                           in.path };

    // the engine's scrapes of an AIPerf run go beside the phase its records make
    QList<Input> scrapes;
    for (qsizetype i = inputs.size() - 1; i >= 0; --i)
        if (inputs[i].format == ResultFormat::AiperfServerMetrics || inputs[i].format == ResultFormat::AiperfServerMetricsSummary)
            scrapes.prepend(inputs.takeAt(i));
    if (scrapes.isEmpty())
        return combine(inputs);
    for (const Input& in : std::as_const(scrapes))
        if (in.format == ResultFormat::AiperfServerMetricsSummary)
            return serverMetricsAlone(in);
    if (inputs.isEmpty())
        return serverMetricsAlone(scrapes.first());
    if (scrapes.size() > 1)
        return Error { Tr::tr("%1 and %2 are both AIPerf server-metrics files; import one run's records with its one file")
                           .arg(scrapes.first().path, scrapes.last().path),
                       scrapes.last().path };
    Result<BenchmarkResult> r = combine(inputs);
    if (!r)
        return r;
    BenchmarkResult out = std::move(r).value();
    if (const std::optional<Error> e = attachAiperfServerMetrics(out, scrapes.first().data, scrapes.first().path))
        return *e;
    return out;
}

namespace {

// Files of one tool as one result: pairs that describe one run combine into one phase, others are a phase each.
Result<BenchmarkResult> combine(const QList<Input>& inputs)
{
    // pairs that describe one run combine into one phase
    const auto take = [&](ResultFormat f) -> const Input* {
        for (qsizetype i = 0; i < inputs.size(); ++i)
            if (inputs[i].format == f)
                return &inputs[i];
        return nullptr;
    };
    if (inputs.size() == 2) {
        if (const Input* s = take(ResultFormat::LlmperfSummary); s && take(ResultFormat::LlmperfIndividual)) {
            const Input* i = take(ResultFormat::LlmperfIndividual);
            return importLlmperf(&s->data, s->path, &i->data, i->path);
        }
        if (const Input* s = take(ResultFormat::MlperfSummary); s && take(ResultFormat::MlperfDetail)) {
            const Input* d = take(ResultFormat::MlperfDetail);
            return importMlperf(&s->data, s->path, &d->data, d->path);
        }
        for (const auto& [records, aggregates] : { std::pair { ResultFormat::AiperfRecords, ResultFormat::AiperfJson },
                                                   { ResultFormat::AiperfRecords, ResultFormat::AiperfCsv },
                                                   { ResultFormat::GenaiPerfProfileExport, ResultFormat::GenaiPerfJson },
                                                   { ResultFormat::GenaiPerfProfileExport, ResultFormat::GenaiPerfCsv } })
            if (const Input* r = take(records), *a = take(aggregates); r && a)
                return withAggregates(*r, *a);
    }
    std::optional<BenchmarkResult> out;
    for (const Input& in : std::as_const(inputs)) {
        Result<BenchmarkResult> r = importOne(in);
        if (!r)
            return r.error();
        if (!out)
            out = std::move(r).value();
        else
            out->phases.append(r.value().phases);
    }
    importing::uniquifyPhaseNames(*out);
    return *out;
}

} // namespace

} // namespace inferdeck
