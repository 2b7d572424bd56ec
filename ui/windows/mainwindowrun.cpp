// The run side of the main window: starting the demo or a plan on a cluster, following it, cancelling,
// and recovering runs the app did not live to finish.
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "dialogs/clustereditor.h"
#include "dialogs/hostkeydialog.h"
#include "io/resultfile.h"
#include "io/runfiles.h"
#include "log/log.h"
#include "remote/kubernetespods.h"
#include "remote/localtransport.h"
#include "remote/slurmjob.h"
#include "remote/sshconfig.h"
#include "remote/sshtransport.h"
#include "run/democluster.h"
#include "run/kubernetesrun.h"
#include "run/runjournal.h"
#include "run/slurmrun.h"
#include "views/dashboardview.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
// how long a quit waits for a run's Slurm job or pods to be let go after the run itself stopped
constexpr int kReleaseWaitMs = 20000;
} // namespace

void MainWindow::runDemo(std::optional<RunPlan> plan)
{
    const DemoSetup demo = demoSetup();
    startRun(plan.value_or(demo.plan), demo.cluster);
}

void MainWindow::runPlanOnCluster()
{
    const QString planFile = QFileDialog::getOpenFileName(this, tr("Plan file"), QString(), tr("Plans (*.json)"));
    if (planFile.isEmpty())
        return;
    const auto plan = readPlanFile(planFile);
    if (!plan) {
        showError(tr("Cannot use this plan"), plan.error());
        return;
    }
    // the current cluster (Cluster › Edit cluster); the demo's simulated nodes take any plan too
    startRun(plan.value(), m_clusterIsDemo ? demoSetup().cluster : m_cluster);
}

void MainWindow::editCluster()
{
    ClusterEditor editor(m_clusterIsDemo ? demoSetup().cluster : m_cluster,
                         [this](const ClusterNode& n, QString* error) { return transportFor(n, error); }, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_cluster = editor.cluster();
    m_clusterIsDemo = false;
    showCluster(m_cluster);
}

std::unique_ptr<Transport> MainWindow::transportFor(const ClusterNode& n, QString* error) const
{
    if (n.kind == ClusterNode::Kind::Slurm) {
        // a Slurm node exists only inside a run's job allocation
        if (!m_slurmJob) {
            *error = tr("node %1 runs as a step of the run's Slurm job; it is reached once a run starts").arg(n.name);
            return nullptr;
        }
        return slurmNodeTransport(m_runCluster, n, m_slurmJob.get());
    }
    if (n.kind == ClusterNode::Kind::Kubernetes) {
        // a pod is found only when a run starts (by its selector or name)
        if (!m_kubePods) {
            *error = tr("node %1 runs in one of the cluster's Kubernetes pods; it is reached once a run starts").arg(n.name);
            return nullptr;
        }
        return kubernetesNodeTransport(m_runCluster, n, m_kubePods.get());
    }
    if (n.kind == ClusterNode::Kind::Local) {
        const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/inferdeck/local-nodes/"_s + n.name;
        QDir().mkpath(home);
        return std::make_unique<LocalTransport>(n.name, home);
    }
    const auto config = SshConfig::load(QString());
    if (!config) {
        *error = config.error().toString();
        return nullptr;
    }
    const auto host = config.value().resolve(n.destination);
    if (!host) {
        *error = host.error().toString();
        return nullptr;
    }
    return std::make_unique<SshTransport>(host.value(), m_prompter.get());
}

void MainWindow::startRun(const RunPlan& plan, const Cluster& cluster)
{
    if (m_run) {
        statusBar()->showMessage(tr("A run is already in progress"), 5000);
        return;
    }
    if (cluster.scheduler.kind != SchedulerSpec::Kind::None) {
        const auto config = SshConfig::load(QString());
        if (!config) {
            showError(tr("Cannot read the ssh configuration"), config.error());
            return;
        }
        if (cluster.scheduler.kind == SchedulerSpec::Kind::Slurm) {
            auto job = makeSlurmJob(cluster, config.value(), m_prompter.get());
            if (!job) {
                showError(tr("Cannot use this Slurm cluster"), job.error());
                return;
            }
            m_slurmJob = std::move(job).value();
        } else {
            auto pods = makeKubernetesPods(cluster, config.value(), m_prompter.get());
            if (!pods) {
                showError(tr("Cannot use this Kubernetes cluster"), pods.error());
                return;
            }
            m_kubePods = std::move(pods).value();
        }
        m_runCluster = cluster;
    }
    // every node's transport is made before anything starts, as the CLI does: a typo fails now
    for (const ClusterNode& n : cluster.nodes) {
        QString error;
        if (!transportFor(n, &error)) {
            showError(tr("Node %1").arg(n.name), Error{ error, QString() });
            return;
        }
    }
    RunOptions options;
    options.plan = plan;
    options.cluster = cluster;
    options.outDir = runsDirectory() + u'/' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    options.transportFor = [this](const ClusterNode& n) {
        QString error;
        return transportFor(n, &error);
    };
    showCluster(cluster);
    followScheduler(cluster);
    m_run = std::make_unique<RunController>(options);
    RunController* run = m_run.get();
    connect(run, &RunController::stageChanged, this, [this](RunController::Stage, const QString& detail) {
        if (!detail.isEmpty())
            m_connection->setText(detail);
    });
    connect(run, &RunController::logLine, this, [this](const QString& node, const QString& line) {
        log::run()->info("{}{}", node.isEmpty() ? std::string() : node.toStdString() + ": ", line.toStdString());
        if (!node.isEmpty())
            setNodeStatus(node, line.left(60));
    });
    connect(run, &RunController::finished, this, [this](RunStatus status, const QString& message) {
        const QString path = m_run ? m_run->resultPath() : QString();
        m_cancel->setEnabled(false);
        m_connection->setText(status == RunStatus::Complete ? tr("Run complete") : message);
        log::run()->info("run ended: {} {}", runStatusName(status).toStdString(), message.toStdString());
        // the controller emitted from inside itself: let it return before it goes
        QMetaObject::invokeMethod(this, [this, status, message, path] {
            m_dashboard->attach(nullptr);
            m_run.reset();
            // the job and pods are let go with the run: their last state ("RUNNING on gpu1") would be stale
            for (const QString& node : m_nodeScheduler.keys())
                setNodeScheduler(node, QString());
            // the job goes with the run: cancelled (its steps with it), then dropped once Slurm confirms
            if (SlurmJob* job = m_slurmJob.release()) {
                ++m_releasing;
                connect(job, &SlurmJob::released, job, &QObject::deleteLater);
                connect(job, &SlurmJob::released, this, &MainWindow::releaseFinished);
                job->release();
            }
            // the pods stay (they are not InferDeck's); a stop's kill on its way into one still arrives
            if (KubernetesPods* pods = m_kubePods.release()) {
                ++m_releasing;
                connect(pods, &KubernetesPods::released, pods, &QObject::deleteLater);
                connect(pods, &KubernetesPods::released, this, &MainWindow::releaseFinished);
                pods->release();
            }
            if (m_quitWhenStopped) {
                emit runFinished(status, message);
                // a job or pod set that never answers does not keep the window open forever
                QTimer::singleShot(kReleaseWaitMs, this, [this] { m_releasing = 0; close(); });
                if (m_releasing == 0)
                    close();
                return;
            }
            if (QFile::exists(path))
                openFile(path);
            emit runFinished(status, message);
        }, Qt::QueuedConnection);
    });
    m_dashboard->attach(run);
    m_tabs->setCurrentWidget(m_dashboard);
    m_cancel->setEnabled(true);
    m_connection->setText(tr("Connecting"));
    log::run()->info("run {} on {} ({} nodes) into {}", plan.name.toStdString(), cluster.name.toStdString(), cluster.nodes.size(),
                     options.outDir.toStdString());
    run->start();
}

void MainWindow::followScheduler(const Cluster& cluster)
{
    const auto nodeName = [cluster](int index) { return cluster.nodes.value(index).name; };
    if (m_slurmJob) {
        connect(m_slurmJob.get(), &SlurmJob::queueStateChanged, this, [this, cluster](const QString& id, const QString& state, const QString& reason) {
            //: %1 a Slurm job id, %2 its queue state (PENDING), %3 Slurm's reason (Resources, Priority)
            m_connection->setText(tr("Slurm job %1: %2 (%3), waiting").arg(id, state, reason));
            for (const ClusterNode& n : cluster.nodes)
                setNodeScheduler(n.name, tr("Slurm job %1: %2 (%3)").arg(id, state, reason));
        });
        connect(m_slurmJob.get(), &SlurmJob::allocated, this, [this, nodeName](const QStringList& nodes) {
            for (int i = 0; i < nodes.size(); ++i)
                //: %1 a Slurm job id, %2 the Slurm node a cluster node runs on
                setNodeScheduler(nodeName(i), tr("Slurm job %1: RUNNING on %2").arg(m_slurmJob->jobId(), nodes[i]));
        });
        connect(m_slurmJob.get(), &SlurmJob::ended, this, [this, cluster](const QString& message) {
            for (const ClusterNode& n : cluster.nodes)
                setNodeScheduler(n.name, message);
        });
        connect(m_slurmJob.get(), &SlurmJob::message, this, [](const QString& line) { log::run()->info("slurm: {}", line.toStdString()); });
    }
    if (m_kubePods) {
        connect(m_kubePods.get(), &KubernetesPods::podChanged, this, [this, nodeName](int index, const PodStatus& pod) {
            //: %1 a pod, %2 its phase (Running), %3 ready or not ready, %4 its container's restart count
            setNodeScheduler(nodeName(index), tr("pod %1: %2, %3, restarts %4")
                                                  .arg(pod.name, pod.phase, pod.ready ? tr("ready") : tr("not ready"))
                                                  .arg(pod.restarts));
        });
        connect(m_kubePods.get(), &KubernetesPods::podEnded, this, [this, nodeName](int index, const QString& message) {
            setNodeScheduler(nodeName(index), message);
        });
        connect(m_kubePods.get(), &KubernetesPods::message, this, [](const QString& line) { log::run()->info("kubernetes: {}", line.toStdString()); });
    }
}

void MainWindow::releaseFinished()
{
    m_releasing = std::max(0, m_releasing - 1);
    if (m_quitWhenStopped && m_releasing == 0)
        close();
}

void MainWindow::cancelRun(bool confirm)
{
    if (!m_run)
        return;
    if (confirm
        && QMessageBox::question(this, tr("Cancel the run?"),
                                 tr("The nodes stop issuing requests; what was measured so far is saved and marked cancelled.")) != QMessageBox::Yes)
        return;
    m_connection->setText(tr("Cancelling"));
    m_run->cancel();
}

void MainWindow::offerRecovery()
{
    // a run directory with a journal but no result: the app died before it could write one
    QStringList journals;
    for (const QString& dir : runsDirectories()) {
        QDirIterator it(dir, { u"journal.jsonl"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString j = it.next();
            if (!QFile::exists(QFileInfo(j).absolutePath() + u"/result.inferdeck.json"_s))
                journals << j;
        }
    }
    if (journals.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Recover interrupted runs?"),
                              tr("%1 run(s) ended without a result, probably because InferDeck was closed or crashed mid-run. "
                                 "Rebuild their results from the journals?")
                                  .arg(journals.size()))
        != QMessageBox::Yes)
        return;
    for (const QString& j : journals) {
        const QString out = QFileInfo(j).absolutePath() + u"/result.inferdeck.json"_s;
        QStringList warnings;
        const auto r = RunJournal::recover(j, &warnings);
        if (!r || !ResultFile::write(r.value(), out)) {
            showError(tr("Cannot recover %1").arg(j), r ? Error{ tr("cannot write the result"), out } : r.error());
            continue;
        }
        log::run()->info("recovered {} into {}", j.toStdString(), out.toStdString());
        openFile(out);
    }
}

} // namespace inferdeck
