#pragma once
#include <QStringList>

#include "model/benchmarkresult.h"

namespace inferdeck::cli {

/// Exit codes of inferdeck-cli (ARCHITECTURE.md): scripts rely on them.
enum ExitCode { kOk = 0, kRunFailed = 1, kUsage = 2, kBadInput = 3, kConnection = 4, kCancelled = 130 };

/// `summarize FILE [--json]`
int summarize(const QStringList& args);
/// `records FILE [--include-warmup]`
int records(const QStringList& args);
/// `run --demo | --plan PLAN --cluster CLUSTER [-F SSH_CONFIG] [-o DIR]`
int run(const QStringList& args);
/// `recover JOURNAL -o FILE`
int recover(const QStringList& args);
/// `report FILE [--format md,html,pdf|all] [-o DIR] [--rubric RUBRIC] [--page-size a4|letter]`
int report(const QStringList& args);
/// Renders `result` into `outDir` in `formats` ("md,html,pdf" or "all"); prints the paths written.
int writeReports(const BenchmarkResult& result, const QString& sourceName, const QString& outDir, const QString& formats,
                 const QString& rubricFile, const QString& pageSize);
/// `compare BASELINE CANDIDATE... [--json] [--fail-if-regressed PCT]`
int compare(const QStringList& args);
/// `import FILE... -o OUT`
int importFiles(const QStringList& args);
/// `library add|list|trend|rebuild ...`: the results library (librarycommand.cpp)
int library(const QStringList& args);
/// Indexes a result this command wrote into the library; a failure is a warning on stderr, never an exit code.
void addToLibrary(const QString& path);
/// `probe DEST... [-F SSH_CONFIG] [--accept-new-host-keys] [--json]`
int probe(const QStringList& args);

} // namespace inferdeck::cli
