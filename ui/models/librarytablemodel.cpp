#include "models/librarytablemodel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "format/units.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

void LibraryTableModel::setEntries(QList<LibraryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

bool LibraryTableModel::hiddenByDefault(int column)
{
    return column == Plan || column == Dataset || column == RequestTput || column == TtftP50 || column == TpotP99;
}

int LibraryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LibraryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LibraryEntry& e = m_entries[index.row()];
    const RunFingerprint& f = e.fingerprint;
    const PhaseHeadline& h = e.headline;
    if (role == IdRole)
        return e.id;
    const QLocale locale;
    const auto number = [&](const std::optional<double>& v, double scale, int decimals) -> QVariant {
        if (role == SortRole)
            return v ? QVariant(*v * scale) : QVariant(-1e300); // not measured sorts below every value
        return Units::number(v ? std::optional<double>(*v * scale) : std::nullopt, decimals, locale);
    };
    if (role == Qt::ToolTipRole) {
        if (e.status != EntryStatus::Indexed)
            return e.error.isEmpty() ? e.path : tr("%1\n%2").arg(e.path, e.error);
        return tr("%1\nfingerprint %2 · plan %3 · driver %4").arg(e.path, f.key(), f.planHash, f.driver.isEmpty() ? Units::notMeasured() : f.driver);
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= OutputTput && index.column() <= Success ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Started:
        if (role == SortRole)
            return f.startedUnix;
        return Units::localDateTime(f.startedUnix, locale);
    case Grade:
        return e.grade.isEmpty() ? Units::notMeasured() : e.grade;
    case Model:
        return f.model.isEmpty() ? Units::notMeasured() : f.model;
    case Engine:
        return f.engine.isEmpty() ? Units::notMeasured() : QString(f.engine + u' ' + f.engineVersion).trimmed();
    case Gpus:
        if (role == SortRole)
            return f.gpuCount;
        //: GPU count × GPU model, e.g. "8 × NVIDIA H100 80GB HBM3"
        return f.gpuCount ? tr("%1 × %2").arg(f.gpuCount).arg(f.gpuModel) : Units::notMeasured();
    case Nodes:
        return role == SortRole ? QVariant(f.nodes) : QVariant(f.nodes ? QString::number(f.nodes) : Units::notMeasured());
    case Tool:
        return QString(f.tool + u' ' + f.toolVersion).trimmed();
    case Plan:
        return f.planName.isEmpty() ? Units::notMeasured() : f.planName;
    case Dataset:
        //: the file does not say which prompts the tool sent
        return f.dataset.isEmpty() ? tr("unknown") : f.dataset;
    case OutputTput:
        return number(h.outputTokenThroughput, 1.0, 1);
    case RequestTput:
        return number(h.requestThroughput, 1.0, 2);
    case TtftP50:
        return number(h.ttftP50, 1e3, 1);
    case TtftP99:
        return number(h.ttftP99, 1e3, 1);
    case TpotP99:
        return number(h.tpotP99, 1e3, 2);
    case E2eP99:
        return number(h.e2eP99, 1e3, 0);
    case Success:
        return number(h.successRate, 1e2, 1);
    case Status:
        switch (e.status) {
        case EntryStatus::Indexed:
            return tr("indexed");
        case EntryStatus::Missing:
            return tr("missing");
        case EntryStatus::Unreadable:
            return tr("unreadable");
        }
        return {};
    case Path:
        // a run's file is always result.inferdeck.json: its folder is what tells runs apart
        return role == SortRole ? e.path : QFileInfo(e.path).dir().dirName() + u'/' + QFileInfo(e.path).fileName();
    default:
        return {};
    }
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Grade:
        return tr("Grade");
    case Model:
        return tr("Model");
    case Engine:
        return tr("Engine");
    case Gpus:
        return tr("GPUs");
    case Nodes:
        return tr("Nodes");
    case Tool:
        return tr("Tool");
    case Plan:
        return tr("Plan");
    case Dataset:
        return tr("Dataset");
    case OutputTput:
        return tr("Output tok/s");
    case RequestTput:
        return tr("Req/s");
    case TtftP50:
        return tr("TTFT p50 (ms)");
    case TtftP99:
        return tr("TTFT p99 (ms)");
    case TpotP99:
        return tr("TPOT p99 (ms)");
    case E2eP99:
        return tr("E2E p99 (ms)");
    case Success:
        return tr("Success (%)");
    case Status:
        return tr("Status");
    case Path:
        return tr("File");
    default:
        return {};
    }
}

} // namespace inferdeck
