#include "models/gradecardmodel.h"

#include <QColor>

#include "format/units.h"

namespace inferdeck {

void GradeCardModel::setCard(const GradeCard& card)
{
    beginResetModel();
    m_card = card;
    endResetModel();
}

int GradeCardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_card.criteria.size());
}

int GradeCardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GradeCardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_card.criteria.size())
        return {};
    const CriterionGrade& c = m_card.criteria[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Criterion:
            return c.name;
        case Measured:
            return c.measured ? c.valueText : Units::notMeasured();
        case Interval:
            return c.measured && !c.intervalText.isEmpty() ? c.intervalText : Units::notMeasured();
        case Grade:
            return c.grade ? m_card.grades.value(*c.grade) : c.measured ? tr("informational") : tr("not measured");
        case Weight:
            return Units::number(c.weight, 0, QLocale());
        case Why:
            return c.reason;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Weight)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !c.measured)
        return QColor(0x70, 0x70, 0x70);
    return {};
}

QVariant GradeCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Criterion:
        return tr("Criterion");
    case Measured:
        return tr("Measured");
    case Interval:
        return tr("Interval");
    case Grade:
        return tr("Grade");
    case Weight:
        return tr("Weight");
    case Why:
        return tr("Why");
    }
    return {};
}

} // namespace inferdeck
