// `inferdeck-cli run --demo | --plan PLAN --cluster CLUSTER [-F SSH_CONFIG] [-o DIR] [--accept-new-host-keys]`
// and `inferdeck-cli recover JOURNAL -o FILE`.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <unistd.h>

#include "cli/cancelsignals.h"
#include "cli/cliprompter.h"
#include "cli/commands.h"
#include "format/units.h"
#include "io/resultfile.h"
#include "io/runfiles.h"
#include "remote/kubernetespods.h"
#include "remote/localtransport.h"
#include "remote/slurmjob.h"
#include "remote/sshtransport.h"
#include "run/democluster.h"
#include "run/kubernetesrun.h"
#include "run/nodeaccess.h"
#include "run/slurmrun.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};
} // namespace

int run(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool demo = false;
    bool acceptNew = false;
    QString planFile, clusterFile, sshConfig, outDir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--demo")
            demo = true;
        else if (a == u"--accept-new-host-keys")
            acceptNew = true;
        else if (a == u"--plan" && hasValue)
            planFile = args[++i];
        else if (a == u"--cluster" && hasValue)
            clusterFile = args[++i];
        else if (a == u"-F" && hasValue)
            sshConfig = args[++i];
        else if (a == u"-o" && hasValue)
            outDir = args[++i];
        else {
            err << Tr::tr("run: unexpected argument %1\n").arg(a);
            return kUsage;
        }
    }
    if (demo == !(planFile.isEmpty() && clusterFile.isEmpty()) || (!demo && (planFile.isEmpty() || clusterFile.isEmpty()))) {
        err << Tr::tr("Usage: inferdeck-cli run --demo [-o DIR]\n"
                      "       inferdeck-cli run --plan PLAN --cluster CLUSTER [-F SSH_CONFIG] [-o DIR] [--accept-new-host-keys]\n");
        return kUsage;
    }
    RunOptions options;
    if (demo) {
        const DemoSetup d = demoSetup();
        options.plan = d.plan;
        options.cluster = d.cluster;
    } else {
        // the files' errors quote their text, which may hold anything: printed escaped
        const auto plan = readPlanFile(planFile);
        if (!plan) {
            err << printable(plan.error().toString()) << '\n';
            return kBadInput;
        }
        const auto cluster = readClusterFile(clusterFile);
        if (!cluster) {
            err << printable(cluster.error().toString()) << '\n';
            return kBadInput;
        }
        if (const Status text = checkClusterText(cluster.value(), clusterFile); !text) {
            err << printable(text.error().toString()) << '\n';
            return kBadInput;
        }
        options.plan = plan.value();
        options.cluster = cluster.value();
        // a key or CA file that cannot be read is bad input, found before anything starts on a node
        for (const ClusterNode& n : options.cluster.nodes) {
            const auto key = readApiKey(n);
            const auto ca = readCaBundle(n);
            if (!key || !ca) {
                err << printable((!key ? key.error() : ca.error()).toString()) << '\n';
                return kBadInput;
            }
        }
    }
    if (outDir.isEmpty())
        outDir = u"inferdeck-run-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    options.outDir = QDir(outDir).absolutePath();

    // every SSH node is resolved before anything starts: a typo fails now, not after an hour of phases
    const auto config = SshConfig::load(sshConfig);
    if (!config) {
        err << printable(config.error().toString()) << '\n';
        return kBadInput;
    }
    std::map<QString, SshHostConfig> hosts;
    for (const ClusterNode& n : options.cluster.nodes) {
        if (n.kind != ClusterNode::Kind::Ssh)
            continue;
        const auto h = config.value().resolve(n.destination);
        if (!h) {
            err << Tr::tr("node %1: %2\n").arg(printable(n.name), printable(h.error().toString()));
            return kBadInput;
        }
        hosts[n.name] = h.value();
    }
    CliPrompter prompter(acceptNew);
    const QString localHomes = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/inferdeck/local-nodes/"_s;
    // a Slurm cluster's nodes are steps of one job, submitted from the submit host
    std::unique_ptr<SlurmJob> job;
    if (options.cluster.scheduler.kind == SchedulerSpec::Kind::Slurm) {
        auto made = makeSlurmJob(options.cluster, config.value(), &prompter);
        if (!made) {
            err << printable(made.error().toString()) << '\n';
            return kBadInput;
        }
        job = std::move(made).value();
    }
    // a Kubernetes cluster's nodes are pods, reached with kubectl exec from the kubectl host
    std::unique_ptr<KubernetesPods> pods;
    if (options.cluster.scheduler.kind == SchedulerSpec::Kind::Kubernetes) {
        auto made = makeKubernetesPods(options.cluster, config.value(), &prompter);
        if (!made) {
            err << printable(made.error().toString()) << '\n';
            return kBadInput;
        }
        pods = std::move(made).value();
    }
    options.transportFor = [&](const ClusterNode& n) -> std::unique_ptr<Transport> {
        if (n.kind == ClusterNode::Kind::Slurm)
            return slurmNodeTransport(options.cluster, n, job.get());
        if (n.kind == ClusterNode::Kind::Kubernetes)
            return kubernetesNodeTransport(options.cluster, n, pods.get());
        if (n.kind == ClusterNode::Kind::Local) {
            QDir().mkpath(localHomes + n.name);
            return std::make_unique<LocalTransport>(n.name, localHomes + n.name);
        }
        return std::make_unique<SshTransport>(hosts.at(n.name), &prompter);
    };

    RunController controller(options);
    // Ctrl+C, `kill` and a closed terminal (SIGHUP) all cancel: the nodes stop, what was measured is
    // saved and reported. Declared after the controller, so it is gone before the controller is.
    const CancelSignals cancelOnSignal([&controller](int) { controller.cancel(); });
    const bool tty = ::isatty(STDERR_FILENO);
    QObject::connect(&controller, &RunController::stageChanged, [&](RunController::Stage stage, const QString& detail) {
        using S = RunController::Stage;
        if (stage == S::Stopping || stage == S::Done || stage == S::Failed || stage == S::Cancelled)
            return; // the outcome is printed once, at the end
        if (tty)
            err << "\r\033[K";
        if (!detail.isEmpty())
            err << detail << '\n';
        err.flush();
    });
    QObject::connect(&controller, &RunController::logLine, [&](const QString& node, const QString& line) {
        if (tty)
            err << "\r\033[K";
        err << (node.isEmpty() ? QString() : node + u": "_s) << line << '\n';
        err.flush();
    });
    QObject::connect(&controller, &RunController::progress, [&](int phase, int phases, qint64 done, qint64 expected, double eta) {
        // below a second the estimate is noise: the phase is draining its last requests
        const QString left = std::isnan(eta) ? Tr::tr("starting")
            : eta < 1.0                      ? Tr::tr("finishing")
                                             : Tr::tr("about %1 left").arg(Units::duration(std::round(eta)));
        const QString line = expected > 0 ? Tr::tr("phase %1/%2: %3 of %4 requests, %5")
                                                .arg(phase + 1)
                                                .arg(phases)
                                                .arg(done)
                                                .arg(expected)
                                                .arg(left)
                                          : Tr::tr("phase %1/%2: %3 requests done, %4")
                                                .arg(phase + 1)
                                                .arg(phases)
                                                .arg(done)
                                                .arg(left);
        // a terminal gets one line that updates; a log file gets a line per heartbeat
        if (tty)
            err << "\r\033[K" << line;
        else
            err << line << '\n';
        err.flush();
    });
    if (job) {
        QObject::connect(job.get(), &SlurmJob::queueStateChanged, [&](const QString& id, const QString& state, const QString& reason) {
            if (tty)
                err << "\r\033[K";
            err << Tr::tr("Slurm job %1: %2 (%3), waiting\n").arg(id, state, reason);
            err.flush();
        });
        QObject::connect(job.get(), &SlurmJob::message, [&](const QString& line) {
            if (tty)
                err << "\r\033[K";
            err << u"slurm: "_s << line << '\n';
            err.flush();
        });
    }
    if (pods) {
        QObject::connect(pods.get(), &KubernetesPods::message, [&](const QString& line) {
            if (tty)
                err << "\r\033[K";
            err << u"kubernetes: "_s << line << '\n';
            err.flush();
        });
    }
    QEventLoop loop;
    RunStatus status = RunStatus::Failed;
    QString message;
    QObject::connect(&controller, &RunController::finished, &loop, [&](RunStatus s, const QString& m) {
        status = s;
        message = m;
        loop.quit();
    });
    QMetaObject::invokeMethod(&controller, &RunController::start, Qt::QueuedConnection);
    loop.exec();
    if (tty)
        err << "\r\033[K";
    if (job) {
        // the job goes when the run does (cancelled or not): scancel and wait until its steps are gone
        QEventLoop released;
        QObject::connect(job.get(), &SlurmJob::released, &released, &QEventLoop::quit);
        QTimer::singleShot(30000, &released, &QEventLoop::quit);
        job->release();
        if (job->state() != SlurmJob::State::Released)
            released.exec();
        if (job->allocationSeconds() >= 0)
            err << Tr::tr("slurm: allocation took %1 s; %2\n").arg(job->allocationSeconds(), 0, 'f', 2).arg(job->stepStartSummary());
        err.flush();
    }
    if (pods) {
        // a stop's kill still on its way into a pod arrives before kubectl's host goes
        QEventLoop released;
        QObject::connect(pods.get(), &KubernetesPods::released, &released, &QEventLoop::quit);
        QTimer::singleShot(15000, &released, &QEventLoop::quit);
        pods->release();
        released.exec();
        if (const QString execs = pods->execStartSummary(); !execs.isEmpty())
            err << Tr::tr("kubernetes: %1\n").arg(execs);
        err.flush();
    }
    // a result file left in DIR by an earlier run is not this run's: only a saved one is reported
    if (controller.resultSaved()) {
        out << Tr::tr("result: %1\njournal: %2\n").arg(controller.resultPath(), controller.journalPath());
        if (demo)
            out << Tr::tr("simulator ground truth: %1\n").arg(QDir(options.outDir).filePath(u"ground-truth"_s));
        out.flush();
        addToLibrary(controller.resultPath());
        // the report is built from the file as saved, so it shows exactly what a later `report` would
        const auto saved = ResultFile::read(controller.resultPath());
        int rc = kOk;
        if (!saved) {
            err << printable(saved.error().toString()) << '\n';
            rc = kRunFailed;
        } else {
            rc = writeReports(saved.value(), QFileInfo(controller.resultPath()).fileName(), options.outDir, u"all"_s, QString(), u"a4"_s);
        }
        if (rc != kOk && status == RunStatus::Complete)
            return rc;
    }
    if (status == RunStatus::Complete && controller.resultSaved())
        return kOk;
    // the controller's message, escaped there; for a complete run it says why its result was not saved
    err << message << '\n';
    if (status == RunStatus::Cancelled)
        return kCancelled;
    if (controller.refusedInput())
        return kBadInput;
    return controller.failedToConnect() ? kConnection : kRunFailed;
}

int recover(const QStringList& args)
{
    QTextStream err(stderr);
    QString journal, outFile;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"-o" && i + 1 < args.size())
            outFile = args[++i];
        else if (journal.isEmpty() && !args[i].startsWith(u'-'))
            journal = args[i];
        else {
            err << Tr::tr("Usage: inferdeck-cli recover JOURNAL -o FILE\n");
            return kUsage;
        }
    }
    if (journal.isEmpty() || outFile.isEmpty()) {
        err << Tr::tr("Usage: inferdeck-cli recover JOURNAL -o FILE\n");
        return kUsage;
    }
    QStringList warnings;
    const auto result = RunJournal::recover(journal, &warnings);
    // a journal's warnings and errors quote its text: printed escaped
    for (const QString& w : warnings)
        err << printable(w) << '\n';
    if (!result) {
        err << printable(result.error().toString()) << '\n';
        return kBadInput;
    }
    // the journal was read: failing to write the result is this command failing (1), not bad input (3)
    if (const Status s = ResultFile::write(result.value(), outFile); !s) {
        err << printable(s.error().toString()) << '\n';
        return kRunFailed;
    }
    addToLibrary(outFile);
    qint64 requests = 0;
    for (const Phase& p : result.value().phases)
        requests += static_cast<qint64>(p.requests.size());
    QTextStream(stdout) << Tr::tr("recovered %1 phases, %2 requests into %3\n").arg(result.value().phases.size()).arg(requests).arg(outFile);
    return kOk;
}

} // namespace inferdeck::cli
