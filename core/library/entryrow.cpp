#include "library/entryrow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::entryrow {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};

// a value not measured is NULL in the database, as it is null in JSON: never 0
QVariant orNull(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// Qt binds a null QString as NULL; the text columns hold '' for "none", so LIKE over them never meets a NULL
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

std::optional<double> optional(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Error refused(const QSqlDatabase& db, const QSqlQuery& q)
{
    return Error{ Tr::tr("the library database refused a change (%1)").arg(q.lastError().text()), db.databaseName() };
}

const char* const kHeadlineColumns = "h_request_tput, h_output_tput, h_total_tput, h_ttft_p50, h_ttft_p99, h_tpot_p50, h_tpot_p99, "
                                     "h_e2e_p50, h_e2e_p99, h_success_rate, h_goodput";

QList<QVariant> headlineValues(const PhaseHeadline& h)
{
    return { orNull(h.requestThroughput), orNull(h.outputTokenThroughput), orNull(h.totalTokenThroughput), orNull(h.ttftP50),
             orNull(h.ttftP99), orNull(h.tpotP50), orNull(h.tpotP99), orNull(h.e2eP50), orNull(h.e2eP99), orNull(h.successRate),
             orNull(h.goodput) };
}

void readHeadline(const QSqlQuery& q, int first, PhaseHeadline& h)
{
    std::optional<double>* fields[] = { &h.requestThroughput, &h.outputTokenThroughput, &h.totalTokenThroughput, &h.ttftP50, &h.ttftP99,
                                        &h.tpotP50, &h.tpotP99, &h.e2eP50, &h.e2eP99, &h.successRate, &h.goodput };
    for (int k = 0; k < 11; ++k)
        *fields[k] = optional(q.value(first + k));
}
} // namespace

EntryStatus statusFromName(const QString& name)
{
    if (name == u"missing")
        return EntryStatus::Missing;
    if (name == u"unreadable")
        return EntryStatus::Unreadable;
    return EntryStatus::Indexed;
}

QString columns()
{
    return u"id, path, hash, size, mtime_ms, status, error, indexed_unix, model, engine, engine_version, gpu_model, gpu_count, "
           "driver, nodes, plan_name, plan_hash, dataset, tool, tool_version, started_unix, simulated, run_status, grade, "
           "graded_phase, fingerprint, "_s
        + QString::fromLatin1(kHeadlineColumns);
}

LibraryEntry readEntry(const QSqlQuery& q)
{
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.path = q.value(1).toString();
    e.hash = q.value(2).toString();
    e.size = q.value(3).toLongLong();
    e.mtimeMs = q.value(4).toLongLong();
    e.status = statusFromName(q.value(5).toString());
    e.error = q.value(6).toString();
    e.indexedUnix = q.value(7).toDouble();
    RunFingerprint& f = e.fingerprint;
    f.model = q.value(8).toString();
    f.engine = q.value(9).toString();
    f.engineVersion = q.value(10).toString();
    f.gpuModel = q.value(11).toString();
    f.gpuCount = q.value(12).toInt();
    f.driver = q.value(13).toString();
    f.nodes = q.value(14).toInt();
    f.planName = q.value(15).toString();
    f.planHash = q.value(16).toString();
    f.dataset = q.value(17).toString();
    f.tool = q.value(18).toString();
    f.toolVersion = q.value(19).toString();
    f.startedUnix = q.value(20).toDouble();
    f.simulated = q.value(21).toBool();
    e.runStatus = q.value(22).toString();
    e.grade = q.value(23).toString();
    e.gradedPhase = q.value(24).toString();
    // column 25, the fingerprint key, is f.key(): derived, not read
    e.headline.phase = e.gradedPhase;
    readHeadline(q, 26, e.headline);
    return e;
}

Result<qint64> writeEntry(QSqlDatabase& db, const LibraryEntry& e, qint64 id)
{
    const RunFingerprint& f = e.fingerprint;
    const QList<QVariant> values = QList<QVariant>{ text(e.path), text(e.hash), e.size, e.mtimeMs, entryStatusName(e.status), text(e.error),
                                                    e.indexedUnix, text(f.model), text(f.engine), text(f.engineVersion), text(f.gpuModel),
                                                    f.gpuCount, text(f.driver), f.nodes, text(f.planName), text(f.planHash), text(f.dataset),
                                                    text(f.tool), text(f.toolVersion), f.startedUnix, f.simulated ? 1 : 0, text(e.runStatus),
                                                    text(e.grade), text(e.gradedPhase), f.key() }
        + headlineValues(e.headline);
    static const QStringList names = columns().split(u", "_s).mid(1); // every column but id
    QSqlQuery q(db);
    if (id) {
        QStringList sets;
        for (const QString& n : names)
            sets << n + u" = ?"_s;
        q.prepare(u"UPDATE files SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)));
    } else {
        q.prepare(u"INSERT INTO files (%1) VALUES (%2)"_s.arg(names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (id)
        q.addBindValue(id);
    if (!q.exec())
        return refused(db, q);
    const qint64 row = id ? id : q.lastInsertId().toLongLong();
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM phases WHERE file_id = ?"_s);
    del.addBindValue(row);
    if (!del.exec())
        return refused(db, del);
    QSqlQuery ins(db);
    ins.prepare(u"INSERT INTO phases (file_id, idx, name, repetition, nodes, request_tput, output_tput, total_tput, ttft_p50, ttft_p99, "
                "tpot_p50, tpot_p99, e2e_p50, e2e_p99, success_rate, goodput) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype k = 0; k < e.phases.size(); ++k) {
        const PhaseHeadline& h = e.phases[k];
        ins.addBindValue(row);
        ins.addBindValue(qint64(k));
        ins.addBindValue(text(h.phase));
        ins.addBindValue(h.repetition);
        ins.addBindValue(h.nodes);
        for (const QVariant& v : headlineValues(h))
            ins.addBindValue(v);
        if (!ins.exec())
            return refused(db, ins);
    }
    return row;
}

Status markEntry(QSqlDatabase& db, qint64 id, EntryStatus status, const QString& error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE files SET status = ?, error = ? WHERE id = ?"_s);
    q.addBindValue(entryStatusName(status));
    q.addBindValue(text(error));
    q.addBindValue(id);
    if (!q.exec())
        return refused(db, q);
    return Ok{};
}

Result<QList<PhaseHeadline>> readPhases(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, repetition, nodes, request_tput, output_tput, total_tput, ttft_p50, ttft_p99, tpot_p50, tpot_p99, "
              "e2e_p50, e2e_p99, success_rate, goodput FROM phases WHERE file_id = ? ORDER BY idx"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{ Tr::tr("cannot read the library (%1)").arg(q.lastError().text()), db.databaseName() };
    QList<PhaseHeadline> out;
    while (q.next()) {
        PhaseHeadline h;
        h.phase = q.value(0).toString();
        h.repetition = q.value(1).toInt();
        h.nodes = q.value(2).toInt();
        readHeadline(q, 3, h);
        out << h;
    }
    return out;
}

} // namespace inferdeck::entryrow
