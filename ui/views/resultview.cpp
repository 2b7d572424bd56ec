#include "views/resultview.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "charts/chartspecwidget.h"
#include "report/datasupport.h"
#include "format/units.h"
#include "metrics/crosscheck.h"
#include "models/gradecardmodel.h"
#include "models/requesttablemodel.h"
#include "models/summarytablemodel.h"
#include "views/reportpreview.h"
#include "widgets/tablecopy.h"

namespace inferdeck {

namespace {
constexpr int kCardColumnMax = 230; // px; longer values (intervals) wrap

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->setWordWrap(true);
    makeCopyable(t);
    return t;
}
} // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent)
    , m_grade(new QLabel(this))
    , m_verdict(new QLabel(tr("Open a result file (Ctrl+O) or run the demo cluster (Ctrl+R)."), this))
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_card(new GradeCardModel(this))
    , m_summary(new SummaryTableModel(this))
    , m_scaling(new QLabel(this))
    , m_requests(new RequestTableModel(this))
    , m_requestsProxy(new QSortFilterProxyModel(this))
    , m_failuresOnly(new QCheckBox(tr("Failures only"), this))
    , m_requestsNote(new QLabel(this))
    , m_charts(new QWidget(this))
    , m_chartsLayout(new QGridLayout(m_charts))
    , m_preview(new ReportPreview(this))
{
    m_grade->setMinimumSize(72, 72);
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setVisible(false);
    QFont gf = m_grade->font();
    gf.setPointSizeF(gf.pointSizeF() * 2.6);
    gf.setBold(true);
    m_grade->setFont(gf);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; }"));

    auto* cardTable = tableFor(m_card, this);
    m_cardTable = cardTable;
    cardTable->viewport()->installEventFilter(this);
    cardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    cardTable->horizontalHeader()->setSectionResizeMode(GradeCardModel::Why, QHeaderView::Stretch);
    cardTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(cardTable, tr("Grade card"));

    auto* summaryPage = new QWidget(this);
    auto* sl = new QVBoxLayout(summaryPage);
    auto* summaryProxy = new QSortFilterProxyModel(this);
    summaryProxy->setSourceModel(m_summary);
    summaryProxy->setSortRole(SummaryTableModel::SortRole);
    auto* summaryTable = tableFor(summaryProxy, summaryPage);
    summaryTable->setSortingEnabled(true);
    summaryTable->sortByColumn(-1, Qt::AscendingOrder);
    summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_summary, &QAbstractItemModel::modelReset, summaryTable, [this, summaryTable] {
        for (int column : { SummaryTableModel::AnswerTtftP50, SummaryTableModel::AnswerTtftP99, SummaryTableModel::ReasoningShare })
            summaryTable->setColumnHidden(column, !m_summary->hasReasoning());
        for (int column : { SummaryTableModel::TtftP99FromIntended, SummaryTableModel::E2eP99FromIntended })
            summaryTable->setColumnHidden(column, !m_summary->hasFromIntended());
    });
    m_scaling->setWordWrap(true);
    m_scaling->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(summaryTable, 1);
    sl->addWidget(m_scaling);
    m_tabs->addTab(summaryPage, tr("Summary"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_charts);
    m_tabs->addTab(scroll, tr("Charts"));

    auto* requestsPage = new QWidget(this);
    auto* rl = new QVBoxLayout(requestsPage);
    m_requestsProxy->setSourceModel(m_requests);
    m_requestsProxy->setSortRole(RequestTableModel::SortRole);
    m_requestsProxy->setFilterKeyColumn(RequestTableModel::Status);
    auto* requestsTable = tableFor(m_requestsProxy, requestsPage);
    m_requestsTable = requestsTable;
    requestsTable->setSortingEnabled(true);
    requestsTable->setWordWrap(false);
    requestsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    requestsTable->horizontalHeader()->setDefaultSectionSize(96);
    requestsTable->horizontalHeader()->setSectionResizeMode(RequestTableModel::Status, QHeaderView::Stretch);
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_requestsProxy->setFilterRegularExpression(on ? QStringLiteral("^(?!ok$)") : QString());
    });
    m_requestsNote->setObjectName(QStringLiteral("requestsNote"));
    m_requestsNote->setWordWrap(true);
    m_requestsNote->setVisible(false);
    rl->addWidget(m_failuresOnly);
    rl->addWidget(m_requestsNote);
    rl->addWidget(requestsTable, 1);
    m_tabs->addTab(requestsPage, tr("Requests"));
    m_tabs->addTab(m_preview, tr("Report"));

    auto* head = new QHBoxLayout;
    head->addWidget(m_grade);
    head->addWidget(m_verdict, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

QStringList ResultView::importNotes(const LoadedResult& loaded)
{
    const Provenance& p = loaded.result->provenance;
    if (p.tool.isEmpty() || p.tool == QStringLiteral("inferdeck"))
        return {};
    QStringList notes { tr("Imported from %1: numbers are recomputed from the file's per-request records where it has "
                           "them (Report tab, “Source file and cross-check”).").arg(toolDisplayName(p)).simplified() };
    constexpr int kShown = 4; // the banner stays short; the report lists every finding
    int findings = 0;
    for (const PhaseSummary& s : loaded.summary.phases) {
        if (s.aggregateOnly)
            notes << tr("Phase “%1”: aggregates only, so distributions, intervals and time series cannot be recomputed.").arg(s.phase);
        for (const CrossCheckFinding& f : s.crossCheck)
            if (findings++ < kShown)
                notes << tr("Phase “%1”: %2").arg(s.phase, f.text());
    }
    if (findings > kShown)
        notes << tr("… and %1 more differences between the file's summary and its records.").arg(findings - kShown);
    return notes;
}

void ResultView::show(const LoadedResult& loaded)
{
    const GradeCard& g = loaded.displayGrade;
    m_grade->setText(g.overall ? g.overallText() : Units::notMeasured());
    m_grade->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; }").arg(g.valid ? QStringLiteral("#0b5cad") : QStringLiteral("#b3261e")));
    m_grade->setVisible(true);
    m_grade->setToolTip(g.overallReason);
    m_verdict->setText(loaded.report.title + QStringLiteral("\n") + loaded.displayHeadline);
    QStringList notes;
    if (loaded.result->simulated)
        notes << tr("SIMULATED: these numbers come from InferDeck's simulated engine, not from a GPU server.");
    for (const QualityFinding& f : g.findings)
        if (f.id != QStringLiteral("simulated_engine"))
            notes << f.message;
    for (const QString& u : g.unchecked)
        notes << tr("Not checked: %1").arg(u);
    {
        Units::LocaleScope ui(QLocale{}); // cross-check findings word their numbers when asked
        notes << importNotes(loaded);
    }
    m_banner->setText(notes.join(QLatin1Char('\n')));
    m_banner->setVisible(!notes.isEmpty());

    m_card->setCard(g);
    fitCardColumns();
    m_summary->setSummaries(loaded.summary.phases, loaded.summary.perNode);
    const ScalingResult& s = loaded.summary.scaling;
    m_scaling->setText(s.measured ? tr("Scaling efficiency %1 on %2 nodes, 95 % interval %3 – %4 (%5)")
                                        .arg(Units::percent(s.efficiency, 1, QLocale()))
                                        .arg(s.nodes)
                                        .arg(s.interval ? Units::percent(s.interval->low, 1, QLocale()) : Units::notMeasured(),
                                             s.interval ? Units::percent(s.interval->high, 1, QLocale()) : Units::notMeasured(), scalingVerdictText(s.verdict))
                                  : tr("Scaling efficiency: not measured — %1").arg(s.reason));
    m_requests->setResult(loaded.result);
    // a file with no per-request records says so instead of showing an empty table
    QStringList noRecords;
    for (const Phase& p : loaded.result->phases)
        if (!datasupport::whyNoRecords(p).isEmpty())
            noRecords << tr("“%1”").arg(p.name);
    const bool anyRows = m_requests->rowCount() > 0;
    m_requestsNote->setText(anyRows || loaded.result->phases.isEmpty()
                                ? QString()
                                : tr("No requests to list: the file keeps no per-request records, only its tool's own aggregates "
                                     "(phases %1). The Summary and Report tabs show those.")
                                      .arg(noRecords.join(tr(", "))));
    m_requestsNote->setVisible(!m_requestsNote->text().isEmpty());
    m_failuresOnly->setEnabled(anyRows);
    // columns as wide as their header and the first rows' values; the status column takes the rest
    m_requestsTable->horizontalHeader()->setResizeContentsPrecision(200);
    m_requestsTable->resizeColumnsToContents();

    while (QLayoutItem* item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // two charts a row: each keeps the report's aspect ratio and stays readable on a laptop screen
    int k = 0;
    for (const ReportSection& sec : loaded.report.sections)
        for (const ReportBlock& b : sec.blocks)
            if (b.kind == ReportBlock::Kind::Chart) {
                m_chartsLayout->addWidget(new ChartSpecWidget(b.chart, m_charts), k / 2, k % 2);
                ++k;
            } else if (b.standsForChart) {
                // the report's reason a chart is not drawn, where the chart would be: never a blank tab
                auto* why = new QLabel(b.text, m_charts);
                why->setObjectName(QStringLiteral("chartNote"));
                why->setWordWrap(true);
                why->setAlignment(Qt::AlignCenter);
                why->setFrameShape(QFrame::StyledPanel);
                why->setMinimumHeight(80);
                m_chartsLayout->addWidget(why, k / 2, k % 2);
                ++k;
            }
    if (k == 0) {
        auto* why = new QLabel(tr("This result has no charts: none of its phases has data to draw."), m_charts);
        why->setObjectName(QStringLiteral("chartNote"));
        why->setAlignment(Qt::AlignCenter);
        m_chartsLayout->addWidget(why, 0, 0, 1, 2);
        k = 2;
    }
    m_chartsLayout->setRowStretch(k / 2 + 1, 1);
    m_preview->setReport(loaded.report, loaded.chartImages);
}

QString ResultView::gradeText() const
{
    return m_grade->isVisible() ? m_grade->text() : QString();
}

void ResultView::fitCardColumns()
{
    // the reason is what a reader reads: the other columns wrap so that it keeps a third of the width or more
    const int avail = m_cardTable->viewport()->width();
    m_cardTable->resizeColumnsToContents();
    QList<int> widths;
    int others = 0;
    for (int c = 0; c < m_card->columnCount(); ++c) {
        widths << (c == GradeCardModel::Why ? 0 : std::min(m_cardTable->columnWidth(c), kCardColumnMax));
        others += widths.last();
    }
    const int whyMin = std::max(260, avail * 35 / 100);
    const double scale = others > 0 && others + whyMin > avail ? std::max(0.3, double(avail - whyMin) / others) : 1.0;
    for (int c = 0; c < m_card->columnCount(); ++c)
        if (c != GradeCardModel::Why)
            m_cardTable->setColumnWidth(c, std::max(60, static_cast<int>(widths[c] * scale)));
}

bool ResultView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cardTable->viewport() && event->type() == QEvent::Resize && m_card->rowCount() > 0)
        fitCardColumns();
    return QWidget::eventFilter(watched, event);
}

QString ResultView::requestsNote() const
{
    return m_requestsNote->isHidden() ? QString() : m_requestsNote->text();
}

int ResultView::chartCount() const
{
    return static_cast<int>(m_charts->findChildren<ChartSpecWidget*>().size());
}

} // namespace inferdeck
