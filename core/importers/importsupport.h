#pragma once
// Shared by the importers: the failure they throw, tolerant JSON access that names the field, and the
// skeleton of an imported result. Only core/importers uses it; ImportFailure never leaves an importer.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck::importing {

using json = nlohmann::json;

/// What is wrong and where inside the file: a JSON path ("ttfts[3]"), a line ("line 12"), a byte offset.
struct ImportFailure {
    QString field;
    QString message;
};

[[noreturn]] void fail(const QString& field, const QString& message);

/// The Error a user sees: "<file>: <tool>: <field>: <message>".
Error importError(const QString& tool, const QString& where, const ImportFailure& f);

/// Parses JSON the way Python's json module writes it: bare NaN, Infinity and -Infinity become null,
/// so "not measured" stays unknown instead of failing the whole file. Bad JSON fails with its byte offset.
json parsePythonJson(const QByteArray& text);

QString key(const QString& path, const char* name);
QString index(const QString& path, std::size_t i);

/// A number, or nullopt when absent or null; anything else fails naming the field.
std::optional<double> optNumber(const json& obj, const char* name, const QString& path);
/// The same, also accepting a number written as a string ("550", "inf" gives +infinity).
std::optional<double> optLooseNumber(const json& obj, const char* name, const QString& path);
std::optional<std::int64_t> optCount(const json& obj, const char* name, const QString& path);
QString optText(const json& obj, const char* name, const QString& path);
const json* optObject(const json& obj, const char* name, const QString& path);
const json& requireArray(const json& obj, const char* name, const QString& path);
/// A number or null inside an array.
std::optional<double> elementNumber(const json& v, const QString& path);

/// An imported result with one node standing for the server the tool measured.
BenchmarkResult importedResult(const QString& tool, const QString& toolVersion, const QString& model,
                               const QString& server);
/// One phase on that node.
Phase importedPhase(const BenchmarkResult& result, const QString& name, const LoadSpec& load, double t0Unix);

/// "aggregates only: <why>"; with an empty `why`, the prefix that marks such a note.
QString aggregatesOnlyNote(const QString& why);

/// Makes phase names unique ("c2", "c2 (2)") before phases from several files share one result.
void uniquifyPhaseNames(BenchmarkResult& result);

} // namespace inferdeck::importing
