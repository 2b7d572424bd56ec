#pragma once
#include <QTextBrowser>

#include "report/reportmodel.h"

namespace inferdeck {

/// The report as the Markdown export reads, laid out by Qt's rich text with the charts painted by the
/// report's ChartPainter; what Export writes is the same model.
class ReportPreview : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReportPreview(QWidget* parent = nullptr);
    void setReport(const Report& report);
};

} // namespace inferdeck
