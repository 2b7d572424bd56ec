#include "importers/importers.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

#include "importers/importsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(VllmImport)
};

// vLLM states latencies in ms under <stat>_<metric>_ms; its median is the p50.
ReportedDistribution msStats(const json& d, const char* metric)
{
    ReportedDistribution out;
    const auto get = [&](const char* stat) -> std::optional<double> {
        const std::string k = std::string(stat) + '_' + metric + "_ms";
        const std::optional<double> v = optNonNegative(d, k.c_str(), {});
        return v ? std::optional(*v / 1000.0) : std::nullopt;
    };
    out.mean = get("mean");
    out.p50 = get("median");
    out.stddev = get("std");
    out.p90 = get("p90");
    out.p95 = get("p95");
    out.p99 = get("p99");
    return out;
}

LoadSpec loadOf(std::optional<double> rate, std::optional<double> concurrency, std::optional<double> burstiness,
                std::optional<double> prompts)
{
    LoadSpec load;
    if (rate && std::isfinite(*rate) && *rate > 0) {
        load.burstiness = burstiness.value_or(1.0);
        load.mode = load.burstiness == 1.0 ? LoadSpec::Mode::Poisson : LoadSpec::Mode::Gamma;
        load.value = *rate;
    } else {
        // request_rate "inf": everything at once, bounded only by --max-concurrency (then a closed loop)
        load.mode = concurrency ? LoadSpec::Mode::Concurrency : LoadSpec::Mode::AllAtOnce;
        load.value = concurrency.value_or(prompts.value_or(1.0));
    }
    return load;
}

double unixFromVllmDate(const QString& date)
{
    const QDateTime t = QDateTime::fromString(date, u"yyyyMMdd-HHmmss"_s);
    return t.isValid() ? static_cast<double>(t.toSecsSinceEpoch()) : 0.0;
}

// The per-request lists are parallel: request i is element i of each, failed requests included.
void readRequests(const json& d, Phase& p)
{
    const json& ttfts = requireArray(d, "ttfts", {});
    const std::size_t n = ttfts.size();
    const auto parallel = [&](const char* name) -> const json* {
        if (!d.contains(name))
            return nullptr;
        const json& a = requireArray(d, name, {});
        if (a.size() != n)
            fail(QString::fromUtf8(name), Tr::tr("has %1 entries but ttfts has %2").arg(a.size()).arg(n));
        return &a;
    };
    const json* itls = parallel("itls");
    const json* inLens = parallel("input_lens");
    const json* outLens = parallel("output_lens");
    const json* errors = parallel("errors");
    RequestColumns& r = p.requests;
    if (itls)
        r.recordChunks();
    r.reserve(n);
    std::vector<double> chunks;
    for (std::size_t i = 0; i < n; ++i) {
        RequestColumns::Row row;
        row.requestId = static_cast<std::int64_t>(i);
        row.send = 0.0; // vLLM keeps no send times: every time of this request is relative to its own send
        row.tokensFromUsage = false;
        const std::optional<double> ttft = nonNegative(elementNumber(ttfts[i], index(u"ttfts"_s, i)), index(u"ttfts"_s, i));
        if (inLens)
            row.inputTokens = elementTokens((*inLens)[i], index(u"input_lens"_s, i));
        if (outLens)
            row.outputTokens = elementTokens((*outLens)[i], index(u"output_lens"_s, i));
        QString error;
        if (errors) {
            const json& e = (*errors)[i];
            if (!e.is_null() && !e.is_string())
                fail(index(u"errors"_s, i), Tr::tr("expected a string"));
            error = e.is_string() ? QString::fromStdString(e.get<std::string>()) : QString();
        }
        chunks.clear();
        if (itls) {
            const json& gaps = (*itls)[i];
            if (!gaps.is_array())
                fail(index(u"itls"_s, i), Tr::tr("expected a list of gaps in seconds"));
            if (ttft && !(row.outputTokens == 0 && *ttft == 0.0)) {
                double t = *ttft;
                chunks.push_back(t);
                for (std::size_t k = 0; k < gaps.size(); ++k) {
                    const std::optional<double> g = elementNumber(gaps[k], index(index(u"itls"_s, i), k));
                    if (!g || *g < 0)
                        fail(index(index(u"itls"_s, i), k), Tr::tr("expected a gap of zero or more seconds"));
                    t += *g;
                    chunks.push_back(t);
                }
            }
        }
        if (!error.isEmpty()) {
            row.status = p.statusFor(error);
        } else if (ttft && !(row.outputTokens == 0 && *ttft == 0.0)) {
            // vLLM writes TTFT 0.0 for an answer without output; that is "no first token", not an instant one
            row.firstToken = *ttft;
            row.end = chunks.empty() ? *ttft : chunks.back();
        }
        r.append(row, chunks);
    }
}

} // namespace

Result<BenchmarkResult> importVllm(const QByteArray& data, const QString& where)
{
    const QString tool = u"vLLM bench serve"_s;
    try {
        const json d = parsePythonJson(data);
        if (!d.is_object())
            fail({}, Tr::tr("expected a JSON object at the top level"));
        if (!d.contains("backend") || !d.contains("model_id"))
            fail({}, Tr::tr("missing backend or model_id: not a vLLM bench serve result"));
        const QString model = optText(d, "model_id", {});
        const QString version = optText(d, "vllm_version", {});
        BenchmarkResult result = importedResult(u"vllm"_s, version, model, optText(d, "backend", {}) + u" server"_s);
        // vLLM's `date` is the local time of the machine that ran it, without a zone: it stays a setting as
        // recorded and is never shown as a UTC time; here it only anchors the phase, whose times are relative
        const double created = unixFromVllmDate(optText(d, "date", {}));

        const std::optional<double> rate = nonNegative(optLooseNumber(d, "request_rate", {}), u"request_rate"_s);
        const std::optional<double> concurrency = optNonNegative(d, "max_concurrency", {});
        const std::optional<double> prompts = optNonNegative(d, "num_prompts", {});
        const LoadSpec load = loadOf(rate, concurrency, optNonNegative(d, "burstiness", {}), prompts);
        QString name = optText(d, "label", {});
        if (name.isEmpty())
            name = concurrency ? u"concurrency %1"_s.arg(*concurrency)
                 : rate && std::isfinite(*rate) ? u"rate %1/s"_s.arg(*rate) : u"all at once"_s;
        Phase p = importedPhase(result, name, load, created);
        p.role = PhaseRole::Single;

        ReportedSummary rep;
        rep.percentileMethod = u"linear"_s;
        rep.tokenCounting = Tr::tr("the server's usage, else re-tokenized with %1").arg(optText(d, "tokenizer_id", {}));
        rep.durationS = optNonNegative(d, "duration", {});
        rep.completed = optCount(d, "completed", {});
        rep.failed = optCount(d, "failed", {});
        rep.issued = optCount(d, "num_prompts", {});
        rep.inputTokens = optCount(d, "total_input_tokens", {});
        rep.outputTokens = optCount(d, "total_output_tokens", {});
        rep.requestThroughput = optNonNegative(d, "request_throughput", {});
        rep.outputTokenThroughput = optNonNegative(d, "output_throughput", {});
        rep.totalTokenThroughput = optNonNegative(d, "total_token_throughput", {});
        if (!rep.totalTokenThroughput && rep.outputTokenThroughput) {
            if (const auto in = optNonNegative(d, "input_throughput", {}))
                rep.totalTokenThroughput = *in + *rep.outputTokenThroughput;
        }
        rep.ttft = msStats(d, "ttft");
        rep.tpot = msStats(d, "tpot");
        rep.itl = msStats(d, "itl");
        rep.e2e = msStats(d, d.contains("mean_e2el_ms") ? "e2el" : "latency"); // renamed in 2025
        if (rep.completed && *rep.completed == 0) {
            // with nothing completed vLLM writes 0.0 for every latency: those are placeholders, not measurements
            rep.ttft = rep.tpot = rep.itl = rep.e2e = {};
            rep.notes.append(Tr::tr("no request completed, so the file's latency figures (all 0) are not measurements"));
        }
        for (const char* k : { "date", "backend", "endpoint_type", "tokenizer_id", "request_rate", "burstiness",
                               "max_concurrency", "num_prompts", "request_goodput", "max_output_tokens_per_s",
                               "max_concurrent_requests", "run_number", "max_num_seqs" }) {
            if (d.contains(k) && !d[k].is_null())
                rep.settings.append({ QString::fromUtf8(k), optText(d, k, {}) });
        }
        if (d.contains("ttfts")) {
            readRequests(d, p);
            p.sendTimesKnown = false;
            rep.notes.append(Tr::tr("vLLM keeps no send times: duration, throughput and time series are the tool's own; "
                                    "latencies are recomputed from the per-request lists"));
            rep.notes.append(Tr::tr("vLLM's ITL is per streamed chunk, which may carry several tokens"));
        } else {
            rep.notes.append(Tr::tr("aggregates only: the file has no per-request lists (run with --save-detailed), "
                                    "so distributions, intervals and time series cannot be recomputed"));
        }
        p.reported = rep;
        result.phases.append(p);
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
