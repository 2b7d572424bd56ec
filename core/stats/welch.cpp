#include "stats/welch.h"

#include <cmath>
#include <vector>

namespace inferdeck::stats {

namespace {

// Continued fraction of the regularized incomplete beta function (modified Lentz), converging for
// x < (a + 1) / (a + b + 2); the caller swaps the arguments otherwise.
double betaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = std::fabs(d) < tiny ? 1.0 / tiny : 1.0 / d;
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + aa * d;
        d = std::fabs(d) < tiny ? 1.0 / tiny : 1.0 / d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + aa * d;
        d = std::fabs(d) < tiny ? 1.0 / tiny : 1.0 / d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < tiny ? tiny : c;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < 1e-15)
            break;
    }
    return h;
}

double regularizedBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1.0) / (a + b + 2.0))
        return std::exp(logFront) * betaFraction(a, b, x) / a;
    return 1.0 - std::exp(logFront) * betaFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    const double tail = 0.5 * regularizedBeta(df / 2.0, 0.5, df / (df + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}

struct Moments {
    double mean = 0.0;
    double variance = 0.0; // ddof 1
    double n = 0.0;
};

std::optional<Moments> moments(std::span<const double> v)
{
    std::vector<double> x;
    for (double d : v)
        if (std::isfinite(d))
            x.push_back(d);
    if (x.size() < 2)
        return std::nullopt;
    Moments m;
    m.n = double(x.size());
    for (double d : x)
        m.mean += d;
    m.mean /= m.n;
    for (double d : x)
        m.variance += (d - m.mean) * (d - m.mean);
    m.variance /= m.n - 1.0;
    return m;
}

} // namespace

std::optional<double> studentTQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0.0) || !std::isfinite(df))
        return std::nullopt;
    if (p == 0.5)
        return 0.0;
    // the CDF is monotone: bracket, then bisect to double precision (about 100 halvings at most)
    double lo = 0.0, hi = 1.0;
    const double target = p > 0.5 ? p : 1.0 - p;
    while (studentTCdf(hi, df) < target && hi < 1e300)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-14 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < target ? lo : hi) = mid;
    }
    const double t = 0.5 * (lo + hi);
    return p > 0.5 ? t : -t;
}

std::optional<WelchInterval> welchInterval(std::span<const double> a, std::span<const double> b, double confidence)
{
    const auto ma = moments(a), mb = moments(b);
    if (!ma || !mb || !(confidence > 0.0 && confidence < 1.0))
        return std::nullopt;
    const double va = ma->variance / ma->n, vb = mb->variance / mb->n;
    const double se2 = va + vb;
    if (!(se2 > 0.0))
        return std::nullopt;
    const double df = se2 * se2 / (va * va / (ma->n - 1.0) + vb * vb / (mb->n - 1.0));
    const auto t = studentTQuantile(0.5 + confidence / 2.0, df);
    if (!t)
        return std::nullopt;
    const double diff = mb->mean - ma->mean;
    const double half = *t * std::sqrt(se2);
    return WelchInterval{ { diff - half, diff + half }, df };
}

} // namespace inferdeck::stats
