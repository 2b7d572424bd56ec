#pragma once
#include <QList>
#include <QString>

#include <optional>

namespace inferdeck {

/// What a run was: the fields that decide whether two runs measured the same thing, and when it ran.
struct RunFingerprint {
    QString model;
    QString engine;        // "vllm", "sglang", ...; empty when the file does not say
    QString engineVersion;
    QString gpuModel;      // the GPU most nodes have, e.g. "NVIDIA H100 80GB HBM3"
    int gpuCount = 0;      // all GPUs of all nodes
    QString driver;
    int nodes = 0;
    QString planName;
    QString planHash;      // of the plan's canonical text: same hash, same workload, load and phases
    QString dataset;       // what the file names ("summarization", a file name, a hub name); empty: unknown
    QString tool;          // the program that measured it: "inferdeck", "vllm", "aiperf", ...
    QString toolVersion;
    double startedUnix = 0.0; // s; the file's start time, else its creation time
    bool simulated = false;

    /// A short key over every field above but the date, plan name and tool version: runs with the same key
    /// are comparable, so the trend and `compare --against-last` pick among them.
    QString key() const;
    friend bool operator==(const RunFingerprint&, const RunFingerprint&) = default;
};

/// The headline figures of one phase repetition, as the summary computes them from the records.
/// A value that was not measured is nullopt, never 0.
struct PhaseHeadline {
    QString phase;
    int repetition = 0;
    int nodes = 0;
    std::optional<double> requestThroughput;     // req/s
    std::optional<double> outputTokenThroughput; // tok/s
    std::optional<double> totalTokenThroughput;  // tok/s
    std::optional<double> ttftP50, ttftP99;      // s
    std::optional<double> tpotP50, tpotP99;      // s
    std::optional<double> e2eP50, e2eP99;        // s
    std::optional<double> successRate;           // fraction
    std::optional<double> goodput;               // req/s
    friend bool operator==(const PhaseHeadline&, const PhaseHeadline&) = default;
};

/// Whether the file behind an entry is still there and readable.
enum class EntryStatus { Indexed, Missing, Unreadable };

/// One result file in the library: where it is, how to tell it changed, what it measured.
struct LibraryEntry {
    qint64 id = 0;
    QString path;     // absolute
    QString hash;     // SHA-256 of the content, hex
    qint64 size = 0;  // bytes
    qint64 mtimeMs = 0;
    EntryStatus status = EntryStatus::Indexed;
    QString error;    // why the file is unreadable
    double indexedUnix = 0.0;
    RunFingerprint fingerprint;
    QString runStatus; // "complete", "cancelled", "failed"
    QString grade;     // by the built-in rubric; empty when not graded
    QString gradedPhase;
    PhaseHeadline headline;       // the graded phase, averaged over its repetitions
    QList<PhaseHeadline> phases;  // every phase repetition (filled by LibraryIndex::entry, not by lists)
};

QString entryStatusName(EntryStatus status);

/// The metrics a library lists, searches and trends, by the ids `compare` uses.
struct LibraryMetric {
    QString id;     // "output_token_throughput", "ttft_p99", ...
    QString unit;   // "tok/s", "ms", "req/s", "%"
    bool higherIsBetter = true;
    double scale = 1.0; // from the model's unit (s, fraction) to `unit`
};
const QList<LibraryMetric>& libraryMetrics();
std::optional<LibraryMetric> libraryMetric(const QString& id);
/// The value of metric `id` in `h`, in the model's unit (s, fraction, per s).
std::optional<double> headlineValue(const PhaseHeadline& h, const QString& id);

} // namespace inferdeck
