// What the library takes from other tools' files: the dataset each file names (never InferDeck's
// "synthetic"), LoadGen's start and version from the detail log beside its summary, and companion files
// (AIPerf's server metrics, LoadGen's detail log) that are not runs of their own and so are not listed as
// unreadable; an index of an older schema reads its imports again.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "library/libraryindex.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

std::unique_ptr<LibraryIndex> openIndex(const QString& path)
{
    auto r = LibraryIndex::open(path);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return nullptr;
    }
    return std::move(r).value();
}

QString copyFixture(const QString& relative, const QString& to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(testing::sourcePath(u"tests/data/importers/"_s + relative), to) ? QFileInfo(to).absoluteFilePath() : QString();
}

// A copy's modification time set far from the run's date, so a date taken from it shows.
void touch(const QString& path, const QDateTime& when)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        f.setFileTime(when, QFileDevice::FileModificationTime);
}

} // namespace

class TestLibraryImports : public QObject {
    Q_OBJECT

private slots:
    void anImportsDatasetIsWhatItsFileNamesOrUnknown_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("dataset");
        QTest::newRow("AIPerf names its dataset file") << u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s << u"nvfp4_agent.jsonl"_s;
        QTest::newRow("guidellm names its data") << u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s << u"aime_2024_v2.jsonl"_s;
        QTest::newRow("vLLM does not say") << u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s << QString();
        QTest::newRow("llmperf does not say") << u"llmperf/together_llama2-70b_summary.json"_s << QString();
        QTest::newRow("LoadGen does not say") << u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s << QString();
    }

    void anImportsDatasetIsWhatItsFileNamesOrUnknown()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, dataset);
        QTemporaryDir dir;
        const QString file = copyFixture(fixture, dir.filePath(u"in/"_s + QFileInfo(fixture).fileName()));
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        const LibraryUpdate u = index->add({ file });
        QVERIFY2(u.errors.isEmpty(), qPrintable(u.errors.value(0).toString()));
        const auto e = index->entryForPath(file);
        QVERIFY(e);
        QCOMPARE(e->fingerprint.dataset, dataset); // never "synthetic": that is InferDeck's own prompts
    }

    void aLoadGenSummaryTakesItsStartAndVersionFromTheDetailLogBesideIt()
    {
        QTemporaryDir dir;
        const QString name = u"hpe-xd670-h200x8_llama3.1-8b_Offline_mlperf_log_"_s;
        const QString summary = copyFixture(u"mlperf/"_s + name + u"summary.txt"_s, dir.filePath(u"loadgen/"_s + name + u"summary.txt"_s));
        QVERIFY(!copyFixture(u"mlperf/"_s + name + u"detail.txt"_s, dir.filePath(u"loadgen/"_s + name + u"detail.txt"_s)).isEmpty());
        const QString alone = copyFixture(u"mlperf/"_s + name + u"summary.txt"_s, dir.filePath(u"alone/"_s + name + u"summary.txt"_s));
        const QDateTime copied(QDate(2030, 1, 2), QTime(3, 4), QTimeZone::utc());
        touch(summary, copied);
        touch(alone, copied);
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        const LibraryUpdate u = index->add({ dir.filePath(u"loadgen"_s), dir.filePath(u"alone"_s) });
        QVERIFY2(u.errors.isEmpty(), qPrintable(u.errors.value(0).toString()));
        QCOMPARE(u.added, 2); // the detail log is the summary's, not a run of its own
        const auto e = index->entryForPath(summary);
        QVERIFY(e);
        // test_datetime "2025-07-31T01:17:22Z" and loadgen_version "5.1.0 @ 50de99161e" of the detail log
        QCOMPARE(e->fingerprint.startedUnix, double(QDateTime(QDate(2025, 7, 31), QTime(1, 17, 22), QTimeZone::utc()).toSecsSinceEpoch()));
        QCOMPARE(e->fingerprint.toolVersion, u"5.1.0"_s);
        QCOMPARE(e->fingerprint.tool, u"mlperf-loadgen"_s);
        // a summary without its detail log states neither: the version stays unknown, the date is the file's
        const auto a = index->entryForPath(alone);
        QVERIFY(a);
        QCOMPARE(a->fingerprint.toolVersion, QString());
        QCOMPARE(a->fingerprint.startedUnix, double(copied.toSecsSinceEpoch()));
    }

    void aiperfServerMetricsInAFolderAreACompanionNotAnUnreadableRun()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(u"aiperf-run"_s);
        QVERIFY(!copyFixture(u"synthetic/aiperf-server-metrics/profile_export.jsonl"_s, run + u"/profile_export.jsonl"_s).isEmpty());
        const QString metrics = copyFixture(u"synthetic/aiperf-server-metrics/server_metrics_export.jsonl"_s, run + u"/server_metrics_export.jsonl"_s);
        QVERIFY(!copyFixture(u"synthetic/aiperf-server-metrics/server_metrics_export.json"_s, run + u"/server_metrics_export.json"_s).isEmpty());
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        const LibraryUpdate u = index->add({ run });
        QVERIFY2(u.errors.isEmpty(), qPrintable(u.errors.value(0).toString()));
        QCOMPARE(u.added, 1);
        LibraryQuery bad;
        QVERIFY(bad.add(u"status=unreadable"_s).ok());
        QCOMPARE(index->list(bad).value().size(), 0);

        // a library whose older scan listed the metrics as an unreadable run forgets that entry at its refresh
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(index->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO files (path, status, error, size, mtime_ms) VALUES (?, 'unreadable', 'describe the engine', ?, ?)"_s);
            q.addBindValue(metrics);
            q.addBindValue(QFileInfo(metrics).size());
            q.addBindValue(QFileInfo(metrics).lastModified().toMSecsSinceEpoch());
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"poke"_s);
        QCOMPARE(index->list(bad).value().size(), 1);
        index->refresh();
        QCOMPARE(index->list(bad).value().size(), 0);
        QCOMPARE(index->count(), 1);
    }

    void anIndexOfSchema2ReadsItsImportsAgain()
    {
        QTemporaryDir dir;
        const QString file = copyFixture(u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s, dir.filePath(u"a.json"_s));
        const QString path = dir.filePath(u"lib.sqlite"_s);
        {
            auto index = openIndex(path);
            QCOMPARE(index->add({ file }).added, 1);
        }
        // what a schema-2 build wrote: "synthetic" for every import, and user_version 2
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"UPDATE files SET dataset = 'synthetic'"_s));
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 2"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);
        auto index = openIndex(path);
        QVERIFY2(index->note().contains(u"2"_s) && index->note().contains(u"3"_s), qPrintable(index->note()));
        QCOMPARE(index->entryForPath(file)->fingerprint.dataset, u"synthetic"_s); // until the files are looked at
        const LibraryUpdate u = index->refresh();
        QCOMPARE(u.updated, 1);
        QCOMPARE(index->entryForPath(file)->fingerprint.dataset, u"nvfp4_agent.jsonl"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibraryImports)
#include "tst_library_imports.moc"
