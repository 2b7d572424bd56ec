// Energy is the trapezoid integral of power over the phase window, summed over GPUs, or not measured.
#include <QTest>

#include <cmath>

#include "metrics/energy.h"

using namespace inferdeck;

namespace {
TelemetryColumns series(std::initializer_list<std::tuple<double, int, int, double>> samples)
{
    TelemetryColumns t;
    for (auto [time, node, gpu, power] : samples)
        t.append({ time, static_cast<std::uint16_t>(node), static_cast<std::uint16_t>(gpu), NAN, NAN, power, NAN, NAN });
    return t;
}
} // namespace

class TestEnergy : public QObject {
    Q_OBJECT

private slots:
    void trapezoidOverSamples()
    {
        // 100 W → 300 W over 2 s is 400 J; a second GPU at constant 50 W adds 100 J
        const auto t = series({ { 0, 0, 0, 100 }, { 1, 0, 0, 200 }, { 2, 0, 0, 300 }, { 0, 0, 1, 50 }, { 2, 0, 1, 50 } });
        QCOMPARE(*gpuEnergyJ(t, 0.0, 2.0), 500.0);
    }

    void interpolatesAtWindowEdges()
    {
        // power rises linearly 0 → 400 W from t = 0 to 4; from 1 to 3 it is 100 → 300 W: 400 J
        const auto t = series({ { 0, 0, 0, 0 }, { 4, 0, 0, 400 } });
        QCOMPARE(*gpuEnergyJ(t, 1.0, 3.0), 400.0);
    }

    void selectsOneNode()
    {
        const auto t = series({ { 0, 0, 0, 100 }, { 1, 0, 0, 100 }, { 0, 1, 0, 300 }, { 1, 1, 0, 300 } });
        QCOMPARE(*gpuEnergyJ(t, 0.0, 1.0, 1), 300.0);
        QCOMPARE(*gpuEnergyJ(t, 0.0, 1.0), 400.0);
    }

    void notMeasuredWithoutPower()
    {
        QVERIFY(!gpuEnergyJ(TelemetryColumns {}, 0.0, 1.0));
        QVERIFY(!gpuEnergyJ(series({ { 0, 0, 0, NAN }, { 1, 0, 0, NAN } }), 0.0, 1.0));
        QVERIFY(!gpuEnergyJ(series({ { 0, 0, 0, 100 } }), 0.0, 1.0)); // one sample is no integral
        // a GPU whose samples end before the phase starts cannot be integrated over it
        QVERIFY(!gpuEnergyJ(series({ { 0, 0, 0, 100 }, { 1, 0, 0, 100 } }), 5.0, 6.0));
    }
};

QTEST_APPLESS_MAIN(TestEnergy)
#include "tst_energy.moc"
