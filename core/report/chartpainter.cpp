#include "report/chartpainter.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

#include "format/units.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kMuted(0x66, 0x66, 0x66);

QFont font(int pixels, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

struct Ticks {
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.2;
    int decimals = 1;
};

// Axis ends rounded out to a 1-2-5 step, about `count` ticks.
Ticks niceTicks(double lo, double hi, int count)
{
    if (!(hi > lo)) {
        const double pad = std::max(std::fabs(lo) * 0.1, 1.0);
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / count;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = (norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0) * mag;
    Ticks t;
    t.step = step;
    t.lo = std::floor(lo / step + 1e-9) * step;
    t.hi = std::ceil(hi / step - 1e-9) * step;
    t.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return t;
}

// Reports and SVGs get the C locale; the GUI paints its charts inside a Units::LocaleScope.
QString tickLabel(double v, int decimals, bool percent)
{
    if (percent)
        return Units::number(v * 100.0, std::max(0, decimals - 2)) + u" %"_s;
    if (std::fabs(v) >= 10000)
        return Units::number(v / 1000.0, std::max(0, decimals - 3)) + u"k"_s;
    return Units::number(std::fabs(v) < 1e-12 ? 0.0 : v, decimals);
}

class Layout {
public:
    Layout(QPainter& p, const ChartSpec& c) : m_p(p), m_c(c) { }

    void draw()
    {
        m_p.fillRect(QRectF(QPointF(0, 0), ChartPainter::kCanvas), Qt::white);
        m_p.setPen(kInk);
        m_p.setFont(font(15, true));
        m_p.drawText(QRectF(12, 6, ChartPainter::kCanvas.width() - 24, 22), Qt::AlignLeft | Qt::AlignVCenter, m_c.title);
        const double legendBottom = legend();
        m_plot = QRectF(QPointF(74, legendBottom + 8), QPointF(ChartPainter::kCanvas.width() - 20, ChartPainter::kCanvas.height() - (m_c.kind == ChartSpec::Kind::Bars ? 62 : 48)));
        if (m_c.empty()) {
            m_p.setFont(font(13));
            m_p.setPen(kMuted);
            // the reason the data cannot support the chart, where one is known: never a blank frame
            m_p.drawText(m_plot.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, m_c.unavailable.isEmpty() ? u"—"_s : m_c.unavailable);
            return;
        }
        ranges();
        axes();
        if (m_c.kind == ChartSpec::Kind::Bars)
            bars();
        else
            lines();
        references();
    }

private:
    double legend()
    {
        if (m_c.kind == ChartSpec::Kind::Bars || m_c.series.size() < 2)
            return 30;
        m_p.setFont(font(11));
        const QFontMetricsF fm(m_p.font());
        double x = 14;
        double y = 34;
        for (int i = 0; i < m_c.series.size(); ++i) {
            const ChartSeries& s = m_c.series[i];
            const double w = 26 + fm.horizontalAdvance(s.name) + 16;
            if (x + w > ChartPainter::kCanvas.width() - 14) {
                x = 14;
                y += 16;
            }
            QPen pen(lineColor(s, i), 2.5);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            m_p.setPen(pen);
            m_p.drawLine(QPointF(x, y), QPointF(x + 20, y));
            m_p.setPen(kInk);
            m_p.drawText(QPointF(x + 26, y + 4), s.name);
            x += w;
        }
        return y + 8;
    }

    void ranges()
    {
        double xlo = std::numeric_limits<double>::infinity();
        double xhi = -xlo;
        double ylo = xlo;
        double yhi = -xlo;
        if (m_c.kind == ChartSpec::Kind::Bars) {
            for (const ChartBar& b : m_c.bars) {
                ylo = std::min({ ylo, b.value, b.low.value_or(b.value) });
                yhi = std::max({ yhi, b.value, b.high.value_or(b.value) });
            }
        } else {
            for (const ChartSeries& s : m_c.series)
                for (const QPointF& p : s.points) {
                    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                        continue;
                    xlo = std::min(xlo, p.x());
                    xhi = std::max(xhi, p.x());
                    ylo = std::min(ylo, p.y());
                    yhi = std::max(yhi, p.y());
                }
            m_x = niceTicks(xlo, xhi, 8);
            // a limit drawn as a vertical dashed line (the SLO on a CDF) on the plot's right edge reads as the frame
            for (const ChartSeries& s : m_c.series)
                if (s.dashed && !s.points.isEmpty() && m_x.step > 0
                    && std::all_of(s.points.cbegin(), s.points.cend(), [&](const QPointF& p) { return p.x() == s.points.front().x(); })
                    && s.points.front().x() >= m_x.hi - 0.02 * (m_x.hi - m_x.lo)) {
                    m_x.hi += m_x.step;
                    break;
                }
        }
        for (const ChartReference& r : m_c.references) {
            ylo = std::min(ylo, r.y);
            yhi = std::max(yhi, r.y * 1.05);
        }
        if (m_c.yMin)
            ylo = *m_c.yMin;
        if (m_c.yMax)
            yhi = std::max(*m_c.yMax, m_c.yMin ? yhi : *m_c.yMax); // a fixed top unless data exceeds it
        if (m_c.yMax && !m_c.yPercent)
            yhi = *m_c.yMax;
        m_y = niceTicks(ylo, yhi, 5);
        if (m_c.yMin)
            m_y.lo = *m_c.yMin;
        if (m_c.yPercent) {
            m_y.decimals = std::max(m_y.decimals, 2);
        }
        if (m_c.yCounts && m_y.step < 1.0) {
            m_y.step = 1.0;
            m_y.lo = std::floor(m_y.lo);
            m_y.hi = std::ceil(m_y.hi);
            m_y.decimals = 0;
        }
        // a reference line (an SLO limit) drawn on the plot's top edge reads as the frame: one step above it
        for (const ChartReference& r : m_c.references)
            if (std::isfinite(r.y) && m_y.step > 0 && r.y >= m_y.hi - 0.02 * (m_y.hi - m_y.lo)) {
                m_y.hi += m_y.step;
                break;
            }
    }

    double px(double x) const { return m_plot.left() + (x - m_x.lo) / (m_x.hi - m_x.lo) * m_plot.width(); }
    double py(double y) const { return m_plot.bottom() - (y - m_y.lo) / (m_y.hi - m_y.lo) * m_plot.height(); }

    void axes()
    {
        m_p.setFont(font(11));
        const QFontMetricsF fm(m_p.font());
        for (double y = m_y.lo; y <= m_y.hi + m_y.step * 1e-6; y += m_y.step) {
            m_p.setPen(QPen(kGrid, 1));
            m_p.drawLine(QPointF(m_plot.left(), py(y)), QPointF(m_plot.right(), py(y)));
            m_p.setPen(kInk);
            m_p.drawText(QRectF(0, py(y) - 8, m_plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, tickLabel(y, m_y.decimals, m_c.yPercent));
        }
        if (m_c.kind == ChartSpec::Kind::Lines) {
            for (double x = m_x.lo; x <= m_x.hi + m_x.step * 1e-6; x += m_x.step) {
                m_p.setPen(QPen(kGrid, 1));
                m_p.drawLine(QPointF(px(x), m_plot.top()), QPointF(px(x), m_plot.bottom()));
                m_p.setPen(kInk);
                m_p.drawText(QRectF(px(x) - 40, m_plot.bottom() + 4, 80, 16), Qt::AlignHCenter | Qt::AlignTop, tickLabel(x, m_x.decimals, false));
            }
            m_p.drawText(QRectF(m_plot.left(), m_plot.bottom() + 22, m_plot.width(), 18), Qt::AlignHCenter | Qt::AlignTop, m_c.xLabel);
        }
        m_p.setPen(QPen(kInk, 1.2));
        m_p.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
        m_p.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
        m_p.save();
        m_p.translate(14, m_plot.center().y());
        m_p.rotate(-90);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(-m_plot.height() / 2, -8, m_plot.height(), 18), Qt::AlignCenter, m_c.yLabel);
        m_p.restore();
        Q_UNUSED(fm);
    }

    static QColor lineColor(const ChartSeries& s, int position)
    {
        if (s.colorIndex >= 0)
            return ChartPainter::seriesColor(s.colorIndex);
        return s.dashed ? kMuted : ChartPainter::seriesColor(position);
    }

    void lines()
    {
        m_p.save();
        m_p.setClipRect(m_plot.adjusted(-2, -2, 2, 2));
        m_p.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < m_c.series.size(); ++i) {
            const ChartSeries& s = m_c.series[i];
            QPainterPath path;
            bool started = false;
            double lastY = 0;
            for (const QPointF& p : s.points) {
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                    continue;
                const QPointF at(px(p.x()), py(p.y()));
                if (!started) {
                    path.moveTo(at);
                    started = true;
                } else if (s.step) {
                    path.lineTo(at.x(), lastY);
                    path.lineTo(at);
                } else {
                    path.lineTo(at);
                }
                lastY = at.y();
            }
            QPen pen(lineColor(s, i), s.dashed ? 1.5 : 2.0);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            pen.setJoinStyle(Qt::RoundJoin);
            m_p.setPen(pen);
            m_p.setBrush(Qt::NoBrush);
            m_p.drawPath(path);
            if (s.points.size() == 1 || s.markers) {
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(lineColor(s, i));
                for (const QPointF& p : s.points)
                    if (std::isfinite(p.x()) && std::isfinite(p.y()))
                        m_p.drawEllipse(QPointF(px(p.x()), py(p.y())), 3, 3);
            }
        }
        m_p.restore();
    }

    void bars()
    {
        const int n = static_cast<int>(m_c.bars.size());
        const double slot = m_plot.width() / n;
        const double w = std::min(70.0, slot * 0.6);
        m_p.setFont(font(10));
        for (int i = 0; i < n; ++i) {
            const ChartBar& b = m_c.bars[i];
            const double cx = m_plot.left() + slot * (i + 0.5);
            const QRectF bar(QPointF(cx - w / 2, py(b.value)), QPointF(cx + w / 2, py(std::max(m_y.lo, 0.0))));
            m_p.fillRect(bar.normalized(), ChartPainter::seriesColor(b.colorIndex));
            if (b.low && b.high) {
                m_p.setPen(QPen(kInk, 1.5));
                m_p.drawLine(QPointF(cx, py(*b.low)), QPointF(cx, py(*b.high)));
                m_p.drawLine(QPointF(cx - 8, py(*b.low)), QPointF(cx + 8, py(*b.low)));
                m_p.drawLine(QPointF(cx - 8, py(*b.high)), QPointF(cx + 8, py(*b.high)));
            }
            m_p.setPen(kInk);
            m_p.drawText(QRectF(cx - slot / 2 + 2, m_plot.bottom() + 4, slot - 4, 56), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, b.label);
        }
    }

    void references()
    {
        m_p.setFont(font(10));
        for (const ChartReference& r : m_c.references) {
            QPen pen(kMuted, 1.2, Qt::DashLine);
            m_p.setPen(pen);
            m_p.drawLine(QPointF(m_plot.left(), py(r.y)), QPointF(m_plot.right(), py(r.y)));
            m_p.setPen(kInk);
            m_p.drawText(QRectF(m_plot.left(), py(r.y) - 16, m_plot.width() - 4, 14), Qt::AlignRight | Qt::AlignBottom, r.label);
        }
    }

    QPainter& m_p;
    const ChartSpec& m_c;
    QRectF m_plot;
    Ticks m_x;
    Ticks m_y;
};

} // namespace

QColor ChartPainter::seriesColor(int index)
{
    static const QColor palette[] = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                      QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                      QColor(0x44, 0x44, 0x44) };
    return palette[static_cast<std::size_t>(index) % std::size(palette)];
}

void ChartPainter::paint(QPainter& painter, const QRectF& target, const ChartSpec& chart)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / kCanvas.width(), target.height() / kCanvas.height());
    painter.setClipRect(QRectF(QPointF(0, 0), kCanvas));
    Layout(painter, chart).draw();
    painter.restore();
}

QByteArray ChartPainter::svg(const ChartSpec& chart)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(kCanvas.toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), kCanvas));
    gen.setTitle(chart.title);
    {
        QPainter p(&gen);
        paint(p, QRectF(QPointF(0, 0), kCanvas), chart);
    }
    QByteArray out = buffer.data();
    // inlined into HTML the XML prolog would be invalid; a standalone .svg file does without it too
    if (out.startsWith("<?xml")) {
        const qsizetype end = out.indexOf("?>");
        out.remove(0, end + 2);
    }
    return out.trimmed();
}

} // namespace inferdeck
