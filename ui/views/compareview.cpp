#include "views/compareview.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#include "charts/chartspecwidget.h"
#include "compare/resultlabels.h"
#include "format/units.h"
#include "importers/resultreader.h"
#include "report/reportcharts.h"
#include "widgets/tablecopy.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

// One CDF line per file: every measured request of the file's phases named `phase` (or of all phases).
ChartSpec overlaidCdf(const QStringList& names, const QList<std::shared_ptr<const BenchmarkResult>>& results, reportcharts::Latency which)
{
    ChartSpec c;
    c.title = CompareView::tr("%1 of each result").arg(reportcharts::latencyName(which));
    c.xLabel = CompareView::tr("%1 (ms)").arg(reportcharts::latencyName(which));
    c.yLabel = CompareView::tr("share of requests");
    c.yPercent = true;
    c.yMin = 0.0;
    c.yMax = 1.0;
    for (int k = 0; k < results.size(); ++k) {
        std::vector<double> v;
        for (const Phase& p : results[k]->phases) {
            const auto l = reportcharts::latencies(p, which);
            v.insert(v.end(), l.begin(), l.end());
        }
        std::erase_if(v, [](double x) { return !std::isfinite(x); });
        if (v.empty())
            continue;
        std::sort(v.begin(), v.end());
        ChartSeries s{ names[k], {}, true };
        const std::size_t points = std::min<std::size_t>(v.size(), 200);
        s.points.append({ v.front() * 1e3, 0.0 });
        for (std::size_t i = 1; i <= points; ++i) {
            const std::size_t idx = std::min(v.size() - 1, (i * v.size() + points - 1) / points - 1);
            s.points.append({ v[idx] * 1e3, double(idx + 1) / double(v.size()) });
        }
        c.series.append(s);
    }
    if (c.series.isEmpty())
        c.unavailable = CompareView::tr("Not drawn: none of the files has per-request records, only its tool's aggregates.");
    else if (c.series.size() < results.size())
        c.title += u' ' + CompareView::tr("(files without per-request records are not drawn)");
    return c;
}
// "records", or which side is the file's own figure: a value not recomputed is never passed off as one.
QString valuesFrom(const MetricDelta& m)
{
    if (m.baselineSource == m.candidateSource)
        return m.baselineSource == ValueSource::None ? Units::notMeasured() : valueSourceText(m.baselineSource);
    const auto text = [](ValueSource s) { return s == ValueSource::None ? Units::notMeasured() : valueSourceText(s); };
    return CompareView::tr("%1 → %2").arg(text(m.baselineSource), text(m.candidateSource));
}
} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_baseline(new QComboBox(this))
    , m_note(new QLabel(tr("File › Compare results… opens two or more result files."), this))
    , m_notes(new QPlainTextEdit(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_charts(new QWidget(this))
    , m_chartsLayout(new QHBoxLayout(m_charts))
{
    m_note->setWordWrap(true);
    // notes and warnings can run long: a box of a few lines that scrolls, never text cut by the table
    m_notes->setObjectName(QStringLiteral("compareNotes"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_notes->setVisible(false);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    // every column as wide as its text, the table scrolls sideways: a stretched last section cut "Significant" to "nific"
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    makeCopyable(m_view);
    m_baseline->setToolTip(tr("Every other result is compared with this one"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Baseline:"), this));
    top->addWidget(m_baseline, 1);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto* body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_view);
    body->addWidget(m_charts);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_notes);
    layout->addWidget(body, 1);
    connect(m_baseline, &QComboBox::activated, this, &CompareView::setBaseline);
    connect(&m_loader, &QFutureWatcher<Result<Loaded>>::finished, this, [this] {
        Result<Loaded> r = m_loader.result();
        if (!r) {
            m_note->setText(r.error().toString());
            emit failed(r.error());
            return;
        }
        m_names = r.value().names;
        m_results = r.value().results;
        m_baseline->clear();
        m_baseline->addItems(m_names);
        while (QLayoutItem* item = m_chartsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_chartsLayout->addWidget(new ChartSpecWidget(overlaidCdf(m_names, m_results, reportcharts::Latency::Ttft), m_charts));
        m_chartsLayout->addWidget(new ChartSpecWidget(overlaidCdf(m_names, m_results, reportcharts::Latency::E2e), m_charts));
        recompute();
    });
    connect(&m_comparer, &QFutureWatcher<QList<Comparison>>::finished, this, [this] { show(m_comparer.result()); });
}

CompareView::~CompareView()
{
    m_loader.waitForFinished();
    m_comparer.waitForFinished();
}

void CompareView::setFiles(const QStringList& paths, FirstBaseline first)
{
    m_loader.waitForFinished();
    m_comparer.waitForFinished();
    m_note->setText(tr("Reading %1 files…").arg(paths.size()));
    m_loader.setFuture(QtConcurrent::run([paths, first]() -> Result<Loaded> {
        Loaded out;
        for (const QString& p : paths) {
            Result<BenchmarkResult> r = readAnyResult(p);
            if (!r)
                return r.error();
            out.results << std::make_shared<const BenchmarkResult>(std::move(r).value());
        }
        // every run writes result.inferdeck.json: two of them are told apart by their folders
        out.names = distinctFileLabels(paths);
        if (first == FirstBaseline::Earliest) {
            // "before" against "after": the earliest-measured result first; undated files keep their place
            qsizetype earliest = 0;
            for (qsizetype k = 1; k < out.results.size(); ++k) {
                const double t = out.results[k]->provenance.startedUnix, best = out.results[earliest]->provenance.startedUnix;
                if (t > 0 && (best <= 0 || t < best))
                    earliest = k;
            }
            out.results.move(earliest, 0);
            out.names.move(earliest, 0);
        }
        return out;
    }));
}

QString CompareView::notesText() const
{
    return m_notes->isVisible() ? m_notes->toPlainText() : QString();
}

void CompareView::setBaseline(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results.move(index, 0);
    m_names.move(index, 0);
    m_baseline->clear();
    m_baseline->addItems(m_names);
    recompute();
}

void CompareView::recompute()
{
    if (m_results.size() < 2) {
        m_note->setText(tr("Open at least two results to compare."));
        return;
    }
    m_note->setText(tr("Comparing against %1…").arg(m_names.first()));
    m_comparer.waitForFinished();
    const auto names = m_names;
    const auto results = m_results;
    // bootstrap intervals take a moment on large files: never on the GUI thread
    m_comparer.setFuture(QtConcurrent::run([names, results, locale = QLocale()] {
        Units::LocaleScope ui(locale); // notes and warnings word their numbers in the interface language
        QList<Comparison> out;
        for (int k = 1; k < results.size(); ++k)
            out.append(compareResults(*results[0], names[0], *results[k], names[k]));
        return out;
    }));
}

void CompareView::show(const QList<Comparison>& comparisons)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Result"), tr("Phase"), tr("Metric"), tr("Baseline"), tr("This result"), tr("Change"), tr("95 % interval"),
                                         tr("Significant"), tr("Values from") });
    QStringList notes;
    for (const Comparison& c : comparisons) {
        notes << tr("%1: %2").arg(c.candidateName, c.note);
        for (const QString& w : c.warnings)
            notes << tr("Warning: %1").arg(w);
        for (const PhaseComparison& p : c.phases)
            for (const MetricDelta& m : p.metrics) {
                const bool worse = m.change && (m.higherIsBetter ? *m.change < 0 : *m.change > 0);
                QList<QStandardItem*> row = {
                    new QStandardItem(c.candidateName),
                    new QStandardItem(p.baselinePhase == p.candidatePhase ? p.baselinePhase : p.baselinePhase + u" ↔ "_s + p.candidatePhase),
                    new QStandardItem(u"%1 (%2)"_s.arg(m.name, m.unit)),
                    new QStandardItem(Units::number(m.baseline, 2, QLocale())),
                    new QStandardItem(Units::number(m.candidate, 2, QLocale())),
                    new QStandardItem(Units::signedPercent(m.change, 1, QLocale())),
                    new QStandardItem(m.interval ? tr("%1 … %2").arg(Units::signedPercent(m.interval->low, 1, QLocale()), Units::signedPercent(m.interval->high, 1, QLocale()))
                                                 : tr("none")),
                    new QStandardItem(m.significant ? (worse ? tr("yes, worse") : tr("yes, better")) : m.interval ? tr("no") : tr("not assessable")),
                    new QStandardItem(valuesFrom(m)),
                };
                // how the interval was made, or why there is none: one hover away, the column stays narrow
                row[6]->setToolTip(m.interval ? tr("%1 over %2").arg(m.intervalMethod, m.intervalFrom) : m.noInterval);
                for (int k = 3; k < 7; ++k)
                    row[k]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (m.significant)
                    row[7]->setForeground(worse ? QColor(0xb3, 0x26, 0x1e) : QColor(0x00, 0x7a, 0x4d));
                for (QStandardItem* item : row)
                    item->setEditable(false);
                m_model->appendRow(row);
            }
    }
    m_view->setColumnHidden(0, comparisons.size() < 2); // one candidate: its name is in the note
    m_note->setText(comparisons.size() == 1 ? tr("%1 compared with the baseline %2 (choose another baseline above).").arg(m_names.value(1), m_names.value(0))
                                            : tr("%1 results compared with the baseline %2 (choose another baseline above).").arg(comparisons.size()).arg(m_names.value(0)));
    m_notes->setPlainText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    emit compared();
}

} // namespace inferdeck
