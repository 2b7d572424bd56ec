#include "run/runjournal.h"

#include <QCoreApplication>

#include <cstdint>
#include <limits>
#include <map>
#include <stdexcept>

#include "io/inputfile.h"
#include "io/jsonfields.h"
#include "io/modeljson.h"
#include "io/runfiles.h"
#include "io/strictjson.h"
#include "protocol/runrecorder.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RunJournal)
};
constexpr std::string_view kEventPrefix = "{\"p\":"; // not a raw string: lupdate misreads those

// An index or count in a journal record: a whole number in int's range, else the record is damaged (a
// float like -9.2e19 converted to int is undefined behaviour, found by fuzz_runjournal).
int wholeNumber(const json& v)
{
    if (!v.is_number_integer())
        throw std::out_of_range("not a whole number");
    const std::int64_t n = v.get<std::int64_t>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        throw std::out_of_range("out of range");
    return static_cast<int>(n);
}

QString describe(const jsonio::JsonSyntaxError& e)
{
    if (!e.path.isEmpty())
        return QCoreApplication::translate("RunJournal", "%1: %2").arg(e.path, e.message); // explicit: lupdate misfiles these two
    return e.byte ? QCoreApplication::translate("RunJournal", "byte %1: %2").arg(*e.byte).arg(e.message) : e.message;
}
} // namespace

Status RunJournal::open(const QString& path, const json& header)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{ Tr::tr("cannot write the run journal: %1").arg(m_file.errorString()), path };
    json h = header;
    h["journal"] = "inferdeck-run";
    h["v"] = 1;
    write(QByteArray::fromStdString(h.dump()));
    flush();
    return Ok {};
}

void RunJournal::write(const QByteArray& line)
{
    if (!m_file.isOpen())
        return; // a run refused before it began (bad key, no phases) has no journal
    m_file.write(line);
    m_file.write("\n", 1);
}

void RunJournal::inventory(const QList<NodeInventory>& nodes, bool simulated)
{
    json list = json::array();
    for (const NodeInventory& n : nodes)
        list.push_back(jsonio::toJson(n));
    write(QByteArray::fromStdString(json { { "inventory", list }, { "simulated", simulated } }.dump()));
    flush();
}

void RunJournal::beginPhase(int index, const Phase& phase, const QList<std::pair<int, QString>>& streams)
{
    json nodes = json::array(), offsets = json::array(), s = json::array();
    for (const QString& n : phase.nodes)
        nodes.push_back(n.toStdString());
    for (double o : phase.clockOffsetsS)
        offsets.push_back(o);
    for (const auto& [node, label] : streams)
        s.push_back(json::array({ node, label.toStdString() }));
    const json line = { { "phase", index },     { "name", phase.name.toStdString() },
                        { "rep", phase.repetition }, { "role", phaseRoleName(phase.role).toStdString() },
                        { "nodes", nodes },     { "offsets", offsets },
                        { "t0", phase.t0Unix }, { "load", jsonio::toJson(phase.load) },
                        { "streams", s } };
    write(QByteArray::fromStdString(line.dump()));
    flush();
}

void RunJournal::event(int phase, int stream, std::string_view line)
{
    // the event goes in verbatim: recovery parses the agent's own bytes, not a re-encoding of them
    QByteArray out;
    out.reserve(static_cast<qsizetype>(line.size()) + 24);
    out += QByteArray::fromRawData(kEventPrefix.data(), static_cast<qsizetype>(kEventPrefix.size()));
    out += QByteArray::number(phase) + ",\"s\":" + QByteArray::number(stream) + ",\"e\":";
    out += QByteArray::fromRawData(line.data(), static_cast<qsizetype>(line.size()));
    out += '}';
    write(out);
}

void RunJournal::phaseT0(int index, double t0Unix)
{
    write(QByteArray::fromStdString(json { { "phase_t0", index }, { "t0", t0Unix } }.dump()));
    flush();
}

void RunJournal::addStream(int phase, int node, const QString& label)
{
    write(QByteArray::fromStdString(json { { "phase_stream", phase }, { "node", node }, { "label", label.toStdString() } }.dump()));
    flush();
}

void RunJournal::endPhase(int index)
{
    write(QByteArray::fromStdString(json { { "phase_done", index } }.dump()));
    flush();
}

void RunJournal::end(RunStatus status, const QString& detail)
{
    write(QByteArray::fromStdString(json { { "end", runStatusName(status).toStdString() }, { "detail", detail.toStdString() } }.dump()));
    flush();
}

void RunJournal::flush()
{
    if (m_file.isOpen()) // a run refused before it began never opened its journal
        m_file.flush();
}

Result<BenchmarkResult> RunJournal::recover(const QString& path, QStringList* warnings)
{
    auto opened = openRegularFile(path, readlimit::kJournal, Tr::tr("a run journal"));
    if (!opened)
        return opened.error();
    QFile& f = *opened.value();
    BenchmarkResult result;
    result.status = RunStatus::Failed;
    result.statusDetail = Tr::tr("recovered from the journal of a run that did not finish");
    std::map<int, std::unique_ptr<RunRecorder>> recorders;
    std::map<int, Phase> heads;
    int lineNo = 0;
    bool header = false;
    bool sawRecord = false;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        ++lineNo;
        if (!line.endsWith('\n')) {
            if (warnings)
                warnings->append(Tr::tr("%1:%2: the last line was cut off and is skipped").arg(path).arg(lineNo));
            break;
        }
        line.chop(1);
        const std::string_view v(line.constData(), static_cast<std::size_t>(line.size()));
        if (v.substr(0, kEventPrefix.size()) == kEventPrefix) {
            // {"p":K,"s":J,"e":RAW}
            const auto sAt = v.find(",\"s\":");
            const auto eAt = v.find(",\"e\":");
            if (sAt == std::string_view::npos || eAt == std::string_view::npos || v.back() != '}') {
                if (warnings)
                    warnings->append(Tr::tr("%1:%2: not a journal event line").arg(path).arg(lineNo));
                continue;
            }
            const int p = QByteArray(v.data() + kEventPrefix.size(), static_cast<qsizetype>(sAt - kEventPrefix.size())).toInt();
            const int s = QByteArray(v.data() + sAt + 5, static_cast<qsizetype>(eAt - sAt - 5)).toInt();
            auto it = recorders.find(p);
            if (it == recorders.end())
                continue;
            if (s < 0 || s >= it->second->streamCount()) {
                if (warnings)
                    warnings->append(Tr::tr("%1:%2: an event of a stream the phase does not list is skipped").arg(path).arg(lineNo));
                continue;
            }
            // the event parser is not this file's to harden: what reaches it has passed the same limits
            // (depth, repeated keys) as every other JSON InferDeck reads
            const std::string_view raw = v.substr(eAt + 5, v.size() - eAt - 6);
            jsonio::JsonSyntaxError e;
            if (!jsonio::parseStrictJson(raw.data(), raw.data() + raw.size(), e)) {
                if (warnings)
                    warnings->append(Tr::tr("%1:%2: a damaged event is skipped: %3").arg(path).arg(lineNo).arg(describe(e)));
                continue;
            }
            it->second->feedLine(s, raw);
            continue;
        }
        jsonio::JsonSyntaxError e;
        std::optional<json> parsed = jsonio::parseStrictJson(v.data(), v.data() + v.size(), e);
        if (!parsed) {
            // without its header a journal says nothing about what ran: that one line must be sound
            if (!header && !sawRecord)
                return Error { Tr::tr("line %1, the journal's header: %2").arg(lineNo).arg(describe(e)), path };
            if (warnings)
                warnings->append(Tr::tr("%1:%2: not JSON: %3").arg(path).arg(lineNo).arg(describe(e)));
            continue;
        }
        sawRecord = true;
        json& j = *parsed;
        try {
            if (j.contains("journal")) {
                header = true;
                // a recovered result with an empty plan would read as a different run: refuse instead
                const auto plan = parsePlan(QByteArray::fromStdString(j.value("plan", json::object()).dump()), path);
                if (!plan)
                    return Error { Tr::tr("line %1, the journal's header: the plan is not readable: %2").arg(lineNo).arg(plan.error().message), path };
                result.plan = plan.value();
                result.provenance.appVersion = QString::fromStdString(j.value("app_version", ""));
                result.provenance.startedUnix = j.value("started", 0.0);
            } else if (j.contains("inventory")) {
                result.simulated = j.value("simulated", false);
                result.nodes.clear();
                for (std::size_t i = 0; i < j["inventory"].size(); ++i)
                    result.nodes.append(jsonio::nodeFromJson(j["inventory"][i], u"inventory"_s));
            } else if (j.contains("phase")) {
                const int index = wholeNumber(j["phase"]);
                auto rec = std::make_unique<RunRecorder>();
                // .at(): a list shorter than it claims is a damaged record, never a read past its end
                const auto& nodes = j.at("nodes");
                for (std::size_t i = 0; i < nodes.size(); ++i)
                    rec->addNode(QString::fromStdString(nodes.at(i).get<std::string>()), j.at("offsets").at(i).get<double>());
                for (const auto& s : j.at("streams"))
                    rec->addStream(wholeNumber(s.at(0)), QString::fromStdString(s.at(1).get<std::string>()));
                if (j["t0"].get<double>() > 0)
                    rec->setT0(j["t0"].get<double>());
                Phase head;
                head.name = QString::fromStdString(j["name"].get<std::string>());
                head.repetition = wholeNumber(j["rep"]);
                head.role = phaseRoleFromName(QString::fromStdString(j["role"].get<std::string>())).value_or(PhaseRole::Single);
                head.load = jsonio::loadFromJson(j["load"], u"load"_s);
                heads[index] = head;
                recorders[index] = std::move(rec);
            } else if (j.contains("phase_stream")) {
                if (auto it = recorders.find(wholeNumber(j["phase_stream"])); it != recorders.end())
                    it->second->addStream(wholeNumber(j["node"]), QString::fromStdString(j["label"].get<std::string>()));
            } else if (j.contains("phase_t0")) {
                if (auto it = recorders.find(wholeNumber(j["phase_t0"])); it != recorders.end())
                    it->second->setT0(j["t0"].get<double>());
            } else if (j.contains("end")) {
                result.status = runStatusFromName(QString::fromStdString(j["end"].get<std::string>())).value_or(RunStatus::Failed);
                result.statusDetail = QString::fromStdString(j.value("detail", ""));
            }
        } catch (const std::exception&) {
            if (warnings)
                warnings->append(Tr::tr("%1:%2: a journal record is damaged and skipped").arg(path).arg(lineNo));
        } catch (const jsonio::FieldError&) {
            if (warnings)
                warnings->append(Tr::tr("%1:%2: a journal record is damaged and skipped").arg(path).arg(lineNo));
        }
    }
    if (!header)
        return Error{ Tr::tr("not an InferDeck run journal (no header line)"), path };
    for (auto& [index, rec] : recorders) {
        Phase p = rec->takePhase();
        const Phase& head = heads[index];
        p.name = head.name;
        p.repetition = head.repetition;
        p.role = head.role;
        p.load = head.load;
        if (warnings) {
            for (const StreamIssue& issue : rec->issues())
                warnings->append(issue.message);
        }
        result.phases.append(std::move(p));
    }
    return result;
}

} // namespace inferdeck
