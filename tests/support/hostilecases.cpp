#include "hostilecases.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include "io/resultfile.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

namespace {

[[noreturn]] void broken(const char* what, const QByteArray& detail)
{
    qFatal("hostile cases: %s: %s (did a fixture change?)", what, detail.constData());
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

qsizetype valueStart(const QByteArray& text, const QByteArray& key, qsizetype from)
{
    const QByteArray quoted = QByteArray('"' + key + '"');
    qsizetype at = text.indexOf(quoted, from);
    while (at >= 0) {
        qsizetype p = at + quoted.size();
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n'))
            ++p;
        if (p < text.size() && text[p] == ':') {
            ++p;
            while (p < text.size() && (text[p] == ' ' || text[p] == '\n'))
                ++p;
            return p;
        }
        at = text.indexOf(quoted, at + 1);
    }
    broken("no key", key);
}

// The end of the JSON value starting at `p` (strings, nesting and all).
qsizetype valueEnd(const QByteArray& text, qsizetype p)
{
    int depth = 0;
    bool inString = false;
    for (; p < text.size(); ++p) {
        const char c = text[p];
        if (inString) {
            if (c == '\\')
                ++p;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            ++depth;
        else if (c == ']' || c == '}') {
            if (depth == 0)
                return p;
            --depth;
        } else if (c == ',' && depth == 0)
            return p;
    }
    return p;
}

QByteArray cut(const QByteArray& text, qsizetype at)
{
    return text.left(at);
}

// A key repeated: `"key": value, ` inserted right after the first '{' at or after `from`.
QByteArray withRepeatedKey(QByteArray text, const QByteArray& member, qsizetype from = 0)
{
    const qsizetype brace = text.indexOf('{', from);
    if (brace < 0)
        broken("no object", member);
    return text.insert(brace + 1, member + ", ");
}

// `member` added as the last one of the top-level object (of the last line, in JSON lines): after the keys
// content detection looks for in the file's head
QByteArray withLastKey(QByteArray text, const QByteArray& member)
{
    const qsizetype brace = text.lastIndexOf('}');
    if (brace < 0)
        broken("no object", member);
    return text.insert(brace, ", " + member);
}

QByteArray replacedLast(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = text.lastIndexOf(from);
    if (at < 0)
        broken("missing text", from);
    return text.replace(at, from.size(), to);
}

QByteArray replaced(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    if (!text.contains(from))
        broken("missing text", from);
    return text.replace(text.indexOf(from), from.size(), to);
}

QByteArray inferdeckResult()
{
    SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 4;
    spec.warmupPerNode = 1;
    spec.concurrency = 2;
    // compact, so mutations can look for `"end_s":[` whatever the writer's layout
    return QByteArray::fromStdString(nlohmann::json::parse(ResultFile::serialize(makeSyntheticRun(spec)).toStdString()).dump());
}

class Cases {
public:
    QList<HostileCase> list;

    void add(const char* name, const QString& file, const QByteArray& content, const QString& category,
             const QString& fragment)
    {
        list.append({ QByteArray(name), file, content, category, fragment });
    }
    void add(const QByteArray& name, const QString& file, const QByteArray& content, const QString& category,
             const QString& fragment)
    {
        list.append({ name, file, content, category, fragment });
    }
};

void vllmCases(Cases& c)
{
    const QString f = u"vllm_result.json"_s;
    const QByteArray v = importerFixture(u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s);
    const QString tool = u"vLLM bench serve: "_s;
    // each numeric field with a number beyond a double: nlohmann's out_of_range (406) used to abort
    for (const char* k : { "duration", "completed", "total_input_tokens", "total_output_tokens", "request_throughput",
                           "output_throughput", "mean_ttft_ms", "median_tpot_ms", "p99_itl_ms", "mean_latency_ms",
                           "num_prompts" })
        c.add("vLLM " + QByteArray(k) + " 1e400 is out of range", f, withNumber(v, k, "1e400"),
              tool + QString::fromUtf8(k), u"out of range"_s);
    c.add("vLLM duration 1.5e4009 is out of range", f, withNumber(v, "duration", "1.5e4009"), tool + u"duration"_s, u"out of range"_s);
    c.add("vLLM total_output_tokens -2e4009 is out of range", f, withNumber(v, "total_output_tokens", "-2e4009"),
          tool + u"total_output_tokens"_s, u"out of range"_s);
    c.add("vLLM ttfts[2] 1e400 is out of range", f, withElement(v, "ttfts", 2, "1e400"), tool + u"ttfts[2]"_s, u"out of range"_s);
    c.add("vLLM input_lens[4] 1e400 is out of range", f, withElement(v, "input_lens", 4, "1e400"), tool + u"input_lens[4]"_s, u"out of range"_s);
    c.add("vLLM output_lens[0] -1e400 is out of range", f, withElement(v, "output_lens", 0, "-1e400"), tool + u"output_lens[0]"_s, u"out of range"_s);
    // impossible values that used to import with exit 0
    for (const char* k : { "duration", "request_throughput", "output_throughput", "input_throughput", "mean_ttft_ms",
                           "p99_latency_ms", "std_itl_ms" })
        c.add("vLLM negative " + QByteArray(k), f, withNumber(v, k, "-1"), tool + QString::fromUtf8(k), u"expected zero or more"_s);
    c.add("vLLM negative ttfts[1]", f, withElement(v, "ttfts", 1, "-0.06"), tool + u"ttfts[1]"_s, u"expected zero or more"_s);
    c.add("vLLM barely negative ttfts[9]", f, withElement(v, "ttfts", 9, "-1e-9"), tool + u"ttfts[9]"_s, u"expected zero or more"_s);
    c.add("vLLM negative output_lens[3]", f, withElement(v, "output_lens", 3, "-194"), tool + u"output_lens[3]"_s, u"whole non-negative token count"_s);
    c.add("vLLM negative input_lens[0]", f, withElement(v, "input_lens", 0, "-13"), tool + u"input_lens[0]"_s, u"whole non-negative token count"_s);
    c.add("vLLM fractional output_lens[5]", f, withElement(v, "output_lens", 5, "40.5"), tool + u"output_lens[5]"_s, u"whole non-negative token count"_s);
    c.add("vLLM negative completed", f, withNumber(v, "completed", "-10"), tool + u"completed"_s, u"whole non-negative count"_s);
    c.add("vLLM negative total_input_tokens", f, withNumber(v, "total_input_tokens", "-1"), tool + u"total_input_tokens"_s, u"whole non-negative count"_s);
    c.add("vLLM negative itls[0][1]", f, withElement(v, "itls", 0, "[0.05, -0.05]"), tool + u"itls[0][1]"_s, u"zero or more"_s);
    // a second key used to win and change every metric
    c.add("vLLM second duration", f, withRepeatedKey(v, "\"duration\": 99.0"), tool, u"the key \"duration\" appears twice"_s);
    c.add("vLLM second ttfts list", f, withRepeatedKey(v, "\"ttfts\": []"), tool, u"the key \"ttfts\" appears twice"_s);
    c.add("vLLM second output_lens list", f, withRepeatedKey(v, "\"output_lens\": [1]"), tool, u"the key \"output_lens\" appears twice"_s);
    for (int pct : { 10, 30, 50, 70, 90, 99 })
        c.add("vLLM cut at " + QByteArray::number(pct) + " %", f, cut(v, v.size() * pct / 100), tool + u"byte"_s,
              u"truncated?"_s);
    c.add("vLLM invalid UTF-8 in model_id", f, replaced(v, "neuralmagic/Meta", "neuralmagic/M\xff\xfe"), tool + u"model_id (byte"_s, u"UTF-8"_s);
    c.add("vLLM 300000 levels deep", f, withLastKey(v, "\"deep\": " + nested(300000)), tool + u"deep"_s, u"nested deeper than 256 levels"_s);
    c.add("vLLM control character in model_id", f, replaced(v, "neuralmagic/Meta", "neuralmagic\\u001b[2J"), tool + u"the model name"_s,
          u"control character (U+001b)"_s);
}

void llmperfCases(Cases& c)
{
    const QString fi = u"llmperf_individual_responses.json"_s;
    const QByteArray li = importerFixture(u"llmperf/together_llama2-70b_individual_responses.json"_s);
    const QString ti = u"llmperf individual responses: "_s;
    c.add("llmperf negative ttft_s", fi, withNumber(li, "ttft_s", "-0.78"), ti + u"[0].ttft_s"_s, u"expected zero or more"_s);
    c.add("llmperf negative end_to_end_latency_s", fi, withNumber(li, "end_to_end_latency_s", "-2.5"), ti + u"[0].end_to_end_latency_s"_s,
          u"expected zero or more"_s);
    c.add("llmperf ttft_s 1e400", fi, withNumber(li, "ttft_s", "1e400"), ti + u"[0].ttft_s"_s, u"out of range"_s);
    c.add("llmperf negative number_output_tokens", fi, withNumber(li, "number_output_tokens", "-157"), ti + u"[0].number_output_tokens"_s,
          u"whole non-negative count"_s);
    c.add("llmperf second ttft_s in a response", fi, withRepeatedKey(li, "\"ttft_s\": 0.1"), ti + u"[0]"_s, u"the key \"ttft_s\" appears twice"_s);
    c.add("llmperf responses cut at 40 %", fi, cut(li, li.size() * 4 / 10), ti + u"byte"_s, u"truncated?"_s);
    c.add("llmperf responses cut at 95 %", fi, cut(li, li.size() * 95 / 100), ti + u"byte"_s, u"truncated?"_s);
    c.add("llmperf responses 300000 levels deep", fi, replacedLast(li, "\"error_msg\": \"\"", "\"error_msg\": " + nested(300000)),
          ti + u"[149].error_msg"_s, u"nested deeper"_s);

    const QString fs = u"llmperf_summary.json"_s;
    const QByteArray ls = importerFixture(u"llmperf/together_llama2-70b_summary.json"_s);
    const QString ts = u"llmperf summary: "_s;
    for (const char* k : { "results_ttft_s_mean", "results_ttft_s_quantiles_p99", "results_end_to_end_latency_s_max",
                           "results_mean_output_throughput_token_per_s", "results_num_completed_requests_per_min",
                           "num_concurrent_requests" })
        c.add("llmperf summary negative " + QByteArray(k), fs, withNumber(ls, k, "-5"), ts + QString::fromUtf8(k),
              u"expected zero or more"_s);
    c.add("llmperf summary results_ttft_s_mean 1e400", fs, withNumber(ls, "results_ttft_s_mean", "1e400"), ts + u"results_ttft_s_mean"_s,
          u"out of range"_s);
    c.add("llmperf summary second results_ttft_s_mean", fs, withRepeatedKey(ls, "\"results_ttft_s_mean\": 0.1"), ts,
          u"the key \"results_ttft_s_mean\" appears twice"_s);
    c.add("llmperf summary cut at 60 %", fs, cut(ls, ls.size() * 6 / 10), ts + u"byte"_s, u"truncated?"_s);
}

void aiperfCases(Cases& c)
{
    const QString f = u"profile_export_aiperf.json"_s;
    const QByteArray a = importerFixture(u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s);
    const QString t = u"AIPerf JSON: "_s;
    const auto in = [&](const char* metric, const char* stat, const QByteArray& value) {
        return withNumber(a, stat, value, a.indexOf(QByteArray('"' + QByteArray(metric) + '"')));
    };
    c.add("AIPerf negative time_to_first_token avg", f, in("time_to_first_token", "avg", "-5"), t + u"time_to_first_token.avg"_s,
          u"expected zero or more"_s);
    c.add("AIPerf negative request_latency p99", f, in("request_latency", "p99", "-1"), t + u"request_latency.p99"_s, u"expected zero or more"_s);
    c.add("AIPerf negative request_throughput", f, in("request_throughput", "avg", "-0.7"), t + u"request_throughput.avg"_s,
          u"expected zero or more"_s);
    c.add("AIPerf negative request_count", f, in("request_count", "avg", "-96"), t + u"request_count.avg"_s, u"expected zero or more"_s);
    c.add("AIPerf request_latency max 1e400", f, in("request_latency", "max", "1e400"), t + u"request_latency.max"_s, u"out of range"_s);
    c.add("AIPerf second request_latency", f, withRepeatedKey(a, "\"request_latency\": {\"unit\": \"ms\", \"avg\": 1}"), t,
          u"the key \"request_latency\" appears twice"_s);
    c.add("AIPerf second unit in a metric", f, withRepeatedKey(a, "\"unit\": \"s\"", a.indexOf("\"time_to_first_token\"")),
          t + u"time_to_first_token"_s, u"the key \"unit\" appears twice"_s);
    for (int pct : { 20, 50, 80 })
        c.add("AIPerf JSON cut at " + QByteArray::number(pct) + " %", f, cut(a, a.size() * pct / 100), t + u"byte"_s, u"truncated?"_s);
    c.add("AIPerf JSON 300000 levels deep", f, withLastKey(a, "\"deep\": " + nested(300000)), t + u"deep"_s, u"nested deeper"_s);
    {
        const qsizetype at = a.lastIndexOf("\"end_time\": \"");
        if (at < 0)
            broken("no end_time", "aiperf");
        QByteArray b = a;
        b.replace(at, 39, "\"end_time\": \"2020-01-01T00:00:00.000000");
        c.add("AIPerf run ends before it starts", f, b, t + u"end_time"_s, u"ends before it starts"_s);
    }

    const QString fr = u"profile_export.jsonl"_s;
    const QByteArray r = importerFixture(u"synthetic/aiperf_profile_export.jsonl"_s);
    const QString tr = u"AIPerf records: "_s;
    c.add("AIPerf records negative request_start_ns", fr, withNumber(r, "request_start_ns", "-5"),
          tr + u"line 1.metadata.request_start_ns"_s, u"before 1970"_s);
    c.add("AIPerf records end before start", fr, withNumber(r, "request_end_ns", "1733219999000000000"),
          tr + u"line 1.metadata.request_end_ns"_s, u"before it starts"_s);
    c.add("AIPerf records negative time_to_first_token", fr, withNumber(r, "value", "-89.8", r.indexOf("\"time_to_first_token\"")),
          tr + u"line 1.metrics.time_to_first_token.value"_s, u"expected zero or more"_s);
    c.add("AIPerf records request_latency 1e400", fr, withNumber(r, "value", "1e400", r.indexOf("\"request_latency\"")),
          tr + u"line 1"_s, u"out of range"_s);
    c.add("AIPerf records second metadata", fr, withRepeatedKey(r, "\"metadata\": {}"), tr + u"line 1"_s,
          u"the key \"metadata\" appears twice"_s);
    c.add("AIPerf records 300000 levels deep", fr, withLastKey(r, "\"deep\": " + nested(300000)), tr + u"line 33"_s, u"nested deeper"_s);
    c.add("AIPerf records was_cancelled as text", fr, replaced(r, "\"was_cancelled\": false", "\"was_cancelled\": \"no\""), tr,
          u"unexpected JSON content"_s);
    c.add("AIPerf records invalid UTF-8", fr, replaced(r, "worker_1", "worker\xc3\x28"), tr + u"line 1"_s, u"UTF-8"_s);

    const QString fg = u"profile_export.json"_s;
    const QByteArray g = importerFixture(u"synthetic/genai-perf_profile_export.json"_s);
    const QString tg = u"GenAI-Perf profile export: "_s;
    c.add("GenAI-Perf second experiments", fg, withRepeatedKey(g, "\"experiments\": []"), tg + u"byte"_s,
          u"the key \"experiments\" appears twice"_s);
    c.add("GenAI-Perf second timestamp in a request", fg, replaced(g, "\"timestamp\": 1733220000000000000,",
                                                                   "\"timestamp\": 1733220000000000000, \"timestamp\": 1,"),
          tg + u"byte"_s, u"the key \"timestamp\" appears twice"_s);
    c.add("GenAI-Perf negative timestamp", fg, replaced(g, "\"timestamp\": 1733220000000000000,", "\"timestamp\": -5,"),
          tg + u"experiments[0].requests[0].timestamp"_s, u"before 1970"_s);
    c.add("GenAI-Perf negative experiment value", fg, replaced(g, "\"value\": 4\n", "\"value\": -4\n"), tg + u"experiments[0].experiment.value"_s,
          u"expected zero or more"_s);
    c.add("GenAI-Perf 300000 levels deep", fg, withLastKey(g, "\"deep\": " + nested(300000)), tg + u"byte"_s, u"nested deeper"_s);
    for (int pct : { 25, 75 })
        c.add("GenAI-Perf export cut at " + QByteArray::number(pct) + " %", fg, cut(g, g.size() * pct / 100), tg, u"truncated?"_s);
}

void guidellmCases(Cases& c)
{
    const QString f = u"guidellm_benchmarks.json"_s;
    const QByteArray g = importerFixture(u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s);
    const QString t = u"guidellm: "_s;
    c.add("guidellm negative request_start", f, withNumber(g, "request_start", "-1"), t + u"benchmarks[0].requests."_s, u"expected zero or more"_s);
    c.add("guidellm request_start 1e400", f, withNumber(g, "request_start", "1e400"), t + u"benchmarks[0].requests."_s, u"out of range"_s);
    c.add("guidellm request ends before it starts", f, withNumber(g, "request_end", "1772473300.0"), t + u"benchmarks[0].requests."_s,
          u"before it starts"_s);
    c.add("guidellm first token before the start", f, withNumber(g, "first_token_iteration", "1772473300.0"), t + u"benchmarks[0].requests.successful[0].info.timings.first_token_iteration"_s,
          u"outside the request's start and end"_s);
    c.add("guidellm negative duration", f, withNumber(g, "duration", "-720"), t + u"benchmarks[0].duration"_s, u"expected zero or more"_s);
    c.add("guidellm second benchmarks", f, withRepeatedKey(g, "\"benchmarks\": []"), t, u"the key \"benchmarks\" appears twice"_s);
    for (int pct : { 15, 45, 85 })
        c.add("guidellm cut at " + QByteArray::number(pct) + " %", f, cut(g, g.size() * pct / 100), t + u"byte"_s, u"truncated?"_s);
    c.add("guidellm 300000 levels deep", f, withLastKey(g, "\"deep\": " + nested(300000)), t + u"deep"_s, u"nested deeper"_s);
}

void mlperfCases(Cases& c)
{
    const QString fs = u"mlperf_log_summary.txt"_s;
    const QByteArray s = importerFixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s);
    const QString ts = u"MLPerf LoadGen summary log: "_s;
    // a cut summary used to import with everything "not measured", or with an invented target rate of 1/s
    for (qsizetype at : { qsizetype(120), qsizetype(188), qsizetype(400), qsizetype(900), qsizetype(1500), qsizetype(2200),
                          s.indexOf("target_qps"), s.indexOf("No warnings"), s.size() - 10 })
        c.add("MLPerf summary cut at byte " + QByteArray::number(at), fs, cut(s, at), ts, u"cut off"_s);
    c.add("MLPerf summary without target_qps", fs, replaced(s, "target_qps : 505\n", ""), ts + u"target_qps"_s, u"missing"_s);
    // the value of the summary line that starts with `key`, replaced
    const auto value = [&](const QByteArray& key, const QByteArray& v) {
        QByteArray b = s;
        const qsizetype at = b.startsWith(key) ? 0 : b.indexOf(QByteArray('\n' + key)) + 1;
        if (at <= 0 && !b.startsWith(key))
            broken("no summary line", key);
        const qsizetype colon = b.indexOf(':', at);
        return b.replace(colon + 1, b.indexOf('\n', colon) - colon - 1, QByteArray(' ' + v));
    };
    for (const char* k : { "Completed samples per second", "Completed tokens per second", "Min latency (ns)",
                           "Mean First Token latency (ns)", "99.00 percentile time to output token (ns)", "target_qps",
                           "ttft_latency (ns)", "tpot_latency (ns)" })
        c.add("MLPerf summary negative " + QByteArray(k), fs, value(k, "-5"), ts + QString::fromUtf8(k), u"expected zero or more"_s);
    for (const char* v : { "1e400", "inf", "nan", "fast" })
        c.add("MLPerf summary rate " + QByteArray(v), fs, value("Completed samples per second", v), ts + u"Completed samples per second"_s,
              u"expected a number"_s);
    c.add("MLPerf summary invalid UTF-8 in a value", fs, value("Completed samples per second", "50\xff.21"), ts + u"line 7"_s,
          u"not valid UTF-8"_s);
    c.add("MLPerf summary invalid UTF-8 in a key", fs, replaced(s, "Mean latency (ns)", "Mean lat\xc0ncy (ns)"), ts + u"line 25"_s,
          u"not valid UTF-8"_s);

    const QString fd = u"mlperf_log_detail.txt"_s;
    const QByteArray d = importerFixture(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s);
    const QString td = u"MLPerf LoadGen detail log: "_s;
    const qsizetype lastLine = d.lastIndexOf(":::MLLOG");
    c.add("MLPerf detail cut before its last line", fd, cut(d, lastLine), td, u"no num_errors entry"_s);
    c.add("MLPerf detail cut ten lines early", fd, cut(d, [&] {
        qsizetype at = d.size();
        for (int i = 0; i < 10; ++i)
            at = d.lastIndexOf(":::MLLOG", at - 1);
        return at;
    }()), td, u"no num_errors entry"_s);
    for (int pct : { 30, 60, 90 })
        c.add("MLPerf detail cut at " + QByteArray::number(pct) + " %", fd, cut(d, d.size() * pct / 100), td + u"line"_s, u"truncated?"_s);
    c.add("MLPerf detail line 200000 levels deep", fd,
          replaced(d, "{\"key\": \"sut_name\", \"value\": \"PySUT\"", "{\"key\": \"sut_name\", \"value\": " + nested(200000)),
          td + u"line"_s, u"nested deeper than 256 levels"_s);
    const QByteArray rate = "{\"key\": \"result_completed_samples_per_sec\", \"value\": ";
    const qsizetype rateAt = d.indexOf(rate);
    if (rateAt < 0)
        broken("no rate line", rate);
    const auto withRate = [&](const QByteArray& value) {
        QByteArray b = d;
        const qsizetype v = rateAt + rate.size();
        return b.replace(v, b.indexOf(',', v) - v, value);
    };
    c.add("MLPerf detail rate 1e400", fd, withRate("1e400"), td + u"line"_s, u"out of range"_s);
    c.add("MLPerf detail negative rate", fd, withRate("-5"), td + u"result_completed_samples_per_sec"_s, u"expected zero or more"_s);
    c.add("MLPerf detail negative num_errors", fd, replaced(d, "\"key\": \"num_errors\", \"value\": 0", "\"key\": \"num_errors\", \"value\": -1"),
          td + u"num_errors"_s, u"expected zero or more"_s);
    c.add("MLPerf detail second value in a line", fd, replaced(d, rate, rate + "1, \"value\": "), td + u"line"_s,
          u"the key \"value\" appears twice"_s);
    c.add("MLPerf detail rate logged twice", fd, d + ":::MLLOG " + rate + "1.0}\n", td + u"result_completed_samples_per_sec"_s,
          u"logged twice"_s);
    c.add("MLPerf detail invalid UTF-8 in a string", fd, replaced(d, "\"value\": \"PySUT\"", "\"value\": \"Py\xedSUT\""), td + u"line"_s,
          u"UTF-8"_s);
}

void inferdeckCases(Cases& c)
{
    const QString f = u"run.inferdeck.json"_s;
    const QByteArray r = inferdeckResult();
    const QString file = f + u" at "_s;
    c.add("InferDeck second end_s column", f, replaced(r, "\"end_s\":[", "\"end_s\":[],\"end_s\":["), u"not valid JSON"_s,
          u"the key \"end_s\" appears twice in phases[0].requests"_s);
    c.add("InferDeck second phases list", f, withRepeatedKey(r, "\"phases\":[]"), u"not valid JSON"_s,
          u"the key \"phases\" appears twice in the top-level object"_s);
    c.add("InferDeck second plan model", f, replaced(r, "\"model\":", "\"model\":\"x\",\"model\":"), u"not valid JSON"_s,
          u"the key \"model\" appears twice in plan"_s);
    c.add("InferDeck t0_unix 1e400", f, withNumber(r, "t0_unix", "1e400"), u"not valid JSON"_s, u"number overflow"_s);
    c.add("InferDeck 300000 levels deep in the plan", f, replaced(r, "\"plan\":{", "\"plan\":{\"deep\":" + nested(300000) + ','),
          u"not valid JSON"_s, u"nested deeper than 256 levels"_s);
    const auto after = [&](const QByteArray& where, const QByteArray& from, const QByteArray& to) {
        QByteArray b = r;
        const qsizetype at = b.indexOf(from, b.indexOf(where));
        if (b.indexOf(where) < 0 || at < 0)
            broken("missing text", where + ' ' + from);
        return b.replace(at, from.size(), to);
    };
    c.add("InferDeck plan name with a newline", f, after("\"plan\":{", "\"name\":\"", "\"name\":\"two\\nlines"), file + u"plan.name"_s,
          u"control character (U+000a)"_s);
    c.add("InferDeck node name with ESC", f, replaced(r, "\"name\":\"sim-node-1\"", "\"name\":\"\\u001b[2Jsim-node-1\""), file + u"nodes[0].name"_s,
          u"control character (U+001b)"_s);
    c.add("InferDeck model with ESC", f, replaced(r, "\"model\":\"", "\"model\":\"\\u001b[31m"), file + u"plan.model"_s,
          u"control character (U+001b)"_s);
    c.add("InferDeck run finishes before it starts", f, withNumber(r, "finished_unix", "1.0"), file + u"provenance.finished_unix"_s,
          u"finishes"_s);
    c.add("InferDeck telemetry running backwards", f, withElement(r, "time_s", 2, "-5"), file + u"phases[0].telemetry.time_s[2]"_s,
          u"earlier than the one before it"_s);
    for (int pct : { 5, 35, 65, 95 })
        c.add("InferDeck result cut at " + QByteArray::number(pct) + " %", f, cut(r, r.size() * pct / 100), u"not valid JSON"_s,
              u"truncated"_s);
}

} // namespace

QByteArray importerFixture(const QString& relative)
{
    QFile f(sourcePath(u"tests/data/importers/"_s + relative));
    if (!f.open(QIODevice::ReadOnly))
        broken("fixture missing", relative.toUtf8());
    return f.readAll();
}

QByteArray withNumber(QByteArray text, const QByteArray& key, const QByteArray& value, qsizetype from)
{
    const qsizetype p = valueStart(text, key, std::max<qsizetype>(from, 0));
    qsizetype e = p;
    while (e < text.size() && isNumberChar(text[e]))
        ++e;
    if (e == p)
        broken("not a number after", key);
    return text.replace(p, e - p, value);
}

QByteArray withElement(QByteArray text, const QByteArray& key, int index, const QByteArray& value)
{
    qsizetype p = valueStart(text, key, 0);
    if (text[p] != '[')
        broken("not an array", key);
    ++p;
    for (int i = 0; i < index; ++i) {
        p = valueEnd(text, p);
        if (p >= text.size() || text[p] != ',')
            broken("array too short", key);
        ++p;
    }
    while (text[p] == ' ' || text[p] == '\n')
        ++p;
    return text.replace(p, valueEnd(text, p) - p, value);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QList<HostileCase> hostileResultCases()
{
    Cases c;
    vllmCases(c);
    llmperfCases(c);
    aiperfCases(c);
    guidellmCases(c);
    mlperfCases(c);
    inferdeckCases(c);
    return c.list;
}

} // namespace inferdeck::testing
