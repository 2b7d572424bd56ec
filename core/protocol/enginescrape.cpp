#include "protocol/enginescrape.h"

#include <cmath>
#include <limits>

#include "util/printable.h"

namespace inferdeck {

namespace {

constexpr std::size_t kMaxSeries = 64;   // per kind: the catalog has about a dozen
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

// Gauges or counters: one value per scrape under each key; a key first seen late gets NaN for the scrapes
// before it, a key missing from this scrape gets NaN for it.
void appendValues(std::map<QString, std::vector<double>>& into, const nlohmann::json& values, std::size_t scrapes)
{
    if (values.is_object())
        for (const auto& [key, v] : values.items()) {
            if (!goodKey(key))
                continue;
            const QString k = QString::fromStdString(key);
            auto it = into.find(k);
            if (it == into.end()) {
                if (into.size() >= kMaxSeries)
                    continue;
                it = into.emplace(k, std::vector<double>(scrapes - 1, NAN)).first;
            }
            it->second.push_back(finiteOrNan(v));
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
    if (std::isnan(count) || count < 0 || std::isnan(sum))
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
        const QString k = QString::fromStdString(key);
        auto it = into.find(k);
        if (it == into.end()) {
            if (into.size() >= kMaxSeries)
                continue;
            it = into.emplace(k, EngineHistogramSeries{}).first;
            it->second.bounds = bounds;
        } else if (it->second.bounds != bounds) {
            continue; // the engine restarted with other buckets: its snapshots no longer add up
        }
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
}

} // namespace inferdeck
