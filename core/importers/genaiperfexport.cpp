// GenAI-Perf's profile_export.json (written by perf_analyzer): every request's send time stamp and the time
// stamp and body of every response it received, in nanoseconds, grouped by experiment (one concurrency or
// request rate each). A 100,000-request file is hundreds of megabytes of escaped SSE text, so it is read in
// one pass with JsonCursor; only the response bodies are decoded, one at a time.
#include "importers/importers.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "importers/importsupport.h"
#include "importers/jsoncursor.h"
#include "util/jsonstring.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GenaiPerfImport)
};

/// What one response body says: whether it carries generated text, the server's usage, an error.
struct ResponseInfo {
    int contentEvents = 0;
    std::int64_t completionTokens = -1;
    std::int64_t promptTokens = -1;
    std::string error;
};

// A usage count as the server sent it: a negative one is no count at all, so the response is refused.
std::int64_t tokenCount(JsonCursor& c)
{
    const std::int64_t n = c.integer({});
    if (n < 0)
        c.failHere(QCoreApplication::translate("GenaiPerfImport", "a negative token count (%1)").arg(n)); // explicit: lupdate misfiles it
    return n;
}

bool is(std::string_view a, const char* b)
{
    return a == std::string_view(b);
}

// One streamed chunk or whole body (OpenAI chat or completions): choices[0].delta.content,
// choices[0].text or choices[0].message.content, usage, error.
void scanChunk(std::string_view text, ResponseInfo& info)
{
    JsonCursor c(text.data(), text.data() + text.size());
    if (c.peek() != '{')
        return;
    c.enterObject({});
    std::string_view k;
    bool escaped = false;
    while (c.nextKey(k)) {
        if (is(k, "choices") && c.peek() == '[') {
            c.enterArray({});
            bool first = true;
            while (c.nextElement()) {
                if (!first || c.peek() != '{') {
                    c.skipValue();
                    continue;
                }
                first = false;
                c.enterObject({});
                std::string_view ck;
                while (c.nextKey(ck)) {
                    if ((is(ck, "delta") || is(ck, "message")) && c.peek() == '{') {
                        c.enterObject({});
                        std::string_view dk;
                        while (c.nextKey(dk)) {
                            if (is(dk, "content") && c.peek() == '"')
                                info.contentEvents += c.rawString({}, escaped).empty() ? 0 : 1;
                            else
                                c.skipValue();
                        }
                    } else if (is(ck, "text") && c.peek() == '"') {
                        info.contentEvents += c.rawString({}, escaped).empty() ? 0 : 1;
                    } else {
                        c.skipValue();
                    }
                }
            }
        } else if (is(k, "usage") && c.peek() == '{') {
            c.enterObject({});
            std::string_view uk;
            while (c.nextKey(uk)) {
                if (is(uk, "completion_tokens") && c.peek() == '0')
                    info.completionTokens = tokenCount(c);
                else if (is(uk, "prompt_tokens") && c.peek() == '0')
                    info.promptTokens = tokenCount(c);
                else
                    c.skipValue();
            }
        } else if (is(k, "error") && c.peek() != 'n') {
            if (c.peek() == '"') {
                jsonstring::decodeString(c.rawString({}, escaped), true, info.error);
            } else if (c.peek() == '{') {
                // OpenAI's error object: its message says what happened
                c.enterObject({});
                std::string_view ek;
                while (c.nextKey(ek)) {
                    if (is(ek, "message") && c.peek() == '"')
                        jsonstring::decodeString(c.rawString({}, escaped), true, info.error);
                    else
                        c.skipValue();
                }
            } else {
                c.skipValue();
            }
            if (info.error.empty())
                info.error = "error";
        } else {
            c.skipValue();
        }
    }
}

// An OpenAI response body as perf_analyzer saved it: SSE events ("data: {...}\n\n", "data: [DONE]") or,
// without streaming, the whole JSON answer.
void scanOpenAiResponse(const std::string& body, ResponseInfo& info)
{
    std::string_view rest(body);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\n' || rest.front() == '\r'))
        rest.remove_prefix(1);
    if (!rest.starts_with("data:")) {
        scanChunk(rest, info);
        return;
    }
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        if (!line.starts_with("data:"))
            continue;
        line.remove_prefix(5);
        while (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (line.empty() || line == "[DONE]")
            continue;
        scanChunk(line, info);
    }
}

/// One request as the phase needs it: absolute nanosecond times (the phase's t0 is known only at the end),
/// its content chunks' arrival times flat in the experiment's `chunkNs`.
struct Request {
    std::int64_t sendNs = 0;
    std::int64_t endNs = -1; // the last response, [DONE] included; -1 without any
    std::size_t chunksEnd = 0; // chunkNs[previous request's chunksEnd .. chunksEnd)
    std::int64_t usageOut = -1;
    std::int64_t usageIn = -1;
    int contentEvents = 0;
    std::string error;
};

/// Reads one response_outputs element: {"response": "<body>"} (OpenAI) or {"text_output": "..."} (Triton).
ResponseInfo readResponse(JsonCursor& c, const JsonPath& field, std::string& scratch)
{
    ResponseInfo info;
    c.enterObject(field);
    std::string_view k;
    bool escaped = false;
    while (c.nextKey(k)) {
        if (is(k, "response") && c.peek() == '"') {
            const std::string_view raw = c.rawString(field, escaped);
            if (escaped) {
                if (!jsonstring::decodeString(raw, true, scratch))
                    c.failHere(field.member("response"), Tr::tr("a malformed escape in the response text"));
            } else {
                scratch.assign(raw);
            }
            try {
                scanOpenAiResponse(scratch, info);
            } catch (const ImportFailure& f) {
                fail(field.member("response").toString(), Tr::tr("the response is not the JSON an OpenAI server sends (%1)").arg(f.message));
            }
        } else if (is(k, "text_output") && c.peek() == '"') {
            info.contentEvents += c.rawString(field, escaped).empty() ? 0 : 1;
        } else {
            c.skipValue();
        }
    }
    return info;
}

QString modelFromPayload(JsonCursor& c, const JsonPath& field)
{
    QString model;
    c.enterObject(field);
    std::string_view k;
    bool escaped = false;
    while (c.nextKey(k)) {
        if (is(k, "payload") && c.peek() == '"') {
            std::string payload;
            jsonstring::decodeString(c.rawString({}, escaped), true, payload);
            const json p = json::parse(payload, nullptr, false);
            if (p.is_object() && p.contains("model") && p["model"].is_string())
                model = QString::fromStdString(p["model"].get<std::string>());
        } else {
            c.skipValue();
        }
    }
    return model;
}

struct Experiment {
    QString mode;
    double value = 0;
    std::vector<Request> requests;
    std::vector<std::int64_t> chunkNs;
};

// Responses come before or after their time stamps depending on the writer, so both lists are kept for
// the request at hand only, then folded into the experiment's compact columns.
void readRequest(JsonCursor& c, const JsonPath& field, std::string& scratch, QString* model, Experiment& e,
                 std::vector<std::int64_t>& stamps, std::vector<ResponseInfo>& responses)
{
    Request r;
    bool haveSend = false;
    stamps.clear();
    responses.clear();
    c.enterObject(field);
    std::string_view k;
    while (c.nextKey(k)) {
        if (is(k, "timestamp")) {
            r.sendNs = c.integer(field.member("timestamp"));
            if (r.sendNs < 0)
                fail(field.member("timestamp").toString(), Tr::tr("a time stamp before 1970 (%1 ns)").arg(r.sendNs));
            haveSend = true;
        } else if (is(k, "response_timestamps")) {
            const JsonPath f = field.member("response_timestamps");
            c.enterArray(f);
            while (c.nextElement())
                stamps.push_back(c.integer(f.element(stamps.size())));
        } else if (is(k, "response_outputs")) {
            const JsonPath f = field.member("response_outputs");
            c.enterArray(f);
            while (c.nextElement())
                responses.push_back(readResponse(c, f.element(responses.size()), scratch));
        } else if (is(k, "request_inputs") && model && model->isEmpty() && c.peek() == '{') {
            *model = modelFromPayload(c, field.member("request_inputs")); // the first request names the model
        } else {
            c.skipValue();
        }
    }
    if (!haveSend)
        fail(field.toString(), Tr::tr("missing timestamp"));
    if (responses.size() != stamps.size())
        fail(field.member("response_outputs").toString(), Tr::tr("has %1 entries but response_timestamps has %2")
                                                 .arg(responses.size()).arg(stamps.size()));
    for (std::size_t i = 0; i < stamps.size(); ++i) {
        if (stamps[i] < r.sendNs || (i > 0 && stamps[i] < stamps[i - 1]))
            fail(field.member("response_timestamps").element(i).toString(),
                 Tr::tr("a response time stamp before the request's or the previous response's"));
        const ResponseInfo& info = responses[i];
        if (!info.error.empty() && r.error.empty())
            r.error = info.error;
        for (int n = 0; n < info.contentEvents; ++n)
            e.chunkNs.push_back(stamps[i]);
        r.contentEvents += info.contentEvents;
        if (info.completionTokens >= 0)
            r.usageOut = info.completionTokens;
        if (info.promptTokens >= 0)
            r.usageIn = info.promptTokens;
    }
    if (r.usageOut > INT32_MAX || r.usageIn > INT32_MAX)
        fail(field.toString(), Tr::tr("a token count beyond 2^31"));
    if (!stamps.empty())
        r.endNs = stamps.back();
    r.chunksEnd = e.chunkNs.size();
    e.requests.push_back(std::move(r));
}

void readExperimentHeader(JsonCursor& c, const JsonPath& field, Experiment& e)
{
    c.enterObject(field);
    std::string_view k;
    bool escaped = false;
    while (c.nextKey(k)) {
        if (is(k, "mode") && c.peek() == '"') {
            e.mode = QString::fromUtf8(c.rawString(field.member("mode"), escaped));
        } else if (is(k, "value")) {
            e.value = c.number(field.member("value"));
            if (e.value < 0) // NaN (null) stays unknown
                fail(field.member("value").toString(), Tr::tr("expected zero or more, found %1").arg(e.value));
        } else {
            c.skipValue();
        }
    }
}

Phase toPhase(const BenchmarkResult& result, const Experiment& e)
{
    LoadSpec load;
    QString name;
    if (e.mode == u"request_rate"_s) {
        load.mode = LoadSpec::Mode::ConstantRate; // perf_analyzer spaces requests evenly unless told otherwise
        load.value = e.value;
        name = u"request rate %1/s"_s.arg(e.value);
    } else {
        load.mode = LoadSpec::Mode::Concurrency;
        load.value = e.value;
        name = e.mode.isEmpty() ? u"profile"_s : u"%1 %2"_s.arg(e.mode).arg(e.value);
    }
    std::int64_t t0 = 0;
    bool any = false;
    for (const Request& r : e.requests)
        if (!any || r.sendNs < t0) {
            t0 = r.sendNs;
            any = true;
        }
    Phase p = importedPhase(result, name, load, static_cast<double>(t0) * 1e-9);
    RequestColumns& cols = p.requests;
    cols.recordChunks();
    cols.reserve(e.requests.size());
    std::vector<double> chunks;
    const auto rel = [&](std::int64_t ns) { return static_cast<double>(ns - t0) * 1e-9; };
    std::size_t chunkBegin = 0;
    for (std::size_t i = 0; i < e.requests.size(); ++i) {
        const Request& r = e.requests[i];
        RequestColumns::Row row;
        row.requestId = static_cast<std::int64_t>(i);
        row.send = rel(r.sendNs);
        row.tokensFromUsage = r.usageOut >= 0;
        row.outputTokens = static_cast<std::int32_t>(r.usageOut >= 0 ? r.usageOut : r.contentEvents);
        row.inputTokens = static_cast<std::int32_t>(r.usageIn);
        chunks.clear();
        if (!r.error.empty()) {
            row.status = p.statusFor(QString::fromStdString(r.error));
            row.end = rel(r.endNs); // the error's arrival: a failure ends the request too
        } else if (r.endNs < 0) {
            row.status = p.statusFor(Tr::tr("no response"));
        } else {
            for (std::size_t k = chunkBegin; k < r.chunksEnd; ++k)
                chunks.push_back(rel(e.chunkNs[k]));
            if (!chunks.empty())
                row.firstToken = chunks.front();
            row.end = rel(r.endNs);
        }
        chunkBegin = r.chunksEnd;
        cols.append(row, chunks);
    }
    return p;
}

} // namespace

Result<BenchmarkResult> importGenaiPerfProfileExport(const QByteArray& data, const QString& where)
{
    const QString tool = u"GenAI-Perf profile export"_s;
    try {
        JsonCursor c(data.constData(), data.constData() + data.size());
        std::vector<Experiment> experiments;
        QString model;
        QString serviceKind;
        QString endpoint;
        QString version;
        std::string scratch;
        std::vector<std::int64_t> stamps;
        std::vector<ResponseInfo> responses;
        bool sawExperiments = false;
        bool escaped = false;
        const JsonPath root;
        const JsonPath all = root.member("experiments");
        c.enterObject(root);
        std::string_view k;
        while (c.nextKey(k)) {
            if (is(k, "experiments")) {
                sawExperiments = true;
                c.enterArray(all);
                while (c.nextElement()) {
                    const JsonPath ef = all.element(experiments.size());
                    Experiment e;
                    c.enterObject(ef);
                    std::string_view ek;
                    while (c.nextKey(ek)) {
                        if (is(ek, "experiment")) {
                            readExperimentHeader(c, ef.member("experiment"), e);
                        } else if (is(ek, "requests")) {
                            const JsonPath rf = ef.member("requests");
                            c.enterArray(rf);
                            while (c.nextElement())
                                readRequest(c, rf.element(e.requests.size()), scratch, &model, e, stamps, responses);
                        } else {
                            c.skipValue();
                        }
                    }
                    experiments.push_back(std::move(e));
                }
            } else if ((is(k, "service_kind") || is(k, "endpoint") || is(k, "version")) && c.peek() == '"') {
                const QString v = QString::fromUtf8(c.rawString(root.member(is(k, "service_kind") ? "service_kind" : is(k, "endpoint") ? "endpoint" : "version"), escaped));
                (is(k, "service_kind") ? serviceKind : is(k, "endpoint") ? endpoint : version) = v;
            } else {
                c.skipValue();
            }
        }
        c.expectEnd();
        if (!sawExperiments)
            fail(u"experiments"_s, Tr::tr("missing: not a GenAI-Perf profile export"));
        if (experiments.empty())
            fail(u"experiments"_s, Tr::tr("holds no experiment"));

        BenchmarkResult result = importedResult(u"genai-perf"_s, version, model,
                                                serviceKind.isEmpty() ? QString() : serviceKind + u" server"_s);
        for (std::size_t i = 0; i < experiments.size(); ++i) {
            if (experiments[i].requests.empty())
                continue;
            Phase p = toPhase(result, experiments[i]);
            ReportedSummary rep;
            rep.percentileMethod = u"linear"_s;
            rep.tokenCounting = Tr::tr("GenAI-Perf re-tokenizes the answers with its tokenizer; InferDeck counts the "
                                       "server's usage where a response has it, else one token per content chunk");
            if (!endpoint.isEmpty())
                rep.settings.append({ u"endpoint"_s, endpoint });
            if (!serviceKind.isEmpty())
                rep.settings.append({ u"service_kind"_s, serviceKind });
            rep.notes.append(Tr::tr("GenAI-Perf ends a request at its last response with text; InferDeck at its last "
                                    "response, so E2E may be a little longer than GenAI-Perf's request latency"));
            rep.notes.append(Tr::tr("GenAI-Perf's \"inter token latency\" is InferDeck's TPOT"));
            p.reported = rep;
            if (result.provenance.startedUnix == 0.0 || p.t0Unix < result.provenance.startedUnix)
                result.provenance.startedUnix = p.t0Unix;
            result.phases.append(std::move(p));
        }
        if (result.phases.isEmpty())
            fail(u"experiments"_s, Tr::tr("no experiment holds a request"));
        result.provenance.createdUnix = result.provenance.startedUnix;
        uniquifyPhaseNames(result);
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
