// Numbers and units become text in one place, locale-independent by default, "—" when not measured.
#include <QTest>

#include <cmath>

#include "format/units.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestUnits : public QObject {
    Q_OBJECT

private slots:
    void durationPicksUnit_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("microseconds") << 0.000850 << u"850 µs"_s;
        QTest::newRow("milliseconds") << 0.980 << u"980 ms"_s;
        QTest::newRow("small milliseconds") << 0.01234 << u"12.3 ms"_s;
        QTest::newRow("seconds") << 1.2345 << u"1.23 s"_s;
        QTest::newRow("long") << 1234.5 << u"1235 s"_s;
    }
    void durationPicksUnit()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(Units::duration(seconds), text);
    }

    void notMeasuredIsADash()
    {
        QCOMPARE(Units::duration(std::nullopt), u"—"_s);
        QCOMPARE(Units::rate(std::nullopt, u"req/s"_s), u"—"_s);
        QCOMPARE(Units::percent(std::nullopt), u"—"_s);
        QCOMPARE(Units::energyPerToken(std::nan("")), u"—"_s);
    }

    void ratesPercentsAndDates()
    {
        QCOMPARE(Units::rate(2.05, u"req/s"_s), u"2.05 req/s"_s);
        QCOMPARE(Units::rate(12345.6, u"tok/s"_s), u"12346 tok/s"_s);
        QCOMPARE(Units::percent(1.025), u"102.5 %"_s);
        QCOMPARE(Units::milliseconds(0.98012), u"980.1"_s);
        QCOMPARE(Units::dateTime(1.0), u"1970-01-01 00:00:01 UTC"_s);
        QCOMPARE(Units::dateTime(1.79e9), u"2026-09-21 14:13:20 UTC"_s);
    }

    void anUnknownDateIsNotMeasuredNot1970()
    {
        // 0 is how a file says "no date" (an import without one, an entry salvaged from a damaged library)
        QCOMPARE(Units::dateTime(0.0), Units::notMeasured());
        QCOMPARE(Units::localDateTime(0.0), Units::notMeasured());
        QCOMPARE(Units::localDateTime(std::nan("")), Units::notMeasured());
        QVERIFY(Units::localDateTime(1.79e9, QLocale(QLocale::English, QLocale::UnitedStates)).contains(u"26"_s));
    }

    void timeLeftInWholeUnits()
    {
        QCOMPARE(Units::timeLeft(2.6), u"3 s"_s);
        QCOMPARE(Units::timeLeft(-1.0), u"0 s"_s);
        QCOMPARE(Units::timeLeft(185.2), u"3 min 5 s"_s);
        QCOMPARE(Units::timeLeft(4830.0), u"1 h 20 min"_s);
    }

    void whatRoundsToZeroHasNoSign()
    {
        QCOMPARE(Units::number(-0.0004, 2), u"0.00"_s);
        QCOMPARE(Units::number(-0.004, 2), u"0.00"_s);
        QCOMPARE(Units::number(-0.006, 2), u"-0.01"_s);
        QCOMPARE(Units::number(-0.0, 1), u"0.0"_s);
    }

    void localeOnlyWhenAsked()
    {
        QCOMPARE(Units::number(1234.5, 1), u"1234.5"_s);
        QCOMPARE(Units::number(1234.5, 1, QLocale(QLocale::German)), u"1234,5"_s);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
