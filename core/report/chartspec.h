#pragma once
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

namespace inferdeck {

/// One line of a chart; its colour is picked by index from the report palette.
struct ChartSeries {
    QString name;
    QVector<QPointF> points;
    bool step = false;   // histogram outlines and CDFs hold their value until the next point
    bool dashed = false; // a limit drawn as a line (an SLO), not data
    int colorIndex = -1; // the palette colour, so two lines of one search share it; -1: by position (a dashed one muted)
    bool markers = false; // a dot at every point: each is a measurement of its own (a capacity search's step)
};

/// One bar with an optional interval (whiskers), for the scaling chart.
struct ChartBar {
    QString label;
    double value = 0.0;
    std::optional<double> low;
    std::optional<double> high;
    int colorIndex = 0;
};

/// A horizontal reference line: an SLO limit, 100 % efficiency.
struct ChartReference {
    double y = 0.0;
    QString label;
};

/// What a report chart shows, independent of how it is drawn (SVG, PDF, the GUI).
struct ChartSpec {
    enum class Kind { Lines, Bars };
    QString id;    // file name stem for Markdown images
    QString title;
    QString xLabel;
    QString yLabel;
    Kind kind = Kind::Lines;
    QList<ChartSeries> series;
    QList<ChartBar> bars;
    QList<ChartReference> references;
    std::optional<double> yMin; // fixed axis ends; otherwise from the data
    std::optional<double> yMax;
    bool yPercent = false; // tick labels as percentages of fractions
    bool yCounts = false;  // whole numbers (requests): no tick between 1 and 2
    QString unavailable;   // why the data cannot support this chart (datasupport's rule); then it stays empty

    bool empty() const;
};

} // namespace inferdeck
