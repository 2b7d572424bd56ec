#include "io/jsonfields.h"

#include "io/inputfile.h"
#include "io/strictjson.h"
#include "util/printable.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

const json* find(const json& parent, const char* key)
{
    const auto it = parent.find(key);
    return it == parent.end() ? nullptr : &*it;
}

const json& require(const json& parent, const char* key, const QString& path, const QString& expected)
{
    const json* v = find(parent, key);
    if (!v)
        fail(childPath(path, key), Tr::tr("missing (expected %1)").arg(expected));
    return *v;
}

QString rangeText(double min, double max)
{
    return Tr::tr("a number from %1 to %2").arg(min, 0, 'g', 10).arg(max, 0, 'g', 10);
}

} // namespace

void fail(const QString& path, const QString& message)
{
    throw FieldError { path, message };
}

QString describeType(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return Tr::tr("null");
    case json::value_t::boolean:
        return Tr::tr("a boolean");
    case json::value_t::string:
        return Tr::tr("a string");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return Tr::tr("an integer");
    case json::value_t::number_float:
        return Tr::tr("a number");
    case json::value_t::object:
        return Tr::tr("an object");
    case json::value_t::array:
        return Tr::tr("an array");
    case json::value_t::binary:
    case json::value_t::discarded:
        break;
    }
    return Tr::tr("an unexpected value");
}

QString childPath(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + u'.' + QString::fromUtf8(key);
}

QString indexPath(const QString& path, std::size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

void expectObject(const json& value, const QString& path)
{
    if (!value.is_object())
        fail(path, Tr::tr("expected an object, found %1").arg(describeType(value)));
}

const json& object(const json& parent, const char* key, const QString& path)
{
    const json& v = require(parent, key, path, Tr::tr("an object"));
    expectObject(v, childPath(path, key));
    return v;
}

const json& array(const json& parent, const char* key, const QString& path)
{
    const json& v = require(parent, key, path, Tr::tr("an array"));
    if (!v.is_array())
        fail(childPath(path, key), Tr::tr("expected an array, found %1").arg(describeType(v)));
    return v;
}

QString stringValue(const json& value, const QString& path)
{
    if (!value.is_string())
        fail(path, Tr::tr("expected a string, found %1").arg(describeType(value)));
    return QString::fromStdString(value.get_ref<const std::string&>());
}

QString controlCharacterProblem(const QString& text)
{
    // the line and paragraph separators too: log views and some Markdown viewers break lines at them, so a
    // name holding one could forge a line of its own as a newline would
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControlCharacter(text[i].unicode()))
            return Tr::tr("a control character (U+%1) at character %2: names, paths and commands must be "
                          "printable single lines")
                .arg(text[i].unicode(), 4, 16, QChar(u'0'))
                .arg(i + 1);
    }
    return {};
}

QString plainString(const json& parent, const char* key, const QString& path)
{
    const QString s = string(parent, key, path);
    if (const QString problem = controlCharacterProblem(s); !problem.isEmpty())
        fail(childPath(path, key), problem);
    return s;
}

QString optionalPlainString(const json& parent, const char* key, const QString& path)
{
    const QString s = optionalString(parent, key, path);
    if (const QString problem = controlCharacterProblem(s); !problem.isEmpty())
        fail(childPath(path, key), problem);
    return s;
}

QString string(const json& parent, const char* key, const QString& path)
{
    return stringValue(require(parent, key, path, Tr::tr("a string")), childPath(path, key));
}

QString optionalString(const json& parent, const char* key, const QString& path)
{
    const json* v = find(parent, key);
    return (!v || v->is_null()) ? QString() : stringValue(*v, childPath(path, key));
}

double numberValue(const json& value, const QString& path, double min, double max)
{
    if (!value.is_number())
        fail(path, Tr::tr("expected %1, found %2").arg(rangeText(min, max), describeType(value)));
    const double d = value.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        fail(path, Tr::tr("expected %1, found %2").arg(rangeText(min, max)).arg(d, 0, 'g', 17));
    return d;
}

double number(const json& parent, const char* key, const QString& path, double min, double max)
{
    return numberValue(require(parent, key, path, rangeText(min, max)), childPath(path, key), min, max);
}

std::optional<double> optionalNumber(const json& parent, const char* key, const QString& path, double min, double max)
{
    const json* v = find(parent, key);
    if (!v || v->is_null())
        return std::nullopt;
    return numberValue(*v, childPath(path, key), min, max);
}

std::int64_t integer(const json& parent, const char* key, const QString& path, std::int64_t min, std::int64_t max)
{
    const auto v = optionalInteger(parent, key, path, min, max);
    if (!v)
        // Spelled out: lupdate misreads a `std::int64_t name(` definition and would file Tr::tr under "Tr".
        fail(childPath(path, key),
             QCoreApplication::translate("ResultFileReader", "missing (expected an integer from %1 to %2)")
                 .arg(min)
                 .arg(max));
    return *v;
}

std::optional<std::int64_t> optionalInteger(const json& parent, const char* key, const QString& path, std::int64_t min,
                                            std::int64_t max)
{
    const json* v = find(parent, key);
    if (!v || v->is_null())
        return std::nullopt;
    const QString p = childPath(path, key);
    const QString expected = Tr::tr("an integer from %1 to %2").arg(min).arg(max);
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        fail(p, Tr::tr("expected %1, found %2").arg(expected).arg(v->get<std::uint64_t>()));
    if (!v->is_number_integer())
        fail(p, Tr::tr("expected %1, found %2").arg(expected, describeType(*v)));
    const std::int64_t i = v->get<std::int64_t>();
    if (i < min || i > max)
        fail(p, Tr::tr("expected %1, found %2").arg(expected).arg(i));
    return i;
}

bool boolean(const json& parent, const char* key, const QString& path)
{
    const json& v = require(parent, key, path, Tr::tr("a boolean"));
    if (!v.is_boolean())
        fail(childPath(path, key), Tr::tr("expected a boolean, found %1").arg(describeType(v)));
    return v.get<bool>();
}

bool optionalBoolean(const json& parent, const char* key, const QString& path, bool fallback)
{
    const json* v = find(parent, key);
    return (!v || v->is_null()) ? fallback : boolean(parent, key, path);
}

json orNull(std::optional<double> value)
{
    return value ? json(*value) : json(nullptr);
}

Result<QByteArray> readSmallFile(const QString& path)
{
    auto file = readRegularFile(path, readlimit::kSmallFile, Tr::tr("a plan, cluster or rubric file"));
    if (!file)
        return file.error();
    // a copy: the mapping ends with the file, the text outlives it
    return QByteArray(file.value().bytes.constData(), file.value().bytes.size());
}

json parseJsonText(const QByteArray& text)
{
    JsonSyntaxError e;
    std::optional<json> doc = parseStrictJson(text.constBegin(), text.constEnd(), e);
    if (!doc)
        fail(e.path, e.byte ? Tr::tr("byte %1: %2").arg(*e.byte).arg(e.message) : e.message);
    return std::move(*doc);
}

} // namespace inferdeck::jsonio
