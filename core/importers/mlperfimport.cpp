#include "importers/importers.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

#include "format/units.h"
#include "importers/importsupport.h"
#include "io/strictjson.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(MlperfImport)
};

constexpr double kNs = 1e-9;

// The summary's "key : value" lines by section ("" before the first banner).
struct SummaryLog {
    QHash<QString, QString> values;
    QList<std::pair<QString, QString>> parameters; // "Test Parameters Used", in file order
    QStringList messages;                          // warnings and free text
};

// LoadGen ends every summary with its error count (loadgen/logging.cc); a file without that last line was
// cut off, and a cut summary is missing the figures after the cut, so it is refused rather than imported
// with them "not measured".
bool endsLikeLoadgen(const QString& lastLine)
{
    static const QRegularExpression last(u"^(No errors encountered during test\\.|[0-9]+ ERRORS? encountered\\..*)$"_s);
    return last.match(lastLine).hasMatch();
}

SummaryLog parseSummary(const QByteArray& data)
{
    SummaryLog s;
    static const QRegularExpression kv(u"^\\s*(.+?)\\s*:\\s*(.*)$"_s);
    QString section;
    QStringList lines;
    for (const QByteArray& raw : data.split('\n')) {
        // QString::fromUtf8 would turn a bad byte into U+FFFD and the line's key or value would silently
        // stop matching: a summary is ASCII as LoadGen writes it, so a bad byte is damage
        if (!raw.isValidUtf8())
            fail(Tr::tr("line %1").arg(lines.size() + 1), Tr::tr("not valid UTF-8"));
        lines.append(QString::fromUtf8(raw).remove(u'\r'));
    }
    QString lastLine;
    for (const QString& l : std::as_const(lines))
        if (!l.trimmed().isEmpty())
            lastLine = l.trimmed();
    if (!endsLikeLoadgen(lastLine))
        fail({}, Tr::tr("the file does not end with LoadGen's error count (\"No errors encountered during test.\"): it is cut off "
                        "or not a complete summary"));
    bool parametersSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (line.startsWith(u"====="_s)) {
            if (i + 1 < lines.size() && !lines[i + 1].startsWith(u"====="_s) && i + 2 < lines.size()
                && lines[i + 2].startsWith(u"====="_s)) {
                section = lines[i + 1].trimmed();
                parametersSeen |= section == u"Test Parameters Used"_s;
                i += 2;
            }
            continue;
        }
        const auto m = kv.match(line);
        if (!m.hasMatch() || line.startsWith(u"WARNING"_s)) {
            if (!line.trimmed().isEmpty())
                s.messages.append(line.trimmed());
            continue;
        }
        if (section == u"Test Parameters Used"_s)
            s.parameters.append({ m.captured(1), m.captured(2).trimmed() });
        else if (!s.values.contains(m.captured(1)))
            s.values.insert(m.captured(1), m.captured(2).trimmed());
    }
    if (!s.values.contains(u"Scenario"_s))
        fail({}, Tr::tr("no \"Scenario :\" line (truncated?)"));
    if (!parametersSeen)
        fail({}, Tr::tr("no \"Test Parameters Used\" section (truncated?)"));
    return s;
}

// The detail log: one JSON object per line after ":::MLLOG "; keys keep their JSON values. LoadGen logs
// a few keys more than once (generic_message); one InferDeck reads must appear once.
struct DetailLog {
    QHash<QString, json> values;
    QHash<QString, std::pair<int, int>> repeated; // key → the first two lines it is on
};

DetailLog parseDetail(const QByteArray& data)
{
    DetailLog out;
    QHash<QString, int> firstLine;
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNo;
        const QByteArray line = data.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        if (!line.startsWith(":::MLLOG "))
            fail(Tr::tr("line %1").arg(lineNo), Tr::tr("expected a line starting with \":::MLLOG \""));
        jsonio::JsonSyntaxError e;
        std::optional<json> entry = jsonio::parseStrictJson(line.constBegin() + 9, line.constEnd(), e);
        if (!entry) {
            const QString at = e.byte ? Tr::tr("line %1, byte %2").arg(lineNo).arg(*e.byte + 9) : Tr::tr("line %1").arg(lineNo);
            fail(e.path.isEmpty() ? at : u"%1: %2"_s.arg(at, e.path),
                 e.truncated ? Tr::tr("not a complete JSON object (truncated?)") : e.message);
        }
        if (!entry->is_object() || !entry->contains("key") || !(*entry)["key"].is_string())
            fail(Tr::tr("line %1").arg(lineNo), Tr::tr("expected an object with a \"key\""));
        const QString k = QString::fromStdString((*entry)["key"].get<std::string>());
        if (const auto first = firstLine.constFind(k); first != firstLine.cend()) {
            if (!out.repeated.contains(k))
                out.repeated.insert(k, { *first, lineNo });
            continue; // the first stays; reading a repeated key is refused where it is read
        }
        firstLine.insert(k, lineNo);
        out.values.insert(k, entry->value("value", json()));
    }
    if (!out.values.contains(u"effective_scenario"_s))
        fail({}, Tr::tr("no effective_scenario entry (truncated?)"));
    // LoadGen logs num_errors last, after every result: without it the log was cut off
    if (!out.values.contains(u"num_errors"_s))
        fail({}, Tr::tr("no num_errors entry, which LoadGen writes last: the log is cut off"));
    return out;
}

const json* detailValue(const DetailLog& d, const QString& k)
{
    if (const auto r = d.repeated.constFind(k); r != d.repeated.cend())
        fail(k, Tr::tr("logged twice (lines %1 and %2): which one holds is unknown").arg(r->first).arg(r->second));
    const auto it = d.values.constFind(k);
    return it == d.values.cend() ? nullptr : &*it;
}

// Every number InferDeck reads from LoadGen's logs is a count, a rate, a latency or a limit: never negative.
std::optional<double> detailNumber(const DetailLog& d, const QString& k)
{
    const json* v = detailValue(d, k);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_number())
        fail(k, Tr::tr("expected a number"));
    return nonNegative(v->get<double>(), k);
}

double summaryValue(const QString& text, const QString& k)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        fail(k, Tr::tr("expected a number, found \"%1\"").arg(text));
    return *nonNegative(v, k);
}

std::optional<double> summaryNumber(const SummaryLog& s, const QString& k)
{
    const auto it = s.values.constFind(k);
    if (it == s.values.cend())
        return std::nullopt;
    return summaryValue(*it, k);
}

template <typename F>
std::optional<double> firstOf(F get, std::initializer_list<QString> keys)
{
    for (const QString& k : keys)
        if (const auto v = get(k))
            return v;
    return std::nullopt;
}

std::optional<double> ns(std::optional<double> v)
{
    return v ? std::optional(*v * kNs) : std::nullopt;
}

// A latency distribution from the detail keys `<prefix>{min,max,mean}<suffix>` or the summary's lines.
ReportedDistribution latency(const DetailLog* d, const SummaryLog* s, const QString& detailStat,
                             const QString& detailPct, const QString& summaryName)
{
    ReportedDistribution out;
    const auto fromDetail = [&](const QString& k) { return d ? detailNumber(*d, k) : std::nullopt; };
    const auto fromSummary = [&](const QString& k) { return s ? summaryNumber(*s, k) : std::nullopt; };
    const auto stat = [&](const char* which, const char* label) {
        const auto v = fromDetail(detailStat.arg(QString::fromUtf8(which)));
        return ns(v ? v : fromSummary(u"%1 %2"_s.arg(QString::fromUtf8(label), summaryName)));
    };
    out.min = stat("min", "Min");
    out.max = stat("max", "Max");
    out.mean = stat("mean", "Mean");
    const auto pct = [&](const char* p) {
        const auto v = fromDetail(detailPct.arg(QString::fromUtf8(p)));
        return ns(v ? v : fromSummary(u"%1 percentile %2"_s.arg(QString::fromUtf8(p), summaryName.toLower())));
    };
    out.p50 = pct("50.00");
    out.p90 = pct("90.00");
    out.p95 = pct("95.00");
    out.p99 = pct("99.00");
    return out;
}

} // namespace

Result<BenchmarkResult> importMlperf(const QByteArray* summary, const QString& summaryWhere, const QByteArray* detail,
                                     const QString& detailWhere)
{
    SummaryLog s;
    DetailLog d;
    if (summary) {
        try {
            s = parseSummary(*summary);
        } catch (const ImportFailure& f) {
            return importError(u"MLPerf LoadGen summary log"_s, summaryWhere, f);
        }
    }
    if (detail) {
        try {
            d = parseDetail(*detail);
        } catch (const ImportFailure& f) {
            return importError(u"MLPerf LoadGen detail log"_s, detailWhere, f);
        }
    }
    const DetailLog* dp = detail ? &d : nullptr;
    const SummaryLog* sp = summary ? &s : nullptr;
    const QString where = detail ? detailWhere : summaryWhere;
    const QString tool = detail ? u"MLPerf LoadGen detail log"_s : u"MLPerf LoadGen summary log"_s;
    try {
        const auto text = [&](const QString& detailKey, const QString& summaryKey) {
            if (const json* v = dp ? detailValue(d, detailKey) : nullptr; v && v->is_string())
                return QString::fromStdString(v->get<std::string>());
            return sp ? s.values.value(summaryKey) : QString();
        };
        const QString scenario = text(u"effective_scenario"_s, u"Scenario"_s);
        if (summary && detail && s.values.value(u"Scenario"_s) != scenario)
            fail(u"Scenario"_s, Tr::tr("the summary says %1 but the detail log says %2: they are not from the same run")
                                    .arg(s.values.value(u"Scenario"_s), scenario));
        QString version = text(u"loadgen_version"_s, QString());
        BenchmarkResult result = importedResult(u"mlperf-loadgen"_s, version.section(u' ', 0, 0), {},
                                                sp ? s.values.value(u"SUT name"_s) : QString());
        const QDateTime when = QDateTime::fromString(text(u"test_datetime"_s, QString()), Qt::ISODate);
        if (when.isValid())
            result.provenance.createdUnix = result.provenance.startedUnix = static_cast<double>(when.toSecsSinceEpoch());

        const auto fromDetail = [&](const QString& k) { return dp ? detailNumber(d, k) : std::nullopt; };
        const auto fromSummary = [&](const QString& k) { return sp ? summaryNumber(s, k) : std::nullopt; };
        const auto parameter = [&](const QString& k) -> std::optional<double> {
            for (const auto& [name, value] : s.parameters)
                if (name == k)
                    return summaryValue(value, k);
            return std::nullopt;
        };
        LoadSpec load;
        // Server and Interactive issue queries at a Poisson rate under TTFT/TPOT constraints; Offline all at once
        const bool server = scenario == u"Server"_s || scenario == u"Interactive"_s;
        std::optional<double> targetQps = firstOf(fromDetail, { u"effective_target_qps"_s });
        if (!targetQps && sp)
            targetQps = parameter(u"target_qps"_s);
        std::optional<double> samples = fromDetail(u"generated_samples_per_query"_s);
        const std::optional<double> queries = fromDetail(u"result_query_count"_s);
        // never a made-up load: a run whose target is not in the files is refused, not imported at 1/s
        if (server) {
            if (!targetQps || *targetQps <= 0)
                fail(u"target_qps"_s, Tr::tr("missing: the %1 scenario's target rate is in neither file").arg(scenario));
            load.mode = LoadSpec::Mode::Poisson;
            load.value = *targetQps;
        } else {
            const std::optional<double> perQuery = samples ? samples : (sp ? parameter(u"samples_per_query"_s) : std::nullopt);
            if (!perQuery || *perQuery <= 0)
                fail(u"samples_per_query"_s, Tr::tr("missing: the %1 scenario's samples per query are in neither file").arg(scenario));
            load.mode = LoadSpec::Mode::AllAtOnce; // Offline issues every sample at once
            load.value = *perQuery;
        }
        if (server) {
            // LoadGen's latency constraints hold at its target percentile (p99): the rubric's SLOs are the same test
            const std::optional<double> ttftNs = dp && d.values.contains(u"requested_server_ttft_latency"_s) ? fromDetail(u"requested_server_ttft_latency"_s)
                                                                                                     : (sp ? parameter(u"ttft_latency (ns)"_s) : std::nullopt);
            const std::optional<double> tpotNs = dp && d.values.contains(u"requested_server_tpot_latency"_s) ? fromDetail(u"requested_server_tpot_latency"_s)
                                                                                                     : (sp ? parameter(u"tpot_latency (ns)"_s) : std::nullopt);
            if (ttftNs && *ttftNs > 0)
                result.plan.slo.ttft = *ttftNs * kNs;
            if (tpotNs && *tpotNs > 0)
                result.plan.slo.tpot = *tpotNs * kNs;
        }
        Phase p = importedPhase(result, scenario.isEmpty() ? u"loadgen"_s : scenario, load, result.provenance.startedUnix);

        ReportedSummary rep;
        rep.percentileMethod = u"nearest-rank"_s;
        rep.tokenCounting = Tr::tr("reported by the system under test");
        rep.validity = text(u"result_validity"_s, u"Result is"_s);
        if (queries && samples)
            rep.completed = static_cast<std::int64_t>(*queries * *samples);
        if (const auto errors = fromDetail(u"num_errors"_s)) {
            rep.failed = static_cast<std::int64_t>(*errors);
            if (rep.completed)
                rep.issued = *rep.completed + *rep.failed;
        }
        rep.requestThroughput = firstOf(fromDetail, { u"result_completed_samples_per_sec"_s, u"result_samples_per_second"_s });
        if (!rep.requestThroughput)
            rep.requestThroughput = firstOf(fromSummary, { u"Completed samples per second"_s, u"Samples per second"_s });
        // LoadGen divides the completed samples by the run's span: with both known, the span follows
        if (rep.completed && rep.requestThroughput && *rep.requestThroughput > 0)
            rep.durationS = static_cast<double>(*rep.completed) / *rep.requestThroughput;
        // result_token_throughput is a meaningless tiny number in LoadGen 5.1; the real one has another key
        rep.outputTokenThroughput = firstOf(fromDetail, { u"result_completed_tokens_per_second"_s, u"result_tokens_per_second"_s });
        if (!rep.outputTokenThroughput)
            rep.outputTokenThroughput = firstOf(fromSummary, { u"Completed tokens per second"_s, u"Tokens per second"_s });
        rep.e2e = latency(dp, sp, u"result_%1_latency_ns"_s, u"result_%1_percentile_latency_ns"_s, u"latency (ns)"_s);
        rep.ttft = latency(dp, sp, u"result_first_token_%1_latency_ns"_s, u"result_first_token_%1_percentile_latency_ns"_s,
                           u"First Token latency (ns)"_s);
        rep.tpot = latency(dp, sp, u"result_time_to_output_token_%1"_s, u"result_time_per_output_token_%1_percentile_ns"_s,
                           u"Time to Output Token (ns)"_s);
        if (rep.e2e.any() && rep.completed)
            rep.e2e.count = rep.completed;
        for (const char* k : { "result_97.00_percentile_latency_ns", "result_99.90_percentile_latency_ns",
                               "result_first_token_99.90_percentile_latency_ns",
                               "result_time_per_output_token_99.90_percentile_ns", "result_scheduled_samples_per_sec",
                               "effective_test_mode", "effective_target_qps", "effective_samples_per_query",
                               "effective_min_duration_ms", "effective_min_query_count", "result_perf_constraints_met",
                               "result_min_duration_met", "result_min_queries_met" })
            if (const json* v = dp ? detailValue(d, QString::fromUtf8(k)) : nullptr)
                rep.settings.append({ QString::fromUtf8(k), QString::fromStdString(v->dump()) });
        for (const auto& [k, v] : s.parameters)
            rep.settings.append({ k, v });
        for (const char* k : { "Mode", "Performance constraints satisfied", "Min duration satisfied",
                               "Min queries satisfied", "Early stopping satisfied" })
            if (sp && s.values.contains(QString::fromUtf8(k)))
                rep.settings.append({ QString::fromUtf8(k), s.values.value(QString::fromUtf8(k)) });
        rep.notes.append(Tr::tr("aggregates only: LoadGen's per-sample records are in mlperf_log_trace.json and the "
                                "accuracy log, not in these files, so distributions, intervals and time series cannot "
                                "be recomputed"));
        if (result.plan.slo.ttft || result.plan.slo.tpot)
            rep.notes.append(Tr::tr("the TTFT and TPOT limits are LoadGen's latency constraints of this scenario (p99 TTFT %1, p99 TPOT %2)")
                                 .arg(Units::duration(result.plan.slo.ttft), Units::duration(result.plan.slo.tpot)));
        if (!detail)
            rep.notes.append(Tr::tr("without mlperf_log_detail.txt the sample count and errors are unknown"));
        for (const QString& m : std::as_const(s.messages))
            if (m.startsWith(u"WARNING"_s))
                rep.notes.append(m);
        p.reported = rep;
        result.phases.append(p);
        return result;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        // a value of an unexpected type that a DOM accessor met: a damaged file, never an abort
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
