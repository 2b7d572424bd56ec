#pragma once
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace inferdeck::testing {

/// A real Slurm cluster of two nodes (gpu1, gpu2) on this machine, loopback only: its own munged (key and
/// socket in a temporary directory, never the system's), slurmctld and two slurmd, all on free ports.
/// Needs root (slurmd does); stops every daemon, job and step it started, also when the test crashes.
class SlurmFixture {
public:
    SlurmFixture() = default;
    SlurmFixture(const SlurmFixture&) = delete;
    SlurmFixture& operator=(const SlurmFixture&) = delete;
    ~SlurmFixture();

    /// A free loopback port below Linux's ephemeral range (32768-60999), so no test asking the kernel for any
    /// free port (bind to port 0) can be handed it in the seconds before a Slurm step binds it.
    static int unusedPort();
    /// Why this machine cannot run the cluster (not root, packages missing), or empty.
    static QString cannotRun();
    /// Starts munged, slurmctld and both slurmd and waits (bounded) until both nodes are idle. Sets
    /// SLURM_CONF in this process's environment, so srun, sbatch and inferdeck-cli started from here
    /// reach this cluster. False with the reason (and the daemons' logs) when it fails.
    bool start(QString& error);
    /// Cancels every job, stops the daemons and kills whatever is left of them (bounded, ~15 s at most).
    void stop();

    QString confPath() const { return m_dir.filePath(QStringLiteral("slurm.conf")); }
    QString dir() const { return m_dir.path(); }
    /// Runs a Slurm client command (squeue, sbatch, scancel, ...) against this cluster.
    QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr, int timeoutMs = 20000) const;
    /// Jobs still known to slurmctld in a state other than finished ("12 RUNNING" per line), for the
    /// "nothing left behind" checks.
    QStringList liveJobs() const;
    /// Processes whose environment names this cluster's configuration (steps, their tasks) other than the
    /// daemons and this test itself: what a run must not leave behind.
    QList<qint64> strayProcesses() const;
    /// The logs of slurmctld and the slurmds, for a failure message.
    QByteArray logs() const;

private:
    bool startDaemon(QProcess& p, const QString& program, const QStringList& args, QString& error);
    bool waitIdle(QString& error);
    QList<qint64> processesOfCluster() const;
    void killRemaining();

    QTemporaryDir m_dir;
    QProcess m_munged;
    QProcess m_slurmctld;
    QProcess m_slurmd[2];
    QByteArray m_oldConf;
    bool m_hadConf = false;
    bool m_started = false;
};

} // namespace inferdeck::testing
