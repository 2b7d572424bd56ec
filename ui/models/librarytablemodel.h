#pragma once
#include <QAbstractTableModel>
#include <QList>

#include "library/libraryrun.h"

namespace inferdeck {

/// The library's runs, one row each: when, grade, what ran on what, the graded phase's headline figures,
/// whether the file is still there. SortRole gives numbers and times to sort by.
class LibraryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Started, Grade, Model, Engine, Gpus, Nodes, Tool, Plan, Dataset, OutputTput, RequestTput, TtftP50, TtftP99, TpotP99,
        E2eP99, Success, Status, Path, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<LibraryEntry> entries);
    const QList<LibraryEntry>& entries() const { return m_entries; }
    const LibraryEntry& entry(int row) const { return m_entries[row]; }
    /// Columns hidden unless chosen: what most searches do not need.
    static bool hiddenByDefault(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LibraryEntry> m_entries;
};

} // namespace inferdeck
