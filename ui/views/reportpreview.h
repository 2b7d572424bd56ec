#pragma once
#include <QTextBrowser>

#include <QImage>
#include <QList>

#include <utility>

#include "report/reportmodel.h"

namespace inferdeck {

/// The report as the Markdown export reads, laid out by Qt's rich text with the charts painted by the
/// report's ChartPainter; what Export writes is the same model.
class ReportPreview : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReportPreview(QWidget* parent = nullptr);
    /// `images`: the report's charts by id, drawn beforehand (see reportChartImages()).
    void setReport(const Report& report, const QList<std::pair<QString, QImage>>& images);
};

} // namespace inferdeck
