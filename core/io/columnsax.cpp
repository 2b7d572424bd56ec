#include "io/columnsax.h"

#include <QCoreApplication>

#include <cmath>
#include <set>

#include "io/jsonfields.h"

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

using json = nlohmann::json;

class ColumnSax {
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    explicit ColumnSax(ParsedDocument& doc) : m_doc(doc) { }

    QString error;

    bool null() { return m_column ? columnNull() : (addValue(nullptr), true); }
    bool boolean(bool v) { return m_column ? columnOther(Tr::tr("a boolean")) : (addValue(v), true); }
    bool number_integer(number_integer_t v) { return m_column ? columnInteger(v) : (addValue(v), true); }
    bool number_unsigned(number_unsigned_t v)
    {
        if (!m_column)
            return addValue(v), true;
        if (!m_column->integer)
            return columnFloat(static_cast<double>(v));
        if (v > static_cast<number_unsigned_t>(INT64_MAX))
            return columnBad(Tr::tr("%1 is out of range").arg(v));
        return columnInteger(static_cast<std::int64_t>(v));
    }
    bool number_float(number_float_t v, const string_t&) { return m_column ? columnFloat(v) : (addValue(v), true); }
    bool string(string_t& v) { return m_column ? columnOther(Tr::tr("a string")) : (addValue(std::move(v)), true); }
    bool binary(binary_t& v) { return m_column ? columnOther(Tr::tr("binary data")) : (addValue(std::move(v)), true); }

    bool start_object(std::size_t)
    {
        if (m_column)
            return columnNested(Tr::tr("an object"));
        m_stack.push_back({ addValue(json::object()), {}, 0 });
        return true;
    }
    bool key(string_t& k)
    {
        if (m_column)
            return true;
        m_stack.back().key = k;
        m_slot = &(*m_stack.back().node)[k];
        return true;
    }
    bool end_object() { return m_column ? columnEnd() : (m_stack.pop_back(), true); }

    bool start_array(std::size_t)
    {
        if (m_column)
            return columnNested(Tr::tr("an array"));
        if (isColumnPosition()) {
            const std::string& section = m_stack[2].key;
            const std::string& key = m_stack[3].key;
            ParsedColumn& c = m_doc.columns[{ m_stack[1].count - 1, section, key }];
            c = ParsedColumn {};
            c.integer = isIntegerColumn(key);
            m_column = &c;
            m_columnDepth = 0;
            addValue(json::binary({}));
            return true;
        }
        m_stack.push_back({ addValue(json::array()), {}, 0 });
        return true;
    }
    bool end_array() { return m_column ? columnEnd() : (m_stack.pop_back(), true); }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex)
    {
        // nlohmann's text carries line and column; drop its "[json.exception.parse_error.101] " tag
        std::string what = ex.what();
        if (const auto p = what.find("] "); what.rfind("[json.exception", 0) == 0 && p != std::string::npos)
            what = what.substr(p + 2);
        error = QString::fromStdString(what);
        return false;
    }

private:
    struct Frame {
        json* node;
        std::string key;   // current key, for objects
        std::size_t count; // elements so far, for arrays
    };

    // phases[i].requests.<key> or phases[i].telemetry.<key>
    bool isColumnPosition() const
    {
        return m_stack.size() == 4 && m_stack[0].key == "phases" && m_stack[1].node->is_array()
            && m_stack[2].node->is_object() && (m_stack[2].key == "requests" || m_stack[2].key == "telemetry")
            && m_stack[3].node->is_object();
    }

    json* addValue(json&& v)
    {
        if (m_stack.empty()) {
            m_doc.dom = std::move(v);
            return &m_doc.dom;
        }
        Frame& top = m_stack.back();
        if (top.node->is_array()) {
            top.node->push_back(std::move(v));
            ++top.count;
            return &top.node->back();
        }
        *m_slot = std::move(v);
        return m_slot;
    }

    std::size_t columnIndex() const { return m_column->size() + m_skipped; }

    bool columnBad(const QString& message)
    {
        if (!m_column->badIndex) {
            m_column->badIndex = columnIndex();
            m_column->badMessage = message;
        }
        ++m_skipped;
        return true;
    }
    bool columnNull()
    {
        if (m_columnDepth > 0)
            return true;
        if (m_column->integer)
            m_column->integers.push_back(ParsedColumn::kNullInteger);
        else
            m_column->doubles.push_back(std::nan(""));
        return true;
    }
    bool columnInteger(std::int64_t v)
    {
        if (m_columnDepth > 0)
            return true;
        if (m_column->integer)
            m_column->integers.push_back(v);
        else
            m_column->doubles.push_back(static_cast<double>(v));
        return true;
    }
    bool columnFloat(double v)
    {
        if (m_columnDepth > 0)
            return true;
        if (!std::isfinite(v))
            return columnBad(Tr::tr("the number is out of range"));
        if (m_column->integer)
            return columnBad(Tr::tr("expected an integer, found %1").arg(v, 0, 'g', 17));
        m_column->doubles.push_back(v);
        return true;
    }
    bool columnOther(const QString& what)
    {
        if (m_columnDepth > 0)
            return true;
        return columnBad(Tr::tr("expected a number, found %1").arg(what));
    }
    bool columnNested(const QString& what)
    {
        if (m_columnDepth == 0)
            columnBad(Tr::tr("expected a number, found %1").arg(what));
        ++m_columnDepth;
        return true;
    }
    bool columnEnd()
    {
        if (m_columnDepth > 0) {
            --m_columnDepth;
            return true;
        }
        m_column = nullptr;
        m_skipped = 0;
        return true;
    }

    ParsedDocument& m_doc;
    std::vector<Frame> m_stack;
    json* m_slot = nullptr;
    ParsedColumn* m_column = nullptr;
    int m_columnDepth = 0;      // nesting inside a column's bad element
    std::size_t m_skipped = 0;  // bad elements of the current column, so indices stay true
};

} // namespace

bool isIntegerColumn(const std::string& key)
{
    static const std::set<std::string> keys { "node", "request_id", "warmup", "input_tokens", "output_tokens",
                                              "tokens_from_usage", "status", "chunk_offsets", "gpu" };
    return keys.contains(key);
}

std::optional<ParsedDocument> parseDocument(const char* data, std::size_t size, QString& error)
{
    ParsedDocument doc;
    ColumnSax sax(doc);
    const bool ok = json::sax_parse(data, data + size, &sax);
    if (!ok) {
        error = sax.error.isEmpty() ? Tr::tr("not valid JSON") : sax.error;
        return std::nullopt;
    }
    return doc;
}

} // namespace inferdeck::jsonio
