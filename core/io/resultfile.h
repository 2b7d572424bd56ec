#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "model/benchmarkresult.h"
#include "util/result.h"

namespace inferdeck {

/// Reads and writes InferDeck result files ("format": "inferdeck-result"), see ARCHITECTURE.md.
class ResultFile {
    Q_DECLARE_TR_FUNCTIONS(ResultFile)

public:
    /// The schema version this build writes; it reads every version from 1 up to this one.
    /// 2 added per-request first_answer_s, reasoning_tokens, reasoning_from_usage, requested_input_tokens and
    /// requested_output_tokens, the phase's prompts, engines' source and the node's tls and api_key.
    static constexpr int kSchemaVersion = 2;
    static constexpr const char* kFormat = "inferdeck-result";

    /// Reads and validates `path`; every error names the file, the JSON path and what was expected.
    static Result<BenchmarkResult> read(const QString& path);
    /// Parses a document held in memory; `where` names it in errors.
    static Result<BenchmarkResult> parse(const char* data, std::size_t size, const QString& where);

    /// Writes atomically: the previous file stays intact until the new one is complete.
    static Status write(const BenchmarkResult& result, const QString& path);
    /// The whole document as text (columns one per line), with the derived summary included.
    static QByteArray serialize(const BenchmarkResult& result);
};

} // namespace inferdeck
