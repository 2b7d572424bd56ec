#pragma once
#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>

#include <memory>

#include "grading/rubric.h"
#include "run/runcontroller.h"
#include "util/result.h"
#include "views/loadedresult.h"

class QLabel;
class QListWidget;
class QMenu;
class QTabWidget;

namespace inferdeck {
class Transport;
}

namespace inferdeck {

class CompareView;
class DashboardView;
class GuiPrompter;
class LibraryView;
class SlurmJob;
class KubernetesPods;
class LogPanel;
class ResultView;
class SummaryTableModel;

/// The application window: the cluster and its nodes on the left, the live dashboard and the open
/// result in the middle, the log below. Files load and reports export off the GUI thread; runs talk to
/// nodes on their transports' threads, so the window never waits on the network.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// Where the GUI saves runs: ~/.local/share/InferDeck/runs (XDG_DATA_HOME).
    static QString runsDirectory();
    /// runsDirectory() and any older location that still holds runs, for recovery.
    static QStringList runsDirectories();
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SummaryTableModel* summaryModel() const;
    ResultView* resultView() const { return m_result; }
    DashboardView* dashboard() const { return m_dashboard; }
    CompareView* compareView() const { return m_compare; }
    LibraryView* libraryView() const { return m_library; }
    QTabWidget* centralTabs() const { return m_tabs; }
    const LoadedResult* loaded() const { return m_loaded.get(); }
    bool isRunning() const { return m_run != nullptr; }

public slots:
    void openFile(const QString& path);
    /// Several files of one run (e.g. llmperf's summary and individual responses) open as one result.
    void openFiles(const QStringList& paths);
    void showOpenDialog();
    /// Opens the compare view on `paths`, the first the baseline; asks for files when empty, and then the
    /// earliest-measured one is the baseline (a file dialog's order is not the user's).
    void compareFiles(const QStringList& paths = {});
    /// Runs the built-in demo cluster with `plan` (the demo's own plan when empty).
    void runDemo(std::optional<RunPlan> plan = std::nullopt);
    void runPlanOnCluster();
    /// Runs `plan` on `cluster` (SSH, local or Slurm nodes), as Run › Run plan on cluster does after its dialog.
    void runPlan(const inferdeck::RunPlan& plan, const inferdeck::Cluster& cluster) { startRun(plan, cluster); }
    /// Opens the cluster editor on the current cluster; the result becomes the current cluster.
    void editCluster();
    const Cluster& currentCluster() const { return m_cluster; }
    /// Asks first, unless `confirm` is false (tests, and quitting after the user agreed).
    void cancelRun(bool confirm = true);
    void releaseFinished(); // a run's Slurm job or pod set was let go
    /// Writes the report of the open result in `formats` into `dir` (asks for both when empty).
    void exportReport(const QString& dir = QString(), const QString& formats = QString());
    /// Offers to rebuild results of runs that did not end (the app was killed mid-run).
    void offerRecovery();

signals:
    void fileLoaded(const QString& path);
    void loadFailed(const inferdeck::Error& error);
    void runFinished(inferdeck::RunStatus status, const QString& message);
    void reportExported(const QStringList& files);
    void exportFailed(const inferdeck::Error& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /// Opens the results library, with the runs folder in it, and connects its open and compare.
    void setupLibrary();
    /// Theme, time unit and rubric from the settings.
    void applySettings();
    void onLoadFinished();
    void showError(const QString& title, const Error& error);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void startRun(const RunPlan& plan, const Cluster& cluster);
    void showCluster(const Cluster& cluster);
    void setNodeStatus(const QString& node, const QString& status);
    /// The node's scheduler state, shown under its status while a run uses it (Slurm job and queue state,
    /// Kubernetes pod, phase and restarts); empty clears it.
    void setNodeScheduler(const QString& node, const QString& state);
    /// Connects the run's Slurm job or Kubernetes pods to the node list and the status line.
    void followScheduler(const Cluster& cluster);
    void saveResultAs();
    void showHelp();
    void showAbout();
    std::unique_ptr<Transport> transportFor(const ClusterNode& node, QString* error) const;

    QTabWidget* m_tabs;
    DashboardView* m_dashboard;
    CompareView* m_compare;
    LibraryView* m_library;
    ResultView* m_result;
    LogPanel* m_log;
    QListWidget* m_nodes;
    QLabel* m_clusterName;
    QLabel* m_connection;
    QMenu* m_recent = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_export = nullptr;
    QAction* m_save = nullptr;
    Rubric m_rubric;
    Cluster m_cluster;        // what Run plan uses
    bool m_quitWhenStopped = false; // quit was asked mid-run: the window closes once the run, its job and pods are let go
    int m_releasing = 0;            // a Slurm job or pod set still being let go after its run
    bool m_clusterIsDemo = true; // the built-in simulated nodes, whose ports are chosen when a run starts
    std::unique_ptr<GuiPrompter> m_prompter;
    std::unique_ptr<SlurmJob> m_slurmJob; // the run's Slurm job, when its cluster has a Slurm scheduler
    std::unique_ptr<KubernetesPods> m_kubePods; // the run's pods, when its cluster has a Kubernetes scheduler
    Cluster m_runCluster;                  // the cluster of that run: a node's place in the allocation or pods
    QHash<QString, QString> m_nodeStatus;    // by node: the last line of its log
    QHash<QString, QString> m_nodeScheduler; // by node: its scheduler state
    std::unique_ptr<RunController> m_run;
    std::unique_ptr<LoadedResult> m_loaded;
    QFutureWatcher<Result<LoadedResult>> m_loader;
    QFutureWatcher<Result<QStringList>> m_exporter;
};

} // namespace inferdeck
