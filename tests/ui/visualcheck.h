#pragma once
#include <QImage>
#include <QString>
#include <QStringList>

class QTableView;
class QTextDocument;
class QWidget;

namespace inferdeck::visual {

// What a person notices on a screen, checked on the widgets as they are laid out and drawn: text cut
// short, images that did not load, charts with nothing in them and no word why, dialogs too narrow for
// their title. Each function returns one line per problem, naming where it is; empty when none.

/// Share of pixels in `area` that differ clearly from the most common colour there (the background).
double inkShare(const QImage& image, const QRect& area);

/// Column headers of `table` narrower than their text (Qt elides them: "nific" for "Significant").
QStringList clippedHeaders(const QTableView* table, const QString& where);
/// Cells of `table`'s visible rows whose text does not fit their column and does not wrap.
QStringList clippedCells(const QTableView* table, const QString& where);
/// Columns of `table` that do not fit in the width it shows: cut at its right edge or only reachable by
/// scrolling. For tables meant to be read whole at a glance (the trend's), not for wide tables that scroll.
QStringList columnsOutOfView(const QTableView* table, const QString& where);
/// Images in `doc` (the report preview) that did not load (Qt's 16-pixel placeholder) or were drawn blank.
QStringList brokenImages(QTextDocument* doc, const QString& where);
/// Charts under `root` (report charts and live charts) that are drawn without ink, or show no series and
/// no message saying why.
QStringList blankCharts(QWidget* root, const QString& where);
/// Visible labels under `root` whose text needs more room than the label has (cut or overlapping).
QStringList clippedLabels(QWidget* root, const QString& where);
/// A dialog narrower than its own title and a margin for the window frame's buttons.
QStringList narrowDialog(const QWidget* dialog, const QString& where);

/// Every check above on `root` and everything in it.
QStringList everything(QWidget* root, const QString& where);

} // namespace inferdeck::visual
