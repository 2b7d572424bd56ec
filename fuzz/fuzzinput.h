#pragma once
// Shared by the harnesses: the fuzzer's bytes in the shapes the parsers take.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

namespace inferdeck::fuzz {

/// A copy, NUL-terminated like QFile::readAll()'s, so a harness never reports a read its real caller could
/// not make, while ASan still catches a read past the end.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline std::string_view view(const std::uint8_t* data, std::size_t size)
{
    return { reinterpret_cast<const char*>(data), size };
}

/// Two files in one input (llmperf's summary + individual responses, LoadGen's summary + detail log): split
/// at the first NUL byte, which none of these text formats holds. nullopt when there is none.
inline std::optional<std::pair<QByteArray, QByteArray>> splitPair(const std::uint8_t* data, std::size_t size)
{
    const void* nul = std::memchr(data, '\0', size);
    if (!nul)
        return std::nullopt;
    const auto first = static_cast<std::size_t>(static_cast<const std::uint8_t*>(nul) - data);
    return std::pair { bytes(data, first), bytes(data + first + 1, size - first - 1) };
}

/// Calls `f(line)` for each line (without its newline), as the readers of line formats see them.
template <typename F>
void forEachLine(std::string_view text, F&& f)
{
    while (!text.empty()) {
        const auto nl = text.find('\n');
        f(text.substr(0, nl));
        if (nl == std::string_view::npos)
            break;
        text.remove_prefix(nl + 1);
    }
}

/// With INFERDECK_FUZZ_VERBOSE=1, says whether an input was accepted and why not: to check that seeds are
/// valid files (`INFERDECK_FUZZ_VERBOSE=1 build/fuzz/fuzz/fuzz_import_vllm fuzz/seeds/fuzz_import_vllm/*`).
template <typename R>
void note(const R& result)
{
    static const bool verbose = qEnvironmentVariableIntValue("INFERDECK_FUZZ_VERBOSE") != 0;
    if (verbose)
        std::fprintf(stderr, "fuzz: %s\n", result ? "accepted" : qPrintable(result.error().toString()));
}

/// A broken invariant (e.g. a file InferDeck wrote that it cannot read back): abort, so libFuzzer saves the
/// input like any other crash.
[[noreturn]] inline void invariantBroken(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace inferdeck::fuzz
