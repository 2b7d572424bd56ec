// Bootstrap intervals are repeatable for a seed, cover the truth, and refuse too little data.
#include <QTest>

#include <numeric>

#include <random>

#include "stats/bootstrap.h"
#include "stats/descriptive.h"

using namespace inferdeck;

namespace {
double meanOf(std::span<const double> v)
{
    return *stats::mean(v);
}
} // namespace

class TestBootstrap : public QObject {
    Q_OBJECT

private slots:
    void sameSeedGivesSameInterval()
    {
        const std::vector<double> v { 1.0, 2.0, 3.5, 4.0, 10.0 };
        const auto a = stats::bootstrapInterval(v, meanOf, { 1000, 0.95, 11 });
        const auto b = stats::bootstrapInterval(v, meanOf, { 1000, 0.95, 11 });
        const auto c = stats::bootstrapInterval(v, meanOf, { 1000, 0.95, 12 });
        QVERIFY(a && b && c);
        QCOMPARE(*a, *b);
        QVERIFY(!(*a == *c));
    }

    void intervalOfMeanCoversTruthAndNarrowsWithData()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> normal(10.0, 2.0);
        std::vector<double> small;
        std::vector<double> large;
        for (int i = 0; i < 2000; ++i)
            (i < 50 ? small : large).push_back(normal(rng));
        const auto s = stats::bootstrapInterval(small, meanOf);
        const auto l = stats::bootstrapInterval(large, meanOf);
        QVERIFY(s && l);
        QVERIFY(s->low < 10.0 && 10.0 < s->high);
        QVERIFY(l->low < 10.0 && 10.0 < l->high);
        QVERIFY(l->high - l->low < s->high - s->low);
        // the normal-theory 95 % width for n = 1950 is 2 * 1.96 * 2 / sqrt(1950) = 0.178
        QVERIFY(std::fabs((l->high - l->low) - 0.178) < 0.03);
    }

    void twoSampleRatio()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> base(100.0, 3.0);
        std::normal_distribution<double> scaled(180.0, 5.0);
        std::vector<double> a;
        std::vector<double> b;
        for (int i = 0; i < 40; ++i) {
            a.push_back(base(rng));
            b.push_back(scaled(rng));
        }
        auto ratio = [](std::span<const double> x, std::span<const double> y) { return meanOf(y) / (2 * meanOf(x)); };
        const auto ci = stats::bootstrapInterval(a, b, ratio);
        QVERIFY(ci);
        QVERIFY(ci->low < 0.9 && 0.9 < ci->high);
        QVERIFY(ci->high < 1.0);
    }

    void refusesTooLittleData()
    {
        QVERIFY(!stats::bootstrapInterval(std::vector<double> { 1.0 }, meanOf));
        QVERIFY(!stats::bootstrapInterval(std::vector<double> {}, meanOf));
        auto ratio = [](std::span<const double> x, std::span<const double> y) { return meanOf(y) / meanOf(x); };
        QVERIFY(!stats::bootstrapInterval(std::vector<double> { 1.0, 2.0 }, std::vector<double> { 3.0 }, ratio));
    }

    void aStratifiedBootstrapResamplesEachGroupWithinItself()
    {
        // one group a side: exactly the two-sample bootstrap's draws, so one repetition compares as before
        const std::vector<double> a{ 1, 2, 3, 4, 5, 6, 7, 8 }, b{ 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        const auto ratio = [](std::span<const double> x, std::span<const double> y) {
            return std::accumulate(y.begin(), y.end(), 0.0) / double(y.size()) / (std::accumulate(x.begin(), x.end(), 0.0) / double(x.size()));
        };
        const auto plain = stats::bootstrapInterval(a, b, ratio);
        const auto grouped = stats::stratifiedBootstrapInterval({ a }, { b }, [&ratio](const stats::Groups& x, const stats::Groups& y) {
            return ratio(x[0], y[0]);
        });
        QVERIFY(plain && grouped);
        QCOMPARE(*grouped, *plain);
        // several groups: every resample keeps each group's size and draws only from that group
        const stats::Groups ga{ { 1, 1, 1 }, { 100, 100 } }, gb{ { 5, 5 }, { 7 } };
        bool kept = true;
        const auto i = stats::stratifiedBootstrapInterval(ga, gb, [&kept](const stats::Groups& x, const stats::Groups& y) {
            kept = kept && x[0] == std::vector<double>{ 1, 1, 1 } && x[1] == std::vector<double>{ 100, 100 } && y[0].size() == 2 && y[1] == std::vector<double>{ 7 };
            return x[1][0] - x[0][0];
        });
        QVERIFY(kept);
        QCOMPARE(*i, (stats::Interval{ 99.0, 99.0 }));
        QVERIFY(!stats::stratifiedBootstrapInterval({ { 1.0 } }, { { 1.0, 2.0 } }, [](const stats::Groups&, const stats::Groups&) { return 0.0; }));
    }
};

QTEST_APPLESS_MAIN(TestBootstrap)
#include "tst_bootstrap.moc"
