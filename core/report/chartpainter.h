#pragma once
#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QSizeF>

#include "report/chartspec.h"

class QPainter;

namespace inferdeck {

/// Draws a ChartSpec with QPainter, the same way on every device (SVG for HTML and Markdown, PDF
/// pages, GUI previews): the chart is laid out on a fixed logical canvas and scaled to the target.
class ChartPainter {
public:
    static constexpr QSizeF kCanvas{ 760.0, 380.0 };

    /// The report palette (Okabe–Ito, readable by colour-blind readers and in greyscale print).
    static QColor seriesColor(int index);
    static void paint(QPainter& painter, const QRectF& target, const ChartSpec& chart);
    /// A standalone SVG document of the chart (no XML prolog, so it can be inlined into HTML).
    static QByteArray svg(const ChartSpec& chart);
};

} // namespace inferdeck
