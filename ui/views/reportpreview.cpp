#include "views/reportpreview.h"

#include <QImage>
#include <QPainter>
#include <QUrl>

#include "report/chartpainter.h"
#include "report/reportrender.h"

namespace inferdeck {

ReportPreview::ReportPreview(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("The report of the open result appears here."));
}

void ReportPreview::setReport(const Report& report)
{
    const MarkdownReport md = renderMarkdown(report, QStringLiteral("chart"));
    QTextDocument* doc = document();
    doc->clear();
    // every chart the Markdown links, rendered at twice the canvas size so it stays sharp when scaled
    for (const ReportSection& s : report.sections)
        for (const ReportBlock& b : s.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            QImage img((ChartPainter::kCanvas * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::white);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            ChartPainter::paint(p, QRectF(QPointF(0, 0), ChartPainter::kCanvas * 2), b.chart);
            p.end();
            img = img.scaledToWidth(static_cast<int>(ChartPainter::kCanvas.width()), Qt::SmoothTransformation);
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart/") + b.chart.id + QStringLiteral(".svg")), img);
        }
    doc->setMarkdown(md.text);
    moveCursor(QTextCursor::Start); // a new report opens at its title
    ensureCursorVisible();
}

} // namespace inferdeck
