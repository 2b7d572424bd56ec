#pragma once
#include <QAbstractTableModel>

#include "grading/grader.h"

namespace inferdeck {

/// The grade card's criteria as a table: criterion, measured, interval, grade, weight, why.
class GradeCardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Criterion, Measured, Interval, Grade, Weight, Why, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setCard(const GradeCard& card);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GradeCard m_card;
};

} // namespace inferdeck
