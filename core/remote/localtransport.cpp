#include "remote/localtransport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalTransport)
};

} // namespace

LocalTransport::LocalTransport(QString nodeName, QString home, QObject* parent)
    : Transport(parent)
    , m_name(std::move(nodeName))
    , m_home(std::move(home))
{
}

LocalTransport::~LocalTransport()
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        QProcess* p = it->process;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            ::kill(-static_cast<pid_t>(p->processId()), SIGKILL);
            p->waitForFinished(2000);
        }
        delete p;
    }
}

void LocalTransport::open()
{
    m_state = State::Connected;
    // queued, as over SSH: callers connect to the signal after open() returns
    QMetaObject::invokeMethod(this, [this] { emit stateChanged(State::Connected, u"local"_s); }, Qt::QueuedConnection);
}

void LocalTransport::close()
{
    m_state = State::Disconnected;
    emit stateChanged(State::Disconnected, {});
}

int LocalTransport::start(const QStringList& argv)
{
    const int id = m_nextId++;
    auto* p = new QProcess;
    p->setWorkingDirectory(m_home);
    p->setProgram(argv.value(0));
    p->setArguments(argv.mid(1));
    if (!m_hidden.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : m_hidden)
            env.remove(name);
        p->setProcessEnvironment(env);
    }
    // its own process group, like a command started over SSH, so stop() reaches its children too
    // and it ends with the app: a local simulator must not outlive a killed run (SIGTERM, so an agent
    // still records what was in flight)
    p->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    Running& r = m_running[id];
    r.process = p;
    connect(p, &QProcess::readyReadStandardOutput, this, [this, id, p] {
        Running& r = m_running[id];
        r.out += p->readAllStandardOutput();
        if (QByteArray lines = takeCompleteLines(r.out); !lines.isEmpty())
            emit stdoutLines(id, lines);
    });
    connect(p, &QProcess::readyReadStandardError, this, [this, id, p] {
        Running& r = m_running[id];
        r.err += p->readAllStandardError();
        if (QByteArray lines = takeCompleteLines(r.err); !lines.isEmpty())
            emit stderrLines(id, lines);
    });
    connect(p, &QProcess::finished, this, [this, id, p](int code, QProcess::ExitStatus status) {
        Running r = m_running.take(id);
        r.out += p->readAllStandardOutput();
        r.err += p->readAllStandardError();
        if (!r.out.isEmpty())
            emit stdoutLines(id, r.out);
        if (!r.err.isEmpty())
            emit stderrLines(id, r.err);
        p->deleteLater();
        if (status == QProcess::CrashExit)
            emit finished(id, -1, Tr::tr("the command was killed by a signal"));
        else
            emit finished(id, code, {});
    });
    connect(p, &QProcess::started, this, [this, id, p] { emit started(id, p->processId()); });
    connect(p, &QProcess::errorOccurred, this, [this, id, p](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.remove(id);
        p->deleteLater();
        emit finished(id, -1, Tr::tr("cannot start %1: %2").arg(p->program(), p->errorString()));
    });
    p->start();
    return id;
}

void LocalTransport::writeStdin(int id, const QByteArray& data)
{
    if (auto it = m_running.find(id); it != m_running.end())
        it->process->write(data);
}

void LocalTransport::closeStdin(int id)
{
    if (auto it = m_running.find(id); it != m_running.end())
        it->process->closeWriteChannel();
}

void LocalTransport::stop(int id, int graceMs)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    const auto pid = static_cast<pid_t>(it->process->processId());
    if (pid <= 0)
        return;
    ::kill(-pid, SIGTERM);
    QTimer::singleShot(graceMs, this, [this, id, pid] {
        if (m_running.contains(id))
            ::kill(-pid, SIGKILL);
    });
}

int LocalTransport::upload(const QByteArray& content, const QString& path, int mode)
{
    const int id = m_nextId++;
    const QString full = QFileInfo(path).isAbsolute() ? path : m_home + u'/' + path;
    QString error;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QSaveFile f(full);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        error = Tr::tr("cannot write %1: %2").arg(full, f.errorString());
    else
        ::chmod(QFile::encodeName(full).constData(), static_cast<mode_t>(mode));
    QMetaObject::invokeMethod(this, [this, id, error] { emit uploadFinished(id, error); }, Qt::QueuedConnection);
    return id;
}

} // namespace inferdeck
