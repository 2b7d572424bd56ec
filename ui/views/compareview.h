#pragma once
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

#include "compare/comparison.h"
#include "util/result.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace inferdeck {

/// Two or more results side by side: choose the baseline; every other result's matched phases with
/// each metric's change, 95 % interval and significance; TTFT and E2E distributions overlaid.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    /// How the baseline is picked before the user picks another: the first path given (a caller that
    /// has an order), or the result measured earliest (files chosen in a dialog, which has no order).
    enum class FirstBaseline { FirstGiven, Earliest };
    /// Reads the files off the GUI thread and compares them against the baseline.
    void setFiles(const QStringList& paths, FirstBaseline first = FirstBaseline::FirstGiven);
    void setBaseline(int index);
    QStandardItemModel* table() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    /// The baseline's file name, as the view states it.
    QString baselineName() const { return m_names.value(0); }
    /// Each comparison's note and warning, one a line.
    QString notesText() const;
    int fileCount() const { return static_cast<int>(m_names.size()); }

signals:
    void compared();
    void failed(const inferdeck::Error& error);

private:
    struct Loaded {
        QStringList names;
        QList<std::shared_ptr<const BenchmarkResult>> results;
    };
    void recompute();
    void show(const QList<Comparison>& comparisons);

    QComboBox* m_baseline;
    QLabel* m_note;
    QPlainTextEdit* m_notes;
    QTableView* m_view;
    QStandardItemModel* m_model;
    QWidget* m_charts;
    QHBoxLayout* m_chartsLayout;
    QStringList m_names;
    QList<std::shared_ptr<const BenchmarkResult>> m_results;
    QFutureWatcher<Result<Loaded>> m_loader;
    QFutureWatcher<QList<Comparison>> m_comparer;
};

} // namespace inferdeck
