#pragma once
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

#include "library/libraryindex.h"

class QDateEdit;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace inferdeck {

class LibraryTableModel;
class TrendView;

/// The results library: every run and opened or imported file, searchable by text and fields (model=,
/// engine=, gpu=, tool=, grade=, ... and a date range), sortable, with a choice of columns; the selection
/// opens, compares (baseline chosen), exports, reveals or leaves the index; and the trend of a metric over
/// runs with one fingerprint. Folders are scanned and watched off the GUI thread.
class LibraryView : public QWidget {
    Q_OBJECT
public:
    explicit LibraryView(QWidget* parent = nullptr);
    ~LibraryView() override;

    /// Opens the library database at `path` (LibraryIndex::defaultPath() in the application).
    void setDatabase(const QString& path);
    /// Indexes files and folders in the background; folders are remembered and watched.
    void addPaths(const QStringList& paths);
    /// Looks at every file again in the background (changed, moved, deleted) and rescans the folders.
    void refresh();
    /// Runs the search in the box and the date range against the index.
    void reload();
    void setSearch(const QString& text);
    bool busy() const;

    QTableView* tableView() const { return m_view; }
    LibraryTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    TrendView* trendView() const { return m_trend; }
    QString statusText() const;
    /// The selected runs, in the table's order.
    QList<LibraryEntry> selectedEntries() const;
    /// Compares the selected runs against the one at `baseline` in the selection (asks when not given,
    /// offering the oldest run: "before" against "after").
    void compareSelection(std::optional<int> baseline = std::nullopt);
    /// With one run selected: every run of its fingerprint; with several: exactly those.
    void trendOfSelection();
    /// Writes the selected rows (or all when none) as CSV.
    Status exportSelection(const QString& file);
    void removeSelection();

signals:
    void openRequested(const QStringList& paths);
    /// The baseline first.
    void compareRequested(const QStringList& paths);
    /// Background indexing ended (also after a refresh).
    void updated(const inferdeck::LibraryUpdate& update);
    void reloaded();

private:
    void startWork(std::function<LibraryUpdate(LibraryIndex&, const LibraryUpdateOptions&)> work, const QString& what);
    void watchFolders();
    void chooseColumns(const QPoint& at);

    std::unique_ptr<LibraryIndex> m_index;
    QString m_database;
    QLineEdit* m_search;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_view;
    LibraryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_status;
    QProgressBar* m_progress;
    TrendView* m_trend;
    QSplitter* m_split;
    QTimer* m_searchDelay;
    QTimer* m_watchDelay;
    QFileSystemWatcher* m_watcher;
    QStringList m_pending; // paths to add once the running work ends
    bool m_refreshPending = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<LibraryUpdate> m_work;
};

} // namespace inferdeck
