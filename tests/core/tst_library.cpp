// The results library: index and rebuild round trip, files that change, move or vanish, two writers at once,
// migration from schema 1, a damaged database, search, and the trend's intervals and significance marks.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <thread>

#include "io/resultfile.h"
#include "library/describe.h"
#include "library/libraryindex.h"
#include "library/trend.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

testing::SyntheticSpec smallRun(std::uint64_t seed, double t0)
{
    testing::SyntheticSpec s;
    s.seed = seed;
    s.t0Unix = t0;
    s.requestsPerNode = 60;
    s.scaling = false;
    s.telemetry = false;
    s.chunks = false;
    return s;
}

QString writeRun(const QString& path, const testing::SyntheticSpec& spec, const QString& model = {})
{
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    if (!model.isEmpty())
        r.plan.model = model;
    r.provenance.startedUnix = spec.t0Unix;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ResultFile::write(r, path).ok() ? path : QString();
}

std::unique_ptr<LibraryIndex> openIndex(const QString& path)
{
    auto r = LibraryIndex::open(path);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return nullptr;
    }
    return std::move(r).value();
}

QStringList paths(const QList<LibraryEntry>& entries)
{
    QStringList out;
    for (const LibraryEntry& e : entries)
        out << e.path;
    out.sort();
    return out;
}

// Version 1 of the schema as the first release wrote it, typed out here rather than taken from the code:
// the migration must work on what old installations really have.
const char* const kSchema1[] = {
    "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0,"
    " mtime_ms INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'indexed', error TEXT NOT NULL DEFAULT '',"
    " indexed_unix REAL NOT NULL DEFAULT 0, model TEXT NOT NULL DEFAULT '', engine TEXT NOT NULL DEFAULT '',"
    " engine_version TEXT NOT NULL DEFAULT '', gpu_model TEXT NOT NULL DEFAULT '', gpu_count INTEGER NOT NULL DEFAULT 0,"
    " driver TEXT NOT NULL DEFAULT '', nodes INTEGER NOT NULL DEFAULT 0, plan_name TEXT NOT NULL DEFAULT '',"
    " plan_hash TEXT NOT NULL DEFAULT '', dataset TEXT NOT NULL DEFAULT '', tool TEXT NOT NULL DEFAULT '',"
    " tool_version TEXT NOT NULL DEFAULT '', started_unix REAL NOT NULL DEFAULT 0, simulated INTEGER NOT NULL DEFAULT 0,"
    " run_status TEXT NOT NULL DEFAULT '', grade TEXT NOT NULL DEFAULT '', graded_phase TEXT NOT NULL DEFAULT '',"
    " h_request_tput REAL, h_output_tput REAL, h_total_tput REAL, h_ttft_p50 REAL, h_ttft_p99 REAL, h_tpot_p50 REAL,"
    " h_tpot_p99 REAL, h_e2e_p50 REAL, h_e2e_p99 REAL, h_success_rate REAL, h_goodput REAL)",
    "CREATE INDEX files_started ON files(started_unix)",
    "CREATE INDEX files_hash ON files(hash)",
    "CREATE TABLE phases (file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE, idx INTEGER NOT NULL, name TEXT NOT NULL,"
    " repetition INTEGER NOT NULL, nodes INTEGER NOT NULL, request_tput REAL, output_tput REAL, total_tput REAL,"
    " ttft_p50 REAL, ttft_p99 REAL, tpot_p50 REAL, tpot_p99 REAL, e2e_p50 REAL, e2e_p99 REAL, success_rate REAL,"
    " goodput REAL, PRIMARY KEY(file_id, idx))",
    "CREATE TABLE folders (path TEXT PRIMARY KEY, added_unix REAL NOT NULL)",
    "PRAGMA user_version = 1",
};

// A language that wraps every sentence in « », so a translated sentence no longer starts as its English one.
class Bracketing : public QTranslator {
public:
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override
    {
        return u"« "_s + QString::fromUtf8(source) + u" »"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLibrary : public QObject {
    Q_OBJECT

private slots:
    void indexingAFolderFindsEveryResultWithItsFingerprintAndRebuildGivesTheSame()
    {
        QTemporaryDir dir;
        const QString runs = dir.filePath(u"runs"_s);
        QVERIFY(!writeRun(runs + u"/a/result.inferdeck.json"_s, smallRun(1, 1.79e9)).isEmpty());
        QVERIFY(!writeRun(runs + u"/b/result.inferdeck.json"_s, smallRun(2, 1.79e9 + 3600)).isEmpty());
        // another tool's file and a file that is no result at all
        QVERIFY(QFile::copy(testing::sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s), runs + u"/vllm.json"_s));
        QFile notes(runs + u"/notes.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a result\n");
        notes.close();
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(index);
        const LibraryUpdate u = index->add({ runs });
        QCOMPARE(u.added, 3);
        QVERIFY2(u.errors.isEmpty(), qPrintable(u.errors.value(0).toString()));
        const auto all = index->list();
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3); // notes.txt is not listed: no reader recognizes it
        const LibraryEntry newest = all.value().first();
        QCOMPARE(newest.path, QFileInfo(runs + u"/b/result.inferdeck.json"_s).absoluteFilePath());
        QCOMPARE(newest.fingerprint.model, u"meta-llama/Llama-3.1-8B-Instruct"_s);
        QCOMPARE(newest.fingerprint.gpuModel, u"Simulated H100 80GB HBM3"_s);
        QCOMPARE(newest.fingerprint.gpuCount, 2);
        QCOMPARE(newest.fingerprint.nodes, 2);
        QCOMPARE(newest.fingerprint.engine, u"inferdeck-sim"_s);
        QCOMPARE(newest.fingerprint.tool, u"inferdeck"_s);
        QCOMPARE(newest.fingerprint.startedUnix, 1.79e9 + 3600);
        QVERIFY(newest.fingerprint.simulated);
        QVERIFY(newest.headline.outputTokenThroughput.value_or(0) > 0);
        QCOMPARE(all.value()[1].fingerprint.key(), newest.fingerprint.key()); // the same plan on the same nodes
        const auto vllm = index->entryForPath(runs + u"/vllm.json"_s);
        QVERIFY(vllm);
        QCOMPARE(vllm->fingerprint.tool, u"vllm"_s);
        QCOMPARE(vllm->fingerprint.model, u"facebook/opt-125m"_s);
        QVERIFY(vllm->fingerprint.key() != newest.fingerprint.key());
        // every phase repetition with the numbers the summary gives
        const auto full = index->entry(newest.id);
        QVERIFY(full);
        QCOMPARE(full.value().phases.size(), 3);
        QCOMPARE(full.value().phases, describeResultFile(newest.path).value().phases);

        const LibraryUpdate again = index->add({ runs });
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.added + again.updated, 0);

        const LibraryUpdate rebuilt = index->rebuild();
        QCOMPARE(rebuilt.added, 3);
        const auto after = index->list();
        QCOMPARE(paths(after.value()), paths(all.value()));
        for (const LibraryEntry& e : after.value()) {
            const auto before = std::find_if(all.value().begin(), all.value().end(), [&](const LibraryEntry& b) { return b.path == e.path; });
            QCOMPARE(e.fingerprint, before->fingerprint);
            QCOMPARE(e.headline, before->headline);
            QCOMPARE(e.hash, before->hash);
        }
    }

    void aChangedFileIsReindexedAndATouchedOneIsNotReread()
    {
        QTemporaryDir dir;
        const QString file = writeRun(dir.filePath(u"r.inferdeck.json"_s), smallRun(1, 1.79e9));
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        QCOMPARE(index->add({ file }).added, 1);
        const qint64 id = index->entryForPath(file)->id;
        // same content, new date (a copy back from a backup): recognized by its hash
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        f.close();
        LibraryUpdate u = index->refresh();
        QCOMPARE(u.unchanged, 1);
        QCOMPARE(u.updated, 0);
        // new content: another model
        QVERIFY(!writeRun(file, smallRun(1, 1.79e9), u"Qwen/Qwen3-8B"_s).isEmpty());
        QVERIFY(QFile(file).open(QIODevice::ReadWrite));
        QFile g(file);
        QVERIFY(g.open(QIODevice::ReadWrite));
        QVERIFY(g.setFileTime(QDateTime::currentDateTime().addSecs(120), QFileDevice::FileModificationTime));
        g.close();
        u = index->refresh();
        QCOMPARE(u.updated, 1);
        const auto e = index->entryForPath(file);
        QCOMPARE(e->id, id);
        QCOMPARE(e->fingerprint.model, u"Qwen/Qwen3-8B"_s);
        // garbled: kept, marked unreadable with the reader's reason
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write("{\"format\": \"inferdeck-result\", \"version\": 2, \"plan\": [");
        g.close();
        u = index->refresh();
        QCOMPARE(u.errors.size(), 1);
        QCOMPARE(u.errors.first().where, e->path);
        QCOMPARE(index->entryForPath(file)->status, EntryStatus::Unreadable);
        QVERIFY(!index->entryForPath(file)->error.isEmpty());
    }

    void aDeletedFileIsMarkedMissingAndAMovedOneKeepsItsEntry()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"results"_s);
        const QString a = writeRun(folder + u"/a.inferdeck.json"_s, smallRun(1, 1.79e9));
        const QString b = writeRun(folder + u"/b.inferdeck.json"_s, smallRun(2, 1.79e9 + 10));
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        QCOMPARE(index->add({ folder }).added, 2);
        const qint64 idA = index->entryForPath(a)->id;
        QVERIFY(QFile::remove(b));
        QDir().mkpath(folder + u"/archive"_s);
        QVERIFY(QFile::rename(a, folder + u"/archive/a.inferdeck.json"_s));
        const LibraryUpdate u = index->refresh();
        QCOMPARE(u.moved, 1);
        QCOMPARE(u.missing, 1);
        QCOMPARE(u.added, 0);
        const auto moved = index->entryForPath(folder + u"/archive/a.inferdeck.json"_s);
        QVERIFY(moved);
        QCOMPARE(moved->id, idA);
        QCOMPARE(moved->status, EntryStatus::Indexed);
        QCOMPARE(index->entryForPath(b)->status, EntryStatus::Missing);
        LibraryQuery present;
        present.includeMissing = false;
        QCOMPARE(index->list(present).value().size(), 1);
        // the file comes back: indexed again
        QVERIFY(!writeRun(b, smallRun(2, 1.79e9 + 10)).isEmpty());
        QCOMPARE(index->refresh().updated, 1);
        QCOMPARE(index->entryForPath(b)->status, EntryStatus::Indexed);
    }

    void twoWritersAtOnceLoseNothing()
    {
        QTemporaryDir dir;
        QStringList first, second;
        for (int k = 0; k < 6; ++k) {
            first << writeRun(dir.filePath(u"one/%1.inferdeck.json"_s.arg(k)), smallRun(100 + k, 1.79e9 + k));
            second << writeRun(dir.filePath(u"two/%1.inferdeck.json"_s.arg(k)), smallRun(200 + k, 1.79e9 + 100 + k));
        }
        const QString db = dir.filePath(u"lib.sqlite"_s);
        QVERIFY(openIndex(db)); // created before both start, as the GUI would have
        LibraryUpdate a, b;
        // each thread its own connection, as the GUI and a CLI process each have theirs; one file per batch
        // transaction would be too few to interleave, so each writes its six files one add() at a time
        const auto writer = [&db](const QStringList& files, LibraryUpdate* out) {
            auto index = LibraryIndex::open(db);
            if (!index)
                return;
            for (const QString& f : files) {
                const LibraryUpdate u = index.value()->add({ f }, { {}, nullptr, 1 });
                out->added += u.added;
                out->errors << u.errors;
            }
        };
        std::thread t1(writer, first, &a);
        std::thread t2(writer, second, &b);
        t1.join();
        t2.join();
        QVERIFY2(a.errors.isEmpty() && b.errors.isEmpty(), qPrintable((a.errors + b.errors).value(0).toString()));
        QCOMPARE(a.added + b.added, 12);
        QCOMPARE(openIndex(db)->count(), 12);
    }

    void aSchema1DatabaseIsMigratedKeepingItsEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* sql : kSchema1)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO files (path, hash, model, engine, engine_version, gpu_model, gpu_count, nodes, plan_hash, dataset, "
                           "tool, simulated, started_unix, grade, h_output_tput) VALUES ('/old/run.json', 'abc', 'llama', 'vllm', '0.6.0', "
                           "'H100', 8, 1, 'p1', 'sharegpt', 'vllm', 0, 1700000000, 'B', 1234.5)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        auto index = openIndex(path);
        QVERIFY(index);
        QVERIFY2(index->note().contains(u"from schema 1 to 3"_s), qPrintable(index->note()));
        const auto all = index->list();
        QCOMPARE(all.value().size(), 1);
        const LibraryEntry& e = all.value().first();
        QCOMPARE(e.fingerprint.model, u"llama"_s);
        QCOMPARE(e.grade, u"B"_s);
        QCOMPARE(e.headline.outputTokenThroughput, std::optional<double>(1234.5));
        // the key the migration wrote is the one this build computes: comparable runs find each other
        LibraryQuery byKey;
        QVERIFY(byKey.add(u"fingerprint="_s + e.fingerprint.key()).ok());
        QCOMPARE(index->list(byKey).value().size(), 1);
        index.reset();
        // and it is not migrated twice
        QVERIFY(openIndex(path)->note().isEmpty());
    }

    void aNewerSchemaIsRefusedNotRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v9"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 9"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v9"_s);
        const auto r = LibraryIndex::open(path);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"newer"_s), qPrintable(r.error().message));
        QVERIFY(QDir(dir.path()).entryList({ u"*.damaged-*"_s }).isEmpty());
        // in any language the refusal says itself, not "cannot open the library database (…)" around it:
        // decided by the schema number, not by the start of a translated sentence
        Bracketing translator;
        QCoreApplication::installTranslator(&translator);
        const auto translated = LibraryIndex::open(path);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!translated);
        QVERIFY2(translated.error().message.startsWith(u"« written by a newer InferDeck"_s), qPrintable(translated.error().message));
        QVERIFY2(!translated.error().message.contains(u"cannot open"_s), qPrintable(translated.error().message));
    }

    void aDamagedDatabaseIsSetAsideAndANewOneWorks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray(8192, 'x');
        QTest::newRow("sqlite header, then garbage") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff');
        QTest::newRow("empty page after a header") << QByteArray("SQLite format 3\0\x10\x00\x01\x01", 20) + QByteArray(8172, '\0');
    }

    void aDamagedDatabaseIsSetAsideAndANewOneWorks()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto index = openIndex(path);
        QVERIFY(index);
        QVERIFY2(index->note().contains(u"damaged"_s), qPrintable(index->note()));
        const QStringList aside = QDir(dir.path()).entryList({ u"lib.sqlite.damaged-*"_s });
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes); // set aside as it was, for whoever wants to look at it
        const QString run = writeRun(dir.filePath(u"r.inferdeck.json"_s), smallRun(1, 1.79e9));
        QCOMPARE(index->add({ run }).added, 1);
        QCOMPARE(index->count(), 1);
    }

    void aDamagedDatabaseIsRebuiltFromTheFilesItStillNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        const QString folder = dir.filePath(u"results"_s);
        for (int k = 0; k < 3; ++k)
            writeRun(folder + u"/%1.inferdeck.json"_s.arg(k), smallRun(k + 1, 1.79e9 + k));
        {
            auto index = openIndex(path);
            QCOMPARE(index->add({ folder }).added, 3);
        }
        // a page of the phases table destroyed: the check finds it, the list of files is still readable
        qint64 phasesRoot = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'phases'"_s) && q.next());
            phasesRoot = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((phasesRoot - 1) * 4096));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        // one run's file is gone by the time the library is opened again
        QVERIFY(QFile::remove(folder + u"/2.inferdeck.json"_s));
        auto index = openIndex(path);
        QVERIFY(index);
        QVERIFY2(index->note().contains(u"damaged"_s), qPrintable(index->note()));
        // before any refresh every run keeps the date (and model) the old index knew: none is of 1970
        const auto salvaged = index->list();
        QCOMPARE(salvaged.value().size(), 3);
        for (const LibraryEntry& e : salvaged.value()) {
            QVERIFY2(e.fingerprint.startedUnix >= 1.79e9, qPrintable(e.path + u": "_s + QString::number(e.fingerprint.startedUnix)));
            QCOMPARE(e.fingerprint.model, u"meta-llama/Llama-3.1-8B-Instruct"_s);
        }
        const LibraryUpdate u = index->refresh();
        QVERIFY2(u.errors.isEmpty(), qPrintable(u.errors.value(0).toString()));
        const auto listed = index->list();
        QCOMPARE(listed.value().size(), 3);
        for (const LibraryEntry& e : listed.value()) {
            const int k = QFileInfo(e.path).baseName().toInt();
            QCOMPARE(e.status, k == 2 ? EntryStatus::Missing : EntryStatus::Indexed);
            QCOMPARE(e.fingerprint.startedUnix, 1.79e9 + k); // the gone one too: it ran when it ran
        }
        QCOMPARE(index->folders(), QStringList{ QFileInfo(folder).absoluteFilePath() });
        // and a rebuild from the files keeps the real dates of the files that are there
        index->rebuild();
        const auto rebuilt = index->list();
        for (const LibraryEntry& e : rebuilt.value())
            QCOMPARE(e.fingerprint.startedUnix, 1.79e9 + QFileInfo(e.path).baseName().toInt());
    }

    void searchMatchesFieldsTextAndDates()
    {
        QTemporaryDir dir;
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        index->add({ writeRun(dir.filePath(u"a.inferdeck.json"_s), smallRun(1, 1.79e9), u"meta-llama/Llama-3.1-8B"_s),
                     writeRun(dir.filePath(u"b.inferdeck.json"_s), smallRun(2, 1.79e9 + 86400 * 3), u"Qwen/Qwen3-8B"_s),
                     testing::sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s) });
        const auto count = [&index](const QStringList& where) {
            LibraryQuery q;
            for (const QString& w : where)
                if (!q.add(w).ok())
                    return -1;
            const auto r = index->list(q);
            return r ? static_cast<int>(r.value().size()) : -2;
        };
        QCOMPARE(count({}), 3);
        QCOMPARE(count({ u"model=qwen"_s }), 1);
        QCOMPARE(count({ u"qwen3"_s }), 1);
        QCOMPARE(count({ u"llama"_s }), 2); // the Qwen run still ran the plan named "Llama-3.1-8B summarization ..."
        QCOMPARE(count({ u"opt-125m sweep"_s }), 1); // every word, anywhere: model and file name
        QCOMPARE(count({ u"tool=vllm"_s }), 1);
        QCOMPARE(count({ u"gpu=H100"_s }), 2);
        QCOMPARE(count({ u"gpu=H100"_s, u"model=llama"_s }), 1);
        QCOMPARE(count({ u"since=2026-09-23"_s }), 1); // 1.79e9 is 2026-09-21
        QCOMPARE(count({ u"until=2026-09-21"_s, u"gpu=H100"_s }), 1);
        QCOMPARE(count({ u"phase=opt"_s }), 0);
        QCOMPARE(count({ u"100%_"_s }), 0); // LIKE's wildcards are taken literally
        LibraryQuery bad;
        QVERIFY(!bad.add(u"colour=red"_s).ok());
        QVERIFY(!bad.add(u"since=yesterday"_s).ok());
    }

    void trendOfSameConfigurationRunsHasIntervalsAndNoFalseMarks()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int k = 0; k < 5; ++k) // five reruns of one configuration: only their seeds differ
            files << writeRun(dir.filePath(u"run%1.inferdeck.json"_s.arg(k)), smallRun(7 + k, 1.79e9 + 3600 * k));
        testing::SyntheticSpec slower = smallRun(50, 1.79e9 + 3600 * 5);
        slower.tpotS *= 1.3; // a real regression: decode 30 % slower
        files << writeRun(dir.filePath(u"run5.inferdeck.json"_s), slower);
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        QCOMPARE(index->add(files).added, 6);
        QList<LibraryEntry> runs;
        const auto listed = index->list();
        for (const LibraryEntry& e : listed.value())
            runs << index->entry(e.id).value();
        for (const QString& metric : { u"output_token_throughput"_s, u"tpot_p50"_s }) {
            const Trend t = computeTrend(runs, metric);
            QCOMPARE(t.points.size(), 6);
            for (int k = 0; k < 6; ++k) {
                const TrendPoint& p = t.points[k];
                QVERIFY2(p.value && p.interval, qPrintable(metric + u": "_s + p.note));
                QVERIFY(p.interval->low <= *p.value && *p.value <= p.interval->high);
                QCOMPARE(p.path, QFileInfo(files[k]).absoluteFilePath()); // oldest first
            }
            for (int k = 1; k < 5; ++k)
                QVERIFY2(!t.points[k].significant, qPrintable(u"%1: run %2 marked (%3)"_s.arg(metric).arg(k).arg(t.points[k].test)));
            QVERIFY2(t.points[5].significant && t.points[5].worse, qPrintable(u"%1: the slower run is not marked (%2)"_s.arg(metric, t.points[5].test)));
        }
        // a file gone: the indexed value stays, without an interval or a test
        QVERIFY(QFile::remove(files[2]));
        index->refresh();
        runs.clear();
        const auto relisted = index->list();
        for (const LibraryEntry& e : relisted.value())
            runs << index->entry(e.id).value();
        const Trend t = computeTrend(runs, u"output_token_throughput"_s);
        QCOMPARE(t.points.size(), 6);
        QVERIFY(t.points[2].value && !t.points[2].interval);
        QVERIFY(!t.points[2].note.isEmpty());
    }

    void lastComparableIsTheLatestEarlierRunWithTheSameFingerprint()
    {
        QTemporaryDir dir;
        auto index = openIndex(dir.filePath(u"lib.sqlite"_s));
        const QString a = writeRun(dir.filePath(u"a.inferdeck.json"_s), smallRun(1, 1.79e9));
        const QString b = writeRun(dir.filePath(u"b.inferdeck.json"_s), smallRun(2, 1.79e9 + 60));
        const QString other = writeRun(dir.filePath(u"o.inferdeck.json"_s), smallRun(3, 1.79e9 + 90), u"another/model"_s);
        const QString c = writeRun(dir.filePath(u"c.inferdeck.json"_s), smallRun(4, 1.79e9 + 120));
        index->add({ a, b, other, c });
        QCOMPARE(index->lastComparable(*index->entryForPath(c))->path, QFileInfo(b).absoluteFilePath());
        QCOMPARE(index->lastComparable(*index->entryForPath(b))->path, QFileInfo(a).absoluteFilePath());
        QVERIFY(!index->lastComparable(*index->entryForPath(a)));
        QVERIFY(!index->lastComparable(*index->entryForPath(other)));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
