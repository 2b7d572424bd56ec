#include "models/summarytablemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include "format/summarytext.h"
#include "format/units.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

SummaryTableModel::SummaryTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void SummaryTableModel::setSummaries(const QList<PhaseSummary>& phases, const QList<QList<PhaseSummary>>& perNode)
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < phases.size(); ++i) {
        m_rows.append({ phases[i], false });
        // a 1-node phase's node row would repeat its phase row
        if (phases[i].nodes.size() > 1)
            for (const PhaseSummary& n : perNode.value(i))
                m_rows.append({ n, true });
    }
    endResetModel();
}

bool SummaryTableModel::hasReasoning() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.summary.reasoning.has_value(); });
}

bool SummaryTableModel::hasFromIntended() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.summary.ttftFromIntended.count > 0; });
}

int SummaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryTableModel::sortValue(const Row& r, int column) const
{
    const PhaseSummary& s = r.summary;
    switch (column) {
    case Phase:
        return s.phase;
    case Repetition:
        return s.repetition + 1;
    case Nodes:
        return r.perNode ? QVariant(s.nodes.value(0)) : QVariant(static_cast<int>(s.nodes.size()));
    case Requests:
        return static_cast<qulonglong>(s.completed);
    case SuccessRate:
        return optionalValue(s.successRate);
    case RequestThroughput:
        return optionalValue(s.requestThroughput);
    case OutputTokenThroughput:
        return optionalValue(s.outputTokenThroughput);
    case TtftP50:
        return optionalValue(s.ttft.p50);
    case TtftP99:
        return optionalValue(s.ttft.p99);
    case TpotP50:
        return optionalValue(s.tpot.p50);
    case ItlP50:
        return optionalValue(s.itl.p50);
    case E2eP50:
        return optionalValue(s.e2e.p50);
    case E2eP99:
        return optionalValue(s.e2e.p99);
    case Goodput:
        return optionalValue(s.goodput);
    case EnergyPerToken:
        return optionalValue(s.energyJPerOutputToken);
    case AnswerTtftP50:
        return s.reasoning ? optionalValue(s.answerTtft.p50) : QVariant();
    case AnswerTtftP99:
        return s.reasoning ? optionalValue(s.answerTtft.p99) : QVariant();
    case ReasoningShare:
        return s.reasoning ? optionalValue(s.reasoning->share) : QVariant();
    case TtftP99FromIntended:
        return optionalValue(s.ttftFromIntended.p99);
    case E2eP99FromIntended:
        return optionalValue(s.e2eFromIntended.p99);
    }
    return {};
}

QString SummaryTableModel::text(const Row& r, int column) const
{
    const PhaseSummary& s = r.summary;
    const QLocale locale;
    switch (column) {
    case Phase:
        return r.perNode ? u"    "_s + s.phase : s.phase;
    case Repetition:
        return locale.toString(s.repetition + 1);
    case Nodes:
        return r.perNode ? s.nodes.value(0) : locale.toString(s.nodes.size());
    case Requests:
        if (!s.countsKnown)
            return Units::notMeasured();
        //: completed of issued requests
        return tr("%1 / %2").arg(locale.toString(static_cast<qulonglong>(s.completed)),
                                 locale.toString(static_cast<qulonglong>(s.issued)));
    case SuccessRate:
        return Units::percent(s.successRate, 1, locale);
    case RequestThroughput:
        return Units::number(s.requestThroughput, 2, locale);
    case Goodput:
        return Units::number(s.goodput, 2, locale);
    case OutputTokenThroughput:
        return Units::number(s.outputTokenThroughput, 1, locale);
    case TtftP50:
        return latency(s.ttft.p50, locale);
    case TtftP99:
        return latency(s.ttft.p99, locale);
    case TpotP50:
        return latency(s.tpot.p50, locale);
    case ItlP50:
        return latency(s.itl.p50, locale);
    case E2eP50:
        return latency(s.e2e.p50, locale);
    case E2eP99:
        return latency(s.e2e.p99, locale);
    case EnergyPerToken:
        return Units::number(s.energyJPerOutputToken, 3, locale);
    case AnswerTtftP50:
        return s.reasoning ? latency(s.answerTtft.p50, locale) : Units::notMeasured();
    case AnswerTtftP99:
        return s.reasoning ? latency(s.answerTtft.p99, locale) : Units::notMeasured();
    case ReasoningShare:
        return s.reasoning ? Units::percent(s.reasoning->share, 1, locale) : Units::notMeasured();
    // closed-loop load sends when the previous answer ends: there is no schedule to be late against
    case TtftP99FromIntended:
        return s.ttftFromIntended.count > 0 ? latency(s.ttftFromIntended.p99, locale) : Units::notMeasured();
    case E2eP99FromIntended:
        return s.e2eFromIntended.count > 0 ? latency(s.e2eFromIntended.p99, locale) : Units::notMeasured();
    }
    return {};
}

void SummaryTableModel::setLatencyInSeconds(bool seconds)
{
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SummaryTableModel::latency(std::optional<double> seconds, const QLocale& locale) const
{
    return m_seconds ? Units::number(seconds, 3, locale) : Units::milliseconds(seconds, locale);
}

QVariant SummaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Phase || (index.column() == Nodes && r.perNode)
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // node rows sit under their phase row: quieter, so the phase totals lead
        if (r.perNode) {
            QColor c = QPalette().color(QPalette::Text);
            c.setAlphaF(0.7f); // readable on light and dark palettes
            return c;
        }
        return {};
    case Qt::FontRole:
        if (!r.perNode) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasoningShare && r.summary.reasoning)
            return tr("%1 reasoning tokens, %2").arg(QLocale().toString(static_cast<qlonglong>(r.summary.reasoning->tokens)),
                                                    reasoningSourceText(r.summary.reasoning->source));
        if (index.column() == TtftP99FromIntended || index.column() == E2eP99FromIntended)
            return tr("Measured from the send time the schedule intended, not the actual send: time a request waited in a client that fell behind counts, as a server would have had to absorb it (coordinated omission).");
        if (index.column() == Phase && r.summary.generator.fellBehind)
            return tr("The load generator fell behind its schedule: latencies may describe the client, not the server.");
        return {};
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Phase:
        return tr("Phase");
    case Repetition:
        //: column header: repetition number
        return tr("Rep.");
    case Nodes:
        return tr("Nodes");
    case Requests:
        return tr("Completed\nof issued");
    case SuccessRate:
        return tr("Success");
    case RequestThroughput:
        //: two-line column header: metric, then unit
        return tr("Requests\nreq/s");
    case OutputTokenThroughput:
        return tr("Output\ntok/s");
    case TtftP50:
        return m_seconds ? tr("TTFT p50\ns") : tr("TTFT p50\nms");
    case TtftP99:
        return m_seconds ? tr("TTFT p99\ns") : tr("TTFT p99\nms");
    case TpotP50:
        return m_seconds ? tr("TPOT p50\ns") : tr("TPOT p50\nms");
    case ItlP50:
        return m_seconds ? tr("ITL p50\ns") : tr("ITL p50\nms");
    case E2eP50:
        return m_seconds ? tr("E2E p50\ns") : tr("E2E p50\nms");
    case E2eP99:
        return m_seconds ? tr("E2E p99\ns") : tr("E2E p99\nms");
    case Goodput:
        return tr("Goodput\nreq/s");
    case EnergyPerToken:
        return tr("Energy\nJ/token");
    case AnswerTtftP50:
        //: time to the first answer token of a reasoning model
        return m_seconds ? tr("Answer TTFT p50\ns") : tr("Answer TTFT p50\nms");
    case AnswerTtftP99:
        return m_seconds ? tr("Answer TTFT p99\ns") : tr("Answer TTFT p99\nms");
    case ReasoningShare:
        //: share of the output tokens that were reasoning
        return tr("Reasoning\n% of output");
    case TtftP99FromIntended:
        //: latency measured from the scheduled (intended) send time
        return m_seconds ? tr("TTFT p99 from\nschedule, s") : tr("TTFT p99 from\nschedule, ms");
    case E2eP99FromIntended:
        return m_seconds ? tr("E2E p99 from\nschedule, s") : tr("E2E p99 from\nschedule, ms");
    }
    return {};
}

} // namespace inferdeck
