#pragma once
#include <QString>

#include "grading/grader.h"
#include "grading/rubric.h"
#include "metrics/resultsummary.h"
#include "report/reportmodel.h"

namespace inferdeck {

/// What a report is built from: the result, its summary and grade (both derived from the records).
struct ReportInput {
    const BenchmarkResult& result;
    const ResultSummary& summary;
    const GradeCard& grade;
    const Rubric& rubric;
    QString sourceName;  // the result file's name, printed in the appendix
    QString generatedBy; // "InferDeck 0.4.0"
    double generatedUnix = 0.0;
};

/// Builds the report model every format renders. Pure: the same input gives the same report.
/// Numbers in tables follow one documented format (README, "Reports"): latencies in ms and
/// throughputs and durations with two decimals, shares as percentages with two decimals.
Report buildReport(const ReportInput& input);

/// The report's headline (Report::verdict): the grade, why it is capped, validity. The GUI makes it
/// again inside a Units::LocaleScope so its numbers follow the interface language.
QString reportHeadline(const ReportInput& input);

} // namespace inferdeck
