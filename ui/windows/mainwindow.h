#pragma once
#include <QFutureWatcher>
#include <QMainWindow>

#include "metrics/resultsummary.h"
#include "model/benchmarkresult.h"
#include "util/result.h"

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace inferdeck {

class SummaryTableModel;

/// The application window: opens a result file (off the GUI thread) and shows its summary.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SummaryTableModel* summaryModel() const { return m_model; }

public slots:
    void openFile(const QString& path);
    void showOpenDialog();

signals:
    void fileLoaded(const QString& path);
    void loadFailed(const inferdeck::Error& error);

private:
    struct Loaded {
        QString path;
        BenchmarkResult result;
        ResultSummary summary;
    };
    void createMenus();
    void onLoadFinished();
    void showResult(const Loaded& loaded);
    void showError(const Error& error);

    QLabel* m_title;
    QLabel* m_banner;
    QLabel* m_scaling;
    QTableView* m_table;
    SummaryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QFutureWatcher<Result<Loaded>> m_loader;
};

} // namespace inferdeck
