#include "widgets/tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <map>
#include <set>

namespace inferdeck {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(TableCopy)
};

} // namespace

QString selectedCellsAsText(const QTableView* view)
{
    const QModelIndexList cells = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty())
        return {};
    std::set<int> columns;
    std::map<int, std::map<int, QString>> rows;
    for (const QModelIndex& i : cells) {
        if (view->isColumnHidden(i.column()))
            continue;
        columns.insert(i.column());
        // one line per cell row: the two-line headers and wrapped text become spaces
        rows[i.row()][i.column()] = i.data().toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << view->model()->headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, values] : rows) {
        QStringList line;
        for (int c : columns)
            line << (values.count(c) ? values.at(c) : QString());
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void makeCopyable(QTableView* view)
{
    auto* copy = new QAction(Tr::tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { QApplication::clipboard()->setText(selectedCellsAsText(view)); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

} // namespace inferdeck
