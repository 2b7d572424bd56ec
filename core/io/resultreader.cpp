#include "io/resultfile.h"

#include <QFile>

#include <cmath>
#include <limits>
#include <map>

#include "io/accuracyjson.h"
#include "io/enginejson.h"
#include "io/inputfile.h"
#include "io/parseddocument.h"
#include "io/jsonfields.h"
#include "io/modeljson.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

using namespace jsonio;
using json = nlohmann::json;

constexpr double kMaxRelativeTime = 1e7; // s from the phase's t0; beyond it is a unit mistake
constexpr double kMaxUnix = 1e11;        // s; a larger value is milliseconds or garbage
constexpr std::int64_t kMaxTokens = std::numeric_limits<std::int32_t>::max();

class PhaseReader {
    Q_DECLARE_TR_FUNCTIONS(ResultFile)

public:
    PhaseReader(ParsedDocument& doc, std::size_t index, const QStringList& knownNodes)
        : m_doc(doc), m_index(index), m_known(knownNodes), m_path(indexPath(u"phases"_s, index))
    {
    }

    Phase read(const json& v)
    {
        expectObject(v, m_path);
        Phase p;
        p.name = string(v, "name", m_path); // free text: `records` quotes it (tst_cli_records)
        if (p.name.isEmpty())
            fail(childPath(m_path, "name"), tr("expected a non-empty phase name"));
        p.repetition = static_cast<int>(integer(v, "repetition", m_path, 0, 100000));
        const QString role = string(v, "role", m_path);
        const auto r = phaseRoleFromName(role);
        if (!r)
            fail(childPath(m_path, "role"), tr("expected single, baseline, scaled or sweep, found \"%1\"").arg(role));
        p.role = *r;
        const json& nodes = array(v, "nodes", m_path);
        if (nodes.empty() || nodes.size() > 65535)
            fail(childPath(m_path, "nodes"), tr("expected 1 to 65535 node names, found %1").arg(nodes.size()));
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const QString np = indexPath(childPath(m_path, "nodes"), i);
            const QString name = stringValue(nodes[i], np);
            if (!m_known.contains(name))
                fail(np, tr("node \"%1\" is not listed in the file's nodes").arg(name));
            p.nodes.append(name);
        }
        p.t0Unix = number(v, "t0_unix", m_path, 0, kMaxUnix);
        p.load = loadFromJson(object(v, "load", m_path), childPath(m_path, "load"));
        const json& offsets = array(v, "clock_offsets_s", m_path);
        if (offsets.size() != nodes.size())
            fail(childPath(m_path, "clock_offsets_s"),
                 tr("expected one offset per node (%1), found %2").arg(nodes.size()).arg(offsets.size()));
        for (std::size_t i = 0; i < offsets.size(); ++i)
            p.clockOffsetsS.append(
                numberValue(offsets[i], indexPath(childPath(m_path, "clock_offsets_s"), i), -1e6, 1e6));
        const json& reasons = array(v, "failure_reasons", m_path);
        for (std::size_t i = 0; i < reasons.size(); ++i)
            p.failureReasons.append(stringValue(reasons[i], indexPath(childPath(m_path, "failure_reasons"), i)));
        if (v.contains("attachments")) {
            const json& list = array(v, "attachments", m_path);
            for (std::size_t i = 0; i < list.size(); ++i) {
                const QString ap = indexPath(childPath(m_path, "attachments"), i);
                expectObject(list[i], ap);
                Attachment a;
                a.node = string(list[i], "node", ap);
                if (!p.nodes.contains(a.node))
                    fail(childPath(ap, "node"), tr("node \"%1\" is not one of the phase's nodes").arg(a.node));
                a.name = string(list[i], "name", ap);
                const auto decoded = QByteArray::fromBase64Encoding(string(list[i], "base64", ap).toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    fail(childPath(ap, "base64"), tr("not valid base64"));
                a.data = *decoded;
                p.attachments.append(a);
            }
        }
        if (v.contains("outputs")) {
            const json& list = array(v, "outputs", m_path);
            for (std::size_t i = 0; i < list.size(); ++i) {
                const QString op = indexPath(childPath(m_path, "outputs"), i);
                expectObject(list[i], op);
                const QString node = string(list[i], "node", op);
                const qsizetype k = p.nodes.indexOf(node);
                if (k < 0)
                    fail(childPath(op, "node"), tr("node \"%1\" is not one of the phase's nodes").arg(node));
                const std::int64_t id = integer(list[i], "request_id", op, 0, std::numeric_limits<std::int64_t>::max());
                p.outputs.append(static_cast<std::uint16_t>(k), id, string(list[i], "text", op), string(list[i], "reference", op));
            }
        }
        p.sendTimesKnown = optionalBoolean(v, "send_times_known", m_path, true);
        for (const auto& [key, list] : { std::pair{ "measure_start_s", &p.measureStartS }, std::pair{ "ramp_s", &p.rampS } }) {
            if (!v.contains(key) || v[key].is_null())
                continue;
            const json& a = array(v, key, m_path);
            if (a.size() != nodes.size())
                fail(childPath(m_path, key), tr("expected one value per node (%1), found %2").arg(nodes.size()).arg(a.size()));
            for (std::size_t i = 0; i < a.size(); ++i)
                list->append(a[i].is_null() ? NAN : numberValue(a[i], indexPath(childPath(m_path, key), i), -1e6, 1e7));
        }
        if (v.contains("client_accuracy"))
            p.accuracy = accuracyFromJson(v["client_accuracy"], childPath(m_path, "client_accuracy"), qsizetype(nodes.size()));
        if (v.contains("engine_state"))
            p.engine = engineStateFromJson(v["engine_state"], childPath(m_path, "engine_state"), qsizetype(nodes.size()));
        if (v.contains("reported"))
            p.reported = reportedFromJson(v["reported"], childPath(m_path, "reported"));
        if (v.contains("prompts"))
            p.prompts = readPrompts(object(v, "prompts", m_path), childPath(m_path, "prompts"));
        readRequests(object(v, "requests", m_path), p);
        readTelemetry(object(v, "telemetry", m_path), p);
        return p;
    }

private:
    // Takes a column out of the parsed document, checking its presence, type and length.
    ParsedColumn& column(const json& section, const char* sectionName, const char* key, std::optional<std::size_t> length)
    {
        const QString sp = childPath(m_path, sectionName);
        const QString path = childPath(sp, key);
        const auto it = section.find(key);
        if (it == section.end())
            fail(path, tr("missing (expected an array)"));
        if (!ParsedDocument::isColumnMarker(*it))
            fail(path, tr("expected an array, found %1").arg(describeType(*it)));
        ParsedColumn& c = m_doc.columns.at({ m_index, sectionName, key });
        if (c.badIndex)
            fail(indexPath(path, *c.badIndex), c.badMessage);
        if (length && c.size() != *length)
            fail(path, tr("expected %1 values (one per request), found %2").arg(*length).arg(c.size()));
        return c;
    }

    template <typename T>
    std::vector<T> integers(const json& section, const char* sectionName, const char* key, std::size_t length,
                            std::int64_t min, std::int64_t max, bool nullable)
    {
        const ParsedColumn& c = column(section, sectionName, key, length);
        std::vector<T> out;
        out.reserve(c.integers.size());
        for (std::size_t i = 0; i < c.integers.size(); ++i) {
            const std::int64_t v = c.integers[i];
            if (v == ParsedColumn::kNullInteger && nullable) {
                out.push_back(static_cast<T>(-1));
                continue;
            }
            if (v == ParsedColumn::kNullInteger)
                fail(indexPath(childPath(childPath(m_path, sectionName), key), i), tr("expected an integer, found null"));
            if (v < min || v > max)
                fail(indexPath(childPath(childPath(m_path, sectionName), key), i),
                     tr("expected an integer from %1 to %2, found %3").arg(min).arg(max).arg(v));
            out.push_back(static_cast<T>(v));
        }
        return out;
    }

    std::vector<double> doubles(const json& section, const char* sectionName, const char* key,
                                std::optional<std::size_t> length, double min, double max, bool nullable)
    {
        ParsedColumn& c = column(section, sectionName, key, length);
        for (std::size_t i = 0; i < c.doubles.size(); ++i) {
            const double v = c.doubles[i];
            if (std::isnan(v) && nullable)
                continue;
            if (std::isnan(v) || v < min || v > max)
                fail(indexPath(childPath(childPath(m_path, sectionName), key), i),
                     std::isnan(v) ? tr("expected a number, found null")
                                   : tr("expected a number from %1 to %2, found %3")
                                         .arg(min, 0, 'g', 10)
                                         .arg(max, 0, 'g', 10)
                                         .arg(v, 0, 'g', 17));
        }
        return std::move(c.doubles);
    }

    void readRequests(const json& s, Phase& p)
    {
        constexpr const char* sec = "requests";
        const QString sp = childPath(m_path, sec);
        RequestColumns& r = p.requests;
        const std::size_t n = column(s, sec, "send_s", std::nullopt).size();
        const double t = kMaxRelativeTime;
        r.send = doubles(s, sec, "send_s", n, -t, t, false);
        r.node = integers<std::uint16_t>(s, sec, "node", n, 0, p.nodes.size() - 1, false);
        r.requestId = integers<std::int64_t>(s, sec, "request_id", n, 0, std::numeric_limits<std::int64_t>::max(), false);
        r.warmup = integers<std::uint8_t>(s, sec, "warmup", n, 0, 1, false);
        r.intendedSend = doubles(s, sec, "intended_send_s", n, -t, t, true);
        r.firstToken = doubles(s, sec, "first_token_s", n, -t, t, true);
        r.end = doubles(s, sec, "end_s", n, -t, t, true);
        r.inputTokens = integers<std::int32_t>(s, sec, "input_tokens", n, 0, kMaxTokens, true);
        r.outputTokens = integers<std::int32_t>(s, sec, "output_tokens", n, 0, kMaxTokens, true);
        r.tokensFromUsage = integers<std::uint8_t>(s, sec, "tokens_from_usage", n, 0, 1, false);
        r.status = integers<std::int32_t>(s, sec, "status", n, 0, p.failureReasons.size(), false);

        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isnan(r.end[i]) && r.end[i] < r.send[i])
                fail(indexPath(childPath(sp, "end_s"), i),
                     tr("the request ends %1 s before it was sent").arg(r.send[i] - r.end[i], 0, 'g', 6));
            if (!std::isnan(r.firstToken[i]) && r.firstToken[i] < r.send[i])
                fail(indexPath(childPath(sp, "first_token_s"), i),
                     tr("the first token arrives %1 s before the request was sent").arg(r.send[i] - r.firstToken[i], 0, 'g', 6));
            if (!std::isnan(r.firstToken[i]) && !std::isnan(r.end[i]) && r.firstToken[i] > r.end[i])
                fail(indexPath(childPath(sp, "first_token_s"), i), tr("the first token arrives after the request ended"));
            // imports without send times (vLLM's lists) know no end for an answer without output
            if (r.status[i] == RequestColumns::kOk && std::isnan(r.end[i]) && p.sendTimesKnown)
                fail(indexPath(childPath(sp, "end_s"), i), tr("a successful request needs an end time"));
        }
        readReasoningAndLengths(s, n, r);

        const bool hasOffsets = s.contains("chunk_offsets");
        if (hasOffsets != s.contains("chunk_times_s"))
            fail(childPath(sp, hasOffsets ? "chunk_times_s" : "chunk_offsets"),
                 tr("missing (chunk_offsets and chunk_times_s come together)"));
        if (!hasOffsets)
            return;
        const std::size_t chunks = column(s, sec, "chunk_times_s", std::nullopt).size();
        r.chunkOffsets = integers<std::uint64_t>(s, sec, "chunk_offsets", n + 1, 0, static_cast<std::int64_t>(chunks), false);
        r.chunkTimes = doubles(s, sec, "chunk_times_s", chunks, -t, t, false);
        const QString op = childPath(sp, "chunk_offsets");
        if (r.chunkOffsets.front() != 0)
            fail(indexPath(op, 0), tr("expected 0, found %1").arg(r.chunkOffsets.front()));
        if (r.chunkOffsets.back() != chunks)
            fail(indexPath(op, n), tr("expected %1 (the number of chunk times), found %2").arg(chunks).arg(r.chunkOffsets.back()));
        for (std::size_t i = 0; i < n; ++i) {
            if (r.chunkOffsets[i + 1] < r.chunkOffsets[i])
                fail(indexPath(op, i + 1), tr("offsets must not decrease"));
            for (std::uint64_t c = r.chunkOffsets[i] + 1; c < r.chunkOffsets[i + 1]; ++c)
                if (r.chunkTimes[c] < r.chunkTimes[c - 1])
                    fail(indexPath(childPath(sp, "chunk_times_s"), c),
                         tr("chunk times of request %1 must not decrease").arg(i));
        }
    }

    PromptMethod readPrompts(const json& v, const QString& path)
    {
        PromptMethod m;
        m.method = string(v, "method", path);
        if (m.method != u"exact" && m.method != u"estimated")
            fail(childPath(path, "method"), tr("expected exact or estimated, found \"%1\"").arg(m.method));
        m.tokenizer = optionalString(v, "tokenizer", path);
        m.note = optionalString(v, "note", path);
        return m;
    }

    // Version 2 columns; a version 1 file (or one whose writer knew nothing of them) leaves them unknown.
    void readReasoningAndLengths(const json& s, std::size_t n, RequestColumns& r)
    {
        constexpr const char* sec = "requests";
        const double t = kMaxRelativeTime;
        r.firstAnswer = s.contains("first_answer_s") ? doubles(s, sec, "first_answer_s", n, -t, t, true)
                                                     : std::vector<double>(n, RequestColumns::kUnknown);
        r.reasoningTokens = s.contains("reasoning_tokens")
            ? integers<std::int32_t>(s, sec, "reasoning_tokens", n, 0, kMaxTokens, true)
            : std::vector<std::int32_t>(n, -1);
        r.reasoningFromUsage = s.contains("reasoning_from_usage")
            ? integers<std::uint8_t>(s, sec, "reasoning_from_usage", n, 0, 1, false)
            : std::vector<std::uint8_t>(n, 0);
        r.requestedInput = s.contains("requested_input_tokens")
            ? integers<std::int32_t>(s, sec, "requested_input_tokens", n, 0, kMaxTokens, true)
            : std::vector<std::int32_t>(n, -1);
        r.requestedOutput = s.contains("requested_output_tokens")
            ? integers<std::int32_t>(s, sec, "requested_output_tokens", n, 0, kMaxTokens, true)
            : std::vector<std::int32_t>(n, -1);
        // multi-turn sessions (optional within version 2): both columns or neither; a request is in a session
        // exactly when it has a turn
        if (s.contains("session") != s.contains("turn"))
            fail(childPath(m_path, sec), tr("session and turn come together"));
        r.session = s.contains("session") ? integers<std::int64_t>(s, sec, "session", n, 0, std::numeric_limits<std::int64_t>::max(), true)
                                          : std::vector<std::int64_t>(n, -1);
        r.turn = s.contains("turn") ? integers<std::int32_t>(s, sec, "turn", n, 0, 1'000'000, true) : std::vector<std::int32_t>(n, -1);
        const QString sp = childPath(m_path, sec);
        for (std::size_t i = 0; i < n; ++i) {
            if ((r.session[i] < 0) != (r.turn[i] < 0))
                fail(indexPath(childPath(sp, "turn"), i), tr("a request has a session and a turn, or neither"));
            const double a = r.firstAnswer[i];
            if (!std::isnan(a) && a < r.send[i])
                fail(indexPath(childPath(sp, "first_answer_s"), i),
                     tr("the first answer token arrives %1 s before the request was sent").arg(r.send[i] - a, 0, 'g', 6));
            if (!std::isnan(a) && !std::isnan(r.firstToken[i]) && a < r.firstToken[i])
                fail(indexPath(childPath(sp, "first_answer_s"), i),
                     tr("the first answer token arrives before the first token (%1 s earlier)")
                         .arg(r.firstToken[i] - a, 0, 'g', 6));
            if (!std::isnan(a) && !std::isnan(r.end[i]) && a > r.end[i])
                fail(indexPath(childPath(sp, "first_answer_s"), i), tr("the first answer token arrives after the request ended"));
            if (r.reasoningTokens[i] >= 0 && r.outputTokens[i] >= 0 && r.reasoningTokens[i] > r.outputTokens[i])
                fail(indexPath(childPath(sp, "reasoning_tokens"), i),
                     tr("%1 reasoning tokens, more than the request's %2 output tokens (which include them)")
                         .arg(r.reasoningTokens[i])
                         .arg(r.outputTokens[i]));
            if (r.reasoningFromUsage[i] && r.reasoningTokens[i] < 0)
                fail(indexPath(childPath(sp, "reasoning_from_usage"), i),
                     tr("says the server's usage gave the reasoning tokens, but reasoning_tokens is null"));
        }
    }

    void readTelemetry(const json& s, Phase& p)
    {
        constexpr const char* sec = "telemetry";
        TelemetryColumns& tc = p.telemetry;
        const std::size_t n = column(s, sec, "time_s", std::nullopt).size();
        tc.time = doubles(s, sec, "time_s", n, -kMaxRelativeTime, kMaxRelativeTime, false);
        tc.node = integers<std::uint16_t>(s, sec, "node", n, 0, p.nodes.size() - 1, false);
        tc.gpu = integers<std::uint16_t>(s, sec, "gpu", n, 0, 65535, false);
        tc.utilization = doubles(s, sec, "utilization_pct", n, 0, 100, true);
        tc.memoryUsedMiB = doubles(s, sec, "memory_used_mib", n, 0, 1e9, true);
        tc.powerW = doubles(s, sec, "power_w", n, 0, 1e5, true);
        tc.temperatureC = doubles(s, sec, "temperature_c", n, -100, 300, true);
        tc.smClockMHz = doubles(s, sec, "sm_clock_mhz", n, 0, 1e5, true);
        // each GPU's samples are written as they were taken: a time running backwards within one GPU's
        // series is damage (energy and the time charts would integrate and draw it as if it were not)
        std::map<std::pair<std::uint16_t, std::uint16_t>, std::size_t> last;
        for (std::size_t i = 0; i < n; ++i) {
            const auto [it, first] = last.try_emplace({ tc.node[i], tc.gpu[i] }, i);
            if (!first && tc.time[i] < tc.time[it->second])
                fail(indexPath(childPath(childPath(m_path, sec), "time_s"), i),
                     tr("the sample of node %1, GPU %2 is %3 s earlier than the one before it (index %4)")
                         .arg(tc.node[i])
                         .arg(tc.gpu[i])
                         .arg(tc.time[it->second] - tc.time[i], 0, 'g', 6)
                         .arg(it->second));
            it->second = i;
        }
    }

    ParsedDocument& m_doc;
    std::size_t m_index;
    const QStringList& m_known;
    QString m_path;
};

BenchmarkResult readDocument(ParsedDocument& doc)
{
    const json& root = doc.dom;
    if (!root.is_object())
        fail(QString(), ResultFile::tr("expected a JSON object at the top, found %1").arg(describeType(root)));
    if (!root.contains("format"))
        fail(u"format"_s, ResultFile::tr("missing: this is not an InferDeck result file"));
    const QString format = string(root, "format", QString());
    if (format != QLatin1StringView(ResultFile::kFormat))
        fail(u"format"_s,
             ResultFile::tr("expected \"%1\", found \"%2\": this is not an InferDeck result file")
                 .arg(QLatin1StringView(ResultFile::kFormat), format));
    const std::int64_t version = integer(root, "version", QString(), 1, std::numeric_limits<std::int64_t>::max());
    if (version > ResultFile::kSchemaVersion)
        fail(u"version"_s,
             ResultFile::tr("the file has schema version %1, written by a newer InferDeck; this build reads versions "
                            "1 to %2")
                 .arg(version)
                 .arg(ResultFile::kSchemaVersion));

    BenchmarkResult r;
    r.simulated = boolean(root, "simulated", QString());
    const QString status = string(root, "status", QString());
    const auto s = runStatusFromName(status);
    if (!s)
        fail(u"status"_s, ResultFile::tr("expected complete, cancelled or failed, found \"%1\"").arg(status));
    r.status = *s;
    r.statusDetail = optionalString(root, "status_detail", QString());
    r.provenance = provenanceFromJson(object(root, "provenance", QString()), u"provenance"_s);
    r.plan = planFromJson(object(root, "plan", QString()), u"plan"_s);
    const json& nodes = array(root, "nodes", QString());
    QStringList names;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QString p = indexPath(u"nodes"_s, i);
        NodeInventory n = nodeFromJson(nodes[i], p);
        if (names.contains(n.name))
            fail(childPath(p, "name"), ResultFile::tr("node \"%1\" is listed twice").arg(n.name));
        names.append(n.name);
        r.nodes.append(std::move(n));
    }
    const json& phases = array(root, "phases", QString());
    for (std::size_t i = 0; i < phases.size(); ++i)
        r.phases.append(PhaseReader(doc, i, names).read(phases[i]));
    if (root.contains("summary") && !root["summary"].is_object())
        fail(u"summary"_s, ResultFile::tr("expected an object, found %1").arg(describeType(root["summary"])));
    return r;
}

} // namespace

namespace {

Result<BenchmarkResult> parseBytes(const char* data, std::size_t size, const QString& where, bool mapped)
{
    if (size == 0)
        return Error { ResultFile::tr("the file is empty"), where };
    QString syntaxError;
    std::optional<ParsedDocument> doc = parseDocument(data, size, syntaxError, mapped);
    if (!doc)
        return Error { ResultFile::tr("not valid JSON: %1").arg(syntaxError), where };
    try {
        return readDocument(*doc);
    } catch (const FieldError& e) {
        return Error { e.message, e.path.isEmpty() ? where : where + u" at "_s + e.path };
    } catch (const nlohmann::json::exception& e) {
        return Error { ResultFile::tr("unexpected JSON content: %1").arg(QString::fromUtf8(e.what())), where };
    }
}

} // namespace

Result<BenchmarkResult> ResultFile::parse(const char* data, std::size_t size, const QString& where)
{
    return parseBytes(data, size, where, false);
}

Result<BenchmarkResult> ResultFile::read(const QString& path)
{
    // mapped, not copied: a large file is not held twice in memory
    const auto file = readRegularFile(path, readlimit::kColumnar, tr("an InferDeck result file"));
    if (!file)
        return file.error();
    const FileBytes& f = file.value();
    if (f.bytes.isEmpty())
        return Error { tr("the file is empty"), path };
    return parseBytes(f.bytes.constData(), static_cast<std::size_t>(f.bytes.size()), path, f.mapped);
}

} // namespace inferdeck
