#include "protocol/enginecatalog.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <set>

#include "util/resources.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

constexpr std::size_t kMaxRawFamilies = 200;
constexpr std::size_t kMaxRawSamples = 2000;

using Labels = std::map<QString, QString>;

struct Wire {
    QString name;
    Labels match;
    QString part; // "_sum": the histogram's sum stands for a counter (TGI's token totals)
    std::optional<double> floor;
};
using Alternative = std::vector<Wire>; // wires that add up
using Alternatives = std::vector<Alternative>;

struct Engine {
    QString name;
    QString prefix;
    std::vector<QString> replicas;
    Labels prefer;
    std::vector<std::pair<QString, Alternatives>> gauges, counters, histograms;
};

struct Catalog {
    std::vector<Engine> engines; // in the file's order: a tie in recognition goes to the first
    std::set<QString> averaged;
};

Labels labelsOf(const nlohmann::json& j)
{
    Labels out;
    if (j.is_object())
        for (const auto& [k, v] : j.items())
            out[QString::fromStdString(k)] = QString::fromStdString(v.get<std::string>());
    return out;
}

Wire wireOf(const nlohmann::json& j)
{
    Wire w;
    w.name = QString::fromStdString(j.at("name").get<std::string>());
    w.match = labelsOf(j.value("match", nlohmann::json::object()));
    w.part = QString::fromStdString(j.value("part", std::string()));
    if (j.contains("floor"))
        w.floor = j.at("floor").get<double>();
    return w;
}

std::vector<std::pair<QString, Alternatives>> keysOf(const nlohmann::json& j)
{
    std::vector<std::pair<QString, Alternatives>> out;
    for (const auto& [key, alts] : j.items()) {
        Alternatives a;
        for (const nlohmann::json& alt : alts) {
            Alternative wires;
            if (alt.is_array())
                for (const nlohmann::json& w : alt)
                    wires.push_back(wireOf(w));
            else
                wires.push_back(wireOf(alt));
            a.push_back(std::move(wires));
        }
        out.emplace_back(QString::fromStdString(key), std::move(a));
    }
    return out;
}

// The catalog is built into the binary (resources.qrc), so a failure to read it is a build defect, not a
// user's: it fails loudly in every test that reads an engine scrape.
Catalog load()
{
    ensureResources();
    QFile f(u":/inferdeck/engine/enginecatalog.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the engine catalog is missing from the resources");
    // ordered: the file's order of engines decides a tie in recognition, as the agent's dict order does
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(f.readAll().toStdString());
    Catalog c;
    for (const auto& k : doc.at("averaged"))
        c.averaged.insert(QString::fromStdString(k.get<std::string>()));
    for (const auto& [name, e] : doc.at("engines").items()) {
        const nlohmann::json plain = nlohmann::json::parse(e.dump());
        Engine engine;
        engine.name = QString::fromStdString(name);
        engine.prefix = QString::fromStdString(plain.at("prefix").get<std::string>());
        for (const nlohmann::json& r : plain.at("replicas"))
            engine.replicas.push_back(QString::fromStdString(r.get<std::string>()));
        engine.prefer = labelsOf(plain.at("prefer"));
        engine.gauges = keysOf(plain.at("gauges"));
        engine.counters = keysOf(plain.at("counters"));
        engine.histograms = keysOf(plain.at("histograms"));
        c.engines.push_back(std::move(engine));
    }
    return c;
}

const Catalog& catalog()
{
    static const Catalog c = load();
    return c;
}

bool matches(const Labels& labels, const Labels& keep)
{
    for (const auto& [k, want] : keep) {
        const auto it = labels.find(k);
        if (it == labels.end() || it->second != want)
            return false;
    }
    return true;
}

// Replica ranks compare as numbers when they are ("10" after "9"), else as text after every number.
bool rankLess(const QString& a, const QString& b)
{
    bool aNum = false, bNum = false;
    const qulonglong an = a.toULongLong(&aNum), bn = b.toULongLong(&bNum);
    if (aNum != bNum)
        return aNum;
    return aNum ? an < bn : a < b;
}

// Every label set of the family, values and histograms alike (the agent's rule looks at all its samples).
std::vector<const Labels*> labelSets(const PromFamily& fam)
{
    std::vector<const Labels*> out;
    for (const auto& v : fam.values)
        out.push_back(&v.labels);
    for (const auto& h : fam.histograms)
        out.push_back(&h.labels);
    return out;
}

// The label-set filter for reading `fam`: the engine's replica and preference rules, then the wire's labels.
Labels keeper(const PromFamily& fam, const Engine& engine, const Labels& match)
{
    Labels keep;
    const std::vector<const Labels*> sets = labelSets(fam);
    for (const QString& label : engine.replicas) {
        std::vector<QString> values;
        for (const Labels* l : sets)
            if (const auto it = l->find(label); it != l->end() && std::find(values.begin(), values.end(), it->second) == values.end())
                values.push_back(it->second);
        if (values.size() > 1)
            keep[label] = *std::min_element(values.begin(), values.end(), rankLess);
    }
    for (const auto& [label, value] : engine.prefer)
        for (const Labels* l : sets)
            if (const auto it = l->find(label); it != l->end() && it->second == value) {
                keep[label] = value;
                break;
            }
    for (const auto& [k, v] : match)
        keep[k] = v;
    return keep;
}

std::optional<double> readValue(const PromScrape& scrape, const Wire& wire, const Engine& engine, bool average)
{
    const PromFamily* fam = scrape.family(wire.name);
    if (!fam)
        return std::nullopt;
    const Labels keep = keeper(*fam, engine, wire.match);
    double total = 0.0;
    int n = 0;
    if (wire.part == u"_sum"_s) {
        for (const auto& h : fam->histograms)
            if (h.sum && matches(h.labels, keep)) {
                total += *h.sum;
                ++n;
            }
    } else {
        for (const auto& v : fam->values)
            if (matches(v.labels, keep)) {
                total += v.value;
                ++n;
            }
    }
    if (n == 0)
        return std::nullopt;
    const double value = average && wire.part.isEmpty() ? total / n : total;
    if (wire.floor && value < *wire.floor)
        return std::nullopt;
    return value;
}

std::optional<double> read(const PromScrape& scrape, const Alternatives& alternatives, const Engine& engine, bool average)
{
    for (const Alternative& alt : alternatives) {
        double sum = 0.0;
        bool all = true;
        for (const Wire& w : alt) {
            const std::optional<double> v = readValue(scrape, w, engine, average);
            if (!v) {
                all = false;
                break;
            }
            sum += *v;
        }
        if (all)
            return sum;
    }
    return std::nullopt;
}

// A histogram's buckets merged over its label sets, as the agent merges them (promtext.merge_histogram):
// over the union of finite bounds, each series counting at a bound what its own largest bound at or below
// it holds, so a merged count never overstates; a series' total is its +Inf bucket, else its count, else its
// largest bucket.
std::optional<nlohmann::json> mergeHistogram(const PromFamily& fam, const Labels& keep)
{
    std::vector<const PromFamily::Histogram*> series;
    for (const auto& h : fam.histograms)
        if (matches(h.labels, keep) && !h.buckets.empty())
            series.push_back(&h);
    if (series.empty())
        return std::nullopt;
    std::set<double> bounds;
    for (const auto* h : series)
        for (const auto& [le, c] : h->buckets)
            if (std::isfinite(le))
                bounds.insert(le);
    std::vector<double> cum(bounds.size(), 0.0);
    double count = 0.0, sum = 0.0;
    bool anySum = false;
    for (const auto* h : series) {
        std::size_t i = 0;
        for (double b : bounds) {
            auto it = h->buckets.upper_bound(b); // first own bound above b
            if (it != h->buckets.begin()) {
                --it;
                if (std::isfinite(it->first))
                    cum[i] += it->second;
            }
            ++i;
        }
        if (const auto inf = h->buckets.find(INFINITY); inf != h->buckets.end())
            count += inf->second;
        else if (h->count)
            count += *h->count;
        else
            count += h->buckets.rbegin()->second;
        if (h->sum) {
            sum += *h->sum;
            anySum = true;
        }
    }
    nlohmann::json out;
    out["le"] = std::vector<double>(bounds.begin(), bounds.end());
    out["cum"] = cum;
    out["sum"] = anySum ? nlohmann::json(sum) : nlohmann::json();
    out["count"] = count;
    return out;
}

std::optional<nlohmann::json> readHistogram(const PromScrape& scrape, const Alternatives& alternatives, const Engine& engine)
{
    for (const Alternative& alt : alternatives) {
        const Wire& wire = alt.front();
        if (const PromFamily* fam = scrape.family(wire.name); fam && !fam->histograms.empty())
            if (auto h = mergeHistogram(*fam, keeper(*fam, engine, wire.match)))
                return h;
    }
    return std::nullopt;
}

nlohmann::json labelsJson(const Labels& labels)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : labels)
        out[k.toStdString()] = v.toStdString();
    return out;
}

nlohmann::json numberOrText(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    return v;
}

// The samples as the agent writes them in `raw`: counters and gauges under the family's name, histograms as
// _bucket (with le), _sum and _count.
nlohmann::json rawOf(const PromScrape& scrape, bool& truncated)
{
    nlohmann::json raw = nlohmann::json::object();
    std::size_t samples = 0;
    for (const auto& [name, fam] : scrape.families) {
        if (raw.size() >= kMaxRawFamilies || samples >= kMaxRawSamples) {
            truncated = true;
            break;
        }
        nlohmann::json list = nlohmann::json::array();
        const auto add = [&](const QString& sample, const Labels& labels, double v) {
            if (samples >= kMaxRawSamples) {
                truncated = true;
                return;
            }
            list.push_back({ sample.toStdString(), labelsJson(labels), numberOrText(v) });
            ++samples;
        };
        for (const auto& v : fam.values)
            add(name, v.labels, v.value);
        for (const auto& h : fam.histograms) {
            for (const auto& [le, c] : h.buckets) {
                Labels withLe = h.labels;
                withLe[u"le"_s] = std::isinf(le) ? u"+Inf"_s : QString::number(le, 'g', 17);
                add(name + u"_bucket"_s, withLe, c);
            }
            if (h.sum)
                add(name + u"_sum"_s, h.labels, *h.sum);
            if (h.count)
                add(name + u"_count"_s, h.labels, *h.count);
        }
        raw[name.toStdString()] = { { "type", fam.histograms.empty() ? "untyped" : "histogram" }, { "samples", list } };
    }
    return raw;
}

} // namespace

const PromFamily* PromScrape::family(const QString& name) const
{
    auto it = families.find(name);
    if (it == families.end())
        it = name.endsWith(u"_total"_s) ? families.find(name.chopped(6)) : families.find(name + u"_total"_s);
    return it == families.end() ? nullptr : &it->second;
}

QString recognizeEngine(const PromScrape& scrape)
{
    QString best;
    std::size_t most = 0;
    for (const Engine& e : catalog().engines) {
        std::size_t n = 0;
        for (const auto& [name, fam] : scrape.families)
            n += name.startsWith(e.prefix) ? 1 : 0;
        if (n > most) {
            best = e.name;
            most = n;
        }
    }
    return best;
}

nlohmann::json engineEventFor(const PromScrape& scrape)
{
    nlohmann::json event { { "type", "engine_metrics" }, { "event", "engine_metrics" }, { "measured", true } };
    const QString name = recognizeEngine(scrape);
    const Catalog& c = catalog();
    const auto engine = std::find_if(c.engines.begin(), c.engines.end(), [&](const Engine& e) { return e.name == name; });
    if (engine == c.engines.end()) {
        bool truncated = false;
        event["engine"] = nullptr;
        event["raw"] = rawOf(scrape, truncated);
        if (truncated)
            event["raw_truncated"] = true;
        return event;
    }
    event["engine"] = name.toStdString();
    nlohmann::json gauges = nlohmann::json::object(), counters = nlohmann::json::object(), histograms = nlohmann::json::object();
    for (const auto& [key, alts] : engine->gauges)
        if (const auto v = read(scrape, alts, *engine, c.averaged.count(key) > 0); v && std::isfinite(*v))
            gauges[key.toStdString()] = *v;
    for (const auto& [key, alts] : engine->counters)
        if (const auto v = read(scrape, alts, *engine, false); v && std::isfinite(*v))
            counters[key.toStdString()] = *v;
    for (const auto& [key, alts] : engine->histograms)
        if (auto h = readHistogram(scrape, alts, *engine))
            histograms[key.toStdString()] = std::move(*h);
    event["gauges"] = gauges;
    event["counters"] = counters;
    event["histograms"] = histograms;
    return event;
}

} // namespace inferdeck
