#pragma once
#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

#include <utility>

#include "report/reportmodel.h"
#include "util/result.h"

namespace inferdeck {

/// GitHub-flavoured Markdown of a report, and the chart images (SVG) its text links.
struct MarkdownReport {
    QString text;
    QList<std::pair<QString, QByteArray>> images; // path relative to the Markdown file → SVG bytes
};

/// Renders the report as Markdown; images go under `imageDir` (relative to the .md file).
MarkdownReport renderMarkdown(const Report& report, const QString& imageDir);
/// One self-contained HTML document: inline CSS and SVG, no external URL, light and dark, printable.
QByteArray renderHtml(const Report& report);
/// A paginated PDF: header and footer with page numbers, vector charts, table rows never split.
Status writePdf(const Report& report, const QString& path, QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace inferdeck
