#include "charts/timechart.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "report/chartpainter.h"
#include "stats/decimate.h"

namespace inferdeck {

namespace {
// Ticks at a 1-2-5 step from 0, labelled with as many decimals as the step needs: Qt's fixed tick
// count over a range such as 0–3 s puts ticks at 0.75 s and labels two of them "1".
// Sets the range too: in that order a wider range never meets the old, finer step (0–1 at 0.2 growing to
// 0–5000 would lay out 25,000 ticks).
void setNiceTicks(QValueAxis* axis, double low, double high)
{
    const double span = std::max(high - low, 1e-9);
    const double raw = span / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(low, high);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setTickType(QValueAxis::TicksDynamic);
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 3);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}
} // namespace

TimeChart::TimeChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QValueAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    m_chart->setTitle(title);
    m_chart->setLocalizeNumbers(true); // tick labels in the interface language, like every other number on screen
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // the report's white-paper look, so a live chart and its report chart read alike
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setTitleBrush(QColor(0x22, 0x22, 0x22));
    m_x->setTitleText(xTitle);
    m_y->setTitleText(yTitle);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    // an empty chart says so instead of showing made-up axis ticks
    m_empty = new QGraphicsSimpleTextItem(tr("Waiting for the first measurements"));
    m_empty->setBrush(QColor(0x66, 0x66, 0x66));
    m_empty->setZValue(10);
    m_view->scene()->addItem(m_empty); // beside the chart, not in it: the chart's layout never moves for it
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeEmptyText(); });
    resetAxes();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 230);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void TimeChart::setSeries(int index, const QString& name, std::span<const QPointF> points)
{
    while (m_series.size() <= index) {
        auto* s = new QLineSeries(m_chart);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        QPen pen(ChartPainter::seriesColor(static_cast<int>(m_series.size())), 2.0);
        s->setPen(pen);
        m_series.append(s);
    }
    QLineSeries* s = m_series[index];
    s->setName(name);
    // about one bucket per pixel of the plot: more points cannot be seen, only drawn slowly
    const int buckets = std::max(50, static_cast<int>(m_chart->plotArea().width()));
    s->replace(decimateMinMax(points, buckets));
    fitAxes();
}

void TimeChart::clear()
{
    for (QLineSeries* s : m_series) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_series.clear();
    resetAxes();
}

bool TimeChart::isEmpty() const
{
    return std::all_of(m_series.cbegin(), m_series.cend(), [](const QLineSeries* s) { return s->count() == 0; });
}

QString TimeChart::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

void TimeChart::resetAxes()
{
    setNiceTicks(m_x, 0, 10);
    if (m_fixedY)
        setNiceTicks(m_y, m_fixedY->first, m_fixedY->second);
    else
        setNiceTicks(m_y, 0, 1);
    showEmptyState(true);
}

void TimeChart::setEmptyText(const QString& text)
{
    const QString shown = text.isEmpty() ? tr("Waiting for the first measurements") : text;
    if (m_empty->text() == shown)
        return;
    m_empty->setText(shown);
    placeEmptyText();
}

void TimeChart::showEmptyState(bool empty)
{
    for (QValueAxis* axis : { m_x, m_y }) { // an axis without labels has no room for its title either
        axis->setLabelsVisible(!empty);
        axis->setTitleVisible(!empty);
    }
    m_empty->setVisible(empty);
    placeEmptyText();
}

void TimeChart::placeEmptyText()
{
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const QRectF text = m_empty->boundingRect();
    const QPointF at = plot.center() - QPointF(text.width() / 2, text.height() / 2);
    if (m_empty->pos() != at) // moving the item must not start another layout pass
        m_empty->setPos(at);
}

qsizetype TimeChart::shownPoints(int index) const
{
    return index < m_series.size() ? m_series[index]->count() : 0;
}

void TimeChart::setYRange(double low, double high)
{
    m_fixedY = std::make_pair(low, high);
    setNiceTicks(m_y, low, high);
}

void TimeChart::fitAxes()
{
    double xmax = 1.0, ymax = 0.0, xmin = 0.0;
    bool any = false;
    for (const QLineSeries* s : m_series) {
        const QList<QPointF> pts = s->points();
        if (pts.isEmpty())
            continue;
        xmin = any ? std::min(xmin, pts.front().x()) : pts.front().x();
        xmax = any ? std::max(xmax, pts.back().x()) : pts.back().x();
        for (const QPointF& p : pts)
            ymax = std::max(ymax, p.y());
        any = true;
    }
    showEmptyState(!any);
    if (!any)
        return;
    const double xlow = std::min(0.0, xmin), xhigh = std::max(xmax, xmin + 1.0);
    setNiceTicks(m_x, xlow, xhigh);
    if (m_fixedY)
        return;
    // a 1-2-5 top with some headroom, so the axis does not jitter with every frame
    // (an all-zero series, such as an empty engine queue, gets 0-1 rather than ticks of 0.000)
    const double raw = ymax > 0 ? ymax * 1.1 : 1.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double top = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    setNiceTicks(m_y, 0, top);
}

} // namespace inferdeck
