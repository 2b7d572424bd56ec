#pragma once
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

#include <memory>

#include "grading/grader.h"
#include "metrics/resultsummary.h"
#include "report/reportmodel.h"
#include "util/result.h"

namespace inferdeck {

struct Rubric;

/// A result file with everything derived from it, made off the GUI thread and shown by the views.
struct LoadedResult {
    QString path;
    std::shared_ptr<const BenchmarkResult> result;
    ResultSummary summary;
    GradeCard grade; // as the report and exports state it (locale-independent numbers)
    Report report;
    GradeCard displayGrade;  // the same grade with numbers in the interface language, for the views
    QString displayHeadline; // the report's headline, likewise
    QList<std::pair<QString, QImage>> chartImages; // chart id → image for the report preview, drawn off the GUI thread
};

/// The report's charts as images, for the preview; safe on any thread.
QList<std::pair<QString, QImage>> reportChartImages(const Report& report);

/// Reads, summarizes, grades and builds the report of `path`; for a worker thread.
Result<LoadedResult> loadResult(const QString& path, const Rubric& rubric);
/// The same for files of one run that combine into one result (importFiles); `path` becomes the first.
Result<LoadedResult> loadResult(const QStringList& paths, const Rubric& rubric);

} // namespace inferdeck
