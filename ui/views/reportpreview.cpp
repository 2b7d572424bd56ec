#include "views/reportpreview.h"

#include <QUrl>

#include "report/reportrender.h"

namespace inferdeck {

ReportPreview::ReportPreview(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("The report of the open result appears here."));
}

void ReportPreview::setReport(const Report& report, const QList<std::pair<QString, QImage>>& images)
{
    const MarkdownReport md = renderMarkdown(report, QStringLiteral("chart"));
    QTextDocument* doc = document();
    // setMarkdown() clears the document and its resources, so the charts are added after it (and
    // before the first layout asks for them).
    doc->setMarkdown(md.text);
    for (const auto& [id, image] : images)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart/") + id + QStringLiteral(".svg")), image);
    doc->markContentsDirty(0, doc->characterCount());
    moveCursor(QTextCursor::Start); // a new report opens at its title
    ensureCursorVisible();
}

} // namespace inferdeck
