#include "slurmfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/ports.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

namespace {
const QStringList kDaemons = { u"/usr/sbin/munged"_s, u"/usr/sbin/slurmctld"_s, u"/usr/sbin/slurmd"_s };
const QStringList kClients = { u"srun"_s, u"sbatch"_s, u"squeue"_s, u"scontrol"_s, u"scancel"_s, u"sinfo"_s };

// Runs after the test process is gone, whatever way it went (a crash skips every destructor): kills what
// still carries this cluster's SLURM_CONF (daemons, slurmstepd, tasks) and removes the directory.
const char kReaper[] = R"(while kill -0 "$1" 2>/dev/null; do sleep 1; done
for p in /proc/[0-9]*; do
  if tr '\0' '\n' < "$p/environ" 2>/dev/null | grep -qxF "SLURM_CONF=$2"; then kill -9 "${p#/proc/}" 2>/dev/null; fi
done
rm -rf -- "$3")";

QString findInPath(const QString& name)
{
    for (const QString& dir : qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s).split(u':'))
        if (QFile::exists(dir + u'/' + name))
            return dir + u'/' + name;
    return {};
}
} // namespace

QString SlurmFixture::cannotRun()
{
    if (::geteuid() != 0)
        return u"slurmd runs only as root, and this test runs as uid %1"_s.arg(::geteuid());
    for (const QString& d : kDaemons)
        if (!QFile::exists(d))
            return u"%1 is not installed (packages slurmctld, slurmd, munge; scripts/bootstrap installs them)"_s.arg(d);
    for (const QString& c : kClients)
        if (findInPath(c).isEmpty())
            return u"%1 is not on PATH (package slurm-client)"_s.arg(c);
    return {};
}

int SlurmFixture::unusedPort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(12000));
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(static_cast<uint16_t>(port));
        const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(fd);
        if (free)
            return port;
    }
    return freeLoopbackPort();
}

SlurmFixture::~SlurmFixture() { stop(); }

bool SlurmFixture::startDaemon(QProcess& p, const QString& program, const QStringList& args, QString& error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLURM_CONF"_s, confPath()); // marks every process of this cluster, for stop() and the reaper
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardOutputFile(m_dir.filePath(QFileInfo(program).fileName() + u"-%1.out"_s.arg(quintptr(&p) & 0xffff)));
    p.setWorkingDirectory(m_dir.path());
    // a test that dies takes its daemons along at once; the reaper gets the rest
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p.start(program, args);
    if (!p.waitForStarted(5000)) {
        error = u"%1 did not start: %2"_s.arg(program, p.errorString());
        return false;
    }
    return true;
}

bool SlurmFixture::start(QString& error)
{
    if (const QString why = cannotRun(); !why.isEmpty()) {
        error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        error = u"no temporary directory"_s;
        return false;
    }
    const QString d = m_dir.path();
    ::chmod(QFile::encodeName(d).constData(), 0755); // munged wants its socket's directories searchable
    QProcess reaper;
    reaper.setProgram(u"/bin/sh"_s);
    reaper.setArguments({ u"-c"_s, QString::fromLatin1(kReaper), u"slurm-reaper"_s, QString::number(::getpid()), confPath(), d });
    QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
    clean.remove(u"SLURM_CONF"_s);
    reaper.setProcessEnvironment(clean);
    reaper.setStandardInputFile(QProcess::nullDevice());
    reaper.setStandardOutputFile(QProcess::nullDevice());
    reaper.setStandardErrorFile(QProcess::nullDevice());
    reaper.startDetached();

    QDir(d).mkpath(u"state"_s);
    QDir(d).mkpath(u"spool"_s);
    QFile key(m_dir.filePath(u"munge.key"_s));
    if (!key.open(QIODevice::WriteOnly)) {
        error = u"cannot write the munge key"_s;
        return false;
    }
    QByteArray bytes(1024, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    key.write(bytes);
    key.close();
    key.setPermissions(QFileDevice::ReadOwner);
    const QString socket = m_dir.filePath(u"munge.socket"_s);
    if (!startDaemon(m_munged, kDaemons[0],
                     { u"-F"_s, u"--force"_s, u"--key-file=%1"_s.arg(key.fileName()), u"--socket=%1"_s.arg(socket),
                       u"--log-file=%1/munged.log"_s.arg(d), u"--pid-file=%1/munged.pid"_s.arg(d),
                       u"--seed-file=%1/munged.seed"_s.arg(d) },
                     error))
        return false;
    for (int i = 0; i < 100 && !QFile::exists(socket); ++i) // bounded: 5 s
        QThread::msleep(50);
    if (!QFile::exists(socket)) {
        error = u"munged made no socket: "_s + QString::fromLocal8Bit(logs());
        return false;
    }

    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    const QString host = QString::fromLocal8Bit(name).section(u'.', 0, 0);
    const int ctldPort = unusedPort();
    int nodePorts[2] = { unusedPort(), unusedPort() };
    while (nodePorts[0] == ctldPort)
        nodePorts[0] = unusedPort();
    while (nodePorts[1] == nodePorts[0] || nodePorts[1] == ctldPort)
        nodePorts[1] = unusedPort();
    QFile conf(confPath());
    if (!conf.open(QIODevice::WriteOnly)) {
        error = u"cannot write slurm.conf"_s;
        return false;
    }
    // task/none, proctrack/linuxproc and no accounting: nothing here needs cgroups or a database.
    // MinJobAge keeps a finished job visible to `squeue --states=all` for a while, as a site does.
    conf.write(uR"(ClusterName=inferdeck-test
SlurmctldHost=%1(127.0.0.1)
SlurmctldPort=%2
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=%3
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
StateSaveLocation=%4/state
SlurmdSpoolDir=%4/spool/%n
SlurmctldPidFile=%4/slurmctld.pid
SlurmdPidFile=%4/slurmd-%n.pid
SlurmctldLogFile=%4/slurmctld.log
SlurmdLogFile=%4/slurmd-%n.log
ReturnToService=2
InactiveLimit=0
KillWait=2
MinJobAge=60
SchedulerParameters=sched_interval=1
NodeName=gpu1 NodeHostname=%1 NodeAddr=127.0.0.1 Port=%5 CPUs=1 State=UNKNOWN
NodeName=gpu2 NodeHostname=%1 NodeAddr=127.0.0.1 Port=%6 CPUs=1 State=UNKNOWN
PartitionName=gpu Nodes=gpu1,gpu2 Default=YES MaxTime=INFINITE State=UP
)"_s.arg(host)
                   .arg(ctldPort)
                   .arg(socket, d)
                   .arg(nodePorts[0])
                   .arg(nodePorts[1])
                   .toUtf8());
    conf.close();
    m_hadConf = qEnvironmentVariableIsSet("SLURM_CONF");
    m_oldConf = qgetenv("SLURM_CONF");
    qputenv("SLURM_CONF", confPath().toLocal8Bit());
    m_started = true;
    if (!startDaemon(m_slurmctld, kDaemons[1], { u"-D"_s, u"-f"_s, confPath() }, error)
        || !startDaemon(m_slurmd[0], kDaemons[2], { u"-D"_s, u"-f"_s, confPath(), u"-N"_s, u"gpu1"_s }, error)
        || !startDaemon(m_slurmd[1], kDaemons[2], { u"-D"_s, u"-f"_s, confPath(), u"-N"_s, u"gpu2"_s }, error))
        return false;
    return waitIdle(error);
}

bool SlurmFixture::waitIdle(QString& error)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray last;
    while (clock.elapsed() < 30000) {
        last = run(u"sinfo"_s, { u"-h"_s, u"-o"_s, u"%T %D"_s }, nullptr, 5000).trimmed();
        if (last == "idle 2")
            return true;
        QThread::msleep(200);
    }
    error = u"the two Slurm nodes did not become idle within 30 s (sinfo: %1)\n%2"_s.arg(QString::fromLocal8Bit(last),
                                                                                        QString::fromLocal8Bit(logs()));
    return false;
}

QByteArray SlurmFixture::run(const QString& program, const QStringList& args, int* exitCode, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

QStringList SlurmFixture::liveJobs() const
{
    const QString out = QString::fromLocal8Bit(run(u"squeue"_s, { u"-h"_s, u"-o"_s, u"%i %T"_s }));
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QList<qint64> SlurmFixture::processesOfCluster() const
{
    QList<qint64> pids;
    const QByteArray marker = "SLURM_CONF=" + QFile::encodeName(confPath());
    for (const QString& entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        QFile env(u"/proc/%1/environ"_s.arg(pid));
        if (!env.open(QIODevice::ReadOnly))
            continue;
        if (env.readAll().split('\0').contains(marker))
            pids.append(pid);
    }
    return pids;
}

QList<qint64> SlurmFixture::strayProcesses() const
{
    QList<qint64> pids = processesOfCluster();
    for (const QProcess* daemon : { &m_munged, &m_slurmctld, &m_slurmd[0], &m_slurmd[1] })
        pids.removeAll(daemon->processId());
    // slurmctld's own helper (slurmscriptd) is part of the daemon; slurmd's children (slurmstepd) are
    // a job's and count
    pids.removeIf([ctld = m_slurmctld.processId()](qint64 pid) {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true; // gone meanwhile
        const QByteArray text = stat.readAll();
        const QList<QByteArray> after = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return after.value(1).toLongLong() == ctld;
    });
    return pids;
}

QByteArray SlurmFixture::logs() const
{
    QByteArray all;
    for (const QString& name : { u"munged.log"_s, u"slurmctld.log"_s, u"slurmd-gpu1.log"_s, u"slurmd-gpu2.log"_s }) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += "== " + name.toUtf8() + " (last lines)\n" + f.readAll().right(3000) + '\n';
    }
    return all;
}

void SlurmFixture::killRemaining()
{
    for (qint64 pid : processesOfCluster())
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

void SlurmFixture::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_slurmctld.state() == QProcess::Running) {
        run(u"scancel"_s, { u"--full"_s, u"--user=root"_s }, nullptr, 5000);
        QElapsedTimer clock;
        clock.start();
        while (!liveJobs().isEmpty() && clock.elapsed() < 10000)
            QThread::msleep(200);
    }
    for (QProcess* p : { &m_slurmd[0], &m_slurmd[1], &m_slurmctld, &m_munged }) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    killRemaining(); // a slurmstepd or task the cancel did not reach
    if (m_hadConf)
        qputenv("SLURM_CONF", m_oldConf);
    else
        qunsetenv("SLURM_CONF");
}

} // namespace inferdeck::testing
