#pragma once
// Word-at-a-time byte scanning for the hot loops of the JSON readers (agent event lines, result-file
// columns): eight bytes per step in portable C++ (no SIMD intrinsics), where a byte loop reads ~1 byte per
// cycle. Every function reads only inside [p, end).
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace inferdeck::bytescan {

namespace detail {
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

inline std::uint64_t load(const char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    if constexpr (std::endian::native == std::endian::big)
        w = __builtin_bswap64(w);
    return w; // byte i of the text is bits 8i..8i+7
}

/// The high bit of every byte of `w` that is zero, exactly (no false positives from borrows).
inline std::uint64_t zeroBytes(std::uint64_t w)
{
    return ~(((w & kLow7) + kLow7) | w) & kHigh;
}
} // namespace detail

/// How many bytes of [p, end) equal `c`.
inline std::size_t count(const char* p, const char* end, char c)
{
    using namespace detail;
    const std::uint64_t pattern = kOnes * static_cast<unsigned char>(c);
    std::size_t n = 0;
    while (end - p >= 8) {
        // per-byte counters (one bit each step) summed every 255 steps, before a counter could overflow
        std::uint64_t lanes = 0;
        for (int k = 0; k < 255 && end - p >= 8; ++k, p += 8)
            lanes += zeroBytes(load(p) ^ pattern) >> 7;
        const std::uint64_t pairs = (lanes & 0x00FF00FF00FF00FFULL) + ((lanes >> 8) & 0x00FF00FF00FF00FFULL);
        n += static_cast<std::size_t>((pairs * 0x0001000100010001ULL) >> 48);
    }
    for (; p < end; ++p)
        n += *p == c;
    return n;
}

/// The first byte at or after `p` that ends a run of plain JSON string text: a quote, a backslash, a
/// control character (< 0x20) or a non-ASCII byte (>= 0x80, which needs UTF-8 validation); `end` if none.
inline const char* plainStringEnd(const char* p, const char* end)
{
    using namespace detail;
    for (; end - p >= 8; p += 8) {
        const std::uint64_t w = load(p);
        const std::uint64_t stop = zeroBytes(w ^ (kOnes * '"')) | zeroBytes(w ^ (kOnes * '\\'))
            | zeroBytes(w & (kOnes * 0xE0)) // 0x00..0x1F: no bit above the low five
            | (w & kHigh);
        if (stop)
            return p + std::countr_zero(stop) / 8;
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80)
        ++p;
    return p;
}

/// When the eight bytes at `p` (which must be readable) are all ASCII digits, their value; else -1.
/// The agent's timestamps have 16 digits: two steps instead of sixteen.
inline std::int64_t eightDigits(const char* p)
{
    using namespace detail;
    const std::uint64_t w = load(p);
    // a byte is a digit when neither adding 0x46 nor subtracting 0x30 carries into its high bit
    if (((w + kOnes * 0x46) | (w - kOnes * 0x30)) & kHigh)
        return -1;
    std::uint64_t v = w - kOnes * 0x30; // eight values 0..9, the first digit in the low byte
    v = (v * 10) + (v >> 8);            // pairs: each even byte holds two digits' value
    v = (((v & 0x000000FF000000FFULL) * (100 + (1000000ULL << 32)))
         + (((v >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32))))
        >> 32;
    return static_cast<std::int64_t>(v);
}

} // namespace inferdeck::bytescan
