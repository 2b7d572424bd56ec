#pragma once
#include <QAbstractTableModel>
#include <QList>

#include "metrics/phasesummary.h"

namespace inferdeck {

/// One row per phase repetition (all nodes) followed by its per-node rows; the metrics as columns.
class SummaryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Phase, Repetition, Nodes, Requests, SuccessRate, RequestThroughput, OutputTokenThroughput, TtftP50, TtftP99,
        TpotP50, ItlP50, E2eP50, E2eP99, Goodput, EnergyPerToken,
        // reasoning models only ("—" for a phase that did not reason); the view hides them when none did
        AnswerTtftP50, AnswerTtftP99, ReasoningShare,
        // open-loop load only: latencies from the send time the schedule intended (coordinated omission)
        TtftP99FromIntended, E2eP99FromIntended, ColumnCount
    };
    /// The unformatted value (double, or QString for text columns) for sorting and copying.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SummaryTableModel(QObject* parent = nullptr);

    /// `perNode[i]` belongs to `phases[i]`; pass an empty list for no per-node rows.
    void setSummaries(const QList<PhaseSummary>& phases, const QList<QList<PhaseSummary>>& perNode);
    /// Latencies in seconds instead of milliseconds (the Settings' time unit).
    void setLatencyInSeconds(bool seconds);
    const PhaseSummary& summaryAt(int row) const { return m_rows.at(row).summary; }
    bool isNodeRow(int row) const { return m_rows.at(row).perNode; }
    /// True when some phase reasoned, so the answer-TTFT and reasoning columns say something.
    bool hasReasoning() const;
    /// True when some phase ran open-loop load, so the from-intended latency columns say something.
    bool hasFromIntended() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        PhaseSummary summary;
        bool perNode = false;
    };
    QVariant sortValue(const Row& row, int column) const;
    QString text(const Row& row, int column) const;

    QString latency(std::optional<double> seconds, const QLocale& locale) const;
    QList<Row> m_rows;
    bool m_seconds = false;
};

} // namespace inferdeck
