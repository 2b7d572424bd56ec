#pragma once
// Shared by the importers: the failure they throw, tolerant JSON access that names the field, and the
// skeleton of an imported result. Only core/importers uses it; ImportFailure never leaves an importer.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

#include "io/strictjson.h"
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

/// A nlohmann type error (value("x", false) on a string) as a failure without a field: the file is damaged.
ImportFailure unexpectedContent(const json::exception& e);

/// The Error a user sees: "<file>: <tool>: <field>: <message>".
Error importError(const QString& tool, const QString& where, const ImportFailure& f);

/// Parses JSON the way Python's json module writes it: bare NaN, Infinity and -Infinity become null,
/// so "not measured" stays unknown instead of failing the whole file. Bad JSON fails with its byte offset;
/// a repeated key, nesting deeper than jsonio::kMaxDepth or a number beyond a double fail naming the path
/// (the strict parser of io/strictjson.h, shared by every JSON reader).
json parsePythonJson(const QByteArray& text);
/// Where a strict-parser error is: "ttfts[3] (byte 120)", "byte 120" or a path alone.
QString syntaxErrorField(const jsonio::JsonSyntaxError& e);

/// Calls `f(document, field)` for each non-empty line of a JSON-lines file, `field` naming it ("line 12"); a
/// line that is not JSON fails naming it, the last one as cut off when the file ends inside it.
void forEachJsonLine(const QByteArray& data, const std::function<void(const json&, const QString&)>& f);

QString key(const QString& path, const char* name);
QString index(const QString& path, std::size_t i);

/// A number, or nullopt when absent or null; anything else fails naming the field.
std::optional<double> optNumber(const json& obj, const char* name, const QString& path);
/// The same, also accepting a number written as a string ("550", "inf" gives +infinity).
std::optional<double> optLooseNumber(const json& obj, const char* name, const QString& path);
std::optional<std::int64_t> optCount(const json& obj, const char* name, const QString& path);
/// A count stated as a number (a float in some tools' files): whole, non-negative and below 2^53, else fail().
std::int64_t wholeCount(double v, const QString& field);
QString optText(const json& obj, const char* name, const QString& path);
const json* optObject(const json& obj, const char* name, const QString& path);
const json& requireArray(const json& obj, const char* name, const QString& path);
/// Times, lengths, counts and rates are never negative: fails naming `field` when `v` is.
std::optional<double> nonNegative(std::optional<double> v, const QString& field);
/// optNumber, refusing a negative value.
std::optional<double> optNonNegative(const json& obj, const char* name, const QString& path);
/// A token count inside an array: a whole number from 0 to 2^31-1, or -1 for null (unknown).
std::int32_t elementTokens(const json& v, const QString& path);
/// A number or null inside an array.
std::optional<double> elementNumber(const json& v, const QString& path);

/// An imported result with one node standing for the server the tool measured.
BenchmarkResult importedResult(const QString& tool, const QString& toolVersion, const QString& model,
                               const QString& server);
/// Records the dataset a tool's file names (a path, a hub name, a generator's settings) as the plan's: a
/// file as dataset "file" with its path. Nothing named leaves it unknown (empty). `where` names the field.
void setImportedDataset(BenchmarkResult& result, const QString& named, const QString& where);
/// One phase on that node.
Phase importedPhase(const BenchmarkResult& result, const QString& name, const LoadSpec& load, double t0Unix);

/// "aggregates only: <why>"; with an empty `why`, the prefix that marks such a note.
QString aggregatesOnlyNote(const QString& why);

/// Makes phase names unique ("c2", "c2 (2)") before phases from several files share one result.
void uniquifyPhaseNames(BenchmarkResult& result);

} // namespace inferdeck::importing
