#pragma once
#include <QAbstractTableModel>

#include <memory>

#include "model/benchmarkresult.h"

namespace inferdeck {

/// Every request of a result, one row each, read straight from the columns (virtualized: a million rows
/// cost nothing until shown). The same columns and values as `inferdeck-cli records`.
class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PhaseName, Repetition, Node, RequestId, Status, SendS, TtftMs, E2eMs, TpotMs, InputTokens, OutputTokens,
        AnswerTtftMs, ReasoningTokens, RequestedInputTokens, RequestedOutputTokens, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    using QAbstractTableModel::QAbstractTableModel;

    /// Shares the result; measured (non-warm-up) requests only, as the summary counts them.
    void setResult(std::shared_ptr<const BenchmarkResult> result);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const BenchmarkResult> m_result;
    struct Row {
        int phase;
        std::size_t index;
    };
    std::vector<Row> m_rows;
};

} // namespace inferdeck
