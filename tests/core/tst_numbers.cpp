// Numbers a person typed, read strictly: finite, in range, and only in the plain decimal forms.
#include <QTest>

#include "util/numbers.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<qint64>)

class TestNumbers : public QObject {
    Q_OBJECT
private slots:
    void finiteNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<double>>("value");
        QTest::newRow("whole") << u"5"_s << std::optional<double>(5.0);
        QTest::newRow("fraction") << u"-0.5"_s << std::optional<double>(-0.5);
        QTest::newRow("leading point") << u".25"_s << std::optional<double>(0.25);
        QTest::newRow("exponent") << u"2.5e3"_s << std::optional<double>(2500.0);
        QTest::newRow("nan") << u"nan"_s << std::optional<double>();
        QTest::newRow("NaN") << u"NaN"_s << std::optional<double>();
        QTest::newRow("inf") << u"inf"_s << std::optional<double>();
        QTest::newRow("-infinity") << u"-infinity"_s << std::optional<double>();
        QTest::newRow("too large for a double") << u"1e400"_s << std::optional<double>();
        QTest::newRow("above the range") << u"1e7"_s << std::optional<double>();
        QTest::newRow("below the range") << u"-1e7"_s << std::optional<double>();
        QTest::newRow("spaces") << u" 5"_s << std::optional<double>();
        QTest::newRow("sign") << u"+5"_s << std::optional<double>();
        QTest::newRow("hex") << u"0x10"_s << std::optional<double>();
        QTest::newRow("comma") << u"1,5"_s << std::optional<double>();
        QTest::newRow("empty") << QString() << std::optional<double>();
        QTest::newRow("trailing text") << u"5%"_s << std::optional<double>();
    }
    void finiteNumbers()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<double>, value);
        QCOMPARE(parseFiniteNumber(text, -1e6, 1e6), value);
    }

    void wholeNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<qint64>>("value");
        QTest::newRow("port") << u"22"_s << std::optional<qint64>(22);
        QTest::newRow("leading zeros") << u"0022"_s << std::optional<qint64>(22);
        QTest::newRow("upper bound") << u"65535"_s << std::optional<qint64>(65535);
        QTest::newRow("above") << u"65536"_s << std::optional<qint64>();
        QTest::newRow("zero below") << u"0"_s << std::optional<qint64>();
        QTest::newRow("letters after") << u"22x"_s << std::optional<qint64>();
        QTest::newRow("fraction") << u"22.0"_s << std::optional<qint64>();
        QTest::newRow("sign") << u"+22"_s << std::optional<qint64>();
        QTest::newRow("space") << u"22 "_s << std::optional<qint64>();
        QTest::newRow("overflow") << u"99999999999999999999"_s << std::optional<qint64>();
        QTest::newRow("empty") << QString() << std::optional<qint64>();
    }
    void wholeNumbers()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<qint64>, value);
        QCOMPARE(parseWholeNumber(text, 1, 65535), value);
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
