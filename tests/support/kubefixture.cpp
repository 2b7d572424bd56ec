#include "kubefixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <csignal>
#include <unistd.h>

#include "testutil.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::testing {

KubeFixture::KubeFixture()
{
    write();
}

KubeFixture::~KubeFixture()
{
    for (qint64 pid : processesInPods() + kubectlProcesses())
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

QProcessEnvironment KubeFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, sourcePath(u"tests/support/kubectl"_s) + u':' + env.value(u"PATH"_s));
    env.insert(u"INFERDECK_FAKE_KUBE"_s, dir());
    return env;
}

void KubeFixture::useInThisProcess() const
{
    const QProcessEnvironment env = environment();
    qputenv("PATH", env.value(u"PATH"_s).toLocal8Bit());
    qputenv("INFERDECK_FAKE_KUBE", dir().toLocal8Bit());
}

void KubeFixture::addPod(const QString& name, const QString& app, bool ready, const QString& container, const QString& image,
                         const QMap<QString, QString>& env)
{
    QJsonArray envList;
    for (auto it = env.begin(); it != env.end(); ++it)
        envList.append(QJsonObject { { u"name"_s, it.key() }, { u"value"_s, it.value() } });
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString uid = u"uid-"_s + name;
    const QString nodeName = u"k8s-node-"_s + name;
    const QString imageId = u"docker.io/"_s + image + u"@sha256:0123"_s;
    // the shape of a core/v1 Pod as `kubectl get pod -o json` prints it (tests/data/kubernetes/SOURCES.md)
    QJsonObject pod {
        { u"apiVersion"_s, u"v1"_s },
        { u"kind"_s, u"Pod"_s },
        { u"metadata"_s, QJsonObject { { u"name"_s, name }, { u"namespace"_s, QString::fromLatin1(kNamespace) },
                                       { u"uid"_s, uid }, { u"labels"_s, QJsonObject { { u"app"_s, app } } } } },
        { u"spec"_s, QJsonObject { { u"nodeName"_s, nodeName },
                                   { u"containers"_s, QJsonArray { QJsonObject { { u"name"_s, container }, { u"image"_s, image }, { u"env"_s, envList } } } } } },
        { u"status"_s, QJsonObject { { u"phase"_s, u"Running"_s },
                                     { u"podIP"_s, u"10.1.0.%1"_s.arg(m_pods.size() + 10) },
                                     { u"containerStatuses"_s,
                                       QJsonArray { QJsonObject { { u"name"_s, container },
                                                                  { u"ready"_s, ready },
                                                                  { u"restartCount"_s, 0 },
                                                                  { u"image"_s, image },
                                                                  { u"imageID"_s, imageId },
                                                                  { u"started"_s, true },
                                                                  { u"state"_s, QJsonObject { { u"running"_s, QJsonObject { { u"startedAt"_s, started } } } } } } } } } },
    };
    m_pods.append(pod);
    write();
}

void KubeFixture::editPod(const QString& name, const std::function<void(QJsonObject&)>& edit)
{
    for (QJsonObject& pod : m_pods)
        if (pod[u"metadata"_s].toObject()[u"name"_s].toString() == name)
            edit(pod);
    write();
}

void KubeFixture::restartPod(const QString& name)
{
    const QByteArray marker = "INFERDECK_FAKE_POD=" + QFile::encodeName(QDir(dir()).filePath(u"pods/%1/%2"_s.arg(QString::fromLatin1(kNamespace), name)));
    for (qint64 pid : processesWith(marker))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    // a second passes: Kubernetes times are whole seconds, so the new start time differs from the old
    QThread::msleep(1100);
    editPod(name, [](QJsonObject& pod) {
        QJsonObject status = pod[u"status"_s].toObject();
        QJsonArray statuses = status[u"containerStatuses"_s].toArray();
        QJsonObject c = statuses[0].toObject();
        c[u"restartCount"_s] = c[u"restartCount"_s].toInt() + 1;
        c[u"state"_s] = QJsonObject { { u"running"_s, QJsonObject { { u"startedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } } } };
        statuses[0] = c;
        status[u"containerStatuses"_s] = statuses;
        pod[u"status"_s] = status;
    });
}

void KubeFixture::write() const
{
    QJsonArray pods;
    for (const QJsonObject& p : m_pods)
        pods.append(p);
    const QJsonObject cluster { { u"current_context"_s, QString::fromLatin1(kContext) },
                                { u"contexts"_s, QJsonObject { { QString::fromLatin1(kContext), QJsonObject { { u"namespace"_s, QString::fromLatin1(kNamespace) } } } } },
                                { u"pods"_s, pods } };
    // atomically: the stand-in reads it while the test changes it
    QSaveFile f(QDir(dir()).filePath(u"cluster.json"_s));
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(cluster).toJson());
    f.commit();
}

QList<QStringList> KubeFixture::calls() const
{
    QList<QStringList> calls;
    QFile f(QDir(dir()).filePath(u"calls.jsonl"_s));
    if (!f.open(QIODevice::ReadOnly))
        return calls;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QStringList argv;
        for (const QJsonValue& v : QJsonDocument::fromJson(line).array())
            argv << v.toString();
        calls << argv;
    }
    return calls;
}

QList<qint64> KubeFixture::processesWith(const QByteArray& marker) const
{
    QList<qint64> pids;
    for (const QString& entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        QFile env(u"/proc/%1/environ"_s.arg(pid));
        if (!env.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& var : env.readAll().split('\0'))
            if (var.startsWith(marker)) {
                pids.append(pid);
                break;
            }
    }
    return pids;
}

QList<qint64> KubeFixture::processesInPods() const
{
    return processesWith("INFERDECK_FAKE_POD=" + QFile::encodeName(QDir(dir()).filePath(u"pods/"_s)));
}

QList<qint64> KubeFixture::kubectlProcesses() const
{
    // the stand-in's own processes (not what they started in a pod, which has the pod's environment only)
    QList<qint64> pids;
    for (qint64 pid : processesWith("INFERDECK_FAKE_KUBE=" + QFile::encodeName(dir()))) {
        QFile cmd(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains("kubectl"))
            pids.append(pid);
    }
    return pids;
}

QString KubeFixture::describe(const QList<qint64>& pids)
{
    QString text;
    for (qint64 pid : pids) {
        QFile cmd(u"/proc/%1/cmdline"_s.arg(pid));
        cmd.open(QIODevice::ReadOnly);
        text += u"%1: %2\n"_s.arg(pid).arg(QString::fromLocal8Bit(cmd.readAll().replace('\0', ' ')).left(300));
    }
    return text;
}

} // namespace inferdeck::testing
