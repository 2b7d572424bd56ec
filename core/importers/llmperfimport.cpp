#include "importers/importers.h"

#include <cmath>

#include "importers/importsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(LlmperfImport)
};

ReportedDistribution seconds(const json& d, const QString& metric)
{
    const auto get = [&](const QString& suffix) {
        const QByteArray k = (u"results_"_s + metric + u'_' + suffix).toUtf8();
        return nonNegative(optLooseNumber(d, k.constData(), {}), QString::fromUtf8(k));
    };
    ReportedDistribution out;
    out.mean = get(u"mean"_s);
    out.min = get(u"min"_s);
    out.max = get(u"max"_s);
    out.stddev = get(u"stddev"_s);
    out.p50 = get(u"quantiles_p50"_s);
    out.p90 = get(u"quantiles_p90"_s);
    out.p95 = get(u"quantiles_p95"_s);
    out.p99 = get(u"quantiles_p99"_s);
    return out;
}

ReportedSummary reportedFrom(const json& d)
{
    ReportedSummary r;
    r.percentileMethod = u"linear"_s; // pandas' quantile default
    r.tokenCounting = Tr::tr("a fixed Llama tokenizer (hf-internal-testing/llama-tokenizer), not the model's own");
    r.ttft = seconds(d, u"ttft_s"_s);
    r.e2e = seconds(d, u"end_to_end_latency_s"_s);
    r.issued = optCount(d, "results_num_requests_started", {});
    r.completed = optCount(d, "results_num_completed_requests", {});
    r.failed = optCount(d, "results_number_errors", {});
    r.outputTokenThroughput = optNonNegative(d, "results_mean_output_throughput_token_per_s", {});
    if (const auto perMin = optNonNegative(d, "results_num_completed_requests_per_min", {}))
        r.requestThroughput = *perMin / 60.0;
    for (const char* k : { "name", "num_concurrent_requests", "mean_input_tokens", "mean_output_tokens",
                           "results_error_code_frequency", "results_inter_token_latency_s_mean",
                           "results_inter_token_latency_s_quantiles_p99", "timestamp" })
        if (d.contains(k) && !d[k].is_null())
            r.settings.append({ QString::fromUtf8(k), optText(d, k, {}) });
    r.notes.append(Tr::tr("llmperf's inter_token_latency_s divides the whole answer time, first token included, by "
                          "the token count; it is neither TPOT nor ITL and is kept only as the tool's figure"));
    return r;
}

void readIndividual(const json& list, Phase& p)
{
    if (!list.is_array())
        fail({}, Tr::tr("expected a JSON array of responses"));
    p.requests.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString rp = index({}, i);
        const json& r = list[i];
        if (!r.is_object())
            fail(rp, Tr::tr("expected a response object"));
        if (!r.contains("ttft_s") || !r.contains("end_to_end_latency_s"))
            fail(rp, Tr::tr("missing ttft_s or end_to_end_latency_s"));
        RequestColumns::Row row;
        row.requestId = static_cast<std::int64_t>(i);
        row.send = 0.0; // llmperf keeps no send times
        row.tokensFromUsage = false;
        row.inputTokens = static_cast<std::int32_t>(optCount(r, "number_input_tokens", rp).value_or(-1));
        row.outputTokens = static_cast<std::int32_t>(optCount(r, "number_output_tokens", rp).value_or(-1));
        const std::optional<double> code = optNumber(r, "error_code", rp);
        if (code) {
            QString msg = optText(r, "error_msg", rp);
            row.status = p.statusFor(msg.isEmpty() ? Tr::tr("error code %1").arg(*code) : msg);
        } else {
            const auto ttft = optNonNegative(r, "ttft_s", rp);
            const auto e2e = optNonNegative(r, "end_to_end_latency_s", rp);
            if (ttft && e2e && *e2e + 1e-9 < *ttft)
                fail(rp, Tr::tr("end_to_end_latency_s %1 is shorter than ttft_s %2").arg(*e2e).arg(*ttft));
            row.firstToken = ttft ? *ttft : RequestColumns::kUnknown;
            row.end = e2e ? *e2e : RequestColumns::kUnknown;
        }
        p.requests.append(row);
    }
    p.sendTimesKnown = false;
}

} // namespace

Result<BenchmarkResult> importLlmperf(const QByteArray* summary, const QString& summaryWhere,
                                      const QByteArray* individual, const QString& individualWhere)
{
    json s;
    if (summary) {
        try {
            s = parsePythonJson(*summary);
            if (!s.is_object() || !s.contains("results_ttft_s_mean"))
                fail({}, Tr::tr("expected llmperf's summary object with results_ttft_s_mean"));
        } catch (const ImportFailure& f) {
            return importError(u"llmperf summary"_s, summaryWhere, f);
        } catch (const json::exception& e) {
            // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
            return importError(u"llmperf summary"_s, summaryWhere, unexpectedContent(e));
        }
    }
    try {
        const QString model = summary ? optText(s, "model", {}) : QString();
        BenchmarkResult result = importedResult(u"llmperf"_s, summary ? optText(s, "version", {}) : QString(), model, {});
        LoadSpec load;
        if (summary)
            load.value = optNonNegative(s, "num_concurrent_requests", {}).value_or(1.0);
        const double when = summary ? optNonNegative(s, "timestamp", {}).value_or(0.0) : 0.0;
        result.provenance.createdUnix = when;
        Phase p = importedPhase(result, summary ? u"concurrency %1"_s.arg(load.value) : u"responses"_s, load, when);
        ReportedSummary rep;
        if (summary)
            rep = reportedFrom(s);
        else {
            rep.percentileMethod = u"linear"_s;
            rep.tokenCounting = Tr::tr("a fixed Llama tokenizer (hf-internal-testing/llama-tokenizer), not the model's own");
        }
        if (individual) {
            try {
                readIndividual(parsePythonJson(*individual), p);
            } catch (const ImportFailure& f) {
                return importError(u"llmperf individual responses"_s, individualWhere, f);
            } catch (const json::exception& e) {
                // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
                return importError(u"llmperf individual responses"_s, individualWhere, unexpectedContent(e));
            }
            rep.notes.append(summary ? Tr::tr("llmperf keeps no send times: duration, throughput and time series are the tool's "
                                              "own; latencies are recomputed from the individual responses")
                                     : Tr::tr("llmperf keeps no send times and no summary file was given: duration and throughput "
                                              "are not known, there is no time series; latencies are recomputed from the individual responses"));
        } else {
            rep.notes.append(Tr::tr("aggregates only: without the *_individual_responses.json file, distributions "
                                    "and intervals cannot be recomputed"));
        }
        if (summary || individual)
            p.reported = rep;
        result.phases.append(p);
        return result;
    } catch (const ImportFailure& f) {
        return importError(u"llmperf summary"_s, summaryWhere, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(u"llmperf summary"_s, summaryWhere, unexpectedContent(e));
    }
}

} // namespace inferdeck
