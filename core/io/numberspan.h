#pragma once
// The inner loop of the result-file reader: a stretch of a column array parsed straight into numbers.
// Internal to core/io.
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace inferdeck::jsonio {

/// Bytes of a long column parsed between two hand-backs of its pages.
constexpr std::ptrdiff_t kReleaseEvery = 8 << 20;

/// What parsing one stretch of a column produced.
struct SpanResult {
    std::vector<double> doubles;
    std::vector<std::int64_t> integers;
    std::optional<std::size_t> badIndex; // relative to the stretch
    QString badMessage;
    const char* syntaxErrorAt = nullptr;
    QString syntaxError;
    std::size_t count() const { return doubles.size() + integers.size(); }
};

/// Parses comma-separated numbers, null, true or false in [begin, end) (a stretch of a column without
/// strings, arrays or objects) as integers or doubles; booleans and out-of-range numbers are bad
/// elements, anything else a syntax error. With `release`, parsed pages of a mapped file are handed back.
/// `room`: the elements to reserve space for, when the caller counted them (0: counted here); more than the
/// span holds lets a later span's values be appended without moving these.
void parseSpan(const char* begin, const char* end, bool integer, bool release, SpanResult& out, std::size_t room = 0);

/// Hands the whole pages of [from, to) of a read-only file mapping back to the kernel: their text was
/// parsed and is not read again (if an error message needs a line number they reload from disk).
/// Returns where the next release starts.
const char* releasePages(const char* from, const char* to);

} // namespace inferdeck::jsonio
