// Opening the library (creating, migrating, setting a damaged one aside) and reading it. Adding, refreshing
// and rebuilding are in libraryupdate.cpp.
#include "library/libraryindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

#include "library/entryrow.h"
#include "library/libraryschema.h"
#include "log/log.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
QString newConnectionName()
{
    static std::atomic_int counter{ 0 };
    return u"inferdeck-library-%1"_s.arg(counter.fetch_add(1));
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged. Anything else (a lock held too long, a full disk)
// is not a reason to set the user's library aside.
bool damaged(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == u"11" || code == u"26";
}

// The entries and folders still readable in a damaged database, so a refresh finds the files again. Each
// entry keeps what the old index said of its run (its date above all: a run listed as of 1970 until the
// refresh reaches it is a wrong date, not an unknown one); where the rows cannot be read whole, the paths.
std::pair<QList<LibraryEntry>, QStringList> salvage(const QString& path)
{
    QList<LibraryEntry> entries;
    QStringList folders;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(u"SELECT "_s + entryrow::columns() + u" FROM files"_s)) {
                while (q.next())
                    entries << entryrow::readEntry(q);
            }
            if (q.lastError().isValid()) { // a schema 1 file or a damaged page in the rows: the paths alone
                entries.clear();
                if (q.exec(u"SELECT path FROM files"_s))
                    while (q.next()) {
                        LibraryEntry e;
                        e.path = q.value(0).toString();
                        entries << e;
                    }
            }
            if (q.exec(u"SELECT path FROM folders"_s))
                while (q.next())
                    folders << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return { entries, folders };
}

Status configure(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // another process writing (the CLI during a GUI scan) holds the lock for one batch: wait, don't fail
    for (const QString& sql : { u"PRAGMA busy_timeout = 15000"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                u"PRAGMA foreign_keys = ON"_s }) {
        if (!q.exec(sql))
            return Error{ q.lastError().text(), damaged(q.lastError()) ? u"damaged"_s : QString() };
    }
    return Ok{};
}

// Opens and checks; an Error whose `where` is "damaged" means the file should be set aside.
Status openChecked(QSqlDatabase& db)
{
    if (!db.open())
        return Error{ db.lastError().text(), damaged(db.lastError()) ? u"damaged"_s : QString() };
    if (Status s = configure(db); !s)
        return s;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return Error{ q.lastError().text(), damaged(q.lastError()) ? u"damaged"_s : QString() };
    if (!q.next() || q.value(0).toString() != u"ok")
        return Error{ q.value(0).toString(), u"damaged"_s };
    return Ok{};
}
} // namespace

QString LibraryIndex::defaultPath()
{
    const QString env = qEnvironmentVariable("INFERDECK_LIBRARY");
    if (!env.isEmpty())
        return env;
    // beside the GUI's runs (MainWindow::runsDirectory), not in an organization subfolder
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/InferDeck/library.sqlite"_s;
}

LibraryIndex::LibraryIndex(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

LibraryIndex::~LibraryIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<LibraryIndex>> LibraryIndex::open(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error{ tr("Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite)"), path };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ tr("cannot create the folder %1").arg(info.absolutePath()), path };
    if (info.exists() && !info.isFile())
        return Error{ tr("not a file"), path };
    const QString name = newConnectionName();
    std::unique_ptr<LibraryIndex> index(new LibraryIndex(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(index->m_path);
    Status opened = openChecked(db);
    int from = 0;
    if (opened)
        opened = libraryschema::migrate(db, &from);
    if (!opened && opened.error().where == u"damaged") {
        db.close();
        const QString damage = opened.error().message.isEmpty() ? tr("unreadable") : opened.error().message;
        const QString aside = index->m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss"_s);
        if (!QFile::rename(index->m_path, aside))
            return Error{ tr("the library database is damaged (%1) and cannot be moved aside").arg(damage), index->m_path };
        for (const QString& suffix : { u"-wal"_s, u"-shm"_s }) // they belong to the damaged file, not to the new one
            if (QFile::exists(index->m_path + suffix))
                QFile::rename(index->m_path + suffix, aside + suffix);
        log::io()->warn("library {} is damaged ({}); moved to {}", index->m_path.toStdString(), damage.toStdString(),
                        aside.toStdString());
        const auto [files, folders] = salvage(aside);
        opened = openChecked(db);
        if (opened)
            opened = libraryschema::migrate(db, &from);
        if (opened) {
            // kept as missing with what the old index said, without its hash: the next refresh reads every
            // file again, so the index is rebuilt from the files and a gone one keeps its date and model
            QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
            for (LibraryEntry e : files) {
                e.hash.clear();
                e.phases.clear(); // the damage may be in them; the file gives them again
                e.status = EntryStatus::Missing;
                e.error = tr("not indexed since the library was rebuilt");
                if (const Result<qint64> w = entryrow::writeEntry(db, e, 0); !w)
                    log::io()->warn("library: {} not salvaged: {}", e.path.toStdString(), w.error().message.toStdString());
            }
            QSqlQuery q(db);
            q.prepare(u"INSERT OR IGNORE INTO folders (path, added_unix) VALUES (?, ?)"_s);
            for (const QString& f : folders) {
                q.addBindValue(f);
                q.addBindValue(double(QDateTime::currentSecsSinceEpoch()));
                q.exec();
            }
            QSqlQuery(db).exec(u"COMMIT"_s);
            index->m_note = tr("The library database was damaged (%1); it was moved to %2 and a new one is rebuilt from the files "
                               "(%3 files and %4 folders were still listed in it).")
                                .arg(damage, aside)
                                .arg(files.size())
                                .arg(folders.size());
        }
    }
    if (!opened) {
        Error e = opened.error();
        e.where = index->m_path;
        // a newer schema's message says all there is to say; the version tells, not the (translated) words
        if (from <= libraryschema::kVersion)
            e.message = tr("cannot open the library database (%1)").arg(e.message);
        return e;
    }
    if (from > 0 && from < libraryschema::kVersion)
        index->m_note = tr("The library was updated from schema %1 to %2.").arg(from).arg(libraryschema::kVersion);
    return index;
}

Status LibraryIndex::exec(const QString& sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return Error{ tr("the library database refused a change (%1)").arg(q.lastError().text()), m_path };
    return Ok{};
}

int LibraryIndex::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"SELECT count(*) FROM files"_s) && q.next() ? q.value(0).toInt() : 0;
}

QStringList LibraryIndex::folders() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT path FROM folders ORDER BY path"_s))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

Status LibraryIndex::forgetFolder(const QString& path)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM folders WHERE path = ?"_s);
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!q.exec())
        return Error{ tr("the library database refused a change (%1)").arg(q.lastError().text()), m_path };
    return Ok{};
}

Status LibraryIndex::remove(const QList<qint64>& ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (Status s = exec(u"BEGIN IMMEDIATE"_s); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM files WHERE id = ?"_s);
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            const Error e{ tr("the library database refused a change (%1)").arg(q.lastError().text()), m_path };
            (void)exec(u"ROLLBACK"_s);
            return e;
        }
    }
    return exec(u"COMMIT"_s);
}

Result<QList<LibraryEntry>> LibraryIndex::list(const LibraryQuery& query) const
{
    QStringList where;
    QList<QVariant> binds;
    const auto like = [](const QString& v) {
        QString escaped = v;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        return QVariant(u'%' + escaped + u'%');
    };
    static const QString everything = u"(path || ' ' || model || ' ' || engine || ' ' || engine_version || ' ' || gpu_model || ' ' || "
                                      "driver || ' ' || plan_name || ' ' || dataset || ' ' || tool || ' ' || tool_version || ' ' || grade)"_s;
    for (const QString& word : query.text) {
        where << everything + u" LIKE ? ESCAPE '\\'"_s;
        binds << like(word);
    }
    for (const LibraryQuery::Condition& c : query.conditions) {
        static const QHash<QString, QString> column{
            { u"model"_s, u"model"_s }, { u"engine"_s, u"(engine || ' ' || engine_version)"_s }, { u"gpu"_s, u"gpu_model"_s },
            { u"tool"_s, u"(tool || ' ' || tool_version)"_s }, { u"plan"_s, u"(plan_name || ' ' || plan_hash)"_s },
            { u"dataset"_s, u"dataset"_s }, { u"driver"_s, u"driver"_s }, { u"path"_s, u"path"_s },
        };
        if (c.field == u"grade") {
            where << u"grade = ? COLLATE NOCASE"_s;
            binds << c.value;
        } else if (c.field == u"status") {
            where << u"status = ?"_s;
            binds << c.value.toLower();
        } else if (c.field == u"fingerprint") {
            where << u"fingerprint LIKE ? ESCAPE '\\'"_s;
            binds << QVariant(like(c.value).toString().mid(1)); // a prefix of the key
        } else if (c.field == u"phase") {
            where << u"EXISTS (SELECT 1 FROM phases WHERE phases.file_id = files.id AND phases.name LIKE ? ESCAPE '\\')"_s;
            binds << like(c.value);
        } else if (column.contains(c.field)) {
            where << column.value(c.field) + u" LIKE ? ESCAPE '\\'"_s;
            binds << like(c.value);
        }
    }
    if (query.since) {
        where << u"started_unix >= ?"_s;
        binds << double(query.since->toMSecsSinceEpoch()) / 1e3;
    }
    if (query.until) {
        where << u"started_unix < ?"_s;
        binds << double(query.until->toMSecsSinceEpoch()) / 1e3;
    }
    if (!query.includeMissing)
        where << u"status = 'indexed'"_s;
    QString sql = u"SELECT "_s + entryrow::columns() + u" FROM files"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY started_unix DESC, id DESC"_s;
    if (query.limit > 0)
        sql += u" LIMIT %1"_s.arg(query.limit);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{ tr("cannot search the library (%1)").arg(q.lastError().text()), m_path };
    QList<LibraryEntry> out;
    while (q.next())
        out << entryrow::readEntry(q);
    return out;
}

Result<LibraryEntry> LibraryIndex::entry(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + entryrow::columns() + u" FROM files WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{ tr("cannot read the library (%1)").arg(q.lastError().text()), m_path };
    if (!q.next())
        return Error{ tr("no entry %1 in the library").arg(id), m_path };
    LibraryEntry e = entryrow::readEntry(q);
    auto phases = entryrow::readPhases(db, id);
    if (!phases)
        return phases.error();
    e.phases = phases.value();
    return e;
}

std::optional<LibraryEntry> LibraryIndex::entryForPath(const QString& path) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id FROM files WHERE path = ?"_s);
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto e = entry(q.value(0).toLongLong());
    return e ? std::optional<LibraryEntry>(e.value()) : std::nullopt;
}

std::optional<LibraryEntry> LibraryIndex::lastComparable(const LibraryEntry& of) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id FROM files WHERE fingerprint = ? AND status = 'indexed' AND hash != ? AND id != ? AND started_unix < ? "
              "ORDER BY started_unix DESC, id DESC LIMIT 1"_s);
    q.addBindValue(of.fingerprint.key());
    q.addBindValue(of.hash);
    q.addBindValue(of.id);
    q.addBindValue(of.fingerprint.startedUnix);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto e = entry(q.value(0).toLongLong());
    return e ? std::optional<LibraryEntry>(e.value()) : std::nullopt;
}

} // namespace inferdeck
