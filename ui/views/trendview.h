#pragma once
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

#include "library/trend.h"

class QComboBox;
class QLabel;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace inferdeck {

class ChartSpecWidget;

/// One metric over time for a set of runs: each run's value with its 95 % interval, a change that is
/// significant against the previous run marked (the comparison's test), as a chart and as a table.
class TrendView : public QWidget {
    Q_OBJECT
public:
    explicit TrendView(QWidget* parent = nullptr);
    ~TrendView() override;

    /// Reads the runs' files off the GUI thread and shows the trend of the chosen metric.
    void setRuns(const QList<LibraryEntry>& runs, const QString& metric = {});
    void setMetric(const QString& metric);
    const Trend& trend() const { return m_trend; }
    QTableView* tableView() const { return m_table; }
    ChartSpecWidget* chart() const { return m_chart; }

signals:
    void computed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void compute();
    void show(const Trend& trend);
    void fitTable();

    QComboBox* m_metric;
    QLabel* m_note;
    QVBoxLayout* m_chartBox;
    QSplitter* m_body; // chart and table, hidden until there is a trend: an empty frame says nothing
    ChartSpecWidget* m_chart = nullptr;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QList<LibraryEntry> m_runs;
    Trend m_trend;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Trend> m_watcher;
};

} // namespace inferdeck
