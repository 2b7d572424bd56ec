#pragma once
// Decoding of JSON string contents, shared by the readers that scan JSON text themselves (agent events,
// other tools' exports) instead of building a DOM.
#include <string>
#include <string_view>

namespace inferdeck::jsonstring {

/// The four hex digits at p as a number; false when one is not a hex digit.
bool hex4(const char* p, unsigned& out);

/// Decodes a JSON string's raw contents (escapes, \u surrogate pairs) into UTF-8. `escaped` false copies
/// as is. False when an escape is malformed or a surrogate is unpaired.
bool decodeString(std::string_view raw, bool escaped, std::string& out);

} // namespace inferdeck::jsonstring
