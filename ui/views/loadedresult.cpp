#include "views/loadedresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include "grading/rubric.h"
#include "io/resultfile.h"
#include "report/reportbuilder.h"

namespace inferdeck {

Result<LoadedResult> loadResult(const QString& path, const Rubric& rubric)
{
    Result<BenchmarkResult> r = ResultFile::read(path);
    if (!r)
        return r.error();
    LoadedResult out;
    out.path = path;
    out.result = std::make_shared<const BenchmarkResult>(std::move(r).value());
    out.summary = summarizeResult(*out.result);
    out.grade = gradeResult(*out.result, out.summary, rubric);
    out.report = buildReport({ *out.result, out.summary, out.grade, rubric, QFileInfo(path).fileName(),
                               QCoreApplication::translate("Report", "InferDeck %1").arg(QCoreApplication::applicationVersion()),
                               double(QDateTime::currentSecsSinceEpoch()) });
    return out;
}

} // namespace inferdeck
