// The streaming estimator keeps its documented bound: within relativeAccuracy of the exact order
// statistic x_(floor(q (n-1))) for every q, on skewed, wide-range and tiny data.
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

#include "stats/streamingquantile.h"

using namespace inferdeck;

class TestStreamingQuantile : public QObject {
    Q_OBJECT

private slots:
    void staysWithinRelativeBound_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<double>("accuracy");
        QTest::newRow("lognormal latencies, 1 %") << QStringLiteral("lognormal") << 0.01;
        QTest::newRow("lognormal latencies, 0.1 %") << QStringLiteral("lognormal") << 0.001;
        QTest::newRow("nine decades, 1 %") << QStringLiteral("wide") << 0.01;
        QTest::newRow("with exact zeros, 2 %") << QStringLiteral("zeros") << 0.02;
    }

    void staysWithinRelativeBound()
    {
        QFETCH(QString, shape);
        QFETCH(double, accuracy);
        std::mt19937_64 rng(7);
        std::vector<double> values;
        for (int i = 0; i < 20000; ++i) {
            if (shape == u"lognormal")
                values.push_back(std::exp(std::normal_distribution<double>(-2.0, 0.8)(rng)));
            else if (shape == u"wide")
                values.push_back(std::pow(10.0, std::uniform_real_distribution<double>(-6.0, 3.0)(rng)));
            else
                values.push_back(i % 5 == 0 ? 0.0 : std::exponential_distribution<double>(20.0)(rng));
        }
        stats::StreamingQuantile sketch(accuracy);
        for (double v : values)
            sketch.add(v);
        QCOMPARE(sketch.count(), values.size());
        std::sort(values.begin(), values.end());
        for (double q = 0.0; q <= 1.0; q += 0.001) {
            const double exact = values[static_cast<std::size_t>(std::floor(q * (values.size() - 1)))];
            const double estimate = *sketch.quantile(q);
            // a hair of slack for log() rounding at bucket edges
            QVERIFY2(std::fabs(estimate - exact) <= accuracy * exact * (1 + 1e-9),
                     qPrintable(QStringLiteral("q=%1 exact=%2 estimate=%3").arg(q).arg(exact).arg(estimate)));
        }
    }

    void mergeEqualsAddingEverything()
    {
        stats::StreamingQuantile a;
        stats::StreamingQuantile b;
        stats::StreamingQuantile all;
        for (int i = 1; i <= 1000; ++i) {
            const double v = 0.001 * i * i;
            (i % 3 ? a : b).add(v);
            all.add(v);
        }
        b.add(0.0);
        all.add(0.0);
        a.merge(b);
        QCOMPARE(a.count(), all.count());
        for (double q : { 0.0, 0.01, 0.5, 0.9, 0.99, 1.0 })
            QCOMPARE(*a.quantile(q), *all.quantile(q));
    }

    void emptyAndNaN()
    {
        stats::StreamingQuantile s;
        QVERIFY(!s.quantile(0.5));
        s.add(std::nan(""));
        QCOMPARE(s.count(), 0u);
        s.add(0.25);
        QVERIFY(!s.quantile(1.5));
        QVERIFY(std::fabs(*s.quantile(0.5) - 0.25) <= 0.01 * 0.25);
        s.clear();
        QVERIFY(!s.quantile(0.5));
    }
};

QTEST_APPLESS_MAIN(TestStreamingQuantile)
#include "tst_streamingquantile.moc"
