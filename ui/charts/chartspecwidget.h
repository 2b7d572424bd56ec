#pragma once
#include <QWidget>

#include "report/chartspec.h"

namespace inferdeck {

/// Shows a report chart in the GUI, painted by the report's own ChartPainter so both look the same.
class ChartSpecWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartSpecWidget(ChartSpec chart, QWidget* parent = nullptr);
    const ChartSpec& chart() const { return m_chart; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartSpec m_chart;
};

} // namespace inferdeck
