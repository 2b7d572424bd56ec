#pragma once
// What the end-to-end tests of runs on a scheduler's nodes (Slurm, Kubernetes) share: their plan, the
// simulators' ports, starting `inferdeck-cli run` and waiting for a line, ending it with the test, and the
// check that every request the simulators answered was recorded exactly once.
#include <QByteArray>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace inferdeck {
struct BenchmarkResult;
}

namespace inferdeck::testing {

/// The plan these tests run: a 1-node baseline and the 2-node phase, short phases of `durationS`,
/// 2 warm-up requests, `concurrency` requests in flight per node.
QByteArray schedulerPlanJson(double durationS, int repetitions = 1, int concurrency = 4);

/// Writes `content` to `path` (truncating it) and returns `path`.
QString writeTestFile(const QString& path, const QByteArray& content);

/// Two different free loopback ports: both simulators share this machine's network, where real nodes or
/// pods would each have their own.
QPair<int, int> twoUnusedPorts();

/// Starts inferdeck-cli ($INFERDECK_CLI) with `args` and returns once its stderr (gathered into `err`)
/// matches the regular expression `waitFor`; false when it did not within `timeoutMs` or ended first.
bool startCliUntil(QProcess& p, const QStringList& args, const QString& waitFor, QByteArray& err, int timeoutMs = 60000);

/// A run the test started ends with the test even when a check fails: TERM (a cancel, which gives back what
/// a scheduler holds), then KILL after `graceMs`.
struct EndsWithTest {
    QProcess& p;
    int graceMs = 60000;
    ~EndsWithTest();
};

/// Why the result does not hold every request of the simulators' ground truth (the `truth-*.jsonl` files
/// anywhere under `truthDir`, hidden directories too) exactly once; empty when it does.
QString everyRequestOnceProblem(const BenchmarkResult& result, const QString& truthDir);

/// Copies the run's output directory `dir` (result, journal, reports) where it outlives the test's temporary
/// directory, for a failure that does not come back on demand; returns the copy's path.
QString keepForInspection(const QString& dir);

} // namespace inferdeck::testing
