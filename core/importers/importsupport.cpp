#include "importers/importsupport.h"

#include "io/jsonfields.h"
#include "io/strictjson.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::importing {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

QString typeName(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return Tr::tr("null");
    case json::value_t::boolean:
        return Tr::tr("a boolean");
    case json::value_t::string:
        return Tr::tr("a string");
    case json::value_t::array:
        return Tr::tr("an array");
    case json::value_t::object:
        return Tr::tr("an object");
    default:
        return Tr::tr("a number");
    }
}

// Replaces a bare word outside strings with null padded by spaces, keeping every byte offset.
bool replaceWord(QByteArray& text, qsizetype i, const char* word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (text.mid(i, n) != word)
        return false;
    text.replace(i, 4, "null");
    for (qsizetype k = i + 4; k < i + n; ++k)
        text[k] = ' ';
    return true;
}
} // namespace

void fail(const QString& field, const QString& message)
{
    throw ImportFailure { field, message };
}

ImportFailure unexpectedContent(const json::exception& e)
{
    return { {}, Tr::tr("unexpected JSON content (%1)").arg(QString::fromUtf8(e.what())) };
}

Error importError(const QString& tool, const QString& where, const ImportFailure& f)
{
    const QString at = f.field.isEmpty() ? QString() : f.field + u": "_s;
    return Error { Tr::tr("%1: %2%3").arg(tool, at, f.message), where };
}

void forEachJsonLine(const QByteArray& data, const std::function<void(const json&, const QString&)>& f)
{
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < data.size()) {
        qsizetype nl = data.indexOf('\n', pos);
        const bool last = nl < 0;
        if (last)
            nl = data.size();
        ++lineNo;
        const QByteArray text = data.mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (text.isEmpty())
            continue;
        const QString field = Tr::tr("line %1").arg(lineNo);
        json d;
        try {
            d = parsePythonJson(text);
        } catch (const ImportFailure& e) {
            fail(field, last ? Tr::tr("the last line is cut off: %1").arg(e.message) : e.message);
        }
        f(d, field);
    }
}

json parsePythonJson(const QByteArray& input)
{
    QByteArray text = input;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == 'N' || c == 'I' || c == '-') {
            if (!replaceWord(text, i, "NaN") && !replaceWord(text, i, "Infinity"))
                replaceWord(text, i, "-Infinity");
        }
    }
    jsonio::JsonSyntaxError e;
    std::optional<json> doc = jsonio::parseStrictJson(text.constBegin(), text.constEnd(), e);
    if (doc)
        return std::move(*doc);
    if (e.truncated)
        fail(Tr::tr("byte %1").arg(e.byte.value_or(0)), Tr::tr("the file ends in the middle of the JSON document (truncated?)"));
    fail(syntaxErrorField(e), e.message);
}

QString syntaxErrorField(const jsonio::JsonSyntaxError& e)
{
    // a value's path when the error is about one (a repeated key, a number out of range), else the byte
    const QString at = e.byte ? Tr::tr("byte %1").arg(*e.byte) : QString();
    if (e.path.isEmpty())
        return at;
    return at.isEmpty() ? e.path : u"%1 (%2)"_s.arg(e.path, at);
}

QString key(const QString& path, const char* name)
{
    return path.isEmpty() ? QString::fromUtf8(name) : path + u'.' + QString::fromUtf8(name);
}

QString index(const QString& path, std::size_t i)
{
    return path + u'[' + QString::number(i) + u']';
}

std::optional<double> elementNumber(const json& v, const QString& path)
{
    if (v.is_null())
        return std::nullopt;
    if (!v.is_number())
        fail(path, Tr::tr("expected a number, found %1").arg(typeName(v)));
    return v.get<double>();
}

std::optional<double> nonNegative(std::optional<double> v, const QString& field)
{
    if (v && *v < 0)
        fail(field, Tr::tr("expected zero or more, found %1").arg(*v));
    return v;
}

std::int32_t elementTokens(const json& v, const QString& path)
{
    const std::optional<double> n = elementNumber(v, path);
    if (!n)
        return -1;
    if (*n < 0 || *n != std::floor(*n) || *n > std::numeric_limits<std::int32_t>::max())
        // explicit context: lupdate files a tr() in a function returning std::int32_t under "Tr"
        fail(path, QCoreApplication::translate("Importer", "expected a whole non-negative token count, found %1").arg(*n));
    return static_cast<std::int32_t>(*n);
}

std::optional<double> optNonNegative(const json& obj, const char* name, const QString& path)
{
    return nonNegative(optNumber(obj, name, path), key(path, name));
}

std::optional<double> optNumber(const json& obj, const char* name, const QString& path)
{
    const auto it = obj.find(name);
    if (it == obj.end())
        return std::nullopt;
    return elementNumber(*it, key(path, name));
}

std::optional<double> optLooseNumber(const json& obj, const char* name, const QString& path)
{
    const auto it = obj.find(name);
    if (it == obj.end() || !it->is_string())
        return optNumber(obj, name, path);
    const std::string s = it->get<std::string>();
    if (s == "inf" || s == "Infinity")
        return std::numeric_limits<double>::infinity();
    double v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size())
        fail(key(path, name), Tr::tr("expected a number, found the text \"%1\"").arg(QString::fromStdString(s)));
    return v;
}

std::optional<std::int64_t> optCount(const json& obj, const char* name, const QString& path)
{
    const std::optional<double> v = optLooseNumber(obj, name, path);
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return wholeCount(*v, key(path, name));
}

std::int64_t wholeCount(double v, const QString& field)
{
    // The range check comes first: converting a double beyond int64 is undefined behaviour.
    if (!(v >= 0) || v != std::floor(v) || v > 9e15)
        fail(field, QCoreApplication::translate("Importer", "expected a whole non-negative count, found %1").arg(v)); // explicit: lupdate misfiles it
    return static_cast<std::int64_t>(v);
}

QString optText(const json& obj, const char* name, const QString& path)
{
    const auto it = obj.find(name);
    if (it == obj.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number() || it->is_boolean())
        return QString::fromStdString(it->dump());
    fail(key(path, name), Tr::tr("expected a string, found %1").arg(typeName(*it)));
}

const json* optObject(const json& obj, const char* name, const QString& path)
{
    const auto it = obj.find(name);
    if (it == obj.end() || it->is_null())
        return nullptr;
    if (!it->is_object())
        fail(key(path, name), Tr::tr("expected an object, found %1").arg(typeName(*it)));
    return &*it;
}

const json& requireArray(const json& obj, const char* name, const QString& path)
{
    const auto it = obj.find(name);
    if (it == obj.end())
        fail(key(path, name), Tr::tr("missing"));
    if (!it->is_array())
        fail(key(path, name), Tr::tr("expected an array, found %1").arg(typeName(*it)));
    return *it;
}

// The model and the server become the plan's model and the node's name, which InferDeck's own reader
// refuses with control characters (they end up in commands and printed lines): refuse them here, naming
// what they are, so an import never writes a file InferDeck cannot read back.
void requirePrintable(const QString& text, const QString& what)
{
    if (const QString problem = jsonio::controlCharacterProblem(text); !problem.isEmpty())
        fail(what, problem);
}

BenchmarkResult importedResult(const QString& tool, const QString& toolVersion, const QString& model,
                               const QString& server)
{
    requirePrintable(model, Tr::tr("the model name"));
    requirePrintable(server, Tr::tr("the server name"));
    requirePrintable(toolVersion, Tr::tr("the tool's version"));
    BenchmarkResult r;
    r.provenance.tool = tool;
    r.provenance.toolVersion = toolVersion;
    r.plan.name = Tr::tr("Imported from %1").arg(toolDisplayName(r.provenance));
    r.plan.model = model;
    r.plan.repetitions = 1;
    // the tool's prompts are not InferDeck's synthetic ones: unknown unless the importer reads them (setImportedDataset)
    r.plan.workload.dataset.clear();
    NodeInventory node;
    node.name = server.isEmpty() ? u"server"_s : server;
    node.gpuNote = Tr::tr("not recorded by %1").arg(toolDisplayName(r.provenance));
    r.nodes.append(node);
    return r;
}

void setImportedDataset(BenchmarkResult& result, const QString& named, const QString& where)
{
    const QString d = named.trimmed();
    if (d.isEmpty())
        return;
    requirePrintable(d, where);
    // a file is the file: its name tells two runs apart; anything else (a hub name, a generator's settings) as stated
    static const QStringList fileEndings{ u".jsonl"_s, u".json"_s, u".csv"_s, u".txt"_s, u".parquet"_s, u".arrow"_s };
    if (std::any_of(fileEndings.begin(), fileEndings.end(), [&d](const QString& e) { return d.endsWith(e, Qt::CaseInsensitive); })) {
        result.plan.workload.dataset = u"file"_s;
        result.plan.workload.datasetPath = d;
    } else {
        result.plan.workload.dataset = d;
    }
}

Phase importedPhase(const BenchmarkResult& result, const QString& name, const LoadSpec& load, double t0Unix)
{
    Phase p;
    p.name = name;
    p.nodes = { result.nodes.value(0).name };
    p.clockOffsetsS = { 0.0 };
    p.load = load;
    p.t0Unix = std::max(0.0, t0Unix);
    return p;
}

QString aggregatesOnlyNote(const QString& why)
{
    //: a note on an imported phase; %1 says what cannot be recomputed and why
    return Tr::tr("aggregates only: %1").arg(why).trimmed();
}

void uniquifyPhaseNames(BenchmarkResult& result)
{
    QSet<QString> seen;
    for (Phase& p : result.phases) {
        QString name = p.name;
        for (int k = 2; seen.contains(name); ++k)
            name = u"%1 (%2)"_s.arg(p.name).arg(k);
        p.name = name;
        seen.insert(name);
    }
}

} // namespace inferdeck::importing
