// Known answers: every statistic equals numpy's on the data sets of tests/data/stats/known_answers.json
// (made by gen_known_answers.py with Debian's python3-numpy).
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

#include "stats/descriptive.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using nlohmann::json;

namespace {

constexpr double kRelTol = 1e-12;

bool close(double actual, double expected)
{
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= kRelTol * std::max(std::fabs(expected), 1e-300);
}

#define COMPARE_CLOSE(actual, expected)                                                                                \
    QVERIFY2(close((actual), (expected)),                                                                              \
             qPrintable(u"%1 = %2, numpy says %3"_s.arg(QStringLiteral(#actual)).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))

const json& knownAnswers()
{
    static json doc = [] {
        QFile f(QFINDTESTDATA("../data/stats/known_answers.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("known_answers.json not found");
        return json::parse(f.readAll().toStdString());
    }();
    return doc;
}

std::vector<double> valuesOf(const json& set)
{
    std::vector<double> v;
    for (const json& x : set["values"])
        v.push_back(x.is_null() ? std::nan("") : x.get<double>());
    return v;
}

} // namespace

class TestDescriptive : public QObject {
    Q_OBJECT

private slots:
    void statisticsMatchNumpy_data()
    {
        QTest::addColumn<int>("index");
        int i = 0;
        for (const json& set : knownAnswers()["datasets"])
            QTest::newRow(set["name"].get<std::string>().c_str()) << i++;
    }

    void statisticsMatchNumpy()
    {
        QFETCH(int, index);
        const json& set = knownAnswers()["datasets"][static_cast<std::size_t>(index)];
        const std::vector<double> v = valuesOf(set);
        const json& e = set["expected"];
        if (e.is_null()) {
            QVERIFY(!stats::mean(v));
            QVERIFY(!stats::percentile(v, 0.5));
            QVERIFY(!stats::minimum(v));
            QCOMPARE(stats::describe(v).count, std::size_t(0));
            return;
        }
        COMPARE_CLOSE(*stats::mean(v), e["mean"].get<double>());
        COMPARE_CLOSE(*stats::stddev(v, 0), e["std_ddof0"].get<double>());
        if (e["std_ddof1"].is_null())
            QVERIFY(!stats::stddev(v, 1));
        else
            COMPARE_CLOSE(*stats::stddev(v, 1), e["std_ddof1"].get<double>());
        COMPARE_CLOSE(*stats::minimum(v), e["min"].get<double>());
        COMPARE_CLOSE(*stats::maximum(v), e["max"].get<double>());
        COMPARE_CLOSE(*stats::median(v), e["median"].get<double>());
        for (const auto& [q, expected] : e["percentiles"].items()) {
            const double p = std::stod(q) / 100.0;
            const auto actual = stats::percentile(v, p);
            QVERIFY2(actual, q.c_str());
            QVERIFY2(close(*actual, expected.get<double>()),
                     qPrintable(u"p%1 = %2, numpy says %3"_s.arg(QString::fromStdString(q))
                                    .arg(*actual, 0, 'g', 17)
                                    .arg(expected.get<double>(), 0, 'g', 17)));
        }
        const stats::Distribution d = stats::describe(v);
        QCOMPARE(d.count, e["count"].get<std::size_t>());
        COMPARE_CLOSE(*d.p99, e["percentiles"]["99"].get<double>());
        COMPARE_CLOSE(*d.mean, e["mean"].get<double>());
    }

    void percentileRejectsOutOfRangeQuantile()
    {
        const std::vector<double> v { 1.0, 2.0 };
        QVERIFY(!stats::percentile(v, -0.1));
        QVERIFY(!stats::percentile(v, 1.5));
        QVERIFY(!stats::percentile(v, std::nan("")));
    }

    void percentileInterpolatesAsInStyleGuide()
    {
        QCOMPARE(*stats::percentile(std::vector<double> { 1, 2, 3, 4 }, 0.90), 3.7);
        QCOMPARE(*stats::percentile(std::vector<double> { 4.0 }, 0.90), 4.0);
    }

    void stddevNeedsMoreValuesThanDdof()
    {
        QVERIFY(!stats::stddev(std::vector<double> { 1.0 }, 1));
        QCOMPARE(*stats::stddev(std::vector<double> { 1.0 }, 0), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestDescriptive)
#include "tst_descriptive.moc"
