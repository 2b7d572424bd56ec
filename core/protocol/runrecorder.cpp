#include "protocol/runrecorder.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "protocol/enginescrape.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

double jsonNumber(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : std::nan("");
}

// An agent's line is outside input: a member of the wrong type reads as absent, it never throws.
bool jsonBool(const nlohmann::json& j, const char* key, bool fallback)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

// `key` of `j` (any type, the caller checks), or null when absent or `j` is no object.
const nlohmann::json& member(const nlohmann::json& j, const char* key)
{
    static const nlohmann::json none;
    if (!j.is_object())
        return none;
    const auto it = j.find(key);
    return it != j.end() ? *it : none;
}

qint64 jsonInteger(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

QString jsonString(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

// A time or share the agent states: finite and not negative, else not said.
std::optional<double> jsonAmount(const nlohmann::json& j, const char* key)
{
    const double v = jsonNumber(j, key);
    return std::isfinite(v) && v >= 0.0 && v < 1e6 ? std::optional<double>(v) : std::nullopt;
}

// phase_end's `accuracy` (the agent's accuracy budget); an empty one when absent or not an object.
ClientAccuracy accuracyFrom(const nlohmann::json& a)
{
    ClientAccuracy c;
    if (!a.is_object())
        return c;
    const QString stamps = jsonString(a, "stamps");
    if (stamps == u"kernel"_s || stamps == u"user"_s || stamps == u"mixed"_s)
        c.stamps = stamps;
    const nlohmann::json& lag = member(a, "client_lag_s");
    c.clientLagP50S = jsonAmount(lag, "p50");
    c.clientLagP99S = jsonAmount(lag, "p99");
    c.clientLagMaxS = jsonAmount(lag, "max");
    c.loopLagP99S = jsonAmount(member(a, "loop_lag_s"), "p99");
    c.cpuBusy = jsonAmount(a, "cpu_busy");
    c.chunks = std::max<qint64>(0, jsonInteger(a, "chunks"));
    c.sharedChunks = std::clamp<qint64>(jsonInteger(a, "shared_chunks"), 0, c.chunks);
    const nlohmann::json& error = member(a, "error_s");
    c.errorP99S = jsonAmount(error, "p99");
    c.errorMaxS = jsonAmount(error, "max");
    const nlohmann::json& first = member(a, "ttft_error_s");
    c.ttftErrorP99S = jsonAmount(first, "p99");
    c.ttftErrorMaxS = jsonAmount(first, "max");
    return c;
}
} // namespace

int RunRecorder::addNode(const QString& name, double clockOffsetS)
{
    m_phase.nodes.append(name);
    m_phase.clockOffsetsS.append(clockOffsetS);
    return static_cast<int>(m_phase.nodes.size()) - 1;
}

int RunRecorder::addStream(int node, const QString& label)
{
    // every time of a stream is moved by its node's clock offset: a stream of an unknown node cannot be read
    if (node < 0 || node >= m_phase.nodes.size())
        throw std::out_of_range("RunRecorder::addStream: no such node");
    Stream s;
    s.node = node;
    s.label = label;
    m_streams.push_back(std::move(s));
    return static_cast<int>(m_streams.size()) - 1;
}

void RunRecorder::setT0(double unixS)
{
    m_t0 = unixS;
    m_phase.t0Unix = unixS;
}

void RunRecorder::feed(int stream, std::string_view bytes)
{
    Stream& s = m_streams.at(static_cast<std::size_t>(stream));
    while (!bytes.empty()) {
        const auto nl = bytes.find('\n');
        if (nl == std::string_view::npos) {
            s.partial.append(bytes);
            return;
        }
        if (s.partial.empty()) {
            feedLine(stream, bytes.substr(0, nl));
        } else {
            // parsed where it was assembled, then cleared: the buffer keeps its capacity for the next
            // line cut by a read boundary instead of being moved out and reallocated each time
            s.partial.append(bytes.substr(0, nl));
            feedLine(stream, s.partial);
            m_streams[static_cast<std::size_t>(stream)].partial.clear();
        }
        bytes.remove_prefix(nl + 1);
    }
}

void RunRecorder::finishStream(int stream)
{
    Stream& s = m_streams.at(static_cast<std::size_t>(stream));
    if (s.partial.empty())
        return;
    StreamIssue issue;
    issue.kind = StreamIssue::Kind::Truncated;
    issue.stream = stream;
    issue.line = s.lines + 1;
    issue.message = Tr::tr("%1, line %2: the stream ended in the middle of a line (%3 bytes dropped)")
                        .arg(s.label)
                        .arg(issue.line)
                        .arg(s.partial.size());
    m_issues.append(issue);
    s.partial.clear();
}

void RunRecorder::feedLine(int stream, std::string_view line)
{
    Stream& s = m_streams.at(static_cast<std::size_t>(stream));
    ++s.lines;
    m_lastType = AgentEventType::Unknown;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
        return;
    if (!m_parser.parse(line, m_event)) {
        StreamIssue issue;
        issue.kind = StreamIssue::Kind::Malformed;
        issue.stream = stream;
        issue.line = s.lines;
        issue.message = Tr::tr("%1, line %2: %3").arg(s.label).arg(s.lines).arg(m_parser.error());
        m_issues.append(issue);
        return;
    }
    if (!acceptSeq(s, stream, m_event.seq))
        return;
    ++m_accepted;
    m_lastType = m_event.type;
    apply(s, stream);
}

bool RunRecorder::acceptSeq(Stream& s, int stream, qint64 seq)
{
    if (seq > s.lastSeq) {
        if (seq > s.lastSeq + 1) {
            StreamIssue issue;
            issue.kind = StreamIssue::Kind::Gap;
            issue.stream = stream;
            issue.line = s.lines;
            issue.seqFrom = s.lastSeq + 1;
            issue.seqTo = seq - 1;
            issue.message = Tr::tr("%1: events %2 to %3 are missing (line %4 jumps to %5)")
                                .arg(s.label)
                                .arg(issue.seqFrom)
                                .arg(issue.seqTo)
                                .arg(s.lines)
                                .arg(seq);
            m_issues.append(issue);
            s.missing.emplace_back(issue.seqFrom, issue.seqTo);
        }
        s.lastSeq = seq;
        return true;
    }
    // an older seq: welcome when it fills a hole (a replay after a drop), a duplicate otherwise
    for (auto it = s.missing.begin(); it != s.missing.end(); ++it) {
        if (seq < it->first || seq > it->second)
            continue;
        const auto [from, to] = *it;
        it = s.missing.erase(it);
        if (seq < to)
            it = s.missing.insert(it, { seq + 1, to });
        if (seq > from)
            s.missing.insert(it, { from, seq - 1 });
        return true;
    }
    StreamIssue issue;
    issue.kind = StreamIssue::Kind::Duplicate;
    issue.stream = stream;
    issue.line = s.lines;
    issue.seqFrom = issue.seqTo = seq;
    issue.message = Tr::tr("%1, line %2: event %3 was already received; the repeat is ignored")
                        .arg(s.label)
                        .arg(s.lines)
                        .arg(seq);
    m_issues.append(issue);
    return false;
}

QList<std::pair<qint64, qint64>> RunRecorder::missing(int stream) const
{
    const auto& m = m_streams.at(static_cast<std::size_t>(stream)).missing;
    return QList<std::pair<qint64, qint64>>(m.begin(), m.end());
}

qint64 RunRecorder::resumeFrom(int stream) const
{
    const Stream& s = m_streams.at(static_cast<std::size_t>(stream));
    qint64 from = s.lastSeq;
    for (const auto& [first, last] : s.missing)
        from = std::min(from, first - 1);
    return from;
}

double RunRecorder::toPhaseTime(const Stream& s, double nodeUnix) const
{
    return nodeUnix - m_phase.clockOffsetsS.at(s.node) - *m_t0;
}

void RunRecorder::apply(Stream& s, int stream)
{
    switch (m_event.type) {
    case AgentEventType::Request:
        applyRequest(s);
        break;
    case AgentEventType::Telemetry:
        applyTelemetry(s);
        break;
    case AgentEventType::EngineMetrics:
        applyEngineMetrics(s);
        break;
    case AgentEventType::Heartbeat:
        s.heartbeat = m_event.heartbeat;
        break;
    case AgentEventType::Start:
        // chunk times are recorded when the run streams; decided before the first request is stored
        if (!m_chunksDecided && m_phase.requests.size() == 0) {
            const nlohmann::json& spec = member(m_event.fields, "spec");
            if (spec.is_object() && jsonBool(spec, "stream", true))
                m_phase.requests.recordChunks();
            m_chunksDecided = spec.is_object();
        }
        break;
    case AgentEventType::PhaseStart:
        applyPhaseStart(s);
        break;
    case AgentEventType::PhaseEnd: {
        const auto& f = m_event.fields;
        PhaseEndReport r;
        r.sent = jsonInteger(f, "sent");
        r.done = jsonInteger(f, "done");
        r.failed = jsonInteger(f, "failed");
        r.stopped = jsonBool(f, "stopped", false);
        r.targetRate = jsonNumber(f, "target_rate");
        r.achievedRate = jsonNumber(f, "achieved_rate");
        const nlohmann::json& late = member(f, "lateness_s");
        r.latenessP50 = jsonNumber(late, "p50");
        r.latenessP90 = jsonNumber(late, "p90");
        r.latenessP99 = jsonNumber(late, "p99");
        r.latenessMax = jsonNumber(late, "max");
        if (const double m = jsonNumber(f, "measure_start"); std::isfinite(m) && m_t0)
            r.measureStart = toPhaseTime(s, m);
        r.rampS = jsonNumber(f, "ramp_s");
        if (f.contains("measure_start")) { // an agent that drains its warm-up says so, even when stopped during it
            while (m_phase.measureStartS.size() < m_phase.nodes.size())
                m_phase.measureStartS.append(NAN);
            while (m_phase.rampS.size() < m_phase.nodes.size())
                m_phase.rampS.append(NAN);
            m_phase.measureStartS[s.node] = r.measureStart;
            m_phase.rampS[s.node] = std::isfinite(r.rampS) ? r.rampS : NAN;
        }
        if (const ClientAccuracy a = accuracyFrom(member(f, "accuracy")); a.known()) {
            while (m_phase.accuracy.size() < m_phase.nodes.size())
                m_phase.accuracy.append(ClientAccuracy{});
            m_phase.accuracy[s.node] = a;
        }
        s.phaseEnd = r;
        break;
    }
    case AgentEventType::Log:
    case AgentEventType::Error: {
        AgentMessage m;
        m.stream = stream;
        m.level = m_event.type == AgentEventType::Error ? u"error"_s : jsonString(m_event.fields, "level");
        m.text = jsonString(m_event.fields, "message");
        m.unixTime = m_event.t - m_phase.clockOffsetsS.at(s.node);
        m_messages.append(m);
        break;
    }
    case AgentEventType::ResultFile: {
        Attachment a;
        a.node = m_phase.nodes.at(s.node);
        a.name = QFileInfo(jsonString(m_event.fields, "path")).fileName();
        const auto data = QByteArray::fromBase64Encoding(jsonString(m_event.fields, "base64").toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (!data) {
            StreamIssue issue;
            issue.stream = stream;
            issue.line = s.lines;
            issue.message = Tr::tr("%1, line %2: the result file %3 is not valid base64").arg(s.label).arg(s.lines).arg(a.name);
            m_issues.append(issue);
        } else {
            a.data = *data;
            m_phase.attachments.append(a);
        }
        break;
    }
    case AgentEventType::End:
        s.ended = true;
        break;
    default:
        break;
    }
}

void RunRecorder::applyPhaseStart(const Stream& s)
{
    const auto& f = m_event.fields;
    applyPrompts(s, member(f, "prompts"));
    if (!m_t0) {
        const double barrier = jsonNumber(f, "start");
        setT0((std::isnan(barrier) ? m_event.t : barrier) - m_phase.clockOffsetsS.at(s.node));
    }
    if (m_phase.name.isEmpty()) {
        m_phase.name = jsonString(f, "phase");
        m_phase.repetition = static_cast<int>(jsonInteger(f, "rep"));
        // an agent's line is outside input: a field of the wrong type is treated as absent, never thrown
        static const nlohmann::json none = nlohmann::json::object();
        const auto loadAt = f.find("load");
        const nlohmann::json& load = loadAt != f.end() && loadAt->is_object() ? *loadAt : none;
        const std::string mode = jsonString(load, "mode").toStdString();
        if (mode == "concurrency")
            m_phase.load.mode = LoadSpec::Mode::Concurrency;
        else if (mode == "constant-rate")
            m_phase.load.mode = LoadSpec::Mode::ConstantRate;
        else if (mode == "poisson")
            m_phase.load.mode = LoadSpec::Mode::Poisson;
        else if (mode == "gamma")
            m_phase.load.mode = LoadSpec::Mode::Gamma;
        else if (mode == "trace")
            m_phase.load.mode = LoadSpec::Mode::Trace;
        const double value = jsonNumber(load, "value");
        const double burstiness = jsonNumber(load, "burstiness");
        m_phase.load.value = std::isfinite(value) ? value : 1.0;
        m_phase.load.burstiness = std::isfinite(burstiness) ? burstiness : 1.0;
    }
}

// Every node sizes its own prompts; the phase is only as exact as its least exact node.
void RunRecorder::applyPrompts(const Stream& s, const nlohmann::json& prompts)
{
    if (!prompts.is_object())
        return;
    const QString method = jsonString(prompts, "method");
    if (method != u"exact" && method != u"estimated")
        return;
    PromptMethod& m = m_phase.prompts;
    const QString note = jsonString(prompts, "note");
    if (!m.known()) {
        m.method = method;
        m.tokenizer = jsonString(prompts, "tokenizer");
        m.note = note;
    } else if (method == u"estimated" && m.method == u"exact") {
        m.method = method;
        m.tokenizer.clear();
        m.note = m_phase.nodes.value(s.node) + u": "_s + note;
    }
}

void RunRecorder::applyRequest(const Stream& s)
{
    const AgentRequest& r = m_event.request;
    if (!m_t0)
        setT0(r.send - m_phase.clockOffsetsS.at(s.node));
    RequestColumns::Row row;
    row.node = static_cast<std::uint16_t>(s.node);
    row.requestId = r.id;
    row.warmup = r.warmup;
    row.intendedSend = toPhaseTime(s, r.intended);
    row.send = toPhaseTime(s, r.send);
    row.firstToken = toPhaseTime(s, r.first);
    row.end = toPhaseTime(s, r.end);
    row.inputTokens = r.inputTokens;
    row.outputTokens = r.outputTokens;
    row.tokensFromUsage = r.usage;
    row.firstAnswer = toPhaseTime(s, r.answer);
    row.reasoningTokens = r.reasoningTokens;
    row.reasoningFromUsage = r.reasoningUsage;
    row.requestedInput = r.requestedInput;
    row.requestedOutput = r.requestedOutput;
    row.session = r.session;
    row.turn = r.turn;
    row.status = r.status == "ok" ? RequestColumns::kOk : m_phase.statusFor(qs(r.status));
    m_chunkScratch.clear();
    if (m_phase.requests.hasChunks()) {
        for (std::int64_t us : r.chunksUs)
            m_chunkScratch.push_back(row.send + static_cast<double>(us) * 1e-6);
    }
    m_phase.requests.append(row, m_chunkScratch);
    // quality is judged on what the summary counts: measured, successful answers
    if (!r.reference.empty() && !r.warmup && row.status == RequestColumns::kOk)
        m_phase.outputs.append(row.node, r.id, qs(r.text), qs(r.reference));
}

void RunRecorder::applyTelemetry(const Stream& s)
{
    if (!m_t0)
        return; // samples before the phase started are not part of it
    const double time = toPhaseTime(s, m_event.telemetryTime);
    for (const AgentGpuSample& g : m_event.gpus) {
        TelemetryColumns::Sample sample;
        sample.time = time;
        sample.node = static_cast<std::uint16_t>(s.node);
        sample.gpu = static_cast<std::uint16_t>(g.gpu);
        sample.utilization = g.util;
        sample.memoryUsedMiB = g.memMiB;
        sample.powerW = g.powerW;
        sample.temperatureC = g.tempC;
        sample.smClockMHz = g.smMHz;
        m_phase.telemetry.append(sample);
    }
}

void RunRecorder::applyEngineMetrics(const Stream& s)
{
    if (!m_t0)
        return; // scrapes before the phase started are not part of it
    const double time = jsonNumber(m_event.fields, "time");
    while (m_phase.engine.size() < m_phase.nodes.size())
        m_phase.engine.append(EngineState{});
    appendEngineScrape(m_phase.engine[s.node], m_event.fields, std::isfinite(time) ? toPhaseTime(s, time) : NAN);
}

} // namespace inferdeck
