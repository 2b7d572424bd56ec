// AIPerf's profile_export.jsonl: one record per request with its start and end in epoch nanoseconds and
// its per-request metrics as {"value", "unit"}; failed requests carry an "error" object instead.
#include "importers/importers.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdint>

#include "importers/importsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AiperfRecordsImport)
};

double secondsPerUnit(const std::string& unit, const QString& field)
{
    if (unit == "ms")
        return 1e-3;
    if (unit == "s" || unit == "sec")
        return 1.0;
    if (unit == "us")
        return 1e-6;
    if (unit == "ns")
        return 1e-9;
    fail(field, Tr::tr("expected a time unit (ms, s, us, ns), found \"%1\"").arg(QString::fromStdString(unit)));
}

const json* metric(const json& metrics, const char* name, const QString& field)
{
    const json* m = optObject(metrics, name, field);
    if (m && !m->contains("value"))
        fail(key(field, name), Tr::tr("missing value"));
    return m;
}

std::optional<double> timeMetric(const json& metrics, const char* name, const QString& field)
{
    const json* m = metric(metrics, name, field);
    if (!m)
        return std::nullopt;
    const QString f = key(field, name);
    const std::optional<double> v = optNonNegative(*m, "value", f);
    return v ? std::optional(*v * secondsPerUnit(optText(*m, "unit", f).toStdString(), key(f, "unit"))) : std::nullopt;
}

std::int32_t tokenMetric(const json& metrics, const char* name, const QString& field)
{
    const json* m = metric(metrics, name, field);
    if (!m)
        return -1;
    const std::optional<std::int64_t> v = optCount(*m, "value", key(field, name));
    return v && *v <= INT32_MAX ? static_cast<std::int32_t>(*v) : -1;
}

struct Line {
    std::int64_t startNs = 0;
    std::int64_t endNs = -1;
    bool warmup = false;
    RequestColumns::Row row; // times still relative to the request's own start
    std::vector<double> chunks;
    QString error;
};

Line readLine(const json& d, const QString& field)
{
    if (!d.is_object())
        fail(field, Tr::tr("expected a record object"));
    const json* meta = optObject(d, "metadata", field);
    if (!meta)
        fail(key(field, "metadata"), Tr::tr("missing"));
    const QString mf = key(field, "metadata");
    Line l;
    const auto start = optNumber(*meta, "request_start_ns", mf);
    if (!start || !(*meta)["request_start_ns"].is_number_integer())
        fail(key(mf, "request_start_ns"), Tr::tr("expected the request's start in whole nanoseconds"));
    l.startNs = (*meta)["request_start_ns"].get<std::int64_t>();
    if (l.startNs < 0)
        fail(key(mf, "request_start_ns"), Tr::tr("a time stamp before 1970 (%1 ns)").arg(l.startNs));
    l.warmup = optText(*meta, "benchmark_phase", mf) == u"warmup"_s;
    l.row.tokensFromUsage = false;
    if (const auto end = optNumber(*meta, "request_end_ns", mf); end && (*meta)["request_end_ns"].is_number_integer()) {
        l.endNs = (*meta)["request_end_ns"].get<std::int64_t>();
        // Both stamps non-negative keeps every difference below in range.
        if (l.endNs < 0)
            fail(key(mf, "request_end_ns"), Tr::tr("a time stamp before 1970 (%1 ns)").arg(l.endNs));
        if (l.endNs < l.startNs)
            fail(key(mf, "request_end_ns"), Tr::tr("the request ends %1 ns before it starts").arg(l.startNs - l.endNs));
    }
    if (const json* err = optObject(d, "error", field)) {
        const QString type = optText(*err, "type", key(field, "error"));
        const QString message = optText(*err, "message", key(field, "error"));
        l.error = message.isEmpty() ? type : type.isEmpty() ? message : type + u": "_s + message;
        if (l.error.isEmpty())
            l.error = Tr::tr("error code %1").arg(optText(*err, "code", key(field, "error")));
        return l;
    }
    if ((*meta).value("was_cancelled", false)) {
        l.error = Tr::tr("cancelled");
        return l;
    }
    const json* metrics = optObject(d, "metrics", field);
    if (!metrics)
        fail(key(field, "metrics"), Tr::tr("missing on a request without error"));
    const QString f = key(field, "metrics");
    const std::optional<double> ttft = timeMetric(*metrics, "time_to_first_token", f);
    std::optional<double> e2e = timeMetric(*metrics, "request_latency", f);
    if (!e2e && l.endNs >= 0)
        e2e = static_cast<double>(l.endNs - l.startNs) * 1e-9;
    if (ttft && e2e && *e2e + 1e-9 < *ttft)
        fail(f, Tr::tr("request_latency %1 s is shorter than time_to_first_token %2 s").arg(*e2e).arg(*ttft));
    l.row.firstToken = ttft.value_or(RequestColumns::kUnknown);
    l.row.end = e2e.value_or(RequestColumns::kUnknown);
    l.row.outputTokens = tokenMetric(*metrics, "output_sequence_length", f);
    if (l.row.outputTokens < 0)
        l.row.outputTokens = tokenMetric(*metrics, "output_token_count", f);
    l.row.inputTokens = tokenMetric(*metrics, "input_sequence_length", f);
    if (ttft) {
        l.chunks.push_back(*ttft);
        if (const json* icl = metric(*metrics, "inter_chunk_latency", f)) {
            const QString icf = key(key(f, "inter_chunk_latency"), "value");
            const double scale = secondsPerUnit(optText(*icl, "unit", f).toStdString(), key(key(f, "inter_chunk_latency"), "unit"));
            const json& gaps = requireArray(*icl, "value", key(f, "inter_chunk_latency"));
            double t = *ttft;
            for (std::size_t k = 0; k < gaps.size(); ++k) {
                const std::optional<double> g = elementNumber(gaps[k], index(icf, k));
                if (!g || *g < 0)
                    fail(index(icf, k), Tr::tr("expected a gap of zero or more"));
                t += *g * scale;
                l.chunks.push_back(t);
            }
        }
    }
    return l;
}

} // namespace

Result<BenchmarkResult> importAiperfRecords(const QByteArray& data, const QString& where)
{
    const QString tool = u"AIPerf records"_s;
    try {
        std::vector<Line> lines;
        forEachJsonLine(data, [&](const json& d, const QString& field) { lines.push_back(readLine(d, field)); });
        if (lines.empty())
            fail({}, Tr::tr("no records"));
        std::int64_t t0 = lines.front().startNs;
        for (const Line& l : lines)
            t0 = std::min(t0, l.startNs);

        BenchmarkResult result = importedResult(u"aiperf"_s, {}, {}, {});
        result.provenance.startedUnix = result.provenance.createdUnix = static_cast<double>(t0) * 1e-9;
        Phase p = importedPhase(result, u"profile"_s, LoadSpec {}, result.provenance.startedUnix);
        p.requests.recordChunks();
        p.requests.reserve(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            Line& l = lines[i];
            const double send = static_cast<double>(l.startNs - t0) * 1e-9;
            RequestColumns::Row row = l.row;
            row.requestId = static_cast<std::int64_t>(i);
            row.warmup = l.warmup;
            row.send = send;
            if (!l.error.isEmpty()) {
                row.status = p.statusFor(l.error);
                if (l.endNs >= 0)
                    row.end = static_cast<double>(l.endNs - t0) * 1e-9;
                l.chunks.clear();
            } else {
                row.firstToken += send;
                row.end += send;
                for (double& c : l.chunks)
                    c += send;
            }
            p.requests.append(row, l.chunks);
        }
        ReportedSummary rep;
        rep.percentileMethod = u"linear"_s;
        rep.tokenCounting = Tr::tr("client-side tokenizer over the generated text");
        rep.notes.append(Tr::tr("AIPerf's \"inter token latency\" is InferDeck's TPOT; its inter-chunk latency is ITL"));
        p.reported = rep;
        result.phases.append(std::move(p));
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
