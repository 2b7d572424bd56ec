#include "windows/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "format/units.h"
#include "io/resultfile.h"
#include "log/log.h"
#include "models/summarytablemodel.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_scaling(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new SummaryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("InferDeck"));
    resize(1280, 720);

    m_title->setText(tr("Open a result file with File › Open (Ctrl+O)."));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(8);

    m_scaling->setWordWrap(true);
    m_scaling->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SummaryTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false); // file order groups node rows under their phase; sorting is opt-in
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] {
        m_table->setSortingEnabled(true);
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_scaling);
    setCentralWidget(central);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(&m_loader, &QFutureWatcher<Result<Loaded>>::finished, this, &MainWindow::onLoadFinished);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About InferDeck"), this, [this] {
        QMessageBox::about(this, tr("About InferDeck"),
                           tr("<b>InferDeck %1</b><p>LLM inference benchmarking on GPU clusters, graded honestly: every "
                              "number is computed from the raw records in the result file.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open result file"), QString(),
                                                      tr("InferDeck results (*.inferdeck.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString& path)
{
    if (m_loader.isRunning())
        return;
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    log::ui()->info("opening {}", path.toStdString());
    // reading and summarizing a large file takes a while: never on the GUI thread
    m_loader.setFuture(QtConcurrent::run([path]() -> Result<Loaded> {
        Result<BenchmarkResult> r = ResultFile::read(path);
        if (!r)
            return r.error();
        Loaded loaded { path, std::move(r).value(), {} };
        loaded.summary = summarizeResult(loaded.result);
        return loaded;
    }));
}

void MainWindow::onLoadFinished()
{
    const Result<Loaded> r = m_loader.result();
    if (!r) {
        showError(r.error());
        return;
    }
    showResult(r.value());
}

void MainWindow::showResult(const Loaded& loaded)
{
    const BenchmarkResult& result = loaded.result;
    const QString name = QFileInfo(loaded.path).fileName();
    setWindowTitle(tr("%1 — InferDeck").arg(name));
    m_title->setText(tr("%1 · %2").arg(result.plan.name.isEmpty() ? name : result.plan.name, result.plan.model));

    QStringList notes;
    if (result.simulated)
        notes << tr("<b>Simulated engine.</b> These numbers come from InferDeck's simulator, not from real GPUs.");
    if (result.status != RunStatus::Complete)
        notes << tr("<b>Run %1.</b> %2").arg(runStatusName(result.status), result.statusDetail.toHtmlEscaped());
    m_banner->setText(notes.join(u"<br>"_s));
    m_banner->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; }"_s);
    m_banner->setVisible(!notes.isEmpty());

    m_table->setSortingEnabled(false);
    m_proxy->sort(-1);
    m_model->setSummaries(loaded.summary.phases, loaded.summary.perNode);

    const ScalingResult& s = loaded.summary.scaling;
    if (!s.measured) {
        m_scaling->setText(tr("<b>Scaling efficiency:</b> not measured — %1").arg(s.reason.toHtmlEscaped()));
    } else {
        const QString interval = s.interval
            ? tr("95 % interval %1 – %2, bootstrap over %3")
                  .arg(Units::percent(s.interval->low, 1, QLocale()), Units::percent(s.interval->high, 1, QLocale()),
                       s.intervalMethod)
            : tr("no interval (too few samples)");
        m_scaling->setText(tr("<b>Scaling efficiency:</b> %1 on %2 nodes (%3) — %4")
                               .arg(Units::percent(s.efficiency, 1, QLocale()))
                               .arg(s.nodes)
                               .arg(interval, scalingVerdictName(s.verdict)));
    }
    statusBar()->showMessage(tr("Loaded %1 (phases: %2)").arg(name).arg(result.phases.size()));
    emit fileLoaded(loaded.path);
}

void MainWindow::showError(const Error& error)
{
    log::ui()->warn("cannot open: {}", error.toString().toStdString());
    m_banner->setText(tr("<b>Cannot open the file.</b> %1").arg(error.toString().toHtmlEscaped()));
    m_banner->setStyleSheet(u"QLabel { background: #f8d7da; color: #58151c; border: 1px solid #e0a0a8; }"_s);
    m_banner->setVisible(true);
    statusBar()->showMessage(tr("Could not open the file"));
    emit loadFailed(error);
}

} // namespace inferdeck
