#include "importers/importers.h"

#include <cctype>
#include <cmath>
#include <limits>

#include "importers/importsupport.h"
#include "importers/pyyaml.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GuidellmImport)
};

// guidellm's distribution of successful requests, in `scale` seconds per unit of the metric.
ReportedDistribution distribution(const json& metrics, const char* name, double scale, const QString& path)
{
    ReportedDistribution d;
    const json* m = optObject(metrics, name, path);
    if (!m)
        return d;
    const QString mp = key(path, name);
    const json* s = optObject(*m, "successful", mp);
    if (!s)
        return d;
    const QString sp = key(mp, "successful");
    const auto scaled = [&](std::optional<double> v) { return v ? std::optional(*v * scale) : std::nullopt; };
    d.count = optCount(*s, "count", sp);
    d.mean = scaled(optNonNegative(*s, "mean", sp));
    d.stddev = scaled(optNonNegative(*s, "std_dev", sp));
    d.min = scaled(optNonNegative(*s, "min", sp));
    d.max = scaled(optNonNegative(*s, "max", sp));
    if (const json* p = optObject(*s, "percentiles", sp)) {
        const QString pp = key(sp, "percentiles");
        d.p50 = scaled(optNonNegative(*p, "p50", pp));
        d.p90 = scaled(optNonNegative(*p, "p90", pp));
        d.p95 = scaled(optNonNegative(*p, "p95", pp));
        d.p99 = scaled(optNonNegative(*p, "p99", pp));
    }
    return d;
}

std::optional<double> successfulMean(const json& metrics, const char* name, const QString& path)
{
    const json* m = optObject(metrics, name, path);
    const json* s = m ? optObject(*m, "successful", key(path, name)) : nullptr;
    return s ? optNonNegative(*s, "mean", key(key(path, name), "successful")) : std::nullopt;
}

std::optional<double> successfulSum(const json& metrics, const char* name, const QString& path)
{
    const json* m = optObject(metrics, name, path);
    const json* s = m ? optObject(*m, "successful", key(path, name)) : nullptr;
    return s ? optNonNegative(*s, "total_sum", key(key(path, name), "successful")) : std::nullopt;
}

struct Raw {
    double start;
    double firstToken;
    double end;
    std::int32_t in;
    std::int32_t out;
    QString error; // empty: completed
    bool inWindow;
};

double orNan(std::optional<double> v)
{
    return v ? *v : std::numeric_limits<double>::quiet_NaN();
}

void collect(const json& list, const char* kind, double windowStart, double windowEnd, const QString& path,
             std::vector<Raw>& out)
{
    if (list.is_null())
        return;
    if (!list.is_array())
        fail(path, Tr::tr("expected a list of requests"));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString rp = index(path, i);
        const json& r = list[i];
        if (!r.is_object())
            fail(rp, Tr::tr("expected a request object"));
        const json* info = optObject(r, "info", rp);
        const json* timings = info ? optObject(*info, "timings", key(rp, "info")) : nullptr;
        const QString tp = key(key(rp, "info"), "timings");
        Raw raw;
        // Unix times in seconds: negative ones are not times, and a request cannot end before it starts
        raw.start = orNan(timings ? optNonNegative(*timings, "request_start", tp) : std::nullopt);
        QString endField = key(tp, "request_end");
        if (std::isnan(raw.start))
            raw.start = orNan(optNonNegative(r, "request_start_time", rp));
        if (std::isnan(raw.start))
            fail(key(tp, "request_start"), Tr::tr("missing: a request without a start time cannot be placed"));
        raw.firstToken = orNan(timings ? optNonNegative(*timings, "first_token_iteration", tp) : std::nullopt);
        raw.end = orNan(timings ? optNonNegative(*timings, "request_end", tp) : std::nullopt);
        if (std::isnan(raw.end)) {
            raw.end = orNan(optNonNegative(r, "request_end_time", rp));
            endField = key(rp, "request_end_time");
        }
        if (raw.end < raw.start) // false when either is NaN
            fail(endField, Tr::tr("the request ends %1 s before it starts").arg(raw.start - raw.end, 0, 'g', 6));
        if (raw.firstToken < raw.start || raw.firstToken > raw.end)
            fail(key(tp, "first_token_iteration"), Tr::tr("the first token is outside the request's start and end"));
        raw.in = static_cast<std::int32_t>(optCount(r, "prompt_tokens", rp).value_or(-1));
        raw.out = static_cast<std::int32_t>(optCount(r, "output_tokens", rp).value_or(-1));
        if (std::strcmp(kind, "successful") != 0) {
            raw.error = info ? optText(*info, "error", key(rp, "info")) : QString();
            if (raw.error.isEmpty())
                raw.error = std::strcmp(kind, "incomplete") == 0 ? Tr::tr("incomplete") : Tr::tr("errored");
        }
        // guidellm counts a request when its lifetime overlaps the measurement window (this reproduces its
        // request_totals on the real fixture); the rest ran during warm-up or cool-down
        const double stop = std::isnan(raw.end) ? raw.start : raw.end;
        raw.inWindow = std::isnan(windowStart) || (stop >= windowStart && raw.start <= windowEnd);
        out.push_back(raw);
    }
}

Phase importBenchmark(const BenchmarkResult& result, const json& b, const QString& path)
{
    const QString cp = key(path, "config");
    const json* config = optObject(b, "config", path);
    const json* strategy = config ? optObject(*config, "strategy", cp) : nullptr;
    const QString type = strategy ? optText(*strategy, "type_", key(cp, "strategy")) : QString();
    LoadSpec load;
    QString name = type.isEmpty() ? u"benchmark"_s : type;
    if (strategy) {
        const QString sp = key(cp, "strategy");
        const std::optional<double> rate = optNonNegative(*strategy, "rate", sp);
        const std::optional<double> streams = optNonNegative(*strategy, "streams", sp);
        const std::optional<double> concurrency = optNonNegative(*strategy, "max_concurrency", sp);
        if (rate && (type == u"constant"_s || type == u"poisson"_s || type == u"throughput"_s)) {
            load.mode = type == u"constant"_s ? LoadSpec::Mode::ConstantRate : LoadSpec::Mode::Poisson;
            load.value = *rate;
            name = u"%1 %2/s"_s.arg(type).arg(*rate);
        } else if (streams || concurrency) {
            load.value = streams ? *streams : *concurrency;
            name = u"%1 %2"_s.arg(type).arg(load.value);
        }
    }
    const json* sched = optObject(b, "scheduler_metrics", path);
    const QString schedPath = key(path, "scheduler_metrics");
    const double windowStart = orNan(sched ? optNonNegative(*sched, "measure_start_time", schedPath) : std::nullopt);
    const double windowEnd = orNan(sched ? optNonNegative(*sched, "measure_end_time", schedPath) : std::nullopt);
    if (windowEnd < windowStart)
        fail(key(schedPath, "measure_end_time"), Tr::tr("the measurement window ends before it starts"));

    std::vector<Raw> raw;
    const QString rp = key(path, "requests");
    if (const json* requests = optObject(b, "requests", path)) {
        for (const char* kind : { "successful", "errored", "incomplete" })
            if (requests->contains(kind))
                collect((*requests)[kind], kind, windowStart, windowEnd, key(rp, kind), raw);
    }
    double t0 = std::numeric_limits<double>::infinity();
    for (const Raw& r : raw)
        t0 = std::min(t0, r.start);
    if (!std::isfinite(t0))
        t0 = orNan(optNonNegative(b, "start_time", path));
    Phase p = importedPhase(result, name, load, std::isnan(t0) ? 0.0 : t0);
    const double base = p.t0Unix;
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) { return a.start < b.start; });
    p.requests.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const Raw& r = raw[i];
        RequestColumns::Row row;
        row.requestId = static_cast<std::int64_t>(i);
        row.warmup = !r.inWindow;
        row.send = r.start - base;
        row.inputTokens = r.in;
        row.outputTokens = r.out;
        row.tokensFromUsage = true;
        if (r.error.isEmpty()) {
            row.firstToken = r.firstToken - base;
            row.end = r.end - base;
        } else {
            row.status = p.statusFor(r.error);
            row.end = r.end - base;
        }
        p.requests.append(row);
    }

    ReportedSummary rep;
    rep.percentileMethod = u"nearest-rank"_s;
    rep.tokenCounting = Tr::tr("the server's usage, else the number of streamed iterations");
    const json* metrics = optObject(b, "metrics", path);
    const QString mp = key(path, "metrics");
    if (metrics) {
        if (const json* totals = optObject(*metrics, "request_totals", mp)) {
            const QString tp = key(mp, "request_totals");
            rep.completed = optCount(*totals, "successful", tp);
            const auto errored = optCount(*totals, "errored", tp);
            const auto incomplete = optCount(*totals, "incomplete", tp);
            if (errored || incomplete)
                rep.failed = errored.value_or(0) + incomplete.value_or(0);
            rep.issued = optCount(*totals, "total", tp);
        }
        rep.ttft = distribution(*metrics, "time_to_first_token_ms", 1e-3, mp);
        // guidellm's inter-token latency excludes the first token, per request: InferDeck's TPOT
        rep.tpot = distribution(*metrics, "inter_token_latency_ms", 1e-3, mp);
        rep.tpot.count.reset(); // token-weighted in guidellm
        rep.e2e = distribution(*metrics, "request_latency", 1.0, mp);
        rep.requestThroughput = successfulMean(*metrics, "requests_per_second", mp);
        rep.outputTokenThroughput = successfulMean(*metrics, "output_tokens_per_second", mp);
        rep.totalTokenThroughput = successfulMean(*metrics, "tokens_per_second", mp);
        if (const auto out = successfulSum(*metrics, "output_token_count", mp))
            rep.outputTokens = wholeCount(std::isfinite(*out) ? std::round(*out) : *out, key(mp, "output_token_count"));
        if (const auto in = successfulSum(*metrics, "prompt_token_count", mp))
            rep.inputTokens = wholeCount(std::isfinite(*in) ? std::round(*in) : *in, key(mp, "prompt_token_count"));
        if (const auto tpot = successfulMean(*metrics, "time_per_output_token_ms", mp))
            rep.settings.append({ u"time_per_output_token_ms (guidellm's own: includes the first token)"_s,
                                  QString::number(*tpot, 'g', 8) });
    }
    rep.durationS = optNonNegative(b, "duration", path);
    for (const char* k : { "warmup_duration", "cooldown_duration" })
        if (const auto v = optNonNegative(b, k, path))
            rep.settings.append({ QString::fromUtf8(k), QString::number(*v, 'g', 8) });
    if (!type.isEmpty())
        rep.settings.append({ u"strategy"_s, type });
    rep.notes.append(Tr::tr("guidellm's duration is its measurement window; InferDeck's runs from the first send to the "
                            "last answer of the requests in that window"));
    rep.notes.append(Tr::tr("requests outside guidellm's measurement window are kept as warm-up and not summarized"));
    p.reported = rep;
    return p;
}

} // namespace

Result<BenchmarkResult> importGuidellm(const QByteArray& data, const QString& where)
{
    const QString tool = u"guidellm"_s;
    try {
        // guidellm saves the same report as JSON or, with a .yaml path, through yaml.dump
        qsizetype first = 0;
        while (first < data.size() && std::isspace(static_cast<unsigned char>(data[first])))
            ++first;
        const bool yaml = first < data.size() && data[first] != '{';
        const json d = yaml ? parsePyYamlDump(data) : parsePythonJson(data);
        if (!d.is_object())
            fail({}, yaml ? Tr::tr("expected a mapping at the top level") : Tr::tr("expected a JSON object at the top level"));
        const json& benchmarks = requireArray(d, "benchmarks", {});
        if (benchmarks.empty())
            fail(u"benchmarks"_s, Tr::tr("the report holds no benchmark"));
        QString version;
        if (const json* meta = optObject(d, "metadata", {}))
            version = optText(*meta, "guidellm_version", u"metadata"_s);
        if (!version.isEmpty() && !version.startsWith(u"0.4"_s) && !version.startsWith(u"0.5"_s)
            && !version.startsWith(u"0.6"_s))
            fail(u"metadata.guidellm_version"_s,
                 Tr::tr("version %1 is not supported (InferDeck reads the 0.4–0.6 report layout)").arg(version));
        QString model;
        QString target;
        if (const json* args = optObject(d, "args", {})) {
            model = optText(*args, "model", u"args"_s);
            target = optText(*args, "target", u"args"_s);
        }
        BenchmarkResult result = importedResult(u"guidellm"_s, version, model, target);
        // args.data: the files, hub datasets or synthetic settings the prompts came from; the first names the run's
        if (const json* args = optObject(d, "args", {}); args && args->contains("data") && (*args)["data"].is_array()
            && !(*args)["data"].empty() && (*args)["data"][0].is_string())
            setImportedDataset(result, QString::fromStdString((*args)["data"][0].get<std::string>()), u"args.data[0]"_s);
        for (std::size_t i = 0; i < benchmarks.size(); ++i) {
            const json& b = benchmarks[i];
            const QString bp = index(u"benchmarks"_s, i);
            if (!b.is_object())
                fail(bp, Tr::tr("expected a benchmark object"));
            result.phases.append(importBenchmark(result, b, bp));
        }
        uniquifyPhaseNames(result);
        result.provenance.startedUnix = result.phases.first().t0Unix;
        result.provenance.createdUnix = result.provenance.startedUnix;
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
