#pragma once
#include <QSqlDatabase>

#include "util/result.h"

namespace inferdeck::libraryschema {

/// The schema this build writes. 1: files, phases, folders. 2: each file's fingerprint key, indexed, so the
/// trend and `compare --against-last` find comparable runs without reading every row. 3: the same tables;
/// imports indexed before are read again (their dataset, LoadGen's date and version).
constexpr int kVersion = 3;

/// Brings `db` to kVersion: creates the tables in an empty database, or applies every migration from the
/// version it has (PRAGMA user_version), in one transaction. `from` receives the version found (0: new).
/// A database of a newer schema is refused: an older InferDeck must not rewrite what it cannot read.
Status migrate(QSqlDatabase& db, int* from = nullptr);

} // namespace inferdeck::libraryschema
