// Known answers: every statistic equals numpy's on the data sets of tests/data/stats/known_answers.json
// (made by gen_known_answers.py with Debian's python3-numpy).
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <random>

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

// describe() as it was before selection replaced sorting: the reference the faster paths must equal bit for bit.
stats::Distribution describeBySorting(std::span<const double> values)
{
    stats::Distribution d;
    const std::vector<double> sorted = stats::sortedFinite(values);
    d.count = sorted.size();
    if (sorted.empty())
        return d;
    d.mean = stats::mean(values);
    d.stddev = stats::stddev(values, 0);
    d.min = sorted.front();
    d.max = sorted.back();
    d.p50 = stats::percentileOfSorted(sorted, 0.50);
    d.p90 = stats::percentileOfSorted(sorted, 0.90);
    d.p95 = stats::percentileOfSorted(sorted, 0.95);
    d.p99 = stats::percentileOfSorted(sorted, 0.99);
    return d;
}

// A vector read back in uneven blocks, so values cross every kind of block boundary.
class VectorStream : public stats::ValueStream {
public:
    explicit VectorStream(const std::vector<double>& v) : m_v(v) { }
    void rewind() override { m_pos = m_calls = 0; }
    std::size_t read(double* out, std::size_t max) override
    {
        const std::size_t n = std::min({ max, m_v.size() - m_pos, std::size_t(1 + (m_calls++ * 37) % 5000) });
        std::copy_n(m_v.begin() + static_cast<std::ptrdiff_t>(m_pos), n, out);
        m_pos += n;
        return n;
    }

private:
    const std::vector<double>& m_v;
    std::size_t m_pos = 0;
    std::size_t m_calls = 0;
};

bool sameBits(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || std::memcmp(&*a, &*b, sizeof(double)) == 0);
}

QString differences(const stats::Distribution& a, const stats::Distribution& b)
{
    QStringList out;
    if (a.count != b.count)
        out << u"count"_s;
    const std::pair<const char*, std::optional<double> stats::Distribution::*> fields[] = {
        { "mean", &stats::Distribution::mean }, { "stddev", &stats::Distribution::stddev },
        { "min", &stats::Distribution::min },   { "max", &stats::Distribution::max },
        { "p50", &stats::Distribution::p50 },   { "p90", &stats::Distribution::p90 },
        { "p95", &stats::Distribution::p95 },   { "p99", &stats::Distribution::p99 },
    };
    for (const auto& [name, field] : fields)
        if (!sameBits(a.*field, b.*field))
            out << u"%1: %2 vs %3"_s.arg(QLatin1StringView(name)).arg((a.*field).value_or(-1), 0, 'g', 17).arg((b.*field).value_or(-1), 0, 'g', 17);
    return out.join(u"; "_s);
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

    // summarize's speed-up must not move a single bit of any result
    void selectionEqualsSortingBitForBit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("distinct"); // 0: continuous values
        QTest::addColumn<bool>("specials"); // NaN, infinities and negatives mixed in
        for (int size : { 0, 1, 2, 3, 7, 8, 9, 17, 100, 128, 129, 1000, 4097, 100000 }) {
            QTest::addRow("%d continuous", size) << size << 0 << false;
            QTest::addRow("%d with specials", size) << size << 0 << true;
            QTest::addRow("%d of 5 distinct values", size) << size << 5 << false;
        }
        QTest::newRow("300000 of 1000 distinct, with specials") << 300000 << 1000 << true;
        QTest::newRow("ITL-like: 1 us steps, heavy ties") << 200000 << -1 << false;
        QTest::newRow("mostly unknown: whole blocks of NaN") << 20000 << -2 << false;
    }

    void selectionEqualsSortingBitForBit()
    {
        QFETCH(int, size);
        QFETCH(int, distinct);
        QFETCH(bool, specials);
        std::mt19937_64 rng(static_cast<std::uint64_t>(size) * 31 + static_cast<std::uint64_t>(distinct + 2) * 7 + specials);
        std::lognormal_distribution<double> latency(-4.0, 0.8);
        std::vector<double> v;
        for (int i = 0; i < size; ++i) {
            double x = latency(rng);
            if (distinct > 0)
                x = static_cast<double>(rng() % static_cast<std::uint64_t>(distinct)) * 0.125;
            else if (distinct == -1)
                x = static_cast<double>(5000 + rng() % 4000) * 1e-6; // gaps of µs chunk stamps
            else if (distinct == -2 && rng() % 50 != 0)
                x = std::nan("");
            if (specials) {
                switch (rng() % 16) {
                case 0: x = std::nan(""); break;
                case 1: x = -x; break;
                case 2: x = rng() % 2 ? HUGE_VAL : -HUGE_VAL; break;
                default: break;
                }
            }
            v.push_back(x);
        }
        const stats::Distribution expected = describeBySorting(v);
        const stats::Distribution fromSpan = stats::describe(std::span<const double>(v));
        QVERIFY2(differences(fromSpan, expected).isEmpty(), qPrintable(differences(fromSpan, expected)));
        VectorStream stream(v);
        const stats::Distribution fromStream = stats::describe(stream);
        QVERIFY2(differences(fromStream, expected).isEmpty(), qPrintable(differences(fromStream, expected)));
        std::vector<double> taken = v;
        const stats::Distribution fromTaken = stats::describe(std::move(taken));
        QVERIFY2(differences(fromTaken, expected).isEmpty(), qPrintable(differences(fromTaken, expected)));
        QVERIFY(taken.empty());
        for (double q : { 0.0, 0.25, 0.5, 0.995, 1.0 }) {
            const auto sorted = stats::sortedFinite(v);
            QVERIFY(sameBits(stats::percentile(v, q), stats::percentileOfSorted(sorted, q)));
        }
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
