#include "compare/repetitionlatencies.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "stats/descriptive.h"
#include "stats/welch.h"

namespace inferdeck {

namespace {
double percentileOf(std::span<const double> v, double q)
{
    std::vector<double> copy(v.begin(), v.end());
    std::sort(copy.begin(), copy.end());
    return stats::percentileOfSorted(copy, q).value_or(NAN);
}

double meanOf(const std::vector<double>& v)
{
    return v.empty() ? NAN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

std::size_t sizeOf(const stats::Groups& g)
{
    std::size_t n = 0;
    for (const auto& v : g)
        n += v.size();
    return n;
}

// Beyond this many values a bootstrap thins them evenly and deterministically (see thinnedGroups).
constexpr std::size_t kMaxBootstrapValues = 20000;
} // namespace

stats::Groups repetitionLatencies(const BenchmarkResult& result, const QList<int>& phases, LatencyKind which)
{
    stats::Groups out;
    for (int i : phases) {
        std::vector<double> v;
        const RequestColumns& r = result.phases[i].requests;
        for (std::size_t k = 0; k < r.size(); ++k) {
            if (r.warmup[k] || r.status[k] != RequestColumns::kOk)
                continue;
            const double ttft = r.firstToken[k] - r.send[k];
            const double e2e = r.end[k] - r.send[k];
            switch (which) {
            case LatencyKind::AnswerTtft:
                if (!std::isnan(r.firstAnswer[k])) // an answer made only of reasoning has none
                    v.push_back(r.firstAnswer[k] - r.send[k]);
                break;
            case LatencyKind::Ttft:
                v.push_back(ttft);
                break;
            case LatencyKind::E2e:
                v.push_back(e2e);
                break;
            case LatencyKind::Tpot:
                if (r.outputTokens[k] > 1)
                    v.push_back((e2e - ttft) / double(r.outputTokens[k] - 1));
                break;
            }
        }
        std::erase_if(v, [](double x) { return !std::isfinite(x); });
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<double> repetitionPercentiles(const stats::Groups& repetitions, double q)
{
    std::vector<double> out;
    for (const auto& v : repetitions)
        if (!v.empty())
            out.push_back(percentileOf(v, q));
    return out;
}

std::optional<double> meanOfPercentiles(const stats::Groups& repetitions, double q)
{
    const std::vector<double> p = repetitionPercentiles(repetitions, q);
    return p.empty() ? std::nullopt : std::optional<double>(meanOf(p));
}

stats::Groups thinnedGroups(const stats::Groups& groups, std::size_t max)
{
    const std::size_t total = sizeOf(groups);
    if (total <= max)
        return groups;
    stats::Groups out;
    for (const auto& v : groups) {
        const std::size_t keep = std::max<std::size_t>(v.empty() ? 0 : 1, v.size() * max / total);
        std::vector<double> t;
        t.reserve(keep);
        const double step = keep ? double(v.size()) / double(keep) : 0.0;
        for (std::size_t k = 0; k < keep; ++k)
            t.push_back(v[static_cast<std::size_t>(double(k) * step)]);
        out.push_back(std::move(t));
    }
    return out;
}

PercentileChange percentileChange(const stats::Groups& baseline, const stats::Groups& candidate, double q,
                                  const stats::BootstrapOptions& options)
{
    PercentileChange out;
    const std::vector<double> pa = repetitionPercentiles(baseline, q);
    const std::vector<double> pb = repetitionPercentiles(candidate, q);
    if (pa.empty() || pb.empty() || !(meanOf(pa) > 0))
        return out;
    if (pa.size() >= 2 && pb.size() >= 2) {
        if (const auto w = stats::welchInterval(pa, pb, options.confidence)) {
            const double base = meanOf(pa);
            out.interval = stats::Interval{ w->difference.low / base, w->difference.high / base };
            out.from = PercentileIntervalFrom::Repetitions;
        } else {
            out.noSpread = true;
        }
        return out;
    }
    const stats::Groups a = thinnedGroups(baseline, kMaxBootstrapValues);
    const stats::Groups b = thinnedGroups(candidate, kMaxBootstrapValues);
    out.interval = stats::stratifiedBootstrapInterval(a, b, [q](const stats::Groups& x, const stats::Groups& y) {
        return meanOfPercentiles(y, q).value_or(NAN) / meanOfPercentiles(x, q).value_or(NAN) - 1.0;
    }, options);
    if (out.interval)
        out.from = PercentileIntervalFrom::Requests;
    return out;
}

PercentileInterval percentileInterval(const stats::Groups& repetitions, double q, const stats::BootstrapOptions& options)
{
    PercentileInterval out;
    const std::vector<double> p = repetitionPercentiles(repetitions, q);
    out.repetitions = static_cast<int>(p.size());
    out.requests = sizeOf(repetitions);
    if (p.size() >= 2) {
        const double mean = meanOf(p);
        double ss = 0.0;
        for (double x : p)
            ss += (x - mean) * (x - mean);
        const double se = std::sqrt(ss / double(p.size() - 1) / double(p.size()));
        if (const auto t = stats::studentTQuantile(0.5 + options.confidence / 2, double(p.size() - 1)); t && se > 0) {
            out.interval = stats::Interval{ mean - *t * se, mean + *t * se };
            out.from = PercentileIntervalFrom::Repetitions;
        }
        return out;
    }
    if (p.empty())
        return out;
    const stats::Groups thin = thinnedGroups(repetitions, kMaxBootstrapValues);
    std::vector<double> only;
    for (const auto& v : thin)
        only.insert(only.end(), v.begin(), v.end()); // one repetition with values: the others are empty
    out.interval = stats::bootstrapInterval(only, [q](std::span<const double> x) { return percentileOf(x, q); }, options);
    if (out.interval)
        out.from = PercentileIntervalFrom::Requests;
    return out;
}

} // namespace inferdeck
