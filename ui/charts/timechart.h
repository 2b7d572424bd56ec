#pragma once
#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>
#include <span>
#include <utility>

class QChart;
class QGraphicsSimpleTextItem;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace inferdeck {

/// A live line chart of time series. The only class that knows Qt Charts (deprecated from Qt 6.10 in
/// favour of Qt Graphs), so moving is one file. Callers hand over the full history; the chart shows a
/// min-max decimation of about one bucket per pixel and replaces each series in one call.
class TimeChart : public QWidget {
    Q_OBJECT
public:
    TimeChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);

    /// Replaces series `index` (created on first use, coloured by index) with `points`, sorted by x.
    void setSeries(int index, const QString& name, std::span<const QPointF> points);
    /// Removes every series: a new phase starts from an empty chart.
    void clear();
    /// How many points series `index` shows after decimation (for tests and benchmarks).
    qsizetype shownPoints(int index) const;
    void setYRange(double low, double high);
    /// No series has a point: the chart shows emptyText() instead of axis ticks.
    bool isEmpty() const;
    /// The message an empty chart shows, empty once there is data.
    QString emptyText() const;
    /// What an empty chart says instead of waiting for data (e.g. why the quantity is not measured);
    /// an empty text restores the default.
    void setEmptyText(const QString& text);

private:
    void fitAxes();
    void resetAxes();
    void showEmptyState(bool empty);
    void placeEmptyText();

    QChart* m_chart;
    QChartView* m_view;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QList<QLineSeries*> m_series;
    QGraphicsSimpleTextItem* m_empty;
    std::optional<std::pair<double, double>> m_fixedY;
};

} // namespace inferdeck
