#include "io/numberspan.h"

#include <QCoreApplication>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "io/parseddocument.h"
#include "util/bytescan.h"

namespace inferdeck::jsonio {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

constexpr std::uint64_t kPow10Integer[] = { 1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
                                            10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
                                            100000000000ULL, 1000000000000ULL, 10000000000000ULL,
                                            100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
                                            100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL };
constexpr double kPow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                              1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19 };
} // namespace

const char* releasePages(const char* from, const char* to)
{
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto a = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
    const auto b = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
    if (b <= a)
        return from;
    madvise(reinterpret_cast<void*>(a), b - a, MADV_DONTNEED);
    return reinterpret_cast<const char*>(b);
}

void parseSpan(const char* begin, const char* end, bool integer, bool release, SpanResult& out, std::size_t room)
{
    const char* p = begin;
    const char* released = begin;
    std::size_t skipped = 0;
    auto bad = [&](const QString& message) {
        if (!out.badIndex) {
            out.badIndex = out.count() + skipped;
            out.badMessage = message;
        }
        ++skipped;
    };
    auto syntax = [&](const char* at, const QString& message) {
        out.syntaxErrorAt = at;
        out.syntaxError = message;
    };
    auto space = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    const std::size_t n = room ? room : bytescan::count(begin, end, ',') + 1;
    integer ? out.integers.reserve(n) : out.doubles.reserve(n);
    while (true) {
        space();
        if (p >= end)
            return syntax(p, Tr::tr("expected a value"));
        const char* start = p;
        if (*p == '-' || (*p >= '0' && *p <= '9')) {
            // JSON's number grammar, accumulating an integer on the way (18 digits cannot overflow)
            const bool negative = *p == '-';
            if (negative)
                ++p;
            if (p >= end || *p < '0' || *p > '9')
                return syntax(start, Tr::tr("invalid number"));
            std::int64_t v = 0;
            int digits = 0;
            if (*p == '0') {
                ++p;
                ++digits;
                if (p < end && *p >= '0' && *p <= '9')
                    return syntax(start, Tr::tr("invalid number: leading zero"));
            } else {
                // at most 18 digits accumulate (a 19th could overflow); longer numbers go through from_chars below
                while (p < end && *p >= '0' && *p <= '9' && digits < 18) {
                    v = v * 10 + (*p++ - '0');
                    ++digits;
                }
                while (p < end && *p >= '0' && *p <= '9')
                    ++p, ++digits;
            }
            bool integral = true;
            bool exponent = false;
            std::uint64_t fraction = 0; // wraps past 19 digits; then it is not used
            int fractionDigits = 0;
            if (p < end && *p == '.') {
                integral = false;
                ++p;
                if (p >= end || *p < '0' || *p > '9')
                    return syntax(start, Tr::tr("invalid number: no digit after the decimal point"));
                const char* fractionStart = p;
                // eight digits a step: a full-precision time has 16 or 17
                for (std::int64_t eight; end - p >= 8 && (eight = bytescan::eightDigits(p)) >= 0; p += 8)
                    fraction = fraction * 100000000 + static_cast<std::uint64_t>(eight);
                for (; p < end && *p >= '0' && *p <= '9'; ++p)
                    fraction = fraction * 10 + static_cast<unsigned>(*p - '0');
                fractionDigits = static_cast<int>(p - fractionStart);
            }
            if (p < end && (*p == 'e' || *p == 'E')) {
                integral = false;
                exponent = true;
                ++p;
                if (p < end && (*p == '+' || *p == '-'))
                    ++p;
                if (p >= end || *p < '0' || *p > '9')
                    return syntax(start, Tr::tr("invalid number: no digit in the exponent"));
                while (p < end && *p >= '0' && *p <= '9')
                    ++p;
            }
            const auto text = [&] { return QString::fromLatin1(start, p - start); };
            if (integer) {
                if (!integral)
                    bad(Tr::tr("expected an integer, found %1").arg(text()));
                else if (digits <= 18)
                    out.integers.push_back(negative ? -v : v);
                else if (std::from_chars(start, p, v).ec == std::errc())
                    out.integers.push_back(v);
                else
                    bad(Tr::tr("%1 is out of range").arg(text()));
            } else if (integral && digits <= 15) {
                out.doubles.push_back(static_cast<double>(negative ? -v : v)); // exact below 2^53
            } else if (const std::uint64_t mantissa = static_cast<std::uint64_t>(v) * kPow10Integer[std::min(fractionDigits, 19)] + fraction;
                       !exponent && digits <= 18 && digits + fractionDigits <= 19 && mantissa <= (std::uint64_t(1) << 53)) {
                // Clinger's fast path: the digits as an integer below 2^53 and a power of ten up to 1e19 are
                // both exact doubles, so one correctly rounded division gives exactly what from_chars gives
                const double d = static_cast<double>(mantissa) / kPow10[fractionDigits];
                out.doubles.push_back(negative ? -d : d);
            } else {
                double d = 0;
                const auto r = std::from_chars(start, p, d);
                if (r.ec != std::errc() || !std::isfinite(d))
                    bad(Tr::tr("the number %1 is out of range").arg(text()));
                else
                    out.doubles.push_back(d);
            }
        } else if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
            p += 4;
            if (integer)
                out.integers.push_back(ParsedColumn::kNullInteger);
            else
                out.doubles.push_back(std::nan(""));
        } else if (end - p >= 4 && std::memcmp(p, "true", 4) == 0) {
            p += 4;
            bad(Tr::tr("expected a number, found %1").arg(Tr::tr("a boolean")));
        } else if (end - p >= 5 && std::memcmp(p, "false", 5) == 0) {
            p += 5;
            bad(Tr::tr("expected a number, found %1").arg(Tr::tr("a boolean")));
        } else {
            return syntax(start, Tr::tr("unexpected character '%1'; expected a value").arg(QString::fromLatin1(start, 1)));
        }
        space();
        if (p >= end)
            return;
        if (*p != ',')
            return syntax(p, Tr::tr("expected ',' or ']' in an array"));
        ++p;
        if (release && p - released > kReleaseEvery)
            released = releasePages(released, p);
    }
}

} // namespace inferdeck::jsonio
