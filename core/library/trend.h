#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

#include "library/libraryrun.h"
#include "stats/bootstrap.h"

namespace inferdeck {

/// One run in a trend: the metric's value with its 95 % interval, and whether it changed significantly
/// from the previous point by the comparison's own test (compareResults), or why it could not be tested.
struct TrendPoint {
    qint64 id = 0;
    QString path;
    double startedUnix = 0.0;
    QString grade;
    std::optional<double> value;             // in the metric's unit (ms, tok/s, %)
    std::optional<stats::Interval> interval; // of `value`
    QString intervalMethod;                  // "t over repetitions", "bootstrap over requests", "Wilson"
    QString note;                            // why there is no value or no interval
    // against the previous point with a value:
    std::optional<double> change;            // relative
    std::optional<stats::Interval> changeInterval;
    bool significant = false;                // the change's interval excludes 0
    bool worse = false;                      // significant and in the bad direction
    QString test;                            // how `significant` was decided; empty when not tested
    QString notTested;                       // why the change was not tested (first point, another fingerprint,
                                             // no interval, ...); empty when it was
    QString fingerprint;                     // the run's RunFingerprint::key()
    bool tested() const { return notTested.isEmpty(); }
};

/// A metric of one phase over runs, oldest first.
struct Trend {
    LibraryMetric metric;
    QString phase;
    QList<TrendPoint> points;
    QStringList notes; // runs left out and why
};

/// The trend of `metricId` in phase `phase` (empty: the graded phase of the latest run) over `runs`, which
/// are put in order of their start. Each file is read again: the index lists values, the files give
/// intervals and tests. An unreadable or missing file keeps the indexed value without an interval.
Trend computeTrend(QList<LibraryEntry> runs, const QString& metricId, const QString& phase = {},
                   const std::atomic_bool* cancel = nullptr);

} // namespace inferdeck
