#pragma once
#include <QStringList>

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
/// `probe DEST... [-F SSH_CONFIG] [--accept-new-host-keys] [--json]`
int probe(const QStringList& args);

} // namespace inferdeck::cli
