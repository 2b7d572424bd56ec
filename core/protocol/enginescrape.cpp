#include "protocol/enginescrape.h"

#include <QStringList>

#include <cmath>
#include <limits>

#include "util/printable.h"

namespace inferdeck {

namespace {

constexpr std::size_t kMaxSeries = 64;   // per kind: the catalog has about a dozen
constexpr std::size_t kMaxRaw = 2000;    // raw samples: the agent keeps at most 2,000 per scrape
constexpr qsizetype kMaxRawName = 300;
constexpr std::size_t kMaxBounds = 256;  // buckets per histogram: engines use 10-40
constexpr std::size_t kMaxScrapes = 1'000'000;

double finiteOrNan(const nlohmann::json& v)
{
    if (!v.is_number())
        return NAN;
    const double d = v.get<double>();
    return std::isfinite(d) ? d : NAN;
}

bool goodKey(const std::string& key)
{
    if (key.empty() || key.size() > 64)
        return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

// The series under `key`, added by `make()` when new and there is room (at most `limit` series), else end().
template <class Map, class Make>
typename Map::iterator findOrAdd(Map& into, const QString& key, std::size_t limit, Make make)
{
    auto it = into.find(key);
    if (it == into.end() && into.size() < limit)
        it = into.emplace(key, make()).first;
    return it;
}

// Gauges or counters: one value per scrape under each key; a key first seen late gets NaN for the scrapes
// before it, a key missing from this scrape gets NaN for it.
void appendValues(std::map<QString, std::vector<double>>& into, const nlohmann::json& values, std::size_t scrapes)
{
    if (values.is_object())
        for (const auto& [key, v] : values.items()) {
            if (!goodKey(key))
                continue;
            const auto it = findOrAdd(into, QString::fromStdString(key), kMaxSeries, [&] { return std::vector<double>(scrapes - 1, NAN); });
            if (it == into.end())
                continue;
            // every catalog gauge and counter is a count or a fraction: a negative one is not a measurement
            const double x = finiteOrNan(v);
            it->second.push_back(x < 0 ? NAN : x);
        }
    for (auto& [key, series] : into)
        if (series.size() < scrapes)
            series.push_back(NAN);
}

// A histogram snapshot: finite bounds ascending ("+Inf" as the last `le` or left out), cumulative counts that
// never fall, ending at `count`.
bool readHistogram(const nlohmann::json& h, std::vector<double>& bounds, std::vector<double>& cumulative, double& sum,
                   double& count)
{
    if (!h.is_object())
        return false;
    const auto le = h.find("le");
    const auto cum = h.find("cum");
    if (le == h.end() || cum == h.end() || !le->is_array() || !cum->is_array() || le->size() != cum->size()
        || le->size() > kMaxBounds + 1)
        return false;
    sum = finiteOrNan(h.value("sum", nlohmann::json()));
    count = finiteOrNan(h.value("count", nlohmann::json()));
    if (std::isnan(count) || count < 0 || std::isnan(sum) || sum < 0)
        return false;
    bounds.clear();
    cumulative.clear();
    bool infinite = false;
    for (std::size_t i = 0; i < le->size(); ++i) {
        const nlohmann::json& b = (*le)[i];
        const double c = finiteOrNan((*cum)[i]);
        if (std::isnan(c) || c < 0 || (!cumulative.empty() && c < cumulative.back()))
            return false;
        if (b.is_string() && b.get<std::string>() == "+Inf" && i + 1 == le->size()) {
            infinite = true;
        } else {
            const double bound = finiteOrNan(b);
            if (std::isnan(bound) || (!bounds.empty() && bound <= bounds.back()))
                return false;
            bounds.push_back(bound);
        }
        cumulative.push_back(c);
    }
    if (infinite ? cumulative.back() != count : (!cumulative.empty() && cumulative.back() > count))
        return false;
    if (!infinite)
        cumulative.push_back(count);
    return true;
}

// `name{a="x",b="y"}` with the labels sorted (Prometheus' own escapes for \\, \" and newline), or "" when
// the sample is not what the agent writes.
QString rawKey(const nlohmann::json& sample)
{
    if (!sample.is_array() || sample.size() != 3 || !sample[0].is_string() || !sample[1].is_object())
        return {};
    QString key = QString::fromStdString(sample[0].get<std::string>());
    std::map<std::string, std::string> labels;
    for (const auto& [k, v] : sample[1].items()) {
        if (!v.is_string())
            return {};
        labels[k] = v.get<std::string>();
    }
    if (!labels.empty()) {
        QStringList parts;
        for (const auto& [k, v] : labels) {
            QString value = QString::fromStdString(v);
            value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
            parts << QString::fromStdString(k) + QStringLiteral("=\"") + value + u'"';
        }
        key += u'{' + parts.join(u',') + u'}';
    }
    return key.size() <= kMaxRawName && indexOfControlCharacter(key) < 0 ? key : QString();
}

// Prometheus' spellings of the values JSON cannot hold come as strings; they are not measurements here.
double rawValue(const nlohmann::json& v)
{
    return v.is_number() ? finiteOrNan(v) : NAN;
}

void appendRaw(std::map<QString, std::vector<double>>& into, const nlohmann::json& raw, std::size_t scrapes)
{
    if (raw.is_object())
        for (const auto& [family, f] : raw.items()) {
            if (!f.is_object() || !f.contains("samples") || !f["samples"].is_array())
                continue;
            for (const nlohmann::json& sample : f["samples"]) {
                const QString key = rawKey(sample);
                if (key.isEmpty())
                    continue;
                const auto it = findOrAdd(into, key, kMaxRaw, [&] { return std::vector<double>(scrapes - 1, NAN); });
                if (it == into.end())
                    continue;
                if (it->second.size() < scrapes) // a key said twice in one scrape keeps its first value
                    it->second.push_back(rawValue(sample[2]));
            }
        }
    for (auto& [key, series] : into)
        if (series.size() < scrapes)
            series.push_back(NAN);
}

void appendHistograms(std::map<QString, EngineHistogramSeries>& into, const nlohmann::json& histograms, double time)
{
    if (!histograms.is_object())
        return;
    std::vector<double> bounds, cumulative;
    for (const auto& [key, h] : histograms.items()) {
        if (!goodKey(key))
            continue;
        double sum = 0, count = 0;
        if (!readHistogram(h, bounds, cumulative, sum, count))
            continue;
        const auto it = findOrAdd(into, QString::fromStdString(key), kMaxSeries, [&] {
            EngineHistogramSeries fresh;
            fresh.bounds = bounds;
            return fresh;
        });
        // no room, or the engine restarted with other buckets: its snapshots no longer add up
        if (it == into.end() || it->second.bounds != bounds)
            continue;
        EngineHistogramSeries& s = it->second;
        s.time.push_back(time);
        s.cumulative.push_back(cumulative);
        s.sum.push_back(sum);
        s.count.push_back(count);
    }
}

} // namespace

void appendEngineScrape(EngineState& state, const nlohmann::json& event, double time)
{
    if (!event.is_object())
        return;
    const auto measured = event.find("measured");
    if (measured != event.end() && measured->is_boolean() && !measured->get<bool>()) {
        if (!state.measured) {
            const auto reason = event.find("reason");
            state.reason = reason != event.end() && reason->is_string()
                ? printable(QString::fromStdString(reason->get<std::string>()).left(300))
                : QString();
        }
        return;
    }
    if (!std::isfinite(time) || state.time.size() >= kMaxScrapes)
        return;
    state.measured = true;
    state.reason.clear();
    if (const auto engine = event.find("engine"); engine != event.end() && engine->is_string()) {
        const std::string e = engine->get<std::string>();
        if (e == "vllm" || e == "sglang" || e == "tgi" || e == "llamacpp")
            state.engine = QString::fromStdString(e);
    }
    state.time.push_back(time);
    appendValues(state.gauges, event.value("gauges", nlohmann::json()), state.time.size());
    appendValues(state.counters, event.value("counters", nlohmann::json()), state.time.size());
    appendHistograms(state.histograms, event.value("histograms", nlohmann::json()), time);
    if (event.contains("raw") || !state.raw.empty())
        appendRaw(state.raw, event.value("raw", nlohmann::json()), state.time.size());
}

} // namespace inferdeck
