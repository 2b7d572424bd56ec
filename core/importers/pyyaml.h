#pragma once
// The YAML that Python's yaml.dump writes for plain data, read into JSON: guidellm saves its reports
// with it. Not a general YAML parser: anchors, aliases, block scalars (| and >) and tags other than
// !!python/tuple are refused with the line they are on.
#include <QByteArray>

#include <nlohmann/json.hpp>

namespace inferdeck::importing {

/// Parses `text` (block mappings and sequences, indentless sequences, plain, single- and double-quoted
/// scalars over several lines, empty flow collections); fails with ImportFailure naming the line.
nlohmann::json parsePyYamlDump(const QByteArray& text);

} // namespace inferdeck::importing
