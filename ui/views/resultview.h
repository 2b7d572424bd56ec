#pragma once
#include <QWidget>

#include "views/loadedresult.h"

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QGridLayout;

namespace inferdeck {

class GradeCardModel;
class ReportPreview;
class RequestTableModel;
class SummaryTableModel;

/// One result: the grade and verdict on top, then tabs for the grade card, summary tables, charts,
/// every request (filterable to failures) and the report preview.
class ResultView : public QWidget {
    Q_OBJECT
public:
    explicit ResultView(QWidget* parent = nullptr);

    void show(const LoadedResult& loaded);
    QString gradeText() const;
    QTabWidget* tabs() const { return m_tabs; }
    SummaryTableModel* summaryModel() const { return m_summary; }
    QSortFilterProxyModel* requestsProxy() const { return m_requestsProxy; }
    int chartCount() const;
    /// Why the Requests tab lists nothing; empty when it lists requests.
    QString requestsNote() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitCardColumns();
    static QStringList importNotes(const LoadedResult& loaded);

    QLabel* m_grade;
    QLabel* m_verdict;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    GradeCardModel* m_card;
    SummaryTableModel* m_summary;
    QLabel* m_scaling;
    RequestTableModel* m_requests;
    QSortFilterProxyModel* m_requestsProxy;
    QCheckBox* m_failuresOnly;
    QLabel* m_requestsNote;
    QTableView* m_cardTable = nullptr;
    QTableView* m_requestsTable = nullptr;
    QWidget* m_charts;
    QGridLayout* m_chartsLayout;
    ReportPreview* m_preview;
};

} // namespace inferdeck
