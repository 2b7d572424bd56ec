#pragma once
// Path-aware accessors for validating small JSON documents. They throw FieldError, which never leaves
// core/io: each public reader catches it at its boundary and returns an Error.
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

#include "util/result.h"

namespace inferdeck::jsonio {

using json = nlohmann::json;

/// A JSON value that is missing or not what the format expects, at `path` (e.g. `phases[1].load.mode`).
struct FieldError {
    QString path;
    QString message;
};

[[noreturn]] void fail(const QString& path, const QString& message);

/// "a string", "a number", "null", ... for messages.
QString describeType(const json& value);
QString childPath(const QString& path, const char* key);
QString indexPath(const QString& path, std::size_t index);

const json& object(const json& parent, const char* key, const QString& path);
const json& array(const json& parent, const char* key, const QString& path);
void expectObject(const json& value, const QString& path);

QString string(const json& parent, const char* key, const QString& path);
QString optionalString(const json& parent, const char* key, const QString& path); // absent/null → ""
QString stringValue(const json& value, const QString& path);
/// A string that ends up in a command, a file name or a printed line (a model, a name, an endpoint path):
/// a control character (NUL, newline, ESC, DEL, C1) in it fails naming the field.
QString plainString(const json& parent, const char* key, const QString& path);
QString optionalPlainString(const json& parent, const char* key, const QString& path); // absent/null → ""
/// Empty when `text` has no control character; else why it cannot be used ("U+001B at character 4").
QString controlCharacterProblem(const QString& text);
double number(const json& parent, const char* key, const QString& path, double min, double max);
std::optional<double> optionalNumber(const json& parent, const char* key, const QString& path, double min,
                                     double max); // absent/null → nullopt
double numberValue(const json& value, const QString& path, double min, double max);
std::int64_t integer(const json& parent, const char* key, const QString& path, std::int64_t min, std::int64_t max);
std::optional<std::int64_t> optionalInteger(const json& parent, const char* key, const QString& path, std::int64_t min,
                                            std::int64_t max);
bool boolean(const json& parent, const char* key, const QString& path);
bool optionalBoolean(const json& parent, const char* key, const QString& path, bool fallback);

/// A whole small file (plan, cluster, rubric), or an Error naming it.
Result<QByteArray> readSmallFile(const QString& path);
/// Parses JSON text; bad JSON throws a FieldError with an empty path.
json parseJsonText(const QByteArray& text);

/// nullopt → null, for keys whose absence means "not measured".
json orNull(std::optional<double> value);

} // namespace inferdeck::jsonio
