#include "models/requesttablemodel.h"

#include <QColor>

#include <cmath>

#include "format/units.h"
#include "report/datasupport.h"

namespace inferdeck {

void RequestTableModel::setResult(std::shared_ptr<const BenchmarkResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    if (m_result)
        for (int p = 0; p < m_result->phases.size(); ++p) {
            const RequestColumns& r = m_result->phases[p].requests;
            for (std::size_t i = 0; i < r.size(); ++i)
                if (!r.warmup[i])
                    m_rows.push_back({ p, i });
        }
    endResetModel();
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_result || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Phase& p = m_result->phases[row.phase];
    const RequestColumns& r = p.requests;
    const std::size_t i = row.index;
    const bool ok = r.status[i] == RequestColumns::kOk;
    const double ttft = ok ? r.firstToken[i] - r.send[i] : NAN;
    const double e2e = ok ? r.end[i] - r.send[i] : NAN;
    const double tpot = ok && r.outputTokens[i] > 1 ? (e2e - ttft) / (r.outputTokens[i] - 1) : NAN;
    const double answer = ok ? r.firstAnswer[i] - r.send[i] : NAN;
    const auto count = [](std::int32_t v) { return v < 0 ? QVariant() : QVariant(v); };
    const auto countText = [](std::int32_t v) { return v < 0 ? Units::notMeasured() : QString::number(v); };
    const auto number = [](double v) { return std::isnan(v) ? QVariant() : QVariant(v); };
    if (role == SortRole) {
        switch (index.column()) {
        case PhaseName:
            return p.name;
        case Repetition:
            return p.repetition + 1;
        case Node:
            return p.nodes.value(r.node[i]);
        case RequestId:
            return qint64(r.requestId[i]);
        case Status:
            return p.statusText(i);
        case SendS:
            return datasupport::hasTimeline(p) ? QVariant(r.send[i]) : QVariant();
        case TtftMs:
            return number(ttft);
        case E2eMs:
            return number(e2e);
        case TpotMs:
            return number(tpot);
        case InputTokens:
            return r.inputTokens[i];
        case OutputTokens:
            return r.outputTokens[i];
        case AnswerTtftMs:
            return number(answer);
        case ReasoningTokens:
            return count(r.reasoningTokens[i]);
        case RequestedInputTokens:
            return count(r.requestedInput[i]);
        case RequestedOutputTokens:
            return count(r.requestedOutput[i]);
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale l;
        switch (index.column()) {
        case PhaseName:
            return p.name;
        case Repetition:
            return p.repetition + 1;
        case Node:
            return p.nodes.value(r.node[i]);
        case RequestId:
            return QString::number(r.requestId[i]);
        case Status:
            return p.statusText(i);
        case SendS:
            return datasupport::hasTimeline(p) ? Units::number(r.send[i], 3, l) : Units::notMeasured();
        case TtftMs:
            return Units::milliseconds(ttft, 1, l);
        case E2eMs:
            return Units::milliseconds(e2e, 1, l);
        case TpotMs:
            return Units::milliseconds(tpot, 2, l);
        case InputTokens:
            return r.inputTokens[i] < 0 ? Units::notMeasured() : QString::number(r.inputTokens[i]);
        case OutputTokens:
            return r.outputTokens[i] < 0 ? Units::notMeasured() : QString::number(r.outputTokens[i]);
        case AnswerTtftMs:
            return Units::milliseconds(answer, 1, l);
        case ReasoningTokens:
            return countText(r.reasoningTokens[i]);
        case RequestedInputTokens:
            return countText(r.requestedInput[i]);
        case RequestedOutputTokens:
            return countText(r.requestedOutput[i]);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= RequestId && index.column() != Status)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !ok)
        return QColor(0xb3, 0x26, 0x1e);
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PhaseName:
        return tr("Phase");
    case Repetition:
        return tr("Rep");
    case Node:
        return tr("Node");
    case RequestId:
        return tr("Request");
    case Status:
        return tr("Status");
    case SendS:
        return tr("Sent (s)");
    case TtftMs:
        return tr("TTFT (ms)");
    case E2eMs:
        return tr("E2E (ms)");
    case TpotMs:
        return tr("TPOT (ms)");
    case InputTokens:
        return tr("In tokens");
    case OutputTokens:
        return tr("Out tokens");
    case AnswerTtftMs:
        //: time to the first answer token (after a reasoning model's thinking)
        return tr("Answer TTFT (ms)");
    case ReasoningTokens:
        return tr("Reasoning tokens");
    case RequestedInputTokens:
        //: input tokens the workload asked for
        return tr("In requested");
    case RequestedOutputTokens:
        //: max_tokens asked for
        return tr("Out requested");
    }
    return {};
}

} // namespace inferdeck
