#include "visualcheck.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include "charts/chartspecwidget.h"
#include "charts/timechart.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::visual {

namespace {
bool near(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) < 48;
}

QString shown(const QString& s)
{
    return s.size() > 60 ? s.left(57) + u"..."_s : s;
}
} // namespace

double inkShare(const QImage& image, const QRect& area)
{
    const QRect r = area.intersected(image.rect());
    if (r.isEmpty())
        return 0.0;
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); y += 2)
        for (int x = r.left(); x <= r.right(); x += 2)
            ++counts[image.pixel(x, y) | 0xff000000];
    QRgb background = 0;
    int most = -1, total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    int ink = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!near(it.key(), background))
            ink += it.value();
    return total ? double(ink) / total : 0.0;
}

QStringList clippedHeaders(const QTableView* table, const QString& where)
{
    QStringList out;
    const QHeaderView* h = table->horizontalHeader();
    const QAbstractItemModel* m = table->model();
    if (!h->isVisible() || !m)
        return out;
    for (int c = 0; c < m->columnCount(); ++c) {
        if (table->isColumnHidden(c))
            continue;
        QStyleOptionHeader opt;
        opt.initFrom(h);
        opt.text = m->headerData(c, Qt::Horizontal).toString();
        opt.section = c;
        // the width the style itself asks for this header's text and margins
        const int needed = h->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), h).width();
        if (h->sectionSize(c) + 1 < needed)
            out << u"%1: column header “%2” is %3 px wide, its text needs %4 px"_s.arg(where, opt.text).arg(h->sectionSize(c)).arg(needed);
    }
    return out;
}

QStringList clippedCells(const QTableView* table, const QString& where)
{
    QStringList out;
    const QAbstractItemModel* m = table->model();
    if (!m || table->wordWrap())
        return out;
    const QHeaderView* h = table->horizontalHeader();
    const QFontMetrics fm(table->font());
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const int rows = std::min(m->rowCount(), 60);
    for (int c = 0; c < m->columnCount(); ++c) {
        if (table->isColumnHidden(c) || h->sectionResizeMode(c) == QHeaderView::Stretch)
            continue; // a stretched column takes what is left; long texts there end in "…" by design
        for (int r = 0; r < rows; ++r) {
            const QString text = m->index(r, c).data().toString();
            if (text.isEmpty() || text.contains(u'\n'))
                continue;
            const int needed = fm.horizontalAdvance(text) + margin;
            if (table->columnWidth(c) < needed) {
                out << u"%1: cell “%2” (row %3, column “%4”) is cut: %5 px for %6 px of text"_s.arg(where, shown(text)).arg(r).arg(
                    m->headerData(c, Qt::Horizontal).toString()).arg(table->columnWidth(c)).arg(needed);
                break; // one finding a column is enough to read
            }
        }
    }
    return out;
}

QStringList columnsOutOfView(const QTableView* table, const QString& where)
{
    QStringList out;
    const QAbstractItemModel* m = table->model();
    if (!m || !table->isVisible())
        return out;
    const QHeaderView* h = table->horizontalHeader();
    const int visible = table->viewport()->width();
    for (int c = 0; c < m->columnCount(); ++c) {
        if (table->isColumnHidden(c))
            continue;
        const int right = h->sectionPosition(c) + h->sectionSize(c); // at the table's left end, unscrolled
        if (right > visible + 1)
            out << u"%1: column “%2” ends at %3 px, beyond the %4 px the table shows (cut at its edge or scrolled away)"_s.arg(where)
                       .arg(m->headerData(c, Qt::Horizontal).toString())
                       .arg(right)
                       .arg(visible);
    }
    return out;
}

QStringList brokenImages(QTextDocument* doc, const QString& where)
{
    QStringList out;
    if (doc->isEmpty())
        return out;
    const qreal width = doc->textWidth();
    doc->setTextWidth(std::max<qreal>(width, 900));
    const QSizeF size = doc->documentLayout()->documentSize();
    QImage page(size.toSize(), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        doc->drawContents(&p);
    }
    const auto restore = qScopeGuard([&] { doc->setTextWidth(width); });
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            const QString name = f.charFormat().toImageFormat().name();
            const QVariant res = doc->resource(QTextDocument::ImageResource, QUrl(name));
            const QImage image = res.value<QImage>();
            const QRectF r = doc->documentLayout()->blockBoundingRect(b);
            if (image.isNull())
                out << u"%1: image “%2” did not load (a broken-image placeholder is shown)"_s.arg(where, name);
            else if (r.height() < 100 || inkShare(page, r.toRect()) < 0.005)
                out << u"%1: image “%2” is drawn %3 px tall with %4 % ink"_s.arg(where, name).arg(r.height()).arg(100 * inkShare(page, r.toRect()), 0, 'f', 2);
        }
    return out;
}

QStringList blankCharts(QWidget* root, const QString& where)
{
    QStringList out;
    for (ChartSpecWidget* w : root->findChildren<ChartSpecWidget*>()) {
        if (!w->isVisible() || w->width() < 50)
            continue;
        bool points = false;
        for (const ChartSeries& s : w->chart().series)
            points |= !s.points.isEmpty();
        points |= !w->chart().bars.isEmpty();
        if (!points && w->chart().unavailable.isEmpty())
            out << u"%1: chart “%2” has no data and no message saying why"_s.arg(where, w->chart().title);
        const QImage img = w->grab().toImage();
        if (inkShare(img, img.rect()) < 0.01)
            out << u"%1: chart “%2” is drawn blank"_s.arg(where, w->chart().title);
    }
    for (TimeChart* c : root->findChildren<TimeChart*>()) {
        if (!c->isVisible())
            continue;
        if (c->isEmpty() && c->emptyText().isEmpty())
            out << u"%1: a live chart is empty and does not say so"_s.arg(where);
    }
    return out;
}

QStringList clippedLabels(QWidget* root, const QString& where)
{
    QStringList out;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisible() || l->text().isEmpty() || !l->pixmap().isNull() || l->width() < 8)
            continue;
        if (qobject_cast<QWidget*>(l->parent()) && l->parent()->inherits("QStatusBar"))
            continue;
        const QSize hint = l->sizeHint();
        const int needH = l->wordWrap() && l->hasHeightForWidth() ? l->heightForWidth(l->width()) : hint.height();
        const int cm = l->contentsMargins().left() + l->contentsMargins().right();
        if (needH > l->height() + 2 || (!l->wordWrap() && hint.width() > l->width() + cm + 2))
            out << u"%1: label “%2” needs %3×%4 px, has %5×%6"_s.arg(where, shown(l->text())).arg(l->wordWrap() ? l->width() : hint.width()).arg(needH).arg(l->width()).arg(l->height());
    }
    return out;
}

QStringList narrowDialog(const QWidget* dialog, const QString& where)
{
    // window managers draw the title centered between the frame's buttons: about 140 px of them
    const int needed = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 140;
    if (dialog->width() < needed)
        return { u"%1: dialog “%2” is %3 px wide, its title needs %4 px"_s.arg(where, dialog->windowTitle()).arg(dialog->width()).arg(needed) };
    return {};
}

QStringList everything(QWidget* root, const QString& where)
{
    QStringList out;
    for (QTableView* t : root->findChildren<QTableView*>())
        if (t->isVisible()) {
            out << clippedHeaders(t, where + u" › "_s + (t->objectName().isEmpty() ? u"table"_s : t->objectName()));
            out << clippedCells(t, where + u" › "_s + (t->objectName().isEmpty() ? u"table"_s : t->objectName()));
        }
    for (QTextBrowser* b : root->findChildren<QTextBrowser*>())
        if (b->isVisible())
            out << brokenImages(b->document(), where);
    out << blankCharts(root, where) << clippedLabels(root, where);
    return out;
}

} // namespace inferdeck::visual
