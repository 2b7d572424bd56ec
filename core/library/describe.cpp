#include "library/describe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include "grading/grader.h"
#include "importers/resultreader.h"
#include "io/rubricfile.h"
#include "io/runfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};

// The value most nodes report, so one odd node (a probe that failed) does not rename the hardware.
QString mostCommon(const QStringList& values)
{
    QMap<QString, int> counts;
    for (const QString& v : values)
        if (!v.isEmpty())
            ++counts[v];
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return best;
}

std::optional<double> mean(const QList<std::optional<double>>& values)
{
    double sum = 0.0;
    int n = 0;
    for (const auto& v : values)
        if (v) {
            sum += *v;
            ++n;
        }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}
} // namespace

RunFingerprint fingerprintOf(const BenchmarkResult& result)
{
    RunFingerprint f;
    f.model = result.plan.model;
    QStringList gpus, drivers, engines, versions;
    for (const NodeInventory& n : result.nodes) {
        for (const GpuInfo& g : n.gpus)
            gpus << g.name;
        f.gpuCount += static_cast<int>(n.gpus.size());
        drivers << n.driver;
        // the engine that answered on the endpoint is the one measured; a binary found beside it may be idle
        const EngineInfo* chosen = nullptr;
        for (const EngineInfo& e : n.engines)
            if (!chosen || (e.source == u"endpoint" && chosen->source != u"endpoint"))
                chosen = &e;
        if (chosen) {
            engines << chosen->name;
            versions << chosen->version;
        }
    }
    f.gpuModel = mostCommon(gpus);
    f.driver = mostCommon(drivers);
    f.engine = mostCommon(engines);
    f.engineVersion = mostCommon(versions);
    f.nodes = static_cast<int>(result.nodes.size());
    for (const Phase& p : result.phases)
        f.nodes = std::max(f.nodes, static_cast<int>(p.nodes.size()));
    f.planName = result.plan.name;
    RunPlan unnamed = result.plan; // a renamed plan still runs the same workload
    unnamed.name.clear();
    f.planHash = QString::fromLatin1(QCryptographicHash::hash(planFileText(unnamed), QCryptographicHash::Sha256).toHex().left(16));
    f.dataset = result.plan.workload.dataset == u"file" && !result.plan.workload.datasetPath.isEmpty()
        ? QFileInfo(result.plan.workload.datasetPath).fileName()
        : result.plan.workload.dataset;
    f.tool = result.provenance.tool;
    f.toolVersion = result.provenance.toolVersion.isEmpty() && f.tool == u"inferdeck" ? result.provenance.appVersion : result.provenance.toolVersion;
    f.startedUnix = result.provenance.startedUnix > 0 ? result.provenance.startedUnix : result.provenance.createdUnix;
    if (f.startedUnix <= 0 && !result.phases.isEmpty())
        f.startedUnix = result.phases.first().t0Unix;
    f.simulated = result.simulated;
    return f;
}

QList<PhaseHeadline> headlinesOf(const ResultSummary& summary)
{
    QList<PhaseHeadline> out;
    for (const PhaseSummary& p : summary.phases) {
        PhaseHeadline h;
        h.phase = p.phase;
        h.repetition = p.repetition;
        h.nodes = static_cast<int>(p.nodes.size());
        h.requestThroughput = p.requestThroughput;
        h.outputTokenThroughput = p.outputTokenThroughput;
        h.totalTokenThroughput = p.totalTokenThroughput;
        h.ttftP50 = p.ttft.p50;
        h.ttftP99 = p.ttft.p99;
        h.tpotP50 = p.tpot.p50;
        h.tpotP99 = p.tpot.p99;
        h.e2eP50 = p.e2e.p50;
        h.e2eP99 = p.e2e.p99;
        h.successRate = p.successRate;
        h.goodput = p.goodput;
        // an import without records states its own percentiles: the library lists what the file says
        if (p.reported) {
            const ReportedSummary& r = *p.reported;
            h.ttftP50 = h.ttftP50 ? h.ttftP50 : r.ttft.p50;
            h.ttftP99 = h.ttftP99 ? h.ttftP99 : r.ttft.p99;
            h.tpotP50 = h.tpotP50 ? h.tpotP50 : r.tpot.p50;
            h.tpotP99 = h.tpotP99 ? h.tpotP99 : r.tpot.p99;
            h.e2eP50 = h.e2eP50 ? h.e2eP50 : r.e2e.p50;
            h.e2eP99 = h.e2eP99 ? h.e2eP99 : r.e2e.p99;
        }
        out << h;
    }
    return out;
}

PhaseHeadline averagedHeadline(const QList<PhaseHeadline>& phases, const QString& name)
{
    PhaseHeadline out;
    out.phase = name;
    QList<std::optional<double>> v[11];
    for (const PhaseHeadline& h : phases) {
        if (h.phase != name)
            continue;
        out.nodes = std::max(out.nodes, h.nodes);
        const std::optional<double> values[] = { h.requestThroughput, h.outputTokenThroughput, h.totalTokenThroughput, h.ttftP50,
                                                 h.ttftP99, h.tpotP50, h.tpotP99, h.e2eP50, h.e2eP99, h.successRate, h.goodput };
        for (int k = 0; k < 11; ++k)
            v[k] << values[k];
    }
    std::optional<double>* fields[] = { &out.requestThroughput, &out.outputTokenThroughput, &out.totalTokenThroughput, &out.ttftP50,
                                        &out.ttftP99, &out.tpotP50, &out.tpotP99, &out.e2eP50, &out.e2eP99, &out.successRate, &out.goodput };
    for (int k = 0; k < 11; ++k)
        *fields[k] = mean(v[k]);
    return out;
}

Result<std::pair<QString, qint64>> hashFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ Tr::tr("cannot read the file (%1)").arg(f.errorString()), path };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{ Tr::tr("cannot read the file (%1)").arg(f.errorString()), path };
    return std::pair{ QString::fromLatin1(hash.result().toHex()), f.size() };
}

Result<LibraryEntry> describeResultFile(const QString& path)
{
    const QFileInfo info(path);
    LibraryEntry e;
    e.path = info.absoluteFilePath();
    e.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    const auto hashed = hashFile(e.path);
    if (!hashed)
        return hashed.error();
    e.hash = hashed.value().first;
    e.size = hashed.value().second;
    Result<BenchmarkResult> read = readResultWithCompanions(e.path);
    if (!read)
        return read.error();
    const BenchmarkResult& result = read.value();
    e.fingerprint = fingerprintOf(result);
    if (e.fingerprint.startedUnix <= 0)
        e.fingerprint.startedUnix = double(e.mtimeMs) / 1e3; // a file that states no date ran before it was written
    e.runStatus = runStatusName(result.status);
    const ResultSummary summary = summarizeResult(result);
    static const Rubric rubric = defaultRubric(); // the built-in one: an index must not change with a user's setting
    const GradeCard card = gradeResult(result, summary, rubric);
    e.grade = card.overallText();
    e.gradedPhase = card.gradedPhase;
    e.phases = headlinesOf(summary);
    if (e.gradedPhase.isEmpty() && !e.phases.isEmpty())
        e.gradedPhase = e.phases.last().phase;
    e.headline = averagedHeadline(e.phases, e.gradedPhase);
    e.indexedUnix = double(QDateTime::currentMSecsSinceEpoch()) / 1e3;
    return e;
}

} // namespace inferdeck
