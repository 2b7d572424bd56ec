#include "views/loadedresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>

#include "format/units.h"
#include "grading/rubric.h"
#include "importers/importers.h"
#include "importers/resultreader.h"
#include "report/chartpainter.h"
#include "report/reportbuilder.h"

namespace inferdeck {

Result<LoadedResult> loadResult(const QString& path, const Rubric& rubric)
{
    return loadResult(QStringList { path }, rubric);
}

Result<LoadedResult> loadResult(const QStringList& paths, const Rubric& rubric)
{
    const QString path = paths.value(0);
    Result<BenchmarkResult> r = paths.size() == 1 ? readAnyResult(path) : importFiles(paths);
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
    out.chartImages = reportChartImages(out.report);
    {
        // the report stays locale-independent; what the views show beside it follows the interface language
        Units::LocaleScope ui(QLocale{});
        out.displayGrade = gradeResult(*out.result, out.summary, rubric);
        out.displayHeadline = reportHeadline({ *out.result, out.summary, out.displayGrade, rubric, QFileInfo(path).fileName(), {}, 0.0 });
    }
    return out;
}

QList<std::pair<QString, QImage>> reportChartImages(const Report& report)
{
    QList<std::pair<QString, QImage>> out;
    for (const ReportSection& s : report.sections)
        for (const ReportBlock& b : s.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            // drawn at twice the canvas and scaled down, so the preview stays sharp
            QImage img((ChartPainter::kCanvas * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::white);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            ChartPainter::paint(p, QRectF(QPointF(0, 0), ChartPainter::kCanvas * 2), b.chart);
            p.end();
            out.append({ b.chart.id, img.scaledToWidth(static_cast<int>(ChartPainter::kCanvas.width()), Qt::SmoothTransformation) });
        }
    return out;
}

} // namespace inferdeck
