// `inferdeck-cli library add|list|trend|rebuild`: the results library from scripts and CI. The database is
// the one the GUI uses (LibraryIndex::defaultPath(), or --library / $INFERDECK_LIBRARY), so a CI job keeps a
// history and `compare --against-last` gates against the last comparable run.
#include <QDateTime>
#include <QTimeZone>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "format/units.h"
#include "io/jsonfields.h"
#include "library/libraryindex.h"
#include "library/trend.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
const char* const kLibraryUsage = "Usage: inferdeck-cli library add PATH... [--library DB]\n"
                           "       inferdeck-cli library list [--where EXPR]... [--limit N] [--json] [--library DB]\n"
                           "       inferdeck-cli library trend METRIC [--where EXPR]... [--phase NAME] [--any-fingerprint] [--json] [--library DB]\n"
                           "       inferdeck-cli library rebuild [--library DB]\n"
                           "EXPR: free text, or FIELD=VALUE with FIELD one of model, engine, gpu, tool, grade, plan, dataset,\n"
                           "driver, path, fingerprint, status, phase, since, until (dates YYYY-MM-DD, UTC).\n"
                           "METRIC: output_token_throughput, request_throughput, total_token_throughput, ttft_p50, ttft_p99,\n"
                           "tpot_p50, tpot_p99, e2e_p50, e2e_p99, success_rate, goodput.\n";

int usage(QTextStream& err)
{
    err << kLibraryUsage;
    return kUsage;
}

Result<std::unique_ptr<LibraryIndex>> openLibrary(const QString& path, QTextStream& err)
{
    auto index = LibraryIndex::open(path.isEmpty() ? LibraryIndex::defaultPath() : path);
    if (index && !index.value()->note().isEmpty())
        err << "inferdeck-cli: library: " << index.value()->note() << '\n';
    return index;
}

// A run without a known start (0) has no date: never "1970-01-01".
QString stamp(double unix)
{
    if (!(unix > 0))
        return Units::notMeasured();
    return QDateTime::fromMSecsSinceEpoch(qint64(unix * 1e3), QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
}

// Rows as columns two spaces apart, each as wide as its widest cell (`right`: right-aligned columns); the
// last column is not padded.
QString textTable(const QList<QStringList>& rows, const QList<int>& right)
{
    QList<qsizetype> width;
    for (const QStringList& r : rows)
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (width.size() <= c)
                width << 0;
            width[c] = std::max(width[c], r[c].size());
        }
    QString out;
    for (const QStringList& r : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < r.size(); ++c)
            cells << (c + 1 == r.size() ? r[c] : right.contains(int(c)) ? r[c].rightJustified(width[c]) : r[c].leftJustified(width[c]));
        out += cells.join(u"  "_s) + u'\n';
    }
    return out;
}

// What changed, in one line; nothing when nothing did.
void sayUpdate(const LibraryUpdate& u, QTextStream& err, bool always)
{
    if (!always && !u.added && !u.updated && !u.moved && !u.missing && u.errors.isEmpty())
        return;
    err << u"library: %1 added, %2 updated, %3 moved, %4 unchanged, %5 missing, %6 unreadable\n"_s.arg(u.added)
               .arg(u.updated)
               .arg(u.moved)
               .arg(u.unchanged)
               .arg(u.missing)
               .arg(u.errors.size());
    for (const Error& e : u.errors)
        err << "  " << printable(e.toString()) << '\n';
}

nlohmann::json orNull(const std::optional<double>& v, double scale = 1.0)
{
    return v ? nlohmann::json(*v * scale) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const LibraryEntry& e)
{
    const RunFingerprint& f = e.fingerprint;
    const PhaseHeadline& h = e.headline;
    return { { "id", e.id }, { "path", e.path.toStdString() }, { "status", entryStatusName(e.status).toStdString() },
             { "error", e.error.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(e.error.toStdString()) },
             { "hash", e.hash.toStdString() }, { "size", e.size },
             { "fingerprint",
               { { "key", f.key().toStdString() }, { "model", f.model.toStdString() }, { "engine", f.engine.toStdString() },
                 { "engine_version", f.engineVersion.toStdString() }, { "gpu_model", f.gpuModel.toStdString() }, { "gpu_count", f.gpuCount },
                 { "driver", f.driver.toStdString() }, { "nodes", f.nodes }, { "plan_name", f.planName.toStdString() },
                 { "plan_hash", f.planHash.toStdString() }, { "dataset", f.dataset.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(f.dataset.toStdString()) }, { "tool", f.tool.toStdString() },
                 { "tool_version", f.toolVersion.toStdString() }, { "started_unix", f.startedUnix }, { "simulated", f.simulated } } },
             { "run_status", e.runStatus.toStdString() }, { "grade", e.grade.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(e.grade.toStdString()) },
             { "graded_phase", e.gradedPhase.toStdString() },
             { "headline",
               { { "request_throughput", orNull(h.requestThroughput) }, { "output_token_throughput", orNull(h.outputTokenThroughput) },
                 { "total_token_throughput", orNull(h.totalTokenThroughput) }, { "ttft_p50_s", orNull(h.ttftP50) }, { "ttft_p99_s", orNull(h.ttftP99) },
                 { "tpot_p50_s", orNull(h.tpotP50) }, { "tpot_p99_s", orNull(h.tpotP99) }, { "e2e_p50_s", orNull(h.e2eP50) },
                 { "e2e_p99_s", orNull(h.e2eP99) }, { "success_rate", orNull(h.successRate) }, { "goodput", orNull(h.goodput) } } } };
}

struct Common {
    QString library;
    LibraryQuery query;
    bool json = false;
    QStringList positional;
    QString phase;
    bool anyFingerprint = false;
};

// Options every subcommand shares; an Error is a usage error.
Result<Common> parse(const QStringList& args)
{
    Common c;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--library" && hasValue)
            c.library = args[++i];
        else if (a == u"--where" && hasValue) {
            if (Status s = c.query.add(args[++i]); !s)
                return Error{ u"--where: "_s + s.error().message, QString() };
        } else if (a == u"--limit" && hasValue) {
            bool ok = false;
            c.query.limit = args[++i].toInt(&ok);
            if (!ok || c.query.limit < 1)
                return Error{ u"--limit: expected a whole number >= 1, found \"%1\""_s.arg(args[i]), QString() };
        } else if (a == u"--phase" && hasValue)
            c.phase = args[++i];
        else if (a == u"--json")
            c.json = true;
        else if (a == u"--any-fingerprint")
            c.anyFingerprint = true;
        else if (a.startsWith(u'-'))
            return Error{ u"unknown option \"%1\""_s.arg(a), QString() };
        else
            c.positional << a;
    }
    return c;
}

int list(const Common& c, LibraryIndex& index, QTextStream& out, QTextStream& err)
{
    sayUpdate(index.refresh(), err, false); // the files are the truth: look at them before answering
    const auto found = index.list(c.query);
    if (!found) {
        err << "inferdeck-cli: " << found.error().toString() << '\n';
        return kRunFailed;
    }
    if (c.json) {
        nlohmann::json runs = nlohmann::json::array();
        for (const LibraryEntry& e : found.value())
            runs.push_back(toJson(e));
        out << QString::fromStdString(nlohmann::json{ { "library", index.path().toStdString() }, { "count", runs.size() }, { "runs", runs } }.dump(2)) << '\n';
        return kOk;
    }
    // every column as wide as its widest cell: a long model or GPU name is shown whole, never cut
    QList<QStringList> rows{ { u"started (UTC)"_s, u"grade"_s, u"model"_s, u"engine"_s, u"GPUs"_s, u"tool"_s, u"out tok/s"_s,
                               u"TTFT p99 ms"_s, u"status"_s, u"path"_s } };
    for (const LibraryEntry& e : found.value()) {
        const RunFingerprint& f = e.fingerprint;
        const QString gpus = f.gpuCount ? u"%1 × %2"_s.arg(f.gpuCount).arg(f.gpuModel) : Units::notMeasured();
        const QString engine = QString(f.engine + u' ' + f.engineVersion).trimmed();
        // text from the files is escaped cell by cell, so the widths are those printed
        const auto cell = [](const QString& text) { return text.isEmpty() ? Units::notMeasured() : printable(text); };
        rows << QStringList{ stamp(f.startedUnix), cell(e.grade), cell(f.model), cell(engine), printable(gpus), printable(f.tool), Units::number(e.headline.outputTokenThroughput, 1),
                             Units::milliseconds(e.headline.ttftP99, 1), entryStatusName(e.status), printable(e.path) };
    }
    out << textTable(rows, { 6, 7 });
    out << u"%1 of %2 entries in %3\n"_s.arg(found.value().size()).arg(index.count()).arg(index.path());
    return kOk;
}

int trend(const Common& c, LibraryIndex& index, QTextStream& out, QTextStream& err)
{
    if (c.positional.size() != 1)
        return usage(err);
    const QString metricId = c.positional.first();
    const auto metric = libraryMetric(metricId);
    if (!metric) {
        err << u"inferdeck-cli: library trend: unknown metric \"%1\"\n"_s.arg(metricId) << kLibraryUsage;
        return kUsage;
    }
    sayUpdate(index.refresh(), err, false);
    auto found = index.list(c.query);
    if (!found) {
        err << "inferdeck-cli: " << found.error().toString() << '\n';
        return kRunFailed;
    }
    QList<LibraryEntry> runs;
    QString key;
    int other = 0;
    for (const LibraryEntry& e : found.value()) { // newest first: the latest run decides which fingerprint
        if (e.status == EntryStatus::Unreadable)
            continue;
        if (key.isEmpty())
            key = e.fingerprint.key();
        if (!c.anyFingerprint && e.fingerprint.key() != key) {
            ++other;
            continue;
        }
        auto full = index.entry(e.id);
        runs << (full ? full.value() : e);
    }
    if (runs.isEmpty()) {
        err << "inferdeck-cli: library trend: no run in the library matches\n";
        return kRunFailed;
    }
    const Trend t = computeTrend(runs, metricId, c.phase);
    QStringList notes = t.notes;
    if (other)
        notes << u"%1 matching run(s) with another fingerprint left out (the latest run's is %2; --any-fingerprint takes them)"_s.arg(other).arg(key);
    if (c.json) {
        nlohmann::json points = nlohmann::json::array();
        for (const TrendPoint& p : t.points)
            points.push_back({ { "path", p.path.toStdString() }, { "started_unix", p.startedUnix }, { "grade", p.grade.toStdString() },
                               { "value", orNull(p.value) }, { "ci_low", p.interval ? nlohmann::json(p.interval->low) : nlohmann::json(nullptr) },
                               { "ci_high", p.interval ? nlohmann::json(p.interval->high) : nlohmann::json(nullptr) },
                               { "interval_method", p.intervalMethod.toStdString() }, { "note", p.note.toStdString() },
                               { "change", orNull(p.change) },
                               { "change_ci_low", p.changeInterval ? nlohmann::json(p.changeInterval->low) : nlohmann::json(nullptr) },
                               { "change_ci_high", p.changeInterval ? nlohmann::json(p.changeInterval->high) : nlohmann::json(nullptr) },
                               { "significant", p.significant }, { "worse", p.worse }, { "test", p.test.toStdString() },
                               { "tested", p.tested() },
                               { "not_tested", p.tested() ? nlohmann::json(nullptr) : nlohmann::json(p.notTested.toStdString()) } });
        nlohmann::json n = nlohmann::json::array();
        for (const QString& s : notes)
            n.push_back(s.toStdString());
        out << QString::fromStdString(nlohmann::json{ { "metric", metricId.toStdString() }, { "unit", t.metric.unit.toStdString() },
                                                      { "higher_is_better", t.metric.higherIsBetter }, { "phase", t.phase.toStdString() },
                                                      { "fingerprint", c.anyFingerprint ? nlohmann::json(nullptr) : nlohmann::json(key.toStdString()) },
                                                      { "points", points }, { "notes", n } }
                                          .dump(2))
            << '\n';
        return kOk;
    }
    // the phase name comes from a file: escaped; the line end is ours
    out << printable(u"%1 (%2) in phase “%3”, %4 run(s)%5"_s.arg(metricId, t.metric.unit, t.phase).arg(t.points.size())
                         .arg(c.anyFingerprint ? QString() : u", fingerprint "_s + key))
        << '\n';
    for (const TrendPoint& p : t.points) {
        const QString ci = p.interval ? u"[%1 … %2]"_s.arg(Units::number(p.interval->low, 2), Units::number(p.interval->high, 2)) : u"(no interval)"_s;
        QString mark;
        if (p.significant)
            mark = p.worse ? u"WORSE (significant)"_s : u"better (significant)"_s;
        else if (!p.tested()) // no mark is not "no change": say why it could not be tested
            mark = u"(%1)"_s.arg(p.notTested);
        out << printable(u"  %1  %2 %3  %4  %5  %6"_s.arg(stamp(p.startedUnix), Units::number(p.value, 2).rightJustified(10), ci.leftJustified(24),
                                                          Units::signedPercent(p.change).rightJustified(8), mark, p.path))
                   .trimmed()
                   .prepend(u"  "_s)
            << '\n';
    }
    for (const QString& n : notes)
        out << printable(QString(u"  note: "_s + n)) << '\n';
    return kOk;
}
} // namespace

void addToLibrary(const QString& path)
{
    if (qEnvironmentVariable("INFERDECK_LIBRARY") == u"off")
        return;
    QTextStream err(stderr);
    auto index = LibraryIndex::open(LibraryIndex::defaultPath());
    if (!index) { // the result is written; a library that cannot take it must not fail the command
        err << "inferdeck-cli: warning: not added to the library: " << printable(index.error().toString()) << '\n';
        return;
    }
    const LibraryUpdate u = index.value()->add({ path });
    for (const Error& e : u.errors)
        err << "inferdeck-cli: warning: not added to the library: " << printable(e.toString()) << '\n';
}

int library(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == u"-h" || args.first() == u"--help") {
        (args.isEmpty() ? err : out) << kLibraryUsage;
        return args.isEmpty() ? kUsage : kOk;
    }
    const QString sub = args.first();
    auto parsed = parse(args.mid(1));
    if (!parsed) {
        err << "inferdeck-cli: library " << sub << ": " << parsed.error().message << '\n' << kLibraryUsage;
        return kUsage;
    }
    const Common& c = parsed.value();
    if (sub != u"add" && sub != u"list" && sub != u"trend" && sub != u"rebuild") {
        err << u"inferdeck-cli: library: unknown subcommand \"%1\"\n"_s.arg(sub) << kLibraryUsage;
        return kUsage;
    }
    if ((sub == u"add" && c.positional.isEmpty()) || ((sub == u"list" || sub == u"rebuild") && !c.positional.isEmpty()))
        return usage(err);
    auto opened = openLibrary(c.library, err);
    if (!opened) {
        err << "inferdeck-cli: " << printable(opened.error().toString()) << '\n';
        return kBadInput;
    }
    LibraryIndex& index = *opened.value();
    if (sub == u"list")
        return list(c, index, out, err);
    if (sub == u"trend")
        return trend(c, index, out, err);
    const LibraryUpdate u = sub == u"add" ? index.add(c.positional) : index.rebuild();
    sayUpdate(u, out, true);
    out << u"%1 entries in %2\n"_s.arg(index.count()).arg(index.path());
    // a file named on the command line that is no result is bad input; one met in a folder is only listed
    for (const Error& e : u.errors)
        for (const QString& p : c.positional)
            if (QFileInfo(p).absoluteFilePath() == e.where)
                return kBadInput;
    return kOk;
}

} // namespace inferdeck::cli
