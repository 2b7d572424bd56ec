// AIPerf's server_metrics_export.jsonl: every scrape AIPerf took of the engine's /metrics during
// `aiperf profile`, one JSON line per endpoint and instant, counters and histograms as the raw cumulative
// values the engine published (tests/data/importers/synthetic/aiperf-server-metrics/FORMAT.md §3). Read
// through the same engine catalog as the agent's scrapes, they become the phase's EngineState, so the
// time split and the diagnoses work on an AIPerf run as on InferDeck's own.
#include "importers/importers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

#include "importers/importsupport.h"
#include "protocol/enginecatalog.h"
#include "protocol/enginescrape.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

using namespace importing;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AiperfServerMetricsImport)
};

// Far beyond a real export (about 3 scrapes a second, a few hundred families each); a file past them is not
// one, and reading on would only exhaust memory.
constexpr std::size_t kMaxScrapes = 1'000'000;
constexpr std::size_t kMaxFamilies = 5000;
constexpr std::size_t kMaxSamples = 200'000; // buckets included: TGI's batch-size histograms have 1,025 each

struct Scrape {
    std::int64_t timestampNs = 0;
    nlohmann::json event; // the agent's engine_metrics event for it
};

std::map<QString, QString> readLabels(const json& sample, const QString& field)
{
    std::map<QString, QString> labels;
    const json* l = optObject(sample, "labels", field);
    if (!l)
        return labels;
    for (const auto& [k, v] : l->items()) {
        if (!v.is_string())
            fail(key(key(field, "labels"), k.c_str()), Tr::tr("a label's value must be text"));
        labels[QString::fromStdString(k)] = QString::fromStdString(v.get<std::string>());
    }
    return labels;
}

double bucketBound(const std::string& le, const QString& field)
{
    if (le == "+Inf" || le == "Inf" || le == "inf" || le == "+inf")
        return INFINITY;
    bool ok = false;
    const double b = QString::fromStdString(le).toDouble(&ok);
    if (!ok || !std::isfinite(b))
        fail(field, Tr::tr("a bucket's bound must be a number or +Inf, found \"%1\"").arg(QString::fromStdString(le).left(40)));
    return b;
}

void readFamily(PromFamily& fam, const json& samples, const QString& field, std::size_t& total)
{
    if (!samples.is_array())
        fail(field, Tr::tr("expected a list of samples"));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const QString f = index(field, i);
        const json& s = samples[i];
        if (!s.is_object())
            fail(f, Tr::tr("expected a sample object"));
        if (++total > kMaxSamples)
            fail(f, Tr::tr("more than %1 samples in one scrape").arg(kMaxSamples));
        std::map<QString, QString> labels = readLabels(s, f);
        if (const json* buckets = optObject(s, "buckets", f)) {
            PromFamily::Histogram h;
            h.labels = std::move(labels);
            total += buckets->size();
            if (total > kMaxSamples)
                fail(key(f, "buckets"), Tr::tr("more than %1 samples in one scrape").arg(kMaxSamples));
            for (const auto& [le, c] : buckets->items()) {
                const QString bf = key(key(f, "buckets"), le.c_str());
                const std::optional<double> count = nonNegative(elementNumber(c, bf), bf);
                if (!count)
                    continue; // AIPerf drops non-finite samples; a null bucket says nothing
                h.buckets[bucketBound(le, bf)] = *count;
            }
            h.sum = optNumber(s, "sum", f);
            h.count = optNonNegative(s, "count", f);
            fam.histograms.push_back(std::move(h));
        } else {
            const std::optional<double> v = optNumber(s, "value", f);
            if (v && std::isfinite(*v))
                fam.values.push_back({ std::move(labels), *v });
        }
    }
}

Scrape readLine(const json& d, const QString& field, QString& endpoint)
{
    if (!d.is_object())
        fail(field, Tr::tr("expected a JSON object"));
    endpoint = optText(d, "endpoint_url", field);
    if (endpoint.isEmpty())
        fail(key(field, "endpoint_url"), Tr::tr("missing"));
    const auto ts = d.find("timestamp_ns");
    if (ts == d.end() || !ts->is_number_integer())
        fail(key(field, "timestamp_ns"), Tr::tr("expected the scrape's time in whole nanoseconds"));
    const auto timestampNs = ts->get<std::int64_t>();
    // non-negative keeps the difference from the phase's start in range
    if (timestampNs < 0)
        fail(key(field, "timestamp_ns"), Tr::tr("a time stamp before 1970 (%1 ns)").arg(timestampNs));
    const json* metrics = optObject(d, "metrics", field);
    if (!metrics)
        fail(key(field, "metrics"), Tr::tr("missing"));
    if (metrics->size() > kMaxFamilies)
        fail(key(field, "metrics"), Tr::tr("more than %1 metric families in one scrape").arg(kMaxFamilies));
    PromScrape scrape;
    std::size_t samples = 0;
    for (const auto& [name, list] : metrics->items())
        readFamily(scrape.families[QString::fromStdString(name)], list, key(key(field, "metrics"), name.c_str()), samples);
    return { timestampNs, engineEventFor(scrape) };
}

} // namespace

std::optional<Error> attachAiperfServerMetrics(BenchmarkResult& result, const QByteArray& data, const QString& where)
{
    const QString tool = u"AIPerf server metrics"_s;
    try {
        std::map<QString, std::vector<Scrape>> byEndpoint;
        std::size_t count = 0;
        forEachJsonLine(data, [&](const json& d, const QString& field) {
            if (++count > kMaxScrapes)
                fail(field, Tr::tr("more than %1 scrapes").arg(kMaxScrapes));
            QString endpoint;
            Scrape s = readLine(d, field, endpoint);
            byEndpoint[endpoint].push_back(std::move(s));
        });
        if (byEndpoint.empty())
            fail({}, Tr::tr("no scrapes"));

        for (Phase& p : result.phases) {
            if (p.t0Unix <= 0.0 || p.nodes.size() != 1)
                fail({}, Tr::tr("the scrapes can only be placed beside per-request records (profile_export.jsonl) of one endpoint; import them together"));
            EngineState state;
            if (byEndpoint.size() > 1) {
                // AIPerf spread the requests over several endpoints without saying which took which: one node's
                // state beside all the requests would explain latency wrongly
                QStringList urls;
                for (const auto& [url, scrapes] : byEndpoint)
                    urls << url;
                state.reason = Tr::tr("AIPerf scraped %1 endpoints (%2) and its records do not say which endpoint served "
                                      "each request, so no engine's state is set beside them")
                                   .arg(byEndpoint.size()).arg(urls.join(u", "_s));
            } else {
                std::vector<Scrape>& scrapes = byEndpoint.begin()->second;
                // written in arrival order, and scrapes overlap: time order is the timestamps'
                std::stable_sort(scrapes.begin(), scrapes.end(), [](const Scrape& a, const Scrape& b) { return a.timestampNs < b.timestampNs; });
                const auto t0Ns = static_cast<std::int64_t>(std::llround(p.t0Unix * 1e9));
                for (const Scrape& s : scrapes)
                    appendEngineScrape(state, s.event, static_cast<double>(s.timestampNs - t0Ns) * 1e-9);
            }
            p.engine = { state };
        }
        return std::nullopt;
    } catch (const ImportFailure& f) {
        return importError(tool, where, f);
    } catch (const json::exception& e) {
        return importError(tool, where, unexpectedContent(e));
    }
}

} // namespace inferdeck
