#include "io/accuracyjson.h"
#include "io/enginejson.h"
#include "io/jsonfields.h"
#include "io/resultfile.h"

#include <QBuffer>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "io/modeljson.h"
#include "io/summaryjson.h"
#include "metrics/resultsummary.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

using nlohmann::json;

// Streams JSON text to a device in 1 MiB pieces, so a million-request file never exists twice in memory.
class TextSink {
public:
    explicit TextSink(QIODevice* out) : m_out(out) { m_buf.reserve(kChunk + 4096); }
    ~TextSink() { flush(); }

    void raw(std::string_view s)
    {
        m_buf.append(s);
        maybeFlush();
    }
    void key(std::string_view k)
    {
        m_buf += '"';
        m_buf.append(k);
        m_buf += "\": ";
    }
    void value(const json& j) { raw(j.dump(-1, ' ', false, json::error_handler_t::replace)); }

    // Shortest text that reads back to the same bits (std::to_chars); NaN ("unknown") becomes null.
    void number(double v)
    {
        if (std::isnan(v)) {
            m_buf += "null";
        } else if (v == 0.0 && std::signbit(v)) {
            m_buf += "-0.0";
        } else {
            char tmp[32];
            const auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
            m_buf.append(tmp, res.ptr);
        }
    }
    void number(std::int64_t v)
    {
        char tmp[24];
        const auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
        m_buf.append(tmp, res.ptr);
    }

    template <typename T, typename Null>
    void column(std::string_view name, const std::vector<T>& values, Null isNull, bool last = false)
    {
        raw("\n  ");
        key(name);
        m_buf += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i)
                m_buf += ',';
            if constexpr (std::is_floating_point_v<T>)
                number(values[i]);
            else if (isNull(values[i]))
                m_buf += "null";
            else
                number(static_cast<std::int64_t>(values[i]));
            if (m_buf.size() >= kChunk)
                flush();
        }
        m_buf += last ? "]" : "],";
    }

    bool failed() const { return m_failed; }
    void flush()
    {
        if (m_buf.empty())
            return;
        if (m_out->write(m_buf.data(), static_cast<qint64>(m_buf.size())) != static_cast<qint64>(m_buf.size()))
            m_failed = true;
        m_buf.clear();
    }

private:
    static constexpr std::size_t kChunk = 1 << 20;
    void maybeFlush()
    {
        if (m_buf.size() >= kChunk)
            flush();
    }
    QIODevice* m_out;
    std::string m_buf;
    bool m_failed = false;
};

constexpr auto never = [](auto) { return false; };
constexpr auto negative = [](auto v) { return v < 0; };

bool anyKnown(const std::vector<double>& v)
{
    return std::any_of(v.begin(), v.end(), [](double x) { return !std::isnan(x); });
}
template <typename T>
bool anyKnown(const std::vector<T>& v)
{
    return std::any_of(v.begin(), v.end(), [](T x) { return x >= 0; });
}

void writePhase(TextSink& out, const Phase& p)
{
    json head = {
        { "name", p.name.toStdString() },
        { "repetition", p.repetition },
        { "role", phaseRoleName(p.role).toStdString() },
        { "t0_unix", p.t0Unix },
        { "load", jsonio::toJson(p.load) },
    };
    json nodes = json::array();
    for (const QString& n : p.nodes)
        nodes.push_back(n.toStdString());
    json reasons = json::array();
    for (const QString& r : p.failureReasons)
        reasons.push_back(r.toStdString());
    json offsets = json::array();
    for (double o : p.clockOffsetsS)
        offsets.push_back(o);
    head["nodes"] = nodes;
    head["clock_offsets_s"] = offsets;
    head["failure_reasons"] = reasons;
    if (!p.attachments.isEmpty()) {
        json attachments = json::array();
        for (const Attachment& a : p.attachments)
            attachments.push_back({ { "node", a.node.toStdString() }, { "name", a.name.toStdString() },
                                    { "base64", a.data.toBase64().toStdString() } });
        head["attachments"] = attachments;
    }
    if (p.outputs.size() > 0) {
        json outputs = json::array();
        for (std::size_t i = 0; i < p.outputs.size(); ++i)
            outputs.push_back({ { "node", p.nodes.value(p.outputs.node[i]).toStdString() }, { "request_id", p.outputs.requestId[i] },
                                { "text", p.outputs.text[static_cast<qsizetype>(i)].toStdString() },
                                { "reference", p.outputs.reference[static_cast<qsizetype>(i)].toStdString() } });
        head["outputs"] = outputs;
    }
    if (!p.sendTimesKnown)
        head["send_times_known"] = false;
    if (!p.measureStartS.isEmpty()) {
        json starts = json::array(), ramps = json::array();
        for (qsizetype k = 0; k < p.measureStartS.size(); ++k) {
            starts.push_back(jsonio::orNull(std::isfinite(p.measureStartS[k]) ? std::optional<double>(p.measureStartS[k]) : std::nullopt));
            const double ramp = p.rampS.value(k, NAN);
            ramps.push_back(jsonio::orNull(std::isfinite(ramp) ? std::optional<double>(ramp) : std::nullopt));
        }
        head["measure_start_s"] = starts;
        head["ramp_s"] = ramps;
    }
    if (json accuracy = jsonio::accuracyToJson(p.accuracy, p.nodes.size()); !accuracy.is_null())
        head["client_accuracy"] = std::move(accuracy);
    if (json engine = jsonio::engineStateToJson(p.engine, p.nodes.size()); !engine.is_null())
        head["engine_state"] = std::move(engine);
    if (p.reported)
        head["reported"] = jsonio::toJson(*p.reported);
    if (p.prompts.known())
        head["prompts"] = { { "method", p.prompts.method.toStdString() },
                            { "tokenizer", p.prompts.tokenizer.isEmpty() ? json(nullptr) : json(p.prompts.tokenizer.toStdString()) },
                            { "note", p.prompts.note.toStdString() } };
    std::string text = head.dump(-1, ' ', false, json::error_handler_t::replace);
    text.pop_back(); // reopen the object to append the columns
    out.raw(text);

    const RequestColumns& r = p.requests;
    out.raw(",\n \"requests\": {");
    out.column("send_s", r.send, never);
    out.column("node", r.node, never);
    out.column("request_id", r.requestId, never);
    out.column("warmup", r.warmup, never);
    out.column("intended_send_s", r.intendedSend, never);
    out.column("first_token_s", r.firstToken, never);
    out.column("end_s", r.end, never);
    out.column("input_tokens", r.inputTokens, negative);
    out.column("output_tokens", r.outputTokens, negative);
    out.column("tokens_from_usage", r.tokensFromUsage, never);
    // version 2 columns, only when some request knows them: a reader takes an absent column as all unknown,
    // so the files of imports and of engines without reasoning do not grow by columns of nulls
    if (anyKnown(r.firstAnswer))
        out.column("first_answer_s", r.firstAnswer, never);
    if (anyKnown(r.reasoningTokens)) {
        out.column("reasoning_tokens", r.reasoningTokens, negative);
        out.column("reasoning_from_usage", r.reasoningFromUsage, never);
    }
    if (anyKnown(r.requestedInput))
        out.column("requested_input_tokens", r.requestedInput, negative);
    if (anyKnown(r.requestedOutput))
        out.column("requested_output_tokens", r.requestedOutput, negative);
    if (anyKnown(r.session)) { // multi-turn sessions: both or neither
        out.column("session", r.session, negative);
        out.column("turn", r.turn, negative);
    }
    if (r.hasChunks()) {
        out.column("status", r.status, never);
        out.column("chunk_offsets", r.chunkOffsets, never);
        out.column("chunk_times_s", r.chunkTimes, never, true);
    } else {
        out.column("status", r.status, never, true);
    }
    const TelemetryColumns& t = p.telemetry;
    out.raw("},\n \"telemetry\": {");
    out.column("time_s", t.time, never);
    out.column("node", t.node, never);
    out.column("gpu", t.gpu, never);
    out.column("utilization_pct", t.utilization, never);
    out.column("memory_used_mib", t.memoryUsedMiB, never);
    out.column("power_w", t.powerW, never);
    out.column("temperature_c", t.temperatureC, never);
    out.column("sm_clock_mhz", t.smClockMHz, never, true);
    out.raw("}}");
}

void writeDocument(TextSink& out, const BenchmarkResult& r)
{
    json nodes = json::array();
    for (const NodeInventory& n : r.nodes)
        nodes.push_back(jsonio::toJson(n));
    out.raw("{\n");
    out.raw(R"("format": "inferdeck-result",)");
    out.raw("\n\"version\": ");
    out.number(std::int64_t { ResultFile::kSchemaVersion });
    out.raw(",\n\"simulated\": ");
    out.raw(r.simulated ? "true" : "false");
    out.raw(",\n\"status\": ");
    out.value(runStatusName(r.status).toStdString());
    out.raw(",\n\"status_detail\": ");
    out.value(r.statusDetail.toStdString());
    out.raw(",\n\"provenance\": ");
    out.value(jsonio::toJson(r.provenance));
    out.raw(",\n\"plan\": ");
    out.value(jsonio::toJson(r.plan));
    out.raw(",\n\"nodes\": ");
    out.value(nodes);
    out.raw(",\n\"phases\": [");
    for (qsizetype i = 0; i < r.phases.size(); ++i) {
        out.raw(i ? ",\n" : "\n");
        writePhase(out, r.phases[i]);
    }
    // derived, for readers that do not recompute; InferDeck itself always recomputes from the records
    out.raw("],\n\"summary\": ");
    out.value(summaryToJson(summarizeResult(r)));
    out.raw("\n}\n");
}

} // namespace

QByteArray ResultFile::serialize(const BenchmarkResult& result)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        TextSink sink(&buffer);
        writeDocument(sink, result);
    }
    return bytes;
}

Status ResultFile::write(const BenchmarkResult& result, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("cannot write the file: %1").arg(file.errorString()), path };
    bool failed = false;
    {
        TextSink sink(&file);
        writeDocument(sink, result);
        sink.flush();
        failed = sink.failed();
    }
    if (failed) {
        file.cancelWriting();
        return Error { tr("writing failed: %1").arg(file.errorString()), path };
    }
    if (!file.commit())
        return Error { tr("could not save the file: %1").arg(file.errorString()), path };
    return Ok {};
}

} // namespace inferdeck
