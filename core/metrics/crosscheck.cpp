#include "metrics/crosscheck.h"

#include <cmath>
#include <optional>

#include "format/units.h"
#include "metrics/phasesummary.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

using Kind = CrossCheckFinding::Kind;

QString formatted(Kind kind, double v)
{
    switch (kind) {
    case Kind::Duration:
    case Kind::Latency:
    case Kind::LatencyPercentile:
        return Units::duration(v);
    case Kind::Rate:
        return Units::rate(v, u"/s"_s);
    case Kind::Count:
    case Kind::Tokens:
        break;
    }
    return Units::significant(v);
}

class Checker {
public:
    explicit Checker(const ReportedSummary& r) : m_r(r) {}

    void compare(const QString& metric, Kind kind, std::optional<double> ours, std::optional<double> theirs)
    {
        if (!ours || !theirs || !std::isfinite(*ours) || !std::isfinite(*theirs))
            return;
        const double scale = std::abs(*theirs);
        const double diff = *ours - *theirs;
        if (scale == 0.0 ? diff == 0.0 : std::abs(diff) <= CrossCheck::kTolerance * scale)
            return;
        m_out.append({ metric, *ours, *theirs, scale == 0.0 ? INFINITY : diff / scale, reasonFor(metric, kind), kind });
    }

    void distribution(const QString& name, const stats::Distribution& ours, const ReportedDistribution& theirs)
    {
        compare(name + u" mean"_s, Kind::Latency, ours.mean, theirs.mean);
        compare(name + u" p50"_s, Kind::LatencyPercentile, ours.p50, theirs.p50);
        compare(name + u" p90"_s, Kind::LatencyPercentile, ours.p90, theirs.p90);
        compare(name + u" p95"_s, Kind::LatencyPercentile, ours.p95, theirs.p95);
        compare(name + u" p99"_s, Kind::LatencyPercentile, ours.p99, theirs.p99);
    }

    QList<CrossCheckFinding> take() { return std::move(m_out); }

private:
    QString reasonFor(const QString& metric, Kind kind) const
    {
        const bool tokenBased = metric.startsWith(u"tpot"_s) || metric.contains(u"token"_s);
        if (kind == Kind::LatencyPercentile && m_r.percentileMethod != u"linear"_s)
            return CrossCheck::tr("the tool computes percentiles by %1, InferDeck by linear interpolation (numpy)")
                .arg(m_r.percentileMethod.isEmpty() ? CrossCheck::tr("an undocumented method") : m_r.percentileMethod);
        if (tokenBased && !m_r.tokenCounting.isEmpty())
            return CrossCheck::tr("the tool counts tokens differently (%1)").arg(m_r.tokenCounting);
        if (kind == Kind::Count || metric.contains(u"throughput"_s) || kind == Kind::Duration)
            return CrossCheck::tr("the tool counts a different set of requests or measures the duration differently "
                                  "(warm-up or cool-down windows, failed requests)");
        if (metric.startsWith(u"itl"_s))
            return CrossCheck::tr("the tool pools inter-chunk gaps differently");
        return CrossCheck::tr("the tool includes or excludes different requests (for example those without output)");
    }

    const ReportedSummary& m_r;
    QList<CrossCheckFinding> m_out;
};

std::optional<double> asDouble(std::optional<std::int64_t> v)
{
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

} // namespace

QString CrossCheckFinding::recomputedText() const
{
    return formatted(kind, recomputed);
}

QString CrossCheckFinding::reportedText() const
{
    return formatted(kind, reported);
}

QString CrossCheckFinding::text() const
{
    const QString pct = std::isfinite(relativeDifference) ? Units::signedPercent(relativeDifference, 1)
                                                          : CrossCheck::tr("not comparable");
    return CrossCheck::tr("%1: recomputed from the records %2, the file says %3 (%4); likely because %5.")
        .arg(metric, recomputedText(), reportedText(), pct, likelyReason);
}

QList<CrossCheckFinding> CrossCheck::run(const PhaseSummary& s, const ReportedSummary& r)
{
    Checker c(r);
    c.compare(u"requests issued"_s, Kind::Count, static_cast<double>(s.issued), asDouble(r.issued));
    c.compare(u"requests completed"_s, Kind::Count, static_cast<double>(s.completed), asDouble(r.completed));
    if (s.completed > 0) {
        if (s.inputTokensKnown)
            c.compare(u"input tokens"_s, Kind::Tokens, static_cast<double>(s.inputTokens), asDouble(r.inputTokens));
        if (s.outputTokensKnown)
            c.compare(u"output tokens"_s, Kind::Tokens, static_cast<double>(s.outputTokens), asDouble(r.outputTokens));
    }
    if (s.sendTimesKnown) {
        c.compare(u"duration"_s, Kind::Duration, s.durationS, r.durationS);
        c.compare(u"request throughput"_s, Kind::Rate, s.requestThroughput, r.requestThroughput);
        c.compare(u"output token throughput"_s, Kind::Rate, s.outputTokenThroughput, r.outputTokenThroughput);
        c.compare(u"total token throughput"_s, Kind::Rate, s.totalTokenThroughput, r.totalTokenThroughput);
    }
    c.distribution(u"ttft"_s, s.ttft, r.ttft);
    c.distribution(u"tpot"_s, s.tpot, r.tpot);
    c.distribution(u"itl"_s, s.itl, r.itl);
    c.distribution(u"e2e"_s, s.e2e, r.e2e);
    return c.take();
}

} // namespace inferdeck
