#include "charts/chartspecwidget.h"

#include <QPainter>

#include "format/units.h"
#include "report/chartpainter.h"

namespace inferdeck {

ChartSpecWidget::ChartSpecWidget(ChartSpec chart, QWidget* parent) : QWidget(parent), m_chart(std::move(chart))
{
    QSizePolicy p(QSizePolicy::Expanding, QSizePolicy::Preferred);
    p.setHeightForWidth(true);
    setSizePolicy(p);
    setMinimumSize(380, 190);
    setToolTip(m_chart.title);
}

QSize ChartSpecWidget::sizeHint() const
{
    return ChartPainter::kCanvas.toSize();
}

int ChartSpecWidget::heightForWidth(int width) const
{
    return static_cast<int>(width * ChartPainter::kCanvas.height() / ChartPainter::kCanvas.width());
}

void ChartSpecWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double h = std::min<double>(height(), heightForWidth(width()));
    const double w = h * ChartPainter::kCanvas.width() / ChartPainter::kCanvas.height();
    Units::LocaleScope ui(QLocale{}); // tick labels in the interface language; exports keep the C format
    ChartPainter::paint(p, QRectF((width() - w) / 2, 0, w, h), m_chart);
}

} // namespace inferdeck
