#include "io/enginejson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::jsonio {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

constexpr double kMax = 1e300; // counters of tokens grow large, but never past a double's range

json numbers(const std::vector<double>& values)
{
    json a = json::array();
    for (double v : values)
        a.push_back(std::isfinite(v) ? json(v) : json(nullptr));
    return a;
}

json seriesToJson(const std::map<QString, std::vector<double>>& series)
{
    json o = json::object();
    for (const auto& [key, values] : series)
        o[key.toStdString()] = numbers(values);
    return o;
}

json nodeToJson(const EngineState& e)
{
    if (!e.known())
        return nullptr;
    json histograms = json::object();
    for (const auto& [key, h] : e.histograms) {
        json cumulative = json::array();
        for (const std::vector<double>& row : h.cumulative)
            cumulative.push_back(numbers(row));
        histograms[key.toStdString()] = json{ { "bounds", numbers(h.bounds) }, { "time", numbers(h.time) },
                                              { "cumulative", cumulative }, { "sum", numbers(h.sum) },
                                              { "count", numbers(h.count) } };
    }
    json out{ { "measured", e.measured },
              { "reason", e.reason.isEmpty() ? json(nullptr) : json(e.reason.toStdString()) },
              { "engine", e.engine.isEmpty() ? json(nullptr) : json(e.engine.toStdString()) },
              { "time", numbers(e.time) },
              { "gauges", seriesToJson(e.gauges) },
              { "counters", seriesToJson(e.counters) },
              { "histograms", histograms } };
    if (!e.raw.empty())
        out["raw"] = seriesToJson(e.raw);
    return out;
}

// A list of numbers of `size` entries (any size when `size` is npos), null read as NaN unless `required`.
std::vector<double> numbersFrom(const json& parent, const char* key, const QString& path, std::size_t size,
                                double min, bool required = false)
{
    const json& a = array(parent, key, path);
    const QString p = childPath(path, key);
    if (size != std::string::npos && a.size() != size)
        fail(p, Tr::tr("expected %1 values, found %2").arg(size).arg(a.size()));
    std::vector<double> out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(a[i].is_null() && !required ? NAN : numberValue(a[i], indexPath(p, i), min, kMax));
    return out;
}

std::map<QString, std::vector<double>> seriesFrom(const json& parent, const char* key, const QString& path,
                                                  std::size_t size)
{
    std::map<QString, std::vector<double>> out;
    const json& o = object(parent, key, path);
    const QString p = childPath(path, key);
    for (const auto& [name, values] : o.items()) {
        const std::string k = name;
        json holder = json::object();
        holder[k] = values;
        out.emplace(QString::fromStdString(k), numbersFrom(holder, k.c_str(), p, size, -kMax));
    }
    return out;
}

void checkAscending(const std::vector<double>& v, const QString& path, bool strictly)
{
    for (std::size_t i = 1; i < v.size(); ++i)
        if (strictly ? !(v[i] > v[i - 1]) : !(v[i] >= v[i - 1]))
            fail(indexPath(path, i), strictly ? Tr::tr("expected values in ascending order") : Tr::tr("expected counts that never fall"));
}

EngineHistogramSeries histogramFrom(const json& h, const QString& path)
{
    expectObject(h, path);
    EngineHistogramSeries s;
    s.bounds = numbersFrom(h, "bounds", path, std::string::npos, -kMax, true);
    checkAscending(s.bounds, childPath(path, "bounds"), true);
    s.time = numbersFrom(h, "time", path, std::string::npos, -kMax, true);
    const std::size_t n = s.time.size();
    s.sum = numbersFrom(h, "sum", path, n, -kMax, true);
    s.count = numbersFrom(h, "count", path, n, 0.0, true);
    const json& cumulative = array(h, "cumulative", path);
    const QString cp = childPath(path, "cumulative");
    if (cumulative.size() != n)
        fail(cp, Tr::tr("expected %1 values, found %2").arg(n).arg(cumulative.size()));
    for (std::size_t i = 0; i < n; ++i) {
        json holder = json::object();
        holder["row"] = cumulative[i];
        const QString rp = indexPath(cp, i);
        std::vector<double> row = numbersFrom(holder, "row", rp, s.bounds.size() + 1, 0.0, true);
        checkAscending(row, rp, false);
        if (row.back() != s.count[i])
            fail(rp, Tr::tr("the last bucket (%1) must equal the count (%2)").arg(row.back()).arg(s.count[i]));
        s.cumulative.push_back(std::move(row));
    }
    return s;
}

EngineState nodeFromJson(const json& v, const QString& path)
{
    EngineState e;
    if (v.is_null())
        return e;
    expectObject(v, path);
    e.measured = boolean(v, "measured", path);
    e.reason = optionalPlainString(v, "reason", path);
    e.engine = optionalPlainString(v, "engine", path);
    e.time = numbersFrom(v, "time", path, std::string::npos, -kMax, true);
    e.gauges = seriesFrom(v, "gauges", path, e.time.size());
    e.counters = seriesFrom(v, "counters", path, e.time.size());
    if (v.contains("raw"))
        e.raw = seriesFrom(v, "raw", path, e.time.size());
    const json& histograms = object(v, "histograms", path);
    for (const auto& [name, h] : histograms.items())
        e.histograms.emplace(QString::fromStdString(name), histogramFrom(h, childPath(childPath(path, "histograms"), name.c_str())));
    return e;
}
} // namespace

json engineStateToJson(const QList<EngineState>& nodes, qsizetype nodeCount)
{
    if (std::none_of(nodes.cbegin(), nodes.cend(), [](const EngineState& e) { return e.known(); }))
        return nullptr;
    json list = json::array();
    for (qsizetype k = 0; k < nodeCount; ++k)
        list.push_back(nodeToJson(nodes.value(k)));
    return json{ { "version", kEngineStateVersion }, { "nodes", list } };
}

QList<EngineState> engineStateFromJson(const json& value, const QString& path, qsizetype nodeCount)
{
    QList<EngineState> out;
    if (value.is_null())
        return out;
    expectObject(value, path);
    const std::int64_t version = integer(value, "version", path, 1, std::numeric_limits<int>::max());
    if (version > kEngineStateVersion)
        fail(childPath(path, "version"), Tr::tr("written by a newer InferDeck (engine state version %1)").arg(version));
    const json& nodes = array(value, "nodes", path);
    if (qsizetype(nodes.size()) != nodeCount)
        fail(childPath(path, "nodes"), Tr::tr("expected one entry per node (%1), found %2").arg(nodeCount).arg(nodes.size()));
    for (std::size_t i = 0; i < nodes.size(); ++i)
        out.append(nodeFromJson(nodes[i], indexPath(childPath(path, "nodes"), i)));
    if (std::none_of(out.cbegin(), out.cend(), [](const EngineState& e) { return e.known(); }))
        out.clear();
    return out;
}

} // namespace inferdeck::jsonio
