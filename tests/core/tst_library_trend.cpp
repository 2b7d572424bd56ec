// The library's trend beside its list and compare: one definition of a latency percentile for a phase with
// repetitions (the mean of each repetition's own), why a point carries no significance mark when it cannot
// be tested, and a chart whose bars start at zero.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "compare/comparison.h"
#include "io/resultfile.h"
#include "library/libraryindex.h"
#include "library/trend.h"
#include "library/trendchart.h"
#include "stats/descriptive.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

testing::SyntheticSpec smallRun(std::uint64_t seed, double t0)
{
    testing::SyntheticSpec s;
    s.seed = seed;
    s.t0Unix = t0;
    s.requestsPerNode = 80;
    s.scaling = false;
    s.telemetry = false;
    s.chunks = false;
    return s;
}

QString writeRun(const QString& path, const testing::SyntheticSpec& spec, const std::vector<double>& drift = {}, const QString& model = {})
{
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    if (!drift.empty())
        testing::stretchRepetitions(r, drift);
    if (!model.isEmpty())
        r.plan.model = model;
    r.provenance.startedUnix = spec.t0Unix;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ResultFile::write(r, path).ok() ? QFileInfo(path).absoluteFilePath() : QString();
}

QList<LibraryEntry> everything(const LibraryIndex& index)
{
    QList<LibraryEntry> out;
    const auto listed = index.list(); // kept: a range-for over a temporary's value() would dangle
    for (const LibraryEntry& e : listed.value())
        out << index.entry(e.id).value();
    return out;
}

} // namespace

class TestLibraryTrend : public QObject {
    Q_OBJECT

private slots:
    void listTrendAndCompareGiveOneP99ForOneFile()
    {
        QTemporaryDir dir;
        // three repetitions that drifted apart: the pooled p99 and the mean of the repetitions' p99s differ
        const QString file = writeRun(dir.filePath(u"r.inferdeck.json"_s), smallRun(3, 1.79e9), { 0.8, 1.0, 1.3 });
        auto index = LibraryIndex::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(index);
        QCOMPARE(index.value()->add({ file }).added, 1);
        const LibraryEntry e = *index.value()->entryForPath(file);
        const BenchmarkResult r = ResultFile::read(file).value();
        const Comparison c = compareResults(r, u"a"_s, r, u"a"_s);
        for (const QString& id : { u"ttft_p99"_s, u"ttft_p50"_s, u"tpot_p99"_s, u"e2e_p99"_s }) {
            const double listed = *headlineValue(e.headline, id) * 1e3;
            const Trend t = computeTrend({ e }, id);
            QCOMPARE(t.points.size(), 1);
            const double trended = *t.points[0].value;
            double compared = NAN;
            for (const MetricDelta& m : c.phases[0].metrics)
                if (m.id == id)
                    compared = *m.baseline;
            QVERIFY2(std::fabs(trended - listed) < 1e-9 * listed, qPrintable(u"%1: list %2, trend %3"_s.arg(id).arg(listed).arg(trended)));
            QVERIFY2(std::fabs(compared - listed) < 1e-9 * listed, qPrintable(u"%1: list %2, compare %3"_s.arg(id).arg(listed).arg(compared)));
            // its interval is a t interval over the three repetitions, around the same value
            QVERIFY2(t.points[0].interval, qPrintable(t.points[0].note));
            QVERIFY(t.points[0].interval->low < trended && trended < t.points[0].interval->high);
        }
        // the old second definition, all requests pooled, would have disagreed here
        std::vector<double> pooled;
        for (const Phase& p : r.phases)
            for (std::size_t k = 0; k < p.requests.size(); ++k)
                if (!p.requests.warmup[k] && p.requests.status[k] == RequestColumns::kOk)
                    pooled.push_back(p.requests.firstToken[k] - p.requests.send[k]);
        std::sort(pooled.begin(), pooled.end());
        QVERIFY(std::fabs(*stats::percentileOfSorted(pooled, 0.99) - *e.headline.ttftP99) > 0.01 * *e.headline.ttftP99);
    }

    void aPointThatCannotBeTestedSaysWhy()
    {
        QTemporaryDir dir;
        const QStringList files{ writeRun(dir.filePath(u"0.inferdeck.json"_s), smallRun(1, 1.79e9)),
                                 writeRun(dir.filePath(u"1.inferdeck.json"_s), smallRun(2, 1.79e9 + 60)),
                                 writeRun(dir.filePath(u"2.inferdeck.json"_s), smallRun(3, 1.79e9 + 120), {}, u"Qwen/Qwen3-8B"_s),
                                 writeRun(dir.filePath(u"3.inferdeck.json"_s), smallRun(4, 1.79e9 + 180), {}, u"Qwen/Qwen3-8B"_s) };
        auto index = LibraryIndex::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(index);
        QCOMPARE(index.value()->add(files).added, 4);
        QList<LibraryEntry> runs = everything(*index.value());
        QVERIFY(QFile::remove(files[3])); // its figure stays in the index, its file is gone
        for (LibraryEntry& e : runs)
            if (e.path == files[3])
                e.status = EntryStatus::Missing;
        const Trend t = computeTrend(runs, u"tpot_p50"_s);
        QCOMPARE(t.points.size(), 4);
        QVERIFY(!t.points[0].tested());
        QVERIFY2(t.points[0].notTested.contains(u"first point"_s), qPrintable(t.points[0].notTested));
        QVERIFY2(t.points[1].tested(), qPrintable(t.points[1].notTested)); // same fingerprint: tested
        QVERIFY(!t.points[1].test.isEmpty());
        // another model: the change is shown, not tested, and the reason names what differs
        QVERIFY(!t.points[2].tested());
        QVERIFY(!t.points[2].significant);
        QVERIFY(t.points[2].change);
        QVERIFY2(t.points[2].notTested.contains(u"another fingerprint"_s) && t.points[2].notTested.contains(u"Qwen/Qwen3-8B"_s),
                 qPrintable(t.points[2].notTested));
        QVERIFY(!t.points[3].tested());
        QVERIFY2(t.points[3].notTested.contains(u"could not be read"_s), qPrintable(t.points[3].notTested));
    }

    void theTrendsBarsStartAtZero()
    {
        Trend t;
        t.metric = *libraryMetric(u"output_token_throughput"_s);
        for (int k = 0; k < 3; ++k) {
            TrendPoint p;
            p.startedUnix = 1.79e9 + 60 * k;
            p.value = 1000.0 + 10 * k; // within 2 %: an axis from 995 would draw the last bar three times the first
            p.interval = stats::Interval{ *p.value - 5, *p.value + 5 };
            t.points << p;
        }
        const ChartSpec c = trendChart(t, u"t"_s);
        QCOMPARE(c.bars.size(), 3);
        QCOMPARE(c.yMin, std::optional<double>(0.0));
    }
};

QTEST_GUILESS_MAIN(TestLibraryTrend)
#include "tst_library_trend.moc"
