#include "io/strictjson.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

using json = nlohmann::json;

// nlohmann's SAX interface drives the parse without recursion (its parser keeps an explicit stack), so
// building the DOM here, one event at a time, is what keeps hostile nesting off the call stack; the
// depth check then bounds what later recursive code (copies, dump()) may meet.
class StrictDomBuilder : public nlohmann::json_sax<json> {
public:
    StrictDomBuilder(std::size_t size, JsonSyntaxError& error) : m_size(size), m_error(error) { }

    json root;

    bool null() override { return place(json(nullptr)); }
    bool boolean(bool v) override { return place(json(v)); }
    bool number_integer(number_integer_t v) override { return place(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return place(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return place(json(v)); }
    bool string(string_t& v) override { return place(json(std::move(v))); }
    bool binary(binary_t& v) override { return place(json::binary(std::move(v))); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override
    {
        Frame& f = m_frames.back();
        auto& members = f.value->get_ref<json::object_t&>();
        // last-wins would let a second "end_s" or "phases" silently replace the first one's meaning
        if (members.find(k) != members.end()) {
            m_error.path = pathOf(m_frames.size() - 1, false);
            m_error.message = duplicateKeyMessage(QString::fromStdString(k), m_error.path);
            return false;
        }
        f.key = k;
        m_member = &members[std::move(k)];
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) override
    {
        m_error.byte = position;
        // where a bad value sits helps; where a cut file ends is only its length
        if (position < m_size)
            m_error.path = pathOf(m_frames.size(), true);
        if (ex.id == 406) { // a number beyond the range of a double (1e400)
            m_error.message = Tr::tr("the number %1 is out of range").arg(QString::fromStdString(token));
        } else if (position >= m_size) {
            m_error.truncated = true;
            m_error.message = Tr::tr("not valid JSON: the text ends in the middle of the document (truncated?)");
        } else {
            m_error.message = Tr::tr("not valid JSON (%1)").arg(QString::fromUtf8(ex.what()));
        }
        return false;
    }

private:
    struct Frame {
        json* value;
        std::string key;       // the member being read, in an object
        std::size_t count = 0; // elements begun so far, in an array
    };

    json* slot()
    {
        if (m_frames.empty())
            return &root;
        Frame& f = m_frames.back();
        if (!f.value->is_array())
            return m_member;
        ++f.count;
        auto& elements = f.value->get_ref<json::array_t&>();
        elements.emplace_back();
        return &elements.back();
    }

    bool place(json&& v)
    {
        *slot() = std::move(v);
        return true;
    }

    bool open(json&& container)
    {
        if (m_frames.size() >= static_cast<std::size_t>(kMaxDepth)) {
            m_error.path = pathOf(m_frames.size(), true);
            m_error.message = tooDeepMessage();
            return false;
        }
        json* s = slot();
        *s = std::move(container);
        m_frames.push_back({ s, {}, 0 });
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    // The path through the first `levels` open containers; `pending`: the innermost array's element is
    // the one still being read (not yet counted).
    QString pathOf(std::size_t levels, bool pending) const
    {
        // the first steps say where a too-deep value starts; 256 more "[0]" would say nothing more
        constexpr std::size_t kShownSteps = 8;
        QString out;
        for (std::size_t i = 0; i < levels; ++i) {
            if (i == kShownSteps) {
                out += u'\u2026';
                break;
            }
            const Frame& f = m_frames[i];
            if (f.value->is_array()) {
                const bool innermost = i + 1 == m_frames.size();
                const std::size_t index = innermost && pending ? f.count : (f.count > 0 ? f.count - 1 : 0);
                out += u'[' + QString::number(index) + u']';
            } else {
                if (!out.isEmpty())
                    out += u'.';
                out += QString::fromStdString(f.key);
            }
        }
        return out;
    }

    std::size_t m_size;
    JsonSyntaxError& m_error;
    std::vector<Frame> m_frames;
    json* m_member = nullptr;
};

} // namespace

std::optional<nlohmann::json> parseStrictJson(const char* begin, const char* end, JsonSyntaxError& error)
{
    error = JsonSyntaxError {};
    StrictDomBuilder builder(static_cast<std::size_t>(end - begin), error);
    // strict: nothing but white space may follow the document
    if (!json::sax_parse(begin, end, &builder, json::input_format_t::json, true))
        return std::nullopt;
    return std::move(builder.root);
}

QString duplicateKeyMessage(const QString& key, const QString& path)
{
    return path.isEmpty() ? Tr::tr("the key \"%1\" appears twice in the top-level object").arg(key)
                          : Tr::tr("the key \"%1\" appears twice in %2").arg(key, path);
}

QString tooDeepMessage()
{
    return Tr::tr("nested deeper than %1 levels").arg(kMaxDepth);
}

} // namespace inferdeck::jsonio
