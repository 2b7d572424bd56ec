#include "importers/importers.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

#include "importers/importsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AiperfImport)
};

// Seconds per unit of a latency metric; nullopt for a unit that is not a time.
std::optional<double> secondsPer(const QString& unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == u"ms"_s)
        return 1e-3;
    if (u == u"s"_s || u == u"sec"_s)
        return 1.0;
    if (u == u"us"_s || u == u"µs"_s)
        return 1e-6;
    if (u == u"ns"_s)
        return 1e-9;
    return std::nullopt;
}

// One metric as both formats give it: statistics by name ("avg", "p99", ...) and a unit.
// Every metric InferDeck reads (latencies, rates, counts, durations) is never negative.
struct Metric {
    QString unit;
    QHash<QString, double> stats;
    QString where; // "time_to_first_token" in the JSON, "line 4" in the CSV
    std::optional<double> stat(const char* name) const
    {
        const auto it = stats.constFind(QString::fromUtf8(name));
        if (it == stats.cend() || std::isnan(*it))
            return std::nullopt;
        return nonNegative(*it, where + u'.' + QString::fromUtf8(name));
    }
};
using Metrics = QHash<QString, Metric>; // by AIPerf's JSON key

ReportedDistribution latency(const Metrics& m, const char* name, const QString& field)
{
    ReportedDistribution d;
    const auto it = m.constFind(QString::fromUtf8(name));
    if (it == m.cend())
        return d;
    const std::optional<double> scale = secondsPer(it->unit);
    if (!scale)
        fail(field + u'.' + QString::fromUtf8(name), Tr::tr("expected a time unit (ms, s, ns), found \"%1\"").arg(it->unit));
    const auto get = [&](const char* s) { return it->stat(s) ? std::optional(*it->stat(s) * *scale) : std::nullopt; };
    d.mean = get("avg");
    d.min = get("min");
    d.max = get("max");
    d.stddev = get("std");
    d.p50 = get("p50");
    d.p90 = get("p90");
    d.p95 = get("p95");
    d.p99 = get("p99");
    if (const auto c = it->stat("count"))
        d.count = wholeCount(*c, it->where + u".count"_s);
    return d;
}

std::optional<double> scalar(const Metrics& m, const char* name)
{
    const auto it = m.constFind(QString::fromUtf8(name));
    return it == m.cend() ? std::nullopt : it->stat("avg");
}

std::optional<std::int64_t> countOf(const Metrics& m, const char* name)
{
    const auto it = m.constFind(QString::fromUtf8(name));
    if (it == m.cend())
        return std::nullopt;
    const std::optional<double> v = it->stat("avg");
    // Counts are whole in the JSON; the CSV rounds to 2 decimals, so round before the whole-number check.
    return v ? std::optional(wholeCount(std::isfinite(*v) ? std::round(*v) : *v, it->where + u".avg"_s)) : std::nullopt;
}

// Maps the tool's metrics to InferDeck's: its "inter token latency" is our TPOT, its inter-chunk latency our ITL.
ReportedSummary toReported(const Metrics& m, const QString& field, bool csvRounded)
{
    ReportedSummary r;
    r.percentileMethod = u"linear"_s;
    r.tokenCounting = Tr::tr("client-side tokenizer over the generated text");
    r.ttft = latency(m, "time_to_first_token", field);
    r.tpot = latency(m, "inter_token_latency", field);
    r.itl = latency(m, "inter_chunk_latency", field);
    r.itl.count.reset(); // it counts chunks, not requests
    r.e2e = latency(m, "request_latency", field);
    r.requestThroughput = scalar(m, "request_throughput");
    r.outputTokenThroughput = scalar(m, "output_token_throughput");
    r.totalTokenThroughput = scalar(m, "total_token_throughput");
    if (const auto it = m.constFind(u"benchmark_duration"_s); it != m.cend() && it->stat("avg"))
        r.durationS = *it->stat("avg") * secondsPer(it->unit).value_or(1.0);
    r.completed = countOf(m, "request_count");
    if (const auto errors = countOf(m, "error_request_count")) {
        r.failed = errors;
        if (r.completed)
            r.issued = *r.completed + *errors;
    }
    r.outputTokens = countOf(m, "total_output_tokens");
    if (!r.outputTokens)
        r.outputTokens = countOf(m, "total_osl");
    r.inputTokens = countOf(m, "total_isl");
    r.notes.append(aggregatesOnlyNote(Tr::tr("per-request records are not in this file, so distributions, intervals "
                                             "and time series cannot be recomputed")));
    if (csvRounded)
        r.notes.append(Tr::tr("the CSV rounds every value to 2 decimals; the JSON export keeps full precision"));
    return r;
}

Metrics jsonMetrics(const json& d)
{
    Metrics m;
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!it->is_object() || !it->contains("unit"))
            continue;
        Metric metric;
        metric.where = QString::fromStdString(it.key());
        metric.unit = optText(*it, "unit", metric.where);
        for (auto s = it->begin(); s != it->end(); ++s)
            if (s->is_number())
                metric.stats.insert(QString::fromStdString(s.key()), s->get<double>());
            else if (s->is_null())
                metric.stats.insert(QString::fromStdString(s.key()), NAN);
        m.insert(QString::fromStdString(it.key()), metric);
    }
    return m;
}

LoadSpec loadFromConfig(const json& d, QString& phaseName)
{
    LoadSpec load;
    const json* config = optObject(d, "input_config", {});
    if (!config)
        return load;
    // AIPerf: input_config.phases[] with the measured one named "profiling"; GenAI-Perf: concurrency / request_rate
    if (config->contains("phases") && (*config)["phases"].is_array()) {
        for (const json& ph : (*config)["phases"]) {
            if (!ph.is_object() || ph.value("exclude_from_results", false))
                continue;
            if (const auto c = optNonNegative(ph, "concurrency", u"input_config.phases"_s)) {
                load.value = *c;
                phaseName = u"concurrency %1"_s.arg(*c);
            }
            if (const auto rate = optNonNegative(ph, "request_rate", u"input_config.phases"_s)) {
                load.mode = LoadSpec::Mode::Poisson;
                load.value = *rate;
                phaseName = u"rate %1/s"_s.arg(*rate);
            }
        }
    } else {
        if (const auto c = optNonNegative(*config, "concurrency", u"input_config"_s)) {
            load.value = *c;
            phaseName = u"concurrency %1"_s.arg(*c);
        }
        if (const auto rate = optNonNegative(*config, "request_rate", u"input_config"_s); rate && *rate > 0) {
            load.mode = LoadSpec::Mode::Poisson;
            load.value = *rate;
            phaseName = u"rate %1/s"_s.arg(*rate);
        }
    }
    return load;
}

QString modelFromConfig(const json& d)
{
    const json* config = optObject(d, "input_config", {});
    if (!config)
        return {};
    const json& c = *config;
    if (c.contains("models") && c["models"].is_object() && c["models"].contains("items")
        && c["models"]["items"].is_array() && !c["models"]["items"].empty())
        return optText(c["models"]["items"][0], "name", u"input_config.models.items[0]"_s);
    if (c.contains("model_names") && c["model_names"].is_array() && !c["model_names"].empty()
        && c["model_names"][0].is_string())
        return QString::fromStdString(c["model_names"][0].get<std::string>());
    return optText(c, "model", u"input_config"_s);
}

// "Time to First Token (ms)" → name and unit: the last parenthesised group is the unit.
std::pair<QString, QString> splitCsvName(const QString& label)
{
    static const QRegularExpression re(u"^(.*?)\\s*\\(([^()]*)\\)\\s*$"_s);
    const auto m = re.match(label);
    if (!m.hasMatch())
        return { label.trimmed(), {} };
    return { m.captured(1), m.captured(2) };
}

// The CSV's display names, lower-cased (GenAI-Perf capitalizes "To"), to the JSON keys.
QString jsonKeyFor(const QString& name)
{
    static const QHash<QString, QString> keys {
        { u"time to first token"_s, u"time_to_first_token"_s },
        { u"inter token latency"_s, u"inter_token_latency"_s },
        { u"inter chunk latency"_s, u"inter_chunk_latency"_s },
        { u"request latency"_s, u"request_latency"_s },
        { u"request throughput"_s, u"request_throughput"_s },
        { u"output token throughput"_s, u"output_token_throughput"_s },
        { u"total token throughput"_s, u"total_token_throughput"_s },
        { u"benchmark duration"_s, u"benchmark_duration"_s },
        { u"request count"_s, u"request_count"_s },
        { u"error request count"_s, u"error_request_count"_s },
        { u"total output tokens"_s, u"total_output_tokens"_s },
        { u"total output sequence length"_s, u"total_osl"_s },
        { u"total input sequence length"_s, u"total_isl"_s },
    };
    return keys.value(name.toLower());
}

// A CSV line with "quoted, fields" (GenAI-Perf writes "1,146.31").
QStringList csvFields(const QString& line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            out.append(cur);
            cur.clear();
        } else
            cur.append(c);
    }
    out.append(cur);
    return out;
}

Result<BenchmarkResult> importCsv(const QByteArray& data, const QString& where, bool aiperf)
{
    const QString tool = aiperf ? u"AIPerf CSV"_s : u"GenAI-Perf CSV"_s;
    try {
        const QStringList lines = QString::fromUtf8(data).remove(u'\r').split(u'\n');
        Metrics m;
        QStringList header;
        int rows = 0;
        for (qsizetype ln = 0; ln < lines.size(); ++ln) {
            const QString& line = lines[ln];
            if (line.trimmed().isEmpty()) {
                header.clear();
                continue;
            }
            const QStringList f = csvFields(line);
            if (header.isEmpty()) {
                header = f;
                continue;
            }
            if (header.value(0) != u"Metric"_s)
                continue; // the GPU-telemetry section
            if (f.size() != header.size())
                fail(Tr::tr("line %1").arg(ln + 1),
                     Tr::tr("expected %1 fields as in the header, found %2 (truncated?)").arg(header.size()).arg(f.size()));
            const auto [name, unit] = splitCsvName(f[0]);
            const QString k = jsonKeyFor(name);
            if (k.isEmpty())
                continue;
            Metric metric;
            metric.unit = unit;
            metric.where = Tr::tr("line %1").arg(ln + 1);
            for (qsizetype c = 1; c < f.size(); ++c) {
                QString v = f[c].trimmed();
                v.remove(u',');
                bool ok = false;
                const double x = v.toDouble(&ok);
                if (!ok && !v.isEmpty() && v.toLower() != u"nan"_s)
                    fail(Tr::tr("line %1, column %2").arg(ln + 1).arg(header[c]), Tr::tr("expected a number, found \"%1\"").arg(f[c]));
                const QString stat = header[c] == u"Value"_s ? u"avg"_s : header[c];
                metric.stats.insert(stat, ok ? x : NAN);
            }
            m.insert(k, metric);
            ++rows;
        }
        if (rows == 0)
            fail({}, Tr::tr("no metric rows InferDeck knows (looked for Time to First Token, Request Latency, ...)"));
        BenchmarkResult result = importedResult(aiperf ? u"aiperf"_s : u"genai-perf"_s, {}, {}, u"server"_s);
        Phase p = importedPhase(result, u"profile"_s, {}, 0.0);
        p.reported = toReported(m, {}, true);
        result.phases.append(p);
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace

Result<BenchmarkResult> importAiperfJson(const QByteArray& data, const QString& where)
{
    bool aiperf = true;
    try {
        const json d = parsePythonJson(data);
        if (!d.is_object())
            fail({}, Tr::tr("expected a JSON object at the top level"));
        aiperf = d.contains("aiperf_version");
        const Metrics m = jsonMetrics(d);
        if (!m.contains(u"request_latency"_s) && !m.contains(u"time_to_first_token"_s)
            && !m.contains(u"request_throughput"_s))
            fail({}, Tr::tr("no metric objects InferDeck knows (request_latency, time_to_first_token, request_throughput)"));
        QString phaseName = u"profile"_s;
        const LoadSpec load = loadFromConfig(d, phaseName);
        QString server;
        if (const json* config = optObject(d, "input_config", {}))
            if (const json* ep = optObject(*config, "endpoint", u"input_config"_s); ep && ep->contains("urls")
                && (*ep)["urls"].is_array() && !(*ep)["urls"].empty() && (*ep)["urls"][0].is_string())
                server = QString::fromStdString((*ep)["urls"][0].get<std::string>());
        BenchmarkResult result = importedResult(aiperf ? u"aiperf"_s : u"genai-perf"_s, optText(d, "aiperf_version", {}),
                                                modelFromConfig(d), server);
        // AIPerf: input_config.datasets[0] names a file (path) or how it made its prompts (type, e.g. synthetic)
        if (const json* config = optObject(d, "input_config", {}); config && config->contains("datasets") && (*config)["datasets"].is_array()
            && !(*config)["datasets"].empty() && (*config)["datasets"][0].is_object()) {
            const json& ds = (*config)["datasets"][0];
            const QString path = optText(ds, "path", u"input_config.datasets[0]"_s);
            setImportedDataset(result, path.isEmpty() ? optText(ds, "type", u"input_config.datasets[0]"_s) : path,
                               u"input_config.datasets[0]"_s);
        }
        const QDateTime start = QDateTime::fromString(optText(d, "start_time", {}), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(optText(d, "end_time", {}), Qt::ISODateWithMs);
        if (start.isValid()) {
            result.provenance.startedUnix = start.toMSecsSinceEpoch() / 1000.0;
            result.provenance.createdUnix = result.provenance.startedUnix;
        }
        if (end.isValid())
            result.provenance.finishedUnix = end.toMSecsSinceEpoch() / 1000.0;
        if (start.isValid() && end.isValid() && end < start)
            fail(u"end_time"_s, Tr::tr("the run ends before it starts (start_time %1)").arg(optText(d, "start_time", {})));
        if (d.value("was_cancelled", false))
            result.status = RunStatus::Cancelled;
        Phase p = importedPhase(result, phaseName, load, result.provenance.startedUnix);
        ReportedSummary rep = toReported(m, {}, false);
        if (const json* run = optObject(d, "run_info", {}))
            if (const QString cmd = optText(*run, "cli_command", u"run_info"_s); !cmd.isEmpty())
                rep.settings.append({ u"cli_command"_s, cmd });
        if (d.contains("error_summary") && d["error_summary"].is_array() && !d["error_summary"].empty())
            rep.settings.append({ u"error_summary"_s, QString::fromStdString(d["error_summary"].dump()) });
        if (start.isValid())
            rep.notes.append(Tr::tr("start and end times have no time zone in the file; read as this machine's local time"));
        p.reported = rep;
        result.phases.append(p);
        return result;
    } catch (const ImportFailure& f) {
        return importError(aiperf ? u"AIPerf JSON"_s : u"GenAI-Perf JSON"_s, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(aiperf ? u"AIPerf JSON"_s : u"GenAI-Perf JSON"_s, where, unexpectedContent(e));
    }
}

Result<BenchmarkResult> importAiperfCsv(const QByteArray& data, const QString& where)
{
    return importCsv(data, where, true);
}

Result<BenchmarkResult> importGenaiPerfCsv(const QByteArray& data, const QString& where)
{
    return importCsv(data, where, false);
}

} // namespace inferdeck
