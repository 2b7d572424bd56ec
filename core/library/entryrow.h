#pragma once
// Between LibraryEntry and the rows of the files and phases tables: the one place that knows the columns.
#include <QSqlDatabase>
#include <QSqlQuery>

#include "library/libraryrun.h"
#include "util/result.h"

namespace inferdeck::entryrow {

/// The columns readEntry() reads, in its order, for "SELECT <columns> FROM files".
QString columns();
/// The entry of the current row of a query over columns().
LibraryEntry readEntry(const QSqlQuery& q);
/// Writes `e` (fingerprint, headline, phases) into the row `id`, or a new row when `id` is 0; returns the id.
Result<qint64> writeEntry(QSqlDatabase& db, const LibraryEntry& e, qint64 id);
/// Marks the row `id` as `status` with `error`, keeping what it said of the run.
Status markEntry(QSqlDatabase& db, qint64 id, EntryStatus status, const QString& error);
/// Every phase repetition of file `id`, in file order.
Result<QList<PhaseHeadline>> readPhases(const QSqlDatabase& db, qint64 id);
EntryStatus statusFromName(const QString& name);

} // namespace inferdeck::entryrow
