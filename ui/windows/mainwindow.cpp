#include "remote/kubernetespods.h"
#include "remote/slurmjob.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "dialogs/clustereditor.h"
#include "dialogs/exportdialog.h"
#include "dialogs/hostkeydialog.h"
#include "dialogs/planeditor.h"
#include "dialogs/settingsdialog.h"
#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "log/log.h"
#include "remote/sshsession.h"
#include "report/reportexport.h"
#include "run/democluster.h"
#include "views/compareview.h"
#include "views/dashboardview.h"
#include "views/libraryview.h"
#include "views/resultview.h"
#include "models/summarytablemodel.h"
#include "widgets/logpanel.h"
#include "widgets/theme.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
constexpr int kMaxRecent = 10;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardView(this))
    , m_compare(new CompareView(this))
    , m_library(new LibraryView(this))
    , m_result(new ResultView(this))
    , m_log(new LogPanel(this))
    , m_nodes(new QListWidget(this))
    , m_clusterName(new QLabel(this))
    , m_connection(new QLabel(tr("Idle"), this))
    , m_rubric(defaultRubric())
    , m_prompter(std::make_unique<GuiPrompter>(this))
{
    setWindowTitle(tr("InferDeck"));
    resize(1440, 900);
    setAcceptDrops(true);

    m_tabs->addTab(m_result, tr("Result"));
    m_tabs->addTab(m_dashboard, tr("Live run"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_library, tr("Library"));
    setCentralWidget(m_tabs);
    setupLibrary();

    auto* side = new QWidget(this);
    auto* sl = new QVBoxLayout(side);
    m_clusterName->setWordWrap(true);
    QFont bold = m_clusterName->font();
    bold.setBold(true);
    m_clusterName->setFont(bold);
    sl->addWidget(m_clusterName);
    // statuses such as "clock offset 0.01 ms (round trip 0.12 ms)" wrap in the narrow dock instead of scrolling
    m_nodes->setWordWrap(true);
    m_nodes->setResizeMode(QListView::Adjust);
    m_nodes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sl->addWidget(m_nodes, 1);
    // the cluster the next run goes to, not where the open result came from
    auto* clusterDock = new QDockWidget(tr("Cluster for runs"), this);
    clusterDock->setObjectName(u"cluster"_s);
    clusterDock->setWidget(side);
    clusterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, clusterDock);

    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(u"log"_s);
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    resizeDocks({ logDock }, { 160 }, Qt::Vertical);
    resizeDocks({ clusterDock }, { 230 }, Qt::Horizontal);

    // a new user can run something at once: the demo cluster is there from the first start
    Cluster demo;
    demo.name = tr("Demo cluster (simulated)");
    for (const QString& n : { u"sim-a"_s, u"sim-b"_s }) {
        ClusterNode node;
        node.name = n;
        node.kind = ClusterNode::Kind::Local;
        demo.nodes.append(node);
    }
    m_cluster = demo;
    showCluster(demo);

    createMenus();
    applySettings();
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->showMessage(tr("Ready"));
    connect(&m_loader, &QFutureWatcher<Result<LoadedResult>>::finished, this, &MainWindow::onLoadFinished);
    connect(&m_exporter, &QFutureWatcher<Result<QStringList>>::finished, this, [this] {
        const Result<QStringList> r = m_exporter.result();
        if (!r) {
            showError(tr("Cannot export the report"), r.error());
            emit exportFailed(r.error());
            return;
        }
        statusBar()->showMessage(tr("Report written: %1").arg(r.value().join(u", "_s)), 10000);
        log::report()->info("report written: {}", r.value().join(u", "_s).toStdString());
        emit reportExported(r.value());
    });
}

MainWindow::~MainWindow()
{
    if (m_run)
        m_run->cancel();
    m_loader.waitForFinished();
    m_exporter.waitForFinished();
}

SummaryTableModel* MainWindow::summaryModel() const
{
    return m_result->summaryModel();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Compare results…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] { compareFiles(); });
    file->addAction(tr("Results &library"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { m_tabs->setCurrentWidget(m_library); });
    file->addAction(tr("&Add a folder to the library…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of results to the library"));
        if (!dir.isEmpty()) {
            m_library->addPaths({ dir });
            m_tabs->setCurrentWidget(m_library);
        }
    });
    rebuildRecentMenu();
    m_save = file->addAction(tr("&Save result as…"), QKeySequence::Save, this, &MainWindow::saveResultAs);
    m_export = file->addAction(tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { exportReport(); });
    m_save->setEnabled(false);
    m_export->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.save();
        applySettings();
        if (m_loaded)
            openFile(m_loaded->path); // regrade with the rubric now chosen
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
    cluster->addAction(tr("&Edit cluster…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::editCluster);
    cluster->addAction(tr("Use the &demo cluster"), this, [this] {
        m_cluster = demoSetup().cluster;
        m_clusterIsDemo = true;
        showCluster(m_cluster);
    });

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(tr("Run &demo cluster"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] { runDemo(); });
    run->addAction(tr("Run &plan file on the cluster…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, &MainWindow::runPlanOnCluster);
    run->addAction(tr("&Edit a plan and run it…"), QKeySequence(Qt::CTRL | Qt::Key_N), this, [this] {
        RunPlan start = demoSetup().plan;
        start.slo = SettingsDialog::defaultSlo();
        PlanEditor editor(start, this);
        if (editor.exec() == QDialog::Accepted)
            startRun(editor.plan(), m_clusterIsDemo ? demoSetup().cluster : m_cluster);
    });
    m_cancel = run->addAction(tr("&Cancel run"), this, [this] { cancelRun(true); });
    m_cancel->setShortcuts({ QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period) });
    m_cancel->setEnabled(false);
    run->addSeparator();
    run->addAction(tr("&Recover interrupted runs…"), this, &MainWindow::offerRecovery);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("InferDeck &help"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&About InferDeck"), this, &MainWindow::showAbout);
}

void MainWindow::applySettings()
{
    applyTheme(SettingsDialog::theme());
    m_result->summaryModel()->setLatencyInSeconds(SettingsDialog::latencyInSeconds());
    m_rubric = defaultRubric();
    const QString rubricFile = SettingsDialog::rubricFile();
    if (!rubricFile.isEmpty()) {
        if (auto r = readRubricFile(rubricFile))
            m_rubric = r.value();
        else
            showError(tr("The rubric in the settings cannot be used; grading with the built-in one"), r.error());
    }
}

void MainWindow::showHelp()
{
    QMessageBox::information(this, tr("InferDeck help"),
                             tr("<h3>Keyboard</h3><table>"
                                "<tr><td>Ctrl+O</td><td>open a result file (or drop it on the window)</td></tr>"
                                "<tr><td>Ctrl+S</td><td>save the open result under another name</td></tr>"
                                "<tr><td>Ctrl+E</td><td>export the report as Markdown, HTML and PDF</td></tr>"
                                "<tr><td>Ctrl+R</td><td>run the demo cluster</td></tr>"
                                "<tr><td>Ctrl+Shift+R</td><td>run a plan file on a cluster file</td></tr>"
                                "<tr><td>Esc, Ctrl+.</td><td>cancel the run (after asking)</td></tr></table>"
                                "<p>Every number is computed from the per-request records in the result file; "
                                "<tt>inferdeck-cli records FILE</tt> prints them.</p>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InferDeck"),
                       tr("<b>InferDeck %1</b><p>LLM inference benchmarking on GPU clusters, graded honestly: every "
                          "number is computed from the raw records in the result file.</p>"
                          "<p>Qt %2 · libssh %3</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), libsshVersion()));
}

void MainWindow::showCluster(const Cluster& cluster)
{
    // the demo cluster's name is data in result files (English); on screen it is in the interface language
    const bool demo = cluster.name == demoSetup().cluster.name;
    m_clusterName->setText(demo ? tr("Demo cluster (simulated)") : cluster.name.isEmpty() ? tr("Cluster") : cluster.name);
    m_nodes->clear();
    m_nodeStatus.clear();
    m_nodeScheduler.clear();
    for (const ClusterNode& n : cluster.nodes) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(n.name, n.kind == ClusterNode::Kind::Local        ? tr("local")
                                                                  : n.kind == ClusterNode::Kind::Slurm      ? tr("Slurm")
                                                                  : n.kind == ClusterNode::Kind::Kubernetes ? tr("Kubernetes pod")
                                                                                                            : n.destination), m_nodes);
        item->setData(Qt::UserRole, n.name);
        item->setToolTip(n.endpoint);
    }
}

void MainWindow::setNodeStatus(const QString& node, const QString& status)
{
    m_nodeStatus[node] = status;
    const QString scheduler = m_nodeScheduler.value(node);
    for (int i = 0; i < m_nodes->count(); ++i) {
        QListWidgetItem* item = m_nodes->item(i);
        if (item->data(Qt::UserRole).toString() == node) {
            //: a node in the run's node list: its name, its last log line, and below it its scheduler's state
            item->setText(scheduler.isEmpty() ? tr("%1 — %2").arg(node, status) : tr("%1 — %2\n%3").arg(node, status, scheduler));
            item->setToolTip(scheduler.isEmpty() ? status : tr("%1\n%2").arg(status, scheduler));
        }
    }
}

void MainWindow::setNodeScheduler(const QString& node, const QString& state)
{
    m_nodeScheduler[node] = state;
    setNodeStatus(node, m_nodeStatus.value(node));
}

void MainWindow::showOpenDialog()
{
    // several files of one run combine (llmperf's summary and responses, LoadGen's summary and detail log)
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open result files"), QString(),
                                                            tr("Result files (*.json *.jsonl *.csv *.txt);;InferDeck results (*.inferdeck.json);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::compareFiles(const QStringList& paths)
{
    QStringList files = paths;
    if (files.isEmpty()) {
        // exactly the files chosen, nothing added behind the user's back; the Compare tab names the
        // baseline and lets them pick another
        files = QFileDialog::getOpenFileNames(this, tr("Results to compare (the earliest is the baseline; the Compare tab changes it)"), QString(),
                                              tr("Result files (*.json *.jsonl *.csv *.txt);;InferDeck results (*.inferdeck.json);;All files (*)"));
    }
    if (files.size() < 2) {
        if (!files.isEmpty())
            statusBar()->showMessage(tr("Choose at least two results to compare"), 5000);
        return;
    }
    m_compare->setFiles(files, paths.isEmpty() ? CompareView::FirstBaseline::Earliest : CompareView::FirstBaseline::FirstGiven);
    m_tabs->setCurrentWidget(m_compare);
}

void MainWindow::openFile(const QString& path)
{
    openFiles({ path });
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_loader.isRunning())
        m_loader.waitForFinished();
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(paths.first()).fileName()));
    log::ui()->info("opening {}", paths.join(u", "_s).toStdString());
    // reading, summarizing and grading a large file takes a while: never on the GUI thread
    const Rubric rubric = m_rubric;
    m_loader.setFuture(QtConcurrent::run([paths, rubric] { return loadResult(paths, rubric); }));
}

void MainWindow::onLoadFinished()
{
    Result<LoadedResult> r = m_loader.result();
    if (!r) {
        showError(tr("Cannot open the file"), r.error());
        statusBar()->showMessage(tr("Could not open the file"));
        emit loadFailed(r.error());
        return;
    }
    m_loaded = std::make_unique<LoadedResult>(std::move(r).value());
    m_result->show(*m_loaded);
    m_tabs->setCurrentWidget(m_result);
    const QString name = QFileInfo(m_loaded->path).fileName();
    setWindowTitle(tr("%1 — InferDeck").arg(name));
    m_save->setEnabled(true);
    m_export->setEnabled(true);
    addRecent(m_loaded->path);
    m_library->addPaths({ m_loaded->path }); // every file opened lands in the library, as every run does
    statusBar()->showMessage(tr("Loaded %1 (phases: %2)").arg(name).arg(m_loaded->result->phases.size()));
    emit fileLoaded(m_loaded->path);
}

void MainWindow::showError(const QString& title, const Error& error)
{
    log::ui()->warn("{}: {}", title.toStdString(), error.toString().toStdString());
    // not modal-blocking for tests or scripts driving the window: the box is shown and returns
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.toString(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"errorBox"_s);
    box->open();
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(u"files/recent"_s).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(u"files/recent"_s, recent.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList recent = QSettings().value(u"files/recent"_s).toStringList();
    for (const QString& path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::saveResultAs()
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save result as"), m_loaded->path, tr("InferDeck results (*.inferdeck.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = ResultFile::write(*m_loaded->result, path); !s)
        showError(tr("Cannot save the result"), s.error());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportReport(const QString& dir, const QString& formats)
{
    if (!m_loaded || m_exporter.isRunning())
        return;
    QString target = dir;
    QString which = formats;
    if (target.isEmpty() || which.isEmpty()) {
        ExportDialog ask(target.isEmpty() ? QFileInfo(m_loaded->path).absolutePath() : target, this);
        if (ask.exec() != QDialog::Accepted)
            return;
        target = ask.folder();
        which = ask.formats();
    }
    const auto parsed = parseReportFormats(which);
    if (!parsed) {
        showError(tr("Cannot export the report"), parsed.error());
        return;
    }
    statusBar()->showMessage(tr("Writing the report…"));
    const Report report = m_loaded->report;
    const ReportFormats f = parsed.value();
    m_exporter.setFuture(QtConcurrent::run([report, target, f] { return inferdeck::exportReport(report, target, f); }));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_run) {
        const auto answer = QMessageBox::question(this, tr("A run is in progress"),
                                                  tr("Quitting cancels the run: the nodes stop, what was measured is saved and marked cancelled. Quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // the window stays until the run has stopped its nodes and saved, and its Slurm job or pods are let go:
        // quitting at once left the job holding the nodes and the servers running, and saved nothing
        m_quitWhenStopped = true;
        cancelRun(false);
        statusBar()->showMessage(tr("Stopping the run before quitting…"));
        event->ignore();
        return;
    }
    if (m_releasing > 0 && m_quitWhenStopped) {
        event->ignore(); // closes when the job or pods are let go (releaseFinished)
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    openFiles(paths);
}

void MainWindow::setupLibrary()
{
    // the runs folder is a library folder from the first start: every GUI run (and a CLI run kept there) is
    // found by the scan and the watch, even one the app did not live to open
    m_library->setDatabase(LibraryIndex::defaultPath());
    QDir().mkpath(runsDirectory());
    m_library->addPaths({ runsDirectory() });
    m_library->refresh(); // after the scan: files moved, changed or deleted while the app was closed are noticed
    connect(m_library, &LibraryView::openRequested, this, [this](const QStringList& paths) { openFile(paths.value(0)); });
    connect(m_library, &LibraryView::compareRequested, this, [this](const QStringList& paths) { compareFiles(paths); });
}

QString MainWindow::runsDirectory()
{
    // Not AppDataLocation: with an organization name set it is ~/.local/share/InferDeck/InferDeck.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/InferDeck/runs"_s;
}

QStringList MainWindow::runsDirectories()
{
    QStringList dirs{ runsDirectory() };
    // where releases before 2026-12 kept runs: still searched for journals to recover
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/runs"_s;
    if (legacy != dirs.first() && QFileInfo(legacy).isDir())
        dirs << legacy;
    return dirs;
}

} // namespace inferdeck
