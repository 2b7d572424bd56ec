// Windowed rates count each event once, in the right window, and divide by the window's real length.
#include <QTest>

#include <cmath>

#include "stats/windowedrate.h"

using namespace inferdeck;

class TestWindowedRate : public QObject {
    Q_OBJECT

private slots:
    void countsEventsPerWindow()
    {
        const std::vector<double> t { 0.0, 0.5, 0.99, 1.0, 2.5, 3.0 };
        const auto w = stats::windowedRates(t, {}, 0.0, 3.0, 1.0);
        QCOMPARE(w.size(), 3u);
        QCOMPARE(w[0].rate, 3.0);
        QCOMPARE(w[1].rate, 1.0);
        QCOMPARE(w[2].rate, 2.0); // the event at the end closes the span and counts
    }

    void lastPartialWindowUsesItsOwnLength()
    {
        const std::vector<double> t { 0.1, 2.1, 2.2 };
        const auto w = stats::windowedRates(t, {}, 0.0, 2.5, 1.0);
        QCOMPARE(w.size(), 3u);
        QCOMPARE(w[2].end, 2.5);
        QCOMPARE(w[2].rate, 4.0); // 2 events in 0.5 s
    }

    void weightsAndNaN()
    {
        const std::vector<double> t { 0.2, std::nan(""), 0.7, 5.0 };
        const std::vector<double> tokens { 100, 999, 50, 7 };
        const auto w = stats::windowedRates(t, tokens, 0.0, 1.0, 0.5);
        QCOMPARE(w.size(), 2u);
        QCOMPARE(w[0].rate, 200.0);
        QCOMPARE(w[1].rate, 100.0);
    }

    void degenerateSpans()
    {
        QVERIFY(stats::windowedRates(std::vector<double> { 1.0 }, {}, 1.0, 1.0, 1.0).empty());
        QVERIFY(stats::windowedRates(std::vector<double> { 1.0 }, {}, 0.0, 2.0, 0.0).empty());
    }
};

QTEST_APPLESS_MAIN(TestWindowedRate)
#include "tst_windowedrate.moc"
