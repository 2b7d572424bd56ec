#pragma once
#include <QString>

class QTableView;

namespace inferdeck {

/// Ctrl+C (and a context-menu entry) on `view` copies the selected cells as tab-separated text with the
/// column headers, so a table pastes into a spreadsheet as it is shown.
void makeCopyable(QTableView* view);

/// The selected cells of `view` as tab-separated lines, headers first.
QString selectedCellsAsText(const QTableView* view);

} // namespace inferdeck
