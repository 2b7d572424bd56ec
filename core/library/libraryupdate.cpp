// Adding files and folders to the library, noticing changed, moved and deleted files, rebuilding from the
// files. Files are read by several threads (reading and summarizing is the cost); the database is written
// by this connection's thread alone, one transaction per batch, so another process waits at most a batch.
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <optional>
#include <thread>
#include <variant>

#include "importers/formatdetect.h"
#include "library/describe.h"
#include "library/entryrow.h"
#include "library/libraryindex.h"
#include "log/log.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
constexpr int kBatch = 64;                // files per transaction
constexpr qint64 kDetectBytes = 64 * 1024; // as readAnyResult decides

struct Known {
    qint64 id = 0;
    QString hash;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    EntryStatus status = EntryStatus::Indexed;
};

// What reading one file gave.
struct NotAResult { };                 // found in a folder, recognized by no reader: not listed
struct SameContent { qint64 mtimeMs; }; // touched, not changed
using Outcome = std::variant<LibraryEntry, Error, NotAResult, SameContent>;

qint64 mtimeOf(const QFileInfo& info)
{
    return info.lastModified().toMSecsSinceEpoch();
}

// A companion is not an entry of its own: the second file of a two-file format (llmperf's individual
// responses, LoadGen's detail log) is read with its summary, and AIPerf's server metrics describe the
// engine beside a run's records, not a run.
bool isCompanion(ResultFormat format)
{
    return format == ResultFormat::LlmperfIndividual || format == ResultFormat::MlperfDetail
        || format == ResultFormat::AiperfServerMetrics || format == ResultFormat::AiperfServerMetricsSummary;
}

std::optional<ResultFormat> formatOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return detectResultFormat(f.read(kDetectBytes));
}

// Only files a reader recognizes as a run count in a folder.
bool recognized(const QString& path)
{
    const std::optional<ResultFormat> format = formatOf(path);
    if (!format)
        return true; // let the reader say why it cannot be read
    return *format != ResultFormat::Unknown && !isCompanion(*format);
}

Outcome readOne(const QString& path, bool named, const QString& knownHash)
{
    if (!named && !recognized(path))
        return NotAResult{};
    if (!knownHash.isEmpty()) {
        // only the date changed (a copy, a touch): the hash says so without parsing
        const auto h = hashFile(path);
        if (h && h.value().first == knownHash)
            return SameContent{ mtimeOf(QFileInfo(path)) };
    }
    Result<LibraryEntry> e = describeResultFile(path);
    if (!e)
        return e.error();
    return std::move(e).value();
}

// Reads `paths` on `threads` threads; out[i] belongs to paths[i].
QList<Outcome> readAll(const QList<std::tuple<QString, bool, QString>>& paths, int threads)
{
    QList<Outcome> out(paths.size(), NotAResult{});
    std::atomic<qsizetype> next{ 0 };
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++) {
            const auto& [path, named, hash] = paths[i];
            out[i] = readOne(path, named, hash);
        }
    };
    const int n = std::max(1, std::min<int>(threads, static_cast<int>(paths.size())));
    std::vector<std::thread> pool;
    for (int k = 1; k < n; ++k)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    return out;
}

QStringList scanFolder(const QString& folder)
{
    QStringList out;
    static const QStringList patterns{ u"*.json"_s, u"*.jsonl"_s, u"*.csv"_s, u"*.txt"_s, u"*.yaml"_s, u"*.yml"_s };
    QDirIterator it(folder, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QFileInfo(it.next()).absoluteFilePath();
    out.sort(); // the same folder gives the same order, so ids and progress are repeatable
    return out;
}

QHash<QString, Known> knownFiles(const QSqlDatabase& db)
{
    QHash<QString, Known> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, path, hash, size, mtime_ms, status FROM files"_s))
        while (q.next())
            out.insert(q.value(1).toString(), { q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                                                q.value(4).toLongLong(), entryrow::statusFromName(q.value(5).toString()) });
    return out;
}
} // namespace

LibraryUpdate LibraryIndex::add(const QStringList& paths, const Options& options)
{
    LibraryUpdate update;
    QStringList files, named;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QSqlQuery q(db);
            q.prepare(u"INSERT OR IGNORE INTO folders (path, added_unix) VALUES (?, ?)"_s);
            q.addBindValue(info.absoluteFilePath());
            q.addBindValue(double(QDateTime::currentSecsSinceEpoch()));
            if (!q.exec())
                update.errors << Error{ tr("the library database refused a change (%1)").arg(q.lastError().text()), m_path };
            files << scanFolder(info.absoluteFilePath());
        } else if (!info.exists()) {
            update.errors << Error{ tr("no such file or folder"), info.absoluteFilePath() };
        } else {
            files << info.absoluteFilePath();
            named << info.absoluteFilePath();
        }
    }
    return index(files, named, options, update);
}

LibraryUpdate LibraryIndex::index(const QStringList& files, const QStringList& named, const Options& options, LibraryUpdate update)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QHash<QString, Known> known = knownFiles(db);
    QHash<QString, qint64> missingByHash; // where a moved file came from
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (it->status == EntryStatus::Missing && !it->hash.isEmpty())
            missingByHash.insert(it->hash, it->id);
    QList<std::tuple<QString, bool, QString>> toRead;
    QSet<QString> seen;
    const QSet<QString> namedSet(named.cbegin(), named.cend());
    QList<qint64> companions; // listed as unreadable by a scan that took them for runs
    for (const QString& path : files) {
        if (seen.contains(path))
            continue;
        seen.insert(path);
        const QFileInfo info(path);
        const auto k = known.constFind(path);
        if (k != known.cend() && k->status == EntryStatus::Unreadable) {
            if (const auto format = formatOf(path); format && isCompanion(*format)) {
                companions << k->id;
                continue;
            }
        }
        // an unreadable file that has not changed would fail the same way again: not read until it changes
        if (k != known.cend() && k->status != EntryStatus::Missing && k->size == info.size() && k->mtimeMs == mtimeOf(info)) {
            ++update.unchanged;
            continue;
        }
        const bool wasIndexed = k != known.cend() && k->status != EntryStatus::Unreadable;
        toRead.append({ path, namedSet.contains(path) || k != known.cend(), wasIndexed ? k->hash : QString() });
    }
    if (!companions.isEmpty()) {
        QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM files WHERE id = ?"_s);
        for (qint64 id : companions) {
            q.addBindValue(id);
            if (!q.exec())
                update.errors << Error{ tr("the library database refused a change (%1)").arg(q.lastError().text()), m_path };
        }
        QSqlQuery(db).exec(u"COMMIT"_s);
    }
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    for (qsizetype start = 0; start < toRead.size(); start += kBatch) {
        if (options.cancel && options.cancel->load())
            break;
        const auto batch = toRead.mid(start, kBatch);
        const QList<Outcome> read = readAll(batch, threads);
        QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QString& path = std::get<0>(batch[i]);
            const auto k = known.constFind(path);
            const qint64 id = k != known.cend() ? k->id : 0;
            if (std::holds_alternative<NotAResult>(read[i]))
                continue;
            if (const auto* same = std::get_if<SameContent>(&read[i])) {
                QSqlQuery q(db);
                q.prepare(u"UPDATE files SET mtime_ms = ?, status = 'indexed', error = '' WHERE id = ?"_s);
                q.addBindValue(same->mtimeMs);
                q.addBindValue(id);
                q.exec();
                if (k != known.cend() && k->status == EntryStatus::Missing)
                    ++update.updated; // back where it was
                else
                    ++update.unchanged;
                continue;
            }
            if (const auto* found = std::get_if<Error>(&read[i])) {
                // `where` is always the file, so callers can tell which of their files failed
                const Error* error = found;
                const Error located{ found->where.isEmpty() || found->where == path ? found->message : found->where + u": "_s + found->message, path };
                error = &located;
                update.errors << *error;
                LibraryEntry bad;
                bad.path = path;
                bad.status = EntryStatus::Unreadable;
                bad.error = error->message;
                const QFileInfo info(path);
                bad.size = info.size();
                bad.mtimeMs = mtimeOf(info);
                bad.fingerprint.startedUnix = double(bad.mtimeMs) / 1e3; // sorted among the runs by its date
                bad.indexedUnix = double(QDateTime::currentMSecsSinceEpoch()) / 1e3;
                if (!id) {
                    if (const Result<qint64> w = entryrow::writeEntry(db, bad, 0); !w)
                        update.errors << w.error();
                } else {
                    if (const Status s = entryrow::markEntry(db, id, EntryStatus::Unreadable, error->message); !s)
                        update.errors << s.error();
                    QSqlQuery q(db); // remember size and date, so an unchanged bad file is not read again and again
                    q.prepare(u"UPDATE files SET size = ?, mtime_ms = ?, hash = '' WHERE id = ?"_s);
                    q.addBindValue(bad.size);
                    q.addBindValue(bad.mtimeMs);
                    q.addBindValue(id);
                    q.exec();
                }
                continue;
            }
            const LibraryEntry& e = std::get<LibraryEntry>(read[i]);
            qint64 target = id;
            if (!target && missingByHash.contains(e.hash)) {
                target = missingByHash.take(e.hash);
                ++update.moved;
                log::io()->info("library: {} moved to {}", std::to_string(target), e.path.toStdString());
            } else if (target) {
                ++update.updated;
            } else {
                ++update.added;
            }
            if (const Result<qint64> w = entryrow::writeEntry(db, e, target); !w)
                update.errors << w.error();
        }
        if (!QSqlQuery(db).exec(u"COMMIT"_s))
            update.errors << Error{ tr("the library database refused a change (%1)").arg(db.lastError().text()), m_path };
        if (options.progress)
            options.progress(static_cast<int>(std::min(start + kBatch, toRead.size())), static_cast<int>(toRead.size()));
    }
    if (options.progress && toRead.isEmpty())
        options.progress(0, 0);
    return update;
}

LibraryUpdate LibraryIndex::refresh(const Options& options)
{
    LibraryUpdate update;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QHash<QString, Known> known = knownFiles(db);
    QStringList files;
    QList<qint64> gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const QFileInfo info(it.key());
        if (!info.isFile()) {
            if (it->status != EntryStatus::Missing)
                gone << it->id;
            continue;
        }
        files << it.key();
    }
    if (!gone.isEmpty()) {
        // marked before the folders are scanned, so a file moved within them is recognized by its hash
        QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
        for (qint64 id : gone)
            if (Status s = entryrow::markEntry(db, id, EntryStatus::Missing, tr("the file is gone")); !s)
                update.errors << s.error();
        QSqlQuery(db).exec(u"COMMIT"_s);
    }
    update.missing = static_cast<int>(gone.size());
    for (const QString& folder : folders())
        if (QFileInfo(folder).isDir())
            files << scanFolder(folder);
    LibraryUpdate indexed = index(files, {}, options, update);
    // a missing entry found again elsewhere is no longer missing
    indexed.missing = std::max(0, indexed.missing - indexed.moved);
    return indexed;
}

LibraryUpdate LibraryIndex::rebuild(const Options& options)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList files;
    int dropped = 0;
    for (const QString& path : knownFiles(db).keys()) {
        if (QFileInfo(path).isFile())
            files << path;
        else
            ++dropped;
    }
    files.sort();
    const QStringList named = files; // indexed before, so indexed again whatever they hold
    LibraryUpdate update;
    if (Status s = exec(u"DELETE FROM files"_s); !s) {
        update.errors << s.error();
        return update;
    }
    update.missing = dropped;
    for (const QString& folder : folders())
        if (QFileInfo(folder).isDir())
            files << scanFolder(folder);
    return index(files, named, options, update);
}

} // namespace inferdeck
