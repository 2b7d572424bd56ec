// `inferdeck-cli library ...` and `compare --against-last` as a CI job uses them: add, list (JSON and
// --where), trend with intervals, rebuild, two processes writing at once, bad input and a damaged database
// with their exit codes, and imports landing in the library.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "io/resultfile.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using namespace inferdeck::testing;

namespace {

QString writeRun(const QString& path, std::uint64_t seed, double t0, double tpotScale = 1.0, const QString& model = {},
                 const std::vector<double>& drift = {})
{
    SyntheticSpec s;
    s.seed = seed;
    s.t0Unix = t0;
    s.requestsPerNode = 60;
    s.scaling = false;
    s.telemetry = false;
    s.chunks = false;
    s.tpotS *= tpotScale;
    BenchmarkResult r = makeSyntheticRun(s);
    r.provenance.startedUnix = t0;
    if (!model.isEmpty())
        r.plan.model = model;
    if (!drift.empty())
        stretchRepetitions(r, drift);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ResultFile::write(r, path).ok() ? path : QString();
}

QJsonObject json(const CommandResult& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliLibrary : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"lib.sqlite"_s);
        qputenv("INFERDECK_LIBRARY", m_db.toLocal8Bit());
    }

    void addListTrendAndRebuildAsCiWould()
    {
        for (int k = 0; k < 5; ++k)
            QVERIFY(!writeRun(m_dir->filePath(u"runs/%1.inferdeck.json"_s.arg(k)), 60 + k, 1.79e9 + 600 * k).isEmpty());
        CommandResult r = runCli({ u"library"_s, u"add"_s, m_dir->filePath(u"runs"_s) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5 added"), r.out.constData());
        r = runCli({ u"library"_s, u"list"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = json(r)[u"runs"_s].toArray();
        QCOMPARE(runs.size(), 5);
        const QJsonObject newest = runs[0].toObject();
        QCOMPARE(newest[u"path"_s].toString(), QFileInfo(m_dir->filePath(u"runs/4.inferdeck.json"_s)).absoluteFilePath());
        QCOMPARE(newest[u"fingerprint"_s][u"model"_s].toString(), u"meta-llama/Llama-3.1-8B-Instruct"_s);
        QCOMPARE(newest[u"fingerprint"_s][u"gpu_count"_s].toInt(), 2);
        QVERIFY(newest[u"headline"_s][u"output_token_throughput"_s].toDouble() > 0);
        // goodput counts requests meeting every SLO: never more than the requests completed
        QVERIFY(newest[u"headline"_s][u"goodput"_s].toDouble() <= newest[u"headline"_s][u"request_throughput"_s].toDouble());
        r = runCli({ u"library"_s, u"list"_s, u"--where"_s, u"model=qwen"_s, u"--json"_s });
        QCOMPARE(json(r)[u"count"_s].toInt(), 0);
        r = runCli({ u"library"_s, u"list"_s, u"--where"_s, u"since=2026-09-21"_s, u"--where"_s, u"tool=inferdeck"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5 of 5 entries"), r.out.constData());

        r = runCli({ u"library"_s, u"trend"_s, u"output_token_throughput"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject trend = json(r);
        const QJsonArray points = trend[u"points"_s].toArray();
        QCOMPARE(points.size(), 5);
        for (const QJsonValue& p : points) {
            QVERIFY(p[u"ci_low"_s].toDouble() <= p[u"value"_s].toDouble());
            QVERIFY(p[u"value"_s].toDouble() <= p[u"ci_high"_s].toDouble());
            QVERIFY(!p[u"significant"_s].toBool()); // reruns of one configuration
        }
        QVERIFY(points[0][u"started_unix"_s].toDouble() < points[4][u"started_unix"_s].toDouble());

        QVERIFY(QFile::remove(m_dir->filePath(u"runs/1.inferdeck.json"_s)));
        r = runCli({ u"library"_s, u"rebuild"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("4 added") && r.out.contains("1 missing"), r.out.constData());
    }

    void badInputGivesItsExitCodeAndAClearSentence()
    {
        CommandResult r = runCli({ u"library"_s, u"add"_s, m_dir->filePath(u"nothing-here.json"_s) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("no such file"), r.out.constData());
        QFile garbled(m_dir->filePath(u"garbled.inferdeck.json"_s));
        QVERIFY(garbled.open(QIODevice::WriteOnly));
        garbled.write("{\"format\": \"inferdeck-result\", \"version\": 2, \"phases\": [1,");
        garbled.close();
        r = runCli({ u"library"_s, u"add"_s, garbled.fileName() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("garbled.inferdeck.json"), r.out.constData());
        QCOMPARE(runCli({ u"library"_s, u"list"_s, u"--where"_s, u"colour=red"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"library"_s, u"trend"_s, u"speed"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"library"_s, u"frobnicate"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"library"_s, u"trend"_s, u"ttft_p99"_s }).exitCode, 1); // nothing to trend
    }

    void aDamagedDatabaseIsSetAsideNotACrash()
    {
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(4096, 'Z'));
        db.close();
        QVERIFY(!writeRun(m_dir->filePath(u"r.inferdeck.json"_s), 1, 1.79e9).isEmpty());
        const CommandResult r = runCli({ u"library"_s, u"add"_s, m_dir->filePath(u"r.inferdeck.json"_s) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY(r.out.contains("1 added"));
        QCOMPARE(QDir(m_dir->path()).entryList({ u"lib.sqlite.damaged-*"_s }).size(), 1);
    }

    void twoProcessesWritingAtOnceLoseNothing()
    {
        for (int k = 0; k < 8; ++k) {
            writeRun(m_dir->filePath(u"a/%1.inferdeck.json"_s.arg(k)), 100 + k, 1.79e9 + k);
            writeRun(m_dir->filePath(u"b/%1.inferdeck.json"_s.arg(k)), 200 + k, 1.79e9 + 100 + k);
        }
        QVERIFY(runCli({ u"library"_s, u"list"_s }).exitCode == 0); // the database exists before both start
        QProcess a, b;
        a.start(qEnvironmentVariable("INFERDECK_CLI"), { u"library"_s, u"add"_s, m_dir->filePath(u"a"_s) });
        b.start(qEnvironmentVariable("INFERDECK_CLI"), { u"library"_s, u"add"_s, m_dir->filePath(u"b"_s) });
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const CommandResult r = runCli({ u"library"_s, u"list"_s, u"--json"_s });
        QCOMPARE(json(r)[u"count"_s].toInt(), 16);
    }

    void compareAgainstLastUsesTheLatestComparableRun()
    {
        const QString first = writeRun(m_dir->filePath(u"1.inferdeck.json"_s), 1, 1.79e9);
        // a first build has no history: nothing to compare, and that is no failure
        CommandResult r = runCli({ u"compare"_s, first, u"--against-last"_s, u"--fail-if-regressed"_s, u"5"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("no earlier run"), r.err.constData());
        // one whole line: its end is a line end, not an escaped "\n" printed as two characters
        QVERIFY2(!r.err.contains("\\n") && r.err.endsWith('\n'), r.err.constData());
        const QString second = writeRun(m_dir->filePath(u"2.inferdeck.json"_s), 2, 1.79e9 + 60);
        const QString slower = writeRun(m_dir->filePath(u"3.inferdeck.json"_s), 3, 1.79e9 + 120, 1.3);
        QCOMPARE(runCli({ u"library"_s, u"add"_s, second }).exitCode, 0);
        r = runCli({ u"compare"_s, slower, u"--against-last"_s, u"--json"_s, u"--fail-if-regressed"_s, u"5"_s });
        QCOMPARE(r.exitCode, 1); // decode 30 % slower than the last comparable run
        QCOMPARE(json(r)[u"baseline"_s].toString(), QFileInfo(second).absoluteFilePath());
        r = runCli({ u"compare"_s, slower, u"--against-last"_s });
        QVERIFY2(r.out.startsWith("baseline from the library: ") && !r.out.contains("\\n"), r.out.constData());
    }

    void listTrendAndCompareAgreeOnOneFilesP99()
    {
        // three repetitions that drifted apart, where pooling all requests would give another p99
        const QString file = writeRun(m_dir->filePath(u"r.inferdeck.json"_s), 5, 1.79e9, 1.0, {}, { 0.8, 1.0, 1.3 });
        QCOMPARE(runCli({ u"library"_s, u"add"_s, file }).exitCode, 0);
        const double listed = json(runCli({ u"library"_s, u"list"_s, u"--json"_s }))[u"runs"_s][0][u"headline"_s][u"ttft_p99_s"_s].toDouble() * 1e3;
        const double trended = json(runCli({ u"library"_s, u"trend"_s, u"ttft_p99"_s, u"--json"_s }))[u"points"_s][0][u"value"_s].toDouble();
        double compared = 0;
        const QJsonObject c = json(runCli({ u"compare"_s, file, file, u"--json"_s }));
        for (const QJsonValue& m : c[u"comparisons"_s][0][u"phases"_s][0][u"metrics"_s].toArray())
            if (m[u"id"_s].toString() == u"ttft_p99")
                compared = m[u"baseline"_s].toDouble();
        QVERIFY(listed > 0);
        QVERIFY2(std::fabs(trended - listed) < 1e-6 * listed && std::fabs(compared - listed) < 1e-6 * listed,
                 qPrintable(u"list %1, trend %2, compare %3 ms"_s.arg(listed).arg(trended).arg(compared)));
    }

    void listShowsALongModelNameWholeInItsColumn()
    {
        const QString model = u"organisation-with-a-long-name/Llama-3.1-70B-Instruct-FP8-dynamic-long-context-v2"_s;
        QVERIFY(!writeRun(m_dir->filePath(u"runs/a.inferdeck.json"_s), 1, 1.79e9 + 60, 1.0, model).isEmpty());
        QVERIFY(!writeRun(m_dir->filePath(u"runs/b.inferdeck.json"_s), 2, 1.79e9).isEmpty());
        QCOMPARE(runCli({ u"library"_s, u"add"_s, m_dir->filePath(u"runs"_s) }).exitCode, 0);
        const CommandResult r = runCli({ u"library"_s, u"list"_s });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, r.out.constData());
        // newest first: the long name is shown whole, and every column starts where its header does
        QVERIFY2(lines[1].contains(model), r.out.constData());
        for (const QString& header : { u"model"_s, u"engine"_s, u"GPUs"_s, u"tool"_s, u"status"_s, u"path"_s }) {
            const qsizetype at = lines[0].indexOf(header);
            for (int k : { 1, 2 })
                QVERIFY2(at > 0 && lines[k].mid(at - 2, 2) == u"  "_s && lines[k][at] != u' ', qPrintable(header + u"\n"_s + QString::fromUtf8(r.out)));
        }
    }

    void trendSaysWhyAPointIsNotTested()
    {
        QVERIFY(!writeRun(m_dir->filePath(u"runs/a.inferdeck.json"_s), 1, 1.79e9).isEmpty());
        QVERIFY(!writeRun(m_dir->filePath(u"runs/b.inferdeck.json"_s), 2, 1.79e9 + 60, 1.0, u"Qwen/Qwen3-8B"_s).isEmpty());
        QCOMPARE(runCli({ u"library"_s, u"add"_s, m_dir->filePath(u"runs"_s) }).exitCode, 0);
        CommandResult r = runCli({ u"library"_s, u"trend"_s, u"tpot_p50"_s, u"--any-fingerprint"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray points = json(r)[u"points"_s].toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0][u"tested"_s].toBool(true), false);
        QCOMPARE(points[1][u"tested"_s].toBool(true), false);
        QVERIFY2(points[1][u"not_tested"_s].toString().contains(u"another fingerprint"_s), r.out.constData());
        QVERIFY(points[1][u"change"_s].isDouble()); // the change is shown, untested
        r = runCli({ u"library"_s, u"trend"_s, u"tpot_p50"_s, u"--any-fingerprint"_s });
        QVERIFY2(r.out.contains("(not tested: another fingerprint"), r.out.constData());
    }

    void anImportLandsInTheLibrary()
    {
        const QString out = m_dir->filePath(u"imported.inferdeck.json"_s);
        const CommandResult r = runCli({ u"import"_s, sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s), u"-o"_s, out });
        QCOMPARE(r.exitCode, 0);
        const CommandResult list = runCli({ u"library"_s, u"list"_s, u"--json"_s });
        const QJsonArray runs = json(list)[u"runs"_s].toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0][u"path"_s].toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(runs[0][u"fingerprint"_s][u"tool"_s].toString(), u"vllm"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
