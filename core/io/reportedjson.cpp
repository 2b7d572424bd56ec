#include <QCoreApplication>

#include <limits>

#include "io/jsonfields.h"
#include "io/modeljson.h"

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

constexpr double kHuge = 1e300;
constexpr std::int64_t kMaxCount = std::numeric_limits<std::int64_t>::max();

void put(json& o, const char* key, std::optional<double> v)
{
    if (v)
        o[key] = *v;
}

void put(json& o, const char* key, std::optional<std::int64_t> v)
{
    if (v)
        o[key] = *v;
}

json toJson(const ReportedDistribution& d)
{
    json o = json::object();
    put(o, "count", d.count);
    put(o, "mean", d.mean);
    put(o, "stddev", d.stddev);
    put(o, "min", d.min);
    put(o, "max", d.max);
    put(o, "p50", d.p50);
    put(o, "p90", d.p90);
    put(o, "p95", d.p95);
    put(o, "p99", d.p99);
    return o;
}

ReportedDistribution distributionFromJson(const json& parent, const char* key, const QString& path)
{
    ReportedDistribution d;
    if (!parent.contains(key) || parent[key].is_null())
        return d;
    const json& v = object(parent, key, path);
    const QString p = childPath(path, key);
    d.count = optionalInteger(v, "count", p, 0, kMaxCount);
    d.mean = optionalNumber(v, "mean", p, -kHuge, kHuge);
    d.stddev = optionalNumber(v, "stddev", p, 0, kHuge);
    d.min = optionalNumber(v, "min", p, -kHuge, kHuge);
    d.max = optionalNumber(v, "max", p, -kHuge, kHuge);
    d.p50 = optionalNumber(v, "p50", p, -kHuge, kHuge);
    d.p90 = optionalNumber(v, "p90", p, -kHuge, kHuge);
    d.p95 = optionalNumber(v, "p95", p, -kHuge, kHuge);
    d.p99 = optionalNumber(v, "p99", p, -kHuge, kHuge);
    return d;
}

} // namespace

json toJson(const ReportedSummary& r)
{
    json o = json::object();
    o["percentile_method"] = r.percentileMethod.toStdString();
    o["token_counting"] = r.tokenCounting.toStdString();
    put(o, "duration_s", r.durationS);
    put(o, "issued", r.issued);
    put(o, "completed", r.completed);
    put(o, "failed", r.failed);
    put(o, "input_tokens", r.inputTokens);
    put(o, "output_tokens", r.outputTokens);
    put(o, "request_throughput", r.requestThroughput);
    put(o, "output_token_throughput", r.outputTokenThroughput);
    put(o, "total_token_throughput", r.totalTokenThroughput);
    o["ttft_s"] = toJson(r.ttft);
    o["tpot_s"] = toJson(r.tpot);
    o["itl_s"] = toJson(r.itl);
    o["e2e_s"] = toJson(r.e2e);
    if (!r.validity.isEmpty())
        o["validity"] = r.validity.toStdString();
    json settings = json::array();
    for (const auto& [k, v] : r.settings)
        settings.push_back(json::array({ k.toStdString(), v.toStdString() }));
    o["settings"] = settings;
    json notes = json::array();
    for (const QString& n : r.notes)
        notes.push_back(n.toStdString());
    o["notes"] = notes;
    return o;
}

ReportedSummary reportedFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    ReportedSummary r;
    r.percentileMethod = optionalString(v, "percentile_method", path);
    r.tokenCounting = optionalString(v, "token_counting", path);
    r.durationS = optionalNumber(v, "duration_s", path, 0, kHuge);
    r.issued = optionalInteger(v, "issued", path, 0, kMaxCount);
    r.completed = optionalInteger(v, "completed", path, 0, kMaxCount);
    r.failed = optionalInteger(v, "failed", path, 0, kMaxCount);
    r.inputTokens = optionalInteger(v, "input_tokens", path, 0, kMaxCount);
    r.outputTokens = optionalInteger(v, "output_tokens", path, 0, kMaxCount);
    r.requestThroughput = optionalNumber(v, "request_throughput", path, 0, kHuge);
    r.outputTokenThroughput = optionalNumber(v, "output_token_throughput", path, 0, kHuge);
    r.totalTokenThroughput = optionalNumber(v, "total_token_throughput", path, 0, kHuge);
    r.ttft = distributionFromJson(v, "ttft_s", path);
    r.tpot = distributionFromJson(v, "tpot_s", path);
    r.itl = distributionFromJson(v, "itl_s", path);
    r.e2e = distributionFromJson(v, "e2e_s", path);
    r.validity = optionalString(v, "validity", path);
    if (v.contains("settings")) {
        const json& list = array(v, "settings", path);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString sp = indexPath(childPath(path, "settings"), i);
            if (!list[i].is_array() || list[i].size() != 2)
                fail(sp, Tr::tr("expected a [name, value] pair, found %1").arg(describeType(list[i])));
            r.settings.append({ stringValue(list[i][0], indexPath(sp, 0)), stringValue(list[i][1], indexPath(sp, 1)) });
        }
    }
    if (v.contains("notes")) {
        const json& list = array(v, "notes", path);
        for (std::size_t i = 0; i < list.size(); ++i)
            r.notes.append(stringValue(list[i], indexPath(childPath(path, "notes"), i)));
    }
    return r;
}

} // namespace inferdeck::jsonio
