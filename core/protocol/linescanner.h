#pragma once
// A one-pass, validating scanner for the flat JSON objects the node agent writes, one per line. Internal
// to core/protocol: the event parser uses it so a million events do not build a million DOMs.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/bytescan.h"

namespace inferdeck::protocol {

/// One top-level member of a scanned line. Scalars are decoded while scanning; containers are kept as
/// their validated text so only the members an event type needs are looked at again.
struct Member {
    enum class Kind : std::uint8_t { Null, Bool, Integer, Double, String, Array, Object, IntArray };
    std::string_view key;
    Kind kind = Kind::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0.0;     // also set for Integer
    std::string_view text;   // String: raw (still escaped) contents; Array/Object: the whole value
    bool escaped = false;    // String: contains backslash escapes, decode with jsonstring::decodeString()
    std::size_t intArray = 0; // IntArray: index into Scanner::intArrays()
};

/// Scans lines into members; reuses its buffers from line to line.
class LineScanner {
public:
    /// Keys whose array values are decoded straight into integer lists (e.g. "chunks_us").
    void setIntArrayKeys(std::vector<std::string_view> keys) { m_intArrayKeys = std::move(keys); }

    /// Scans one JSON object. False on a syntax error; then error() says what and errorColumn() where
    /// (1-based byte column).
    bool scan(std::string_view line);

    /// Splits a JSON array's text into the texts of its elements. False on a syntax error.
    bool splitArray(std::string_view array, std::vector<std::string_view>& elements);

    const std::vector<Member>& members() const { return m_members; }
    const Member* find(std::string_view key) const;
    const std::vector<std::int64_t>& intArray(const Member& m) const { return m_intArrays[m.intArray]; }
    /// Moves an integer list out (swapping buffers, so both keep their capacity).
    void takeIntArray(const Member& m, std::vector<std::int64_t>& out) { out.swap(m_intArrays[m.intArray]); }

    const std::string& error() const { return m_error; }
    std::size_t errorColumn() const { return m_errorColumn; }

private:
    bool fail(const char* at, const char* message);
    bool value(Member& m, int depth);
    bool skipValue(int depth);
    // at the opening quote; most strings (every key) are plain ASCII, handled here without a call
    bool string(std::string_view& out, bool& escaped)
    {
        const char* start = m_p + 1;
        const char* stop = bytescan::plainStringEnd(start, m_end);
        if (stop == m_end || *stop != '"')
            return stringWithEscapes(out, escaped);
        out = std::string_view(start, static_cast<std::size_t>(stop - start));
        escaped = false;
        m_p = stop + 1;
        return true;
    }
    bool stringWithEscapes(std::string_view& out, bool& escaped);
    bool number(Member& m);
    bool intArray(Member& m);
    // the agent writes compact JSON: the usual answer is "no space here", without a call
    void space()
    {
        if (m_p < m_end && static_cast<unsigned char>(*m_p) <= ' ')
            skipSpace();
    }
    void skipSpace();

    const char* m_begin = nullptr;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
    std::vector<Member> m_members;
    std::vector<std::vector<std::int64_t>> m_intArrays;
    std::size_t m_intArraysUsed = 0;
    std::vector<std::string_view> m_intArrayKeys;
    std::string m_error;
    std::size_t m_errorColumn = 0;
};


} // namespace inferdeck::protocol
