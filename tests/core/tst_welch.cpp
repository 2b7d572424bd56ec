// Known answers: Student t quantiles and Welch intervals equal numpy's (tests/data/stats/welch_known_answers.json,
// made by gen_welch_known_answers.py with Debian's python3-numpy).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

#include "stats/welch.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
QJsonObject knownAnswers()
{
    QFile f(testing::sourcePath(u"tests/data/stats/welch_known_answers.json"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("welch_known_answers.json not found");
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<double> values(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

bool close(double a, double b) { return std::fabs(a - b) <= 1e-8 * std::max(1.0, std::fabs(b)); }
} // namespace

class TestWelch : public QObject {
    Q_OBJECT

private slots:
    void studentQuantilesEqualNumpys()
    {
        for (const QJsonValue& v : knownAnswers()[u"quantiles"_s].toArray()) {
            const QJsonObject q = v.toObject();
            const auto t = stats::studentTQuantile(q[u"p"_s].toDouble(), q[u"df"_s].toDouble());
            QVERIFY(t);
            QVERIFY2(close(*t, q[u"t"_s].toDouble()), qPrintable(u"p %1 df %2: %3 vs %4"_s.arg(q[u"p"_s].toDouble()).arg(q[u"df"_s].toDouble()).arg(*t, 0, 'g', 15).arg(q[u"t"_s].toDouble(), 0, 'g', 15)));
            // symmetric around 0
            QVERIFY(close(*stats::studentTQuantile(1.0 - q[u"p"_s].toDouble(), q[u"df"_s].toDouble()), -*t));
        }
    }

    void welchIntervalsEqualNumpys()
    {
        for (const QJsonValue& v : knownAnswers()[u"welch"_s].toArray()) {
            const QJsonObject w = v.toObject();
            const auto i = stats::welchInterval(values(w[u"a"_s]), values(w[u"b"_s]), w[u"confidence"_s].toDouble());
            QVERIFY(i);
            QVERIFY(close(i->df, w[u"df"_s].toDouble()));
            QVERIFY(close(i->difference.low, w[u"low"_s].toDouble()));
            QVERIFY(close(i->difference.high, w[u"high"_s].toDouble()));
        }
    }

    void tooLittleDataGivesNoInterval()
    {
        QVERIFY(!stats::welchInterval(std::vector<double>{ 1.0 }, std::vector<double>{ 1.0, 2.0 }));
        QVERIFY(!stats::welchInterval(std::vector<double>{ 1.0, 1.0 }, std::vector<double>{ 2.0, 2.0 })); // no spread: no interval
        QVERIFY(!stats::welchInterval(std::vector<double>{ 1.0, NAN }, std::vector<double>{ 2.0, 3.0 }));
        QVERIFY(!stats::studentTQuantile(0.0, 3));
        QVERIFY(!stats::studentTQuantile(0.5, 0));
        QVERIFY(!stats::studentTQuantile(NAN, 3));
    }
};

QTEST_GUILESS_MAIN(TestWelch)
#include "tst_welch.moc"
