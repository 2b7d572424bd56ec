#pragma once
// Parses a result file without building a DOM for its big columns: the arrays directly under
// phases[i].requests and phases[i].telemetry go straight into typed vectors (std::from_chars); everything
// else (plan, nodes, provenance, small phase fields) becomes an ordinary nlohmann DOM. A validating
// parser of its own (columnparser.cpp) because nlohmann's lexer reads ~100 MB/s, too slow for a
// million-request file. Internal to core/io.
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace inferdeck::jsonio {

/// One column array as parsed: doubles (null → NaN) or integers (null → kNullInteger), and the first
/// element that did not fit, with its index.
struct ParsedColumn {
    static constexpr std::int64_t kNullInteger = INT64_MIN;
    bool integer = false;
    std::vector<double> doubles;
    std::vector<std::int64_t> integers;
    std::optional<std::size_t> badIndex;
    QString badMessage;

    std::size_t size() const { return integer ? integers.size() : doubles.size(); }
};

/// A parsed result document: the DOM of the small parts, and the columns by (phase, section, key).
struct ParsedDocument {
    nlohmann::json dom;
    std::map<std::tuple<std::size_t, std::string, std::string>, ParsedColumn> columns;
    /// Columns are replaced in the DOM by a binary marker (binary never comes from JSON text), so the
    /// validator can tell "a column was here" from "a scalar was here".
    static bool isColumnMarker(const nlohmann::json& v) { return v.is_binary(); }
};

/// Integer-valued column keys of the format; every other column key is read as doubles.
bool isIntegerColumn(const std::string& key);

/// Parses `size` bytes at `data` (strict RFC 8259 JSON, UTF-8 validated, nesting limited to 256 levels);
/// on a syntax error returns nullopt and sets `error` to a message naming line and column.
/// `mappedFile`: `data` is a read-only private file mapping whose parsed pages may be dropped.
std::optional<ParsedDocument> parseDocument(const char* data, std::size_t size, QString& error, bool mappedFile = false);

} // namespace inferdeck::jsonio
