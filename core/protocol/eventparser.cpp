#include "protocol/eventparser.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

#include "protocol/linescanner.h"
#include "io/strictjson.h"
#include "util/jsonstring.h"

namespace inferdeck {

using protocol::Member;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgentEventParser)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct TypeName {
    std::string_view name;
    AgentEventType type;
};
constexpr TypeName kTypes[] = {
    { "request", AgentEventType::Request },       { "heartbeat", AgentEventType::Heartbeat },
    { "telemetry", AgentEventType::Telemetry },   { "start", AgentEventType::Start },
    { "ready", AgentEventType::Ready },           { "phase_start", AgentEventType::PhaseStart },
    { "phase_end", AgentEventType::PhaseEnd },    { "log", AgentEventType::Log },
    { "error", AgentEventType::Error },           { "end", AgentEventType::End },
    { "listening", AgentEventType::Listening },   { "result_file", AgentEventType::ResultFile },
    { "engine_metrics", AgentEventType::EngineMetrics },
};

QString fieldName(std::string_view key) { return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())); }

// The typed look-ups below name the field in their error so a bad line says what is wrong with it.
class Fields {
public:
    Fields(const protocol::LineScanner& s, QString& error) : m_s(s), m_error(error) { }

    const Member* need(std::string_view key)
    {
        const Member* m = m_s.find(key);
        if (!m)
            m_error = Tr::tr("missing field '%1'").arg(fieldName(key));
        return m;
    }
    // A number, or NaN for null / absent when optional.
    bool number(std::string_view key, double& out, bool nullable = true) { return number(m_s.find(key), key, out, nullable); }
    bool number(const Member* m, std::string_view key, double& out, bool nullable = true)
    {
        if (!m || (nullable && m->kind == Member::Kind::Null)) {
            if (!m && !nullable) {
                m_error = Tr::tr("missing field '%1'").arg(fieldName(key));
                return false;
            }
            out = kNaN;
            return true;
        }
        if (m->kind != Member::Kind::Integer && m->kind != Member::Kind::Double)
            return wrong(key, Tr::tr("a number"));
        out = m->number;
        return true;
    }
    bool integer(std::string_view key, std::int64_t& out, std::int64_t ifNull)
    {
        return integer(m_s.find(key), key, out, ifNull);
    }
    bool integer(const Member* m, std::string_view key, std::int64_t& out, std::int64_t ifNull)
    {
        if (!m || m->kind == Member::Kind::Null) {
            out = ifNull;
            return true;
        }
        if (m->kind != Member::Kind::Integer)
            return wrong(key, Tr::tr("an integer"));
        out = m->integer;
        return true;
    }
    bool count(const Member* m, std::string_view key, std::int32_t& out)
    {
        std::int64_t v = -1;
        if (!integer(m, key, v, -1))
            return false;
        if (v < -1 || v > std::numeric_limits<std::int32_t>::max())
            return wrong(key, Tr::tr("a token count"));
        out = static_cast<std::int32_t>(v);
        return true;
    }
    bool boolean(std::string_view key, bool& out) { return boolean(m_s.find(key), key, out); }
    bool boolean(const Member* m, std::string_view key, bool& out)
    {
        if (!m || m->kind == Member::Kind::Null) {
            out = false;
            return true;
        }
        if (m->kind != Member::Kind::Bool)
            return wrong(key, Tr::tr("true or false"));
        out = m->boolean;
        return true;
    }
    bool string(std::string_view key, std::string& out) { return string(m_s.find(key), key, out); }
    bool string(const Member* m, std::string_view key, std::string& out)
    {
        if (!m || m->kind == Member::Kind::Null) {
            out.clear();
            return true;
        }
        if (m->kind != Member::Kind::String)
            return wrong(key, Tr::tr("a string"));
        if (!jsonstring::decodeString(m->text, m->escaped, out))
            return wrong(key, Tr::tr("a valid string"));
        return true;
    }

private:
    bool wrong(std::string_view key, const QString& expected)
    {
        m_error = Tr::tr("field '%1': expected %2").arg(fieldName(key), expected);
        return false;
    }
    const protocol::LineScanner& m_s;
    QString& m_error;
};
} // namespace

const char* agentEventTypeName(AgentEventType type)
{
    for (const TypeName& t : kTypes) {
        if (t.type == type)
            return t.name.data();
    }
    return "unknown";
}

AgentEventParser::AgentEventParser()
{
    m_scanner.setIntArrayKeys({ "chunks_us" });
}

bool AgentEventParser::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool AgentEventParser::parse(std::string_view line, AgentEvent& out)
{
    m_error.clear();
    if (!m_scanner.scan(line)) {
        return fail(Tr::tr("not a JSON object: %1 at column %2")
                        .arg(QString::fromStdString(m_scanner.error()))
                        .arg(m_scanner.errorColumn()));
    }
    Fields f(m_scanner, m_error);
    const Member* v = f.need("v");
    if (!v)
        return false;
    if (v->kind != Member::Kind::Integer || v->integer < 1)
        return fail(Tr::tr("field 'v': expected a protocol version"));
    if (v->integer > kAgentProtocolVersion)
        return fail(Tr::tr("written in agent protocol version %1; this InferDeck reads version %2")
                        .arg(v->integer)
                        .arg(kAgentProtocolVersion));
    out.version = static_cast<int>(v->integer);
    const Member* seq = f.need("seq");
    if (!seq)
        return false;
    if (seq->kind != Member::Kind::Integer || seq->integer < 1)
        return fail(Tr::tr("field 'seq': expected a positive integer"));
    out.seq = seq->integer;
    if (!f.string("type", out.typeName))
        return false;
    if (out.typeName.empty())
        return fail(Tr::tr("missing field 'type'"));
    if (!f.number("t", out.t, false))
        return false;
    out.type = AgentEventType::Unknown;
    for (const TypeName& t : kTypes) {
        if (t.name == out.typeName) {
            out.type = t.type;
            break;
        }
    }
    switch (out.type) {
    case AgentEventType::Request:
        return parseRequest(out);
    case AgentEventType::Telemetry:
        return parseTelemetry(out);
    case AgentEventType::Heartbeat:
        return f.integer("sent", out.heartbeat.sent, 0) && f.integer("done", out.heartbeat.done, 0)
            && f.integer("failed", out.heartbeat.failed, 0) && f.integer("in_flight", out.heartbeat.inFlight, 0);
    default:
        // rare kinds: the same strict parse as every reader (depth, repeated keys, out-of-range numbers),
        // since a node's line is outside input
        out.fields = jsonio::parseStrictOrDiscarded(line);
        if (out.fields.is_discarded())
            return fail(Tr::tr("not a JSON object"));
        return true;
    }
}

bool AgentEventParser::parseRequest(AgentEvent& out)
{
    // one pass over the members, dispatched on the key's length and first letter: a run has millions of
    // these lines, and a look-up per field would compare every key a dozen times
    enum Slot {
        Id, Rep, Phase, Node, Warmup, Intended, Send, First, Answer, End, In, Out, Usage, Reasoning, ReasoningUsage,
        InReq, OutReq, Status, Chunks, Text, Reference, Session, Turn, kSlots
    };
    const Member* at[kSlots] = {};
    for (const Member& m : m_scanner.members()) {
        const std::string_view k = m.key;
        int slot = -1;
        switch (k.size()) {
        case 2:
            slot = k == "id" ? Id : k == "in" ? In : -1;
            break;
        case 3:
            slot = k == "rep" ? Rep : k == "end" ? End : k == "out" ? Out : -1;
            break;
        case 4:
            slot = k == "node" ? Node : k == "send" ? Send : k == "text" ? Text : k == "turn" ? Turn : -1;
            break;
        case 5:
            slot = k == "phase" ? Phase : k == "first" ? First : k == "usage" ? Usage : -1;
            break;
        case 6:
            slot = k == "warmup" ? Warmup : k == "status" ? Status : k == "answer" ? Answer : k == "in_req" ? InReq : -1;
            break;
        case 7:
            slot = k == "out_req" ? OutReq : k == "session" ? Session : -1;
            break;
        case 8:
            slot = k == "intended" ? Intended : -1;
            break;
        case 9:
            slot = k == "chunks_us" ? Chunks : k == "reference" ? Reference : k == "reasoning" ? Reasoning : -1;
            break;
        case 15:
            slot = k == "reasoning_usage" ? ReasoningUsage : -1;
            break;
        default:
            break;
        }
        if (slot >= 0)
            at[slot] = &m;
    }
    Fields f(m_scanner, m_error);
    AgentRequest& r = out.request;
    std::int64_t rep = 0;
    if (!f.integer(at[Id], "id", r.id, -1) || !f.integer(at[Rep], "rep", rep, 0) || !f.string(at[Phase], "phase", r.phase)
        || !f.string(at[Node], "node", r.node) || !f.boolean(at[Warmup], "warmup", r.warmup)
        || !f.number(at[Intended], "intended", r.intended) || !f.number(at[Send], "send", r.send)
        || !f.number(at[First], "first", r.first) || !f.number(at[End], "end", r.end)
        || !f.count(at[In], "in", r.inputTokens) || !f.count(at[Out], "out", r.outputTokens)
        || !f.boolean(at[Usage], "usage", r.usage) || !f.string(at[Status], "status", r.status)
        || !f.string(at[Text], "text", r.text) || !f.string(at[Reference], "reference", r.reference)
        || !f.number(at[Answer], "answer", r.answer) || !f.count(at[Reasoning], "reasoning", r.reasoningTokens)
        || !f.boolean(at[ReasoningUsage], "reasoning_usage", r.reasoningUsage)
        || !f.count(at[InReq], "in_req", r.requestedInput) || !f.count(at[OutReq], "out_req", r.requestedOutput))
        return false;
    r.session = -1;
    r.turn = -1;
    if (at[Session] && at[Session]->kind != Member::Kind::Null) {
        if (!f.integer(at[Session], "session", r.session, 0) || !f.count(at[Turn], "turn", r.turn))
            return false;
        if (r.turn < 0)
            return fail(Tr::tr("a request of a session needs its turn"));
    }
    if (r.id < 0)
        return fail(Tr::tr("missing field 'id'"));
    if (r.status.empty())
        return fail(Tr::tr("missing field 'status'"));
    r.rep = static_cast<int>(rep);
    r.chunksUs.clear();
    if (const Member* chunks = at[Chunks]) {
        if (chunks->kind == Member::Kind::IntArray)
            m_scanner.takeIntArray(*chunks, r.chunksUs);
        else if (chunks->kind != Member::Kind::Null)
            return fail(Tr::tr("field 'chunks_us': expected a list of integers"));
    }
    return true;
}

bool AgentEventParser::parseTelemetry(AgentEvent& out)
{
    Fields f(m_scanner, m_error);
    if (!f.string("node", out.telemetryNode) || !f.number("time", out.telemetryTime, false)
        || !f.boolean("simulated", out.simulated))
        return false;
    out.gpus.clear();
    const Member* gpus = m_scanner.find("gpus");
    if (!gpus || gpus->kind == Member::Kind::Null)
        return true;
    if (gpus->kind != Member::Kind::Array)
        return fail(Tr::tr("field 'gpus': expected a list"));
    std::vector<std::string_view> elements;
    if (!m_inner.splitArray(gpus->text, elements))
        return fail(Tr::tr("field 'gpus': %1").arg(QString::fromStdString(m_inner.error())));
    for (std::string_view element : elements) {
        if (!m_inner.scan(element))
            return fail(Tr::tr("field 'gpus': expected objects"));
        Fields g(m_inner, m_error);
        AgentGpuSample s;
        std::int64_t index = 0;
        if (!g.integer("gpu", index, 0) || !g.number("util", s.util) || !g.number("mem_mib", s.memMiB)
            || !g.number("power_w", s.powerW) || !g.number("temp_c", s.tempC) || !g.number("sm_mhz", s.smMHz)) {
            m_error = Tr::tr("field 'gpus': %1").arg(m_error);
            return false;
        }
        if (index < 0 || index > 65535)
            return fail(Tr::tr("field 'gpus': GPU index %1 out of range").arg(index));
        s.gpu = static_cast<int>(index);
        out.gpus.push_back(s);
    }
    return true;
}

} // namespace inferdeck
