#pragma once
#include <QString>

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
    GradeCard grade;
    Report report;
};

/// Reads, summarizes, grades and builds the report of `path`; for a worker thread.
Result<LoadedResult> loadResult(const QString& path, const Rubric& rubric);

} // namespace inferdeck
