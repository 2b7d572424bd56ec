#pragma once
#include <QFlags>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include "grading/rubric.h"
#include "model/benchmarkresult.h"
#include "report/reportmodel.h"
#include "util/result.h"

namespace inferdeck {

enum class ReportFormat { Markdown = 1, Html = 2, Pdf = 4 };
Q_DECLARE_FLAGS(ReportFormats, ReportFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportFormats)

/// "md,html,pdf" or "all" → formats; an Error names the unknown word.
Result<ReportFormats> parseReportFormats(const QString& text);

/// The whole chain for one result: summary and grade from its records, then the report model.
Report makeReport(const BenchmarkResult& result, const Rubric& rubric, const QString& sourceName, double generatedUnix);

/// Writes the report into `dir` as report.md (+ report-charts/*.svg), report.html and report.pdf,
/// each atomically. Returns the paths written.
Result<QStringList> exportReport(const Report& report, const QString& dir, ReportFormats formats,
                                 QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace inferdeck
