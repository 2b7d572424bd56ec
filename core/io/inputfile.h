#pragma once
// How every reader of a user-given file opens it: only a regular file, never blocking on a FIFO or a
// device, never reading past a size limit chosen per kind of file (README "Limits of the readers").
#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

#include "util/result.h"

namespace inferdeck {

/// Byte limits of the readers. A reader that maps the file and keeps compact columns may take more than
/// one that builds a DOM, which needs several times the file's size in memory.
namespace readlimit {
inline constexpr qint64 kMiB = qint64(1) << 20;
/// InferDeck result files and the big per-request exports read without a DOM (GenAI-Perf's
/// profile_export.json, AIPerf's profile_export.jsonl): mapped, parsed into columns.
inline constexpr qint64 kColumnar = 2048 * kMiB;
/// Exports parsed into a DOM (vLLM, AIPerf/GenAI-Perf JSON, guidellm JSON or YAML, llmperf).
inline constexpr qint64 kDocument = 512 * kMiB;
/// Line-oriented logs and tables (MLPerf LoadGen logs, AIPerf/GenAI-Perf CSV).
inline constexpr qint64 kTextLog = 256 * kMiB;
/// Plan, cluster and rubric files.
inline constexpr qint64 kSmallFile = 16 * kMiB;
/// A run's journal, streamed line by line into columns like a result file.
inline constexpr qint64 kJournal = 4096 * kMiB;
} // namespace readlimit

/// A file's bytes as a reader sees them: a regular file's pages mapped read-only (private), or read into
/// memory where mapping is not possible (an empty-looking /proc file). `keeper` holds the mapping.
struct FileBytes {
    QByteArray bytes;
    bool mapped = false;
    std::shared_ptr<QFile> keeper;
};

/// Opens `path` for reading without blocking (O_NONBLOCK, so a FIFO never waits for a writer), refusing
/// anything but a regular file and a file larger than `maxBytes`; `what` names the kind of file in that
/// message ("a plan file"). The QFile is open, positioned at 0.
Result<std::shared_ptr<QFile>> openRegularFile(const QString& path, qint64 maxBytes, const QString& what);
/// The whole file, within `maxBytes`. A file whose size the system reports as 0 (/proc) is read up to
/// the limit, so it is judged by its content, not called empty.
Result<FileBytes> readRegularFile(const QString& path, qint64 maxBytes, const QString& what);
/// "the file is larger than 512 MiB, the limit for a vLLM bench serve result"
QString tooLargeMessage(qint64 maxBytes, const QString& what);

} // namespace inferdeck
