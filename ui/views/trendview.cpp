#include "views/trendview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "charts/chartspecwidget.h"
#include "compare/resultlabels.h"
#include "format/units.h"
#include "library/trendchart.h"
#include "widgets/tablecopy.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
QString metricName(const QString& id)
{
    if (id == u"output_token_throughput")
        return TrendView::tr("Output throughput (tok/s)");
    if (id == u"request_throughput")
        return TrendView::tr("Request throughput (req/s)");
    if (id == u"total_token_throughput")
        return TrendView::tr("Total throughput (tok/s)");
    if (id == u"success_rate")
        return TrendView::tr("Success rate (%)");
    if (id == u"goodput")
        return TrendView::tr("Goodput (req/s)");
    // "ttft_p99" → "TTFT p99 (ms)"
    return TrendView::tr("%1 %2 (ms)").arg(id.section(u'_', 0, 0).toUpper(), id.section(u'_', 1));
}
} // namespace

TrendView::TrendView(QWidget* parent)
    : QWidget(parent)
    , m_metric(new QComboBox(this))
    , m_note(new QLabel(tr("Select runs in the library and choose Trend: with one run selected, every run with its fingerprint."), this))
    , m_chartBox(new QVBoxLayout)
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    for (const LibraryMetric& m : libraryMetrics())
        m_metric->addItem(metricName(m.id), m.id);
    m_note->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // the file takes what is left beside the chart, shortened in its middle (its folder and name stay; the
    // whole path is its tooltip): a path never pushes the other columns off the table's edge
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false); // one line a run: "demo-1/res…ck.json", not a folder above half a name
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeCopyable(m_table);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Metric:"), this));
    top->addWidget(m_metric);
    top->addStretch(1);
    auto* chartHolder = new QWidget(this);
    chartHolder->setLayout(m_chartBox);
    m_chartBox->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_body = split;
    split->setVisible(false);
    split->addWidget(chartHolder);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    chartHolder->setMinimumWidth(460); // the dates under the bars stay legible
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    connect(m_metric, &QComboBox::activated, this, [this] { compute(); });
    connect(&m_watcher, &QFutureWatcher<Trend>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            show(m_watcher.result());
    });
}

TrendView::~TrendView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void TrendView::setRuns(const QList<LibraryEntry>& runs, const QString& metric)
{
    m_runs = runs;
    if (!metric.isEmpty())
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
    compute();
}

void TrendView::setMetric(const QString& metric)
{
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
    compute();
}

void TrendView::compute()
{
    if (m_runs.isEmpty())
        return;
    if (m_cancel)
        m_cancel->store(true); // the previous computation's result is not wanted any more
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_note->setText(tr("Reading %n run(s)…", nullptr, static_cast<int>(m_runs.size())));
    // every file is read and summarized again, and each pair compared with bootstraps: never on the GUI thread
    const QList<LibraryEntry> runs = m_runs;
    const QString metric = m_metric->currentData().toString();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const QLocale locale;
    m_watcher.setFuture(QtConcurrent::run([runs, metric, cancel, locale] {
        const Units::LocaleScope scope(locale); // its notes are read on screen
        return computeTrend(runs, metric, {}, cancel.get());
    }));
}

void TrendView::show(const Trend& trend)
{
    m_trend = trend;
    const QLocale locale;
    int marked = 0;
    for (const TrendPoint& p : trend.points)
        marked += p.significant ? 1 : 0;
    QString note = tr("%1 in phase “%2” over %n run(s), oldest first; whiskers and brackets are 95 % intervals; an orange bar changed "
                      "significantly for the worse against the run before, a green one for the better.",
                      nullptr, static_cast<int>(trend.points.size()))
                       .arg(metricName(trend.metric.id), trend.phase);
    note += u' ' + (marked ? tr("%n significant change(s) against the run before.", nullptr, marked) : tr("No significant change between consecutive runs."));
    int untested = 0;
    for (qsizetype k = 1; k < trend.points.size(); ++k)
        untested += trend.points[k].tested() ? 0 : 1;
    if (untested)
        //: the table's "Significant" column says "not tested"; its tooltip says why
        note += u' ' + tr("%n change(s) could not be tested; the Significant column's tooltip says why.", nullptr, untested);
    for (const QString& n : trend.notes)
        note += u'\n' + n;
    m_note->setText(note);
    if (m_chart) {
        m_chartBox->removeWidget(m_chart);
        delete m_chart;
    }
    // the colours are explained in the note above the chart: a bar chart has no legend
    const ChartSpec spec = trendChart(trend, tr("%1, phase “%2”").arg(metricName(trend.metric.id), trend.phase));
    m_chart = new ChartSpecWidget(spec, this);
    m_chartBox->addWidget(m_chart);
    m_chart->show(); // added to a shown view: Qt does not show a new child by itself
    m_body->setVisible(true);
    m_model->clear();
    // short cells, the sentences (how a test decided, why there is none) one hover away: the table fits beside
    // the chart instead of running off its right edge
    m_model->setHorizontalHeaderLabels({ tr("Started"), tr("Value"), tr("95 % interval"), tr("Change"), tr("Significant"), tr("File") });
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    QStringList paths;
    for (const TrendPoint& p : trend.points)
        paths << p.path;
    const QStringList files = distinctFileLabels(paths);
    for (qsizetype k = 0; k < trend.points.size(); ++k) {
        const TrendPoint& p = trend.points[k];
        QList<QStandardItem*> row{
            new QStandardItem(Units::localDateTime(p.startedUnix, locale)),
            new QStandardItem(Units::number(p.value, 2, locale)),
            new QStandardItem(p.interval ? tr("%1 … %2").arg(Units::number(p.interval->low, 2, locale), Units::number(p.interval->high, 2, locale))
                                         : tr("none")),
            new QStandardItem(Units::signedPercent(p.change, 1, locale)),
            //: whether the change against the run before was significant; "not tested" when it could not be tested
            new QStandardItem(!p.tested() ? tr("not tested") : !p.significant ? tr("no") : p.worse ? tr("yes, worse") : tr("yes, better")),
            new QStandardItem(files[k]),
        };
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[3]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setToolTip(p.interval ? p.intervalMethod : p.note);
        row[4]->setToolTip(p.tested() ? p.test : p.notTested);
        row[5]->setToolTip(p.path);
        if (p.significant) {
            QFont bold = row[4]->font();
            bold.setBold(true);
            row[4]->setFont(bold);
        }
        m_model->appendRow(row);
    }
    fitTable();
    QTimer::singleShot(0, this, &TrendView::fitTable); // once a splitter shown just now has its width
    emit computed();
}

void TrendView::fitTable()
{
    // the table gets the width its columns need and the chart the rest, down to the chart's minimum: a table
    // split half and half ran its last columns off its right edge
    int needed = 2 * m_table->frameWidth() + (m_table->verticalScrollBar()->isVisible() ? m_table->verticalScrollBar()->width() : 0) + 2;
    for (int c = 0; c < m_model->columnCount(); ++c)
        needed += std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(c), m_table->horizontalHeader()->sectionSizeHint(c));
    const QList<int> sizes = m_body->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int chart = std::max(m_body->widget(0)->minimumWidth(), total - needed);
    m_body->setSizes({ chart, total - chart });
}

void TrendView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_body->isVisible())
        fitTable();
}

} // namespace inferdeck
