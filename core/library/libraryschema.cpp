#include "library/libraryschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "library/libraryrun.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::libraryschema {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};

// Version 1 exactly as it first shipped: a fresh database is made by replaying history, so an old one and
// a new one always end up with the same tables.
const char* const kVersion1[] = {
    "CREATE TABLE files ("
    " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0,"
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
    "CREATE TABLE phases ("
    " file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE, idx INTEGER NOT NULL, name TEXT NOT NULL,"
    " repetition INTEGER NOT NULL, nodes INTEGER NOT NULL, request_tput REAL, output_tput REAL, total_tput REAL,"
    " ttft_p50 REAL, ttft_p99 REAL, tpot_p50 REAL, tpot_p99 REAL, e2e_p50 REAL, e2e_p99 REAL, success_rate REAL,"
    " goodput REAL, PRIMARY KEY(file_id, idx))",
    "CREATE TABLE folders (path TEXT PRIMARY KEY, added_unix REAL NOT NULL)",
};

Status exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{ Tr::tr("the library database refused a change (%1)").arg(q.lastError().text()), db.databaseName() };
    return Ok{};
}

// 1 → 2: the fingerprint key, computed from the columns version 1 already has (no file is read).
Status toVersion2(QSqlDatabase& db)
{
    if (Status s = exec(db, u"ALTER TABLE files ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''"_s); !s)
        return s;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, model, engine, engine_version, gpu_model, gpu_count, nodes, plan_hash, dataset, tool, simulated FROM files"_s))
        return Error{ Tr::tr("cannot read the library (%1)").arg(read.lastError().text()), db.databaseName() };
    QList<std::pair<qint64, QString>> keys;
    while (read.next()) {
        RunFingerprint f;
        f.model = read.value(1).toString();
        f.engine = read.value(2).toString();
        f.engineVersion = read.value(3).toString();
        f.gpuModel = read.value(4).toString();
        f.gpuCount = read.value(5).toInt();
        f.nodes = read.value(6).toInt();
        f.planHash = read.value(7).toString();
        f.dataset = read.value(8).toString();
        f.tool = read.value(9).toString();
        f.simulated = read.value(10).toBool();
        keys.append({ read.value(0).toLongLong(), f.key() });
    }
    QSqlQuery write(db);
    write.prepare(u"UPDATE files SET fingerprint = ? WHERE id = ?"_s);
    for (const auto& [id, key] : keys) {
        write.addBindValue(key);
        write.addBindValue(id);
        if (!write.exec())
            return Error{ Tr::tr("the library database refused a change (%1)").arg(write.lastError().text()), db.databaseName() };
    }
    return exec(db, u"CREATE INDEX files_fingerprint ON files(fingerprint, started_unix)"_s);
}
// 2 → 3: imports are read again at the next refresh (their hash and date forgotten), since the library now
// takes their dataset from the file (no longer "synthetic") and LoadGen's version and start from its detail log.
Status toVersion3(QSqlDatabase& db)
{
    return exec(db, u"UPDATE files SET hash = '', mtime_ms = 0 WHERE tool != 'inferdeck' AND status = 'indexed'"_s);
}
} // namespace

Status migrate(QSqlDatabase& db, int* from)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Error{ Tr::tr("not a library database (%1)").arg(q.lastError().text()), db.databaseName() };
    const int version = q.value(0).toInt();
    q.finish();
    if (from)
        *from = version;
    if (version > kVersion)
        return Error{ Tr::tr("written by a newer InferDeck (library schema %1; this one reads up to %2)").arg(version).arg(kVersion),
                      db.databaseName() };
    if (version == kVersion)
        return Ok{};
    // IMMEDIATE: another process migrating at the same moment waits here instead of failing halfway
    if (Status s = exec(db, u"BEGIN IMMEDIATE"_s); !s)
        return s;
    // someone may have migrated while we waited for the lock
    QSqlQuery again(db);
    int now = version;
    if (again.exec(u"PRAGMA user_version"_s) && again.next())
        now = again.value(0).toInt();
    again.finish();
    Status s = Ok{};
    if (now == 0)
        for (const char* sql : kVersion1)
            if (s = exec(db, QString::fromLatin1(sql)); !s)
                break;
    if (s && now < 2)
        s = toVersion2(db);
    if (s && now >= 1 && now < 3) // a new database has nothing to read again
        s = toVersion3(db);
    if (s && now < kVersion)
        s = exec(db, u"PRAGMA user_version = %1"_s.arg(kVersion));
    if (!s) {
        (void)exec(db, u"ROLLBACK"_s);
        return s;
    }
    return exec(db, u"COMMIT"_s);
}

} // namespace inferdeck::libraryschema
