// The Kubernetes transport against the stand-in kubectl (tests/support/kubectl): pods found by selector or
// name and checked, commands run in a pod with stdin and stdout streamed, the process group stopped inside the
// pod, files written through stdin, a not-ready pod refused, a restarted pod and a lost stream told apart,
// and the exact kubectl argv of each call.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include "kubefixture.h"
#include "remote/kubernetespods.h"
#include "remote/kubernetestransport.h"
#include "remote/localtransport.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Rig {
    std::unique_ptr<KubernetesPods> pods;
    std::unique_ptr<KubernetesExecTransport> a;
    std::unique_ptr<KubernetesExecTransport> b;
};

Rig rig(const KubernetesSettings& settings)
{
    Rig r;
    r.pods = std::make_unique<KubernetesPods>(settings, 2, std::make_unique<LocalTransport>(u"kubectl"_s));
    r.a = std::make_unique<KubernetesExecTransport>(u"a"_s, 0, r.pods.get());
    r.b = std::make_unique<KubernetesExecTransport>(u"b"_s, 1, r.pods.get());
    return r;
}

KubernetesSettings bySelector()
{
    KubernetesSettings k;
    k.selector = u"app=sim"_s;
    return k;
}

bool openBoth(Rig& r)
{
    QSignalSpy a(r.a.get(), &Transport::stateChanged);
    QSignalSpy b(r.b.get(), &Transport::stateChanged);
    r.a->open();
    r.b->open();
    QElapsedTimer clock;
    clock.start();
    while ((r.a->state() == Transport::State::Connecting || r.b->state() == Transport::State::Connecting) && clock.elapsed() < 15000)
        QTest::qWait(20);
    return r.a->state() == Transport::State::Connected && r.b->state() == Transport::State::Connected;
}

// what a command said and how it ended
struct Outcome {
    QByteArray out;
    QByteArray err;
    int code = -2;
    QString error;
    qint64 pid = -1;
};

std::shared_ptr<Outcome> follow(Transport* t, int id)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(t, &Transport::stdoutLines, t, [o, id](int i, const QByteArray& l) { if (i == id) o->out += l; });
    QObject::connect(t, &Transport::stderrLines, t, [o, id](int i, const QByteArray& l) { if (i == id) o->err += l; });
    QObject::connect(t, &Transport::started, t, [o, id](int i, qint64 pid) { if (i == id) o->pid = pid; });
    QObject::connect(t, &Transport::finished, t, [o, id](int i, int code, const QString& e) {
        if (i == id) {
            o->code = code;
            o->error = e;
        }
    });
    return o;
}

bool waitFor(const std::function<bool()>& done, int ms = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(20);
    return done();
}
} // namespace

class TestKubernetesTransport : public QObject {
    Q_OBJECT
    std::unique_ptr<KubeFixture> m_kube;

private slots:
    void init()
    {
        m_kube = std::make_unique<KubeFixture>();
        m_kube->useInThisProcess();
        m_kube->addPod(u"sim-1"_s, u"sim"_s);
        m_kube->addPod(u"other-0"_s, u"other"_s);
        m_kube->addPod(u"sim-0"_s, u"sim"_s, true, u"engine"_s, u"vllm/vllm-openai:v0.6.3"_s, { { u"POD_SECRET_ENV"_s, u"from-spec"_s } });
    }
    void cleanup() { m_kube.reset(); }

    // the stand-in is only worth testing against if it refuses what kubectl refuses, with kubectl's words
    void theStandInRefusesWhatKubectlRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("exec without --") << QStringList { u"exec"_s, u"-i"_s, u"sim-0"_s, u"true"_s }
                                         << u"error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead"_s;
        QTest::newRow("no command") << QStringList { u"exec"_s, u"sim-0"_s, u"--"_s } << u"error: you must specify at least one command for the container"_s;
        QTest::newRow("unknown flag") << QStringList { u"exec"_s, u"--privileged"_s, u"sim-0"_s, u"--"_s, u"true"_s } << u"error: unknown flag: --privileged"_s;
        QTest::newRow("unknown global flag") << QStringList { u"--kube-context=x"_s, u"get"_s, u"pods"_s } << u"error: unknown flag: --kube-context"_s;
        QTest::newRow("unknown pod") << QStringList { u"exec"_s, u"nope"_s, u"--"_s, u"true"_s } << u"Error from server (NotFound): pods \"nope\" not found"_s;
        QTest::newRow("unknown container") << QStringList { u"exec"_s, u"sim-0"_s, u"-c"_s, u"nginx"_s, u"--"_s, u"true"_s }
                                           << u"error: unable to upgrade connection: container not found (\"nginx\")"_s;
        QTest::newRow("unknown context") << QStringList { u"--context=elsewhere"_s, u"get"_s, u"pods"_s, u"-o"_s, u"json"_s }
                                         << u"error: context \"elsewhere\" does not exist"_s;
        QTest::newRow("names and a selector") << QStringList { u"get"_s, u"pods"_s, u"sim-0"_s, u"-l"_s, u"app=sim"_s, u"-o"_s, u"json"_s }
                                              << u"error: selectors and the all flag cannot be used when passing resource/name arguments"_s;
    }
    void theStandInRefusesWhatKubectlRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess kubectl;
        kubectl.start(u"kubectl"_s, args);
        QVERIFY(kubectl.waitForFinished(15000));
        QCOMPARE(kubectl.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(kubectl.readAllStandardError()).section(u'\n', 0, 0), message);
        QVERIFY(m_kube->processesInPods().isEmpty()); // nothing ran
    }

    void findsThePodsBySelectorAndRunsACommandWithStdinAndStdout()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        // the selector's pods in name order: the i-th node gets the i-th
        QCOMPARE(r.a->podName(), u"sim-0"_s);
        QCOMPARE(r.b->podName(), u"sim-1"_s);
        QCOMPARE(r.pods->context(), QString::fromLatin1(KubeFixture::kContext));
        QCOMPARE(r.pods->nameSpace(), QString::fromLatin1(KubeFixture::kNamespace));
        const int id = r.a->start({ u"python3"_s, u"-c"_s,
                                    u"import os, sys; print(sys.stdin.readline().strip()[::-1]); print(os.environ['HOSTNAME'], os.getcwd(), "
                                    "os.environ.get('POD_SECRET_ENV'), os.getpgid(0) == os.getpid())"_s });
        const auto o = follow(r.a.get(), id);
        r.a->writeStdin(id, "olleh dlrow\n");
        r.a->closeStdin(id);
        QVERIFY(waitFor([&] { return o->code != -2; }));
        QCOMPARE(o->code, 0);
        QVERIFY(o->pid > 0);
        const QString podHome = QDir(m_kube->dir()).filePath(u"pods/llm/sim-0"_s);
        // in the pod's home, with the pod's environment, leading its own process group
        QCOMPARE(QString::fromUtf8(o->out), u"world hello\nsim-0 %1 from-spec True\n"_s.arg(podHome));
        QVERIFY2(o->err.isEmpty(), o->err.constData());
        qInfo("exec start latency through the stand-in: %s", qPrintable(r.pods->execStartSummary()));
        QVERIFY(r.pods->execStartSummary().startsWith(u"kubectl execs: 1,"_s));

        // the exact argv kubectl got: the context asked once and then pinned on every call
        const QList<QStringList> calls = m_kube->calls();
        QCOMPARE(calls.value(0), (QStringList { u"config"_s, u"current-context"_s }));
        QCOMPARE(calls.value(1), (QStringList { u"--context=test-ctx"_s, u"get"_s, u"pods"_s, u"--selector=app=sim"_s, u"--output=json"_s }));
        QStringList exec;
        for (const QStringList& c : calls)
            if (c.contains(u"exec"_s))
                exec = c;
        QCOMPARE(exec.mid(0, 8), (QStringList { u"--context=test-ctx"_s, u"exec"_s, u"-i"_s, u"sim-0"_s, u"-c"_s, u"engine"_s, u"--"_s, u"python3"_s }));
    }

    void aCommandsOwnStatusIsItsStatus()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        const int id = r.b->start({ u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s });
        const auto o = follow(r.b.get(), id);
        QVERIFY(waitFor([&] { return o->code != -2; }));
        QCOMPARE(o->code, 3);
        QCOMPARE(o->out, QByteArray("out\n"));
        QVERIFY(o->err.startsWith("err\n"));
        QCOMPARE(r.b->state(), Transport::State::Connected); // a command failing is not the pod failing
        // a program the pod lacks: the wrapper says so, status 127
        const int missing = r.b->start({ u"no-such-program-here"_s });
        const auto m = follow(r.b.get(), missing);
        QVERIFY(waitFor([&] { return m->code != -2; }));
        QCOMPARE(m->code, 127);
        QVERIFY2(m->err.contains("cannot run no-such-program-here in the pod"), m->err.constData());
    }

    void stopEndsTheProcessGroupInsideThePod()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        // a command whose child ignores SIGTERM: only the group's KILL after the grace ends it
        const int id = r.a->start({ u"python3"_s, u"-c"_s,
                                    u"import signal, subprocess, sys, time\n"
                                    "subprocess.Popen([sys.executable, '-c', 'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(300)'])\n"
                                    "print('up', flush=True); time.sleep(300)"_s });
        const auto o = follow(r.a.get(), id);
        QVERIFY(waitFor([&] { return o->out.contains("up"); }));
        QVERIFY(waitFor([&] { return m_kube->processesInPods().size() >= 2; }));
        r.a->stop(id, 800);
        QVERIFY(waitFor([&] { return o->code != -2; }));
        QVERIFY(waitFor([&] { return m_kube->processesInPods().isEmpty() && m_kube->kubectlProcesses().isEmpty(); }, 10000));
        QVERIFY2(m_kube->processesInPods().isEmpty(), qPrintable(KubeFixture::describe(m_kube->processesInPods())));
        // one stop of the group inside the pod (kubectl exec without -i): TERM, KILL after the 0.8 s grace
        QStringList sent;
        for (const QStringList& c : m_kube->calls())
            if (c.contains(u"exec"_s) && !c.contains(u"-i"_s))
                sent << c.value(c.size() - 2) + u' ' + c.last();
        QCOMPARE(sent, (QStringList { u"%1 0.800"_s.arg(o->pid) }));
    }

    void aGroupThatEndsAtTermIsNotWaitedFor()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        const int id = r.b->start({ u"python3"_s, u"-c"_s, u"import time; print('up', flush=True); time.sleep(300)"_s });
        const auto o = follow(r.b.get(), id);
        QVERIFY(waitFor([&] { return o->out.contains("up"); }));
        QElapsedTimer clock;
        clock.start();
        r.b->stop(id, 20000);
        QVERIFY(waitFor([&] { return o->code != -2 && m_kube->kubectlProcesses().isEmpty(); }));
        // the stop exec returned when the group was gone, not after the 20 s grace
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(m_kube->processesInPods().isEmpty());
    }

    void uploadWritesTheFileThroughStdin()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        QByteArray content;
        for (int i = 0; i < 200000; ++i)
            content.append(char(i * 7));
        QSignalSpy done(r.b.get(), &Transport::uploadFinished);
        const int id = r.b->upload(content, u".cache/inferdeck/x/agent.pyz"_s, 0750);
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().value(0).toInt(), id);
        QCOMPARE(done.first().value(1).toString(), QString());
        QFile f(QDir(m_kube->dir()).filePath(u"pods/llm/sim-1/.cache/inferdeck/x/agent.pyz"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(int(f.permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                                        | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                 int(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        // nothing went through `kubectl cp`
        for (const QStringList& c : m_kube->calls())
            QVERIFY(!c.contains(u"cp"_s));
    }

    void aNotReadyPodIsAClearErrorBeforeAnythingStarts()
    {
        m_kube->editPod(u"sim-1"_s, [](QJsonObject& pod) {
            QJsonObject status = pod[u"status"_s].toObject();
            QJsonArray cs = status[u"containerStatuses"_s].toArray();
            QJsonObject c = cs[0].toObject();
            c[u"ready"_s] = false;
            c[u"restartCount"_s] = 4;
            cs[0] = c;
            status[u"containerStatuses"_s] = cs;
            pod[u"status"_s] = status;
        });
        KubernetesSettings k;
        k.pods = { u"sim-0"_s, u"sim-1"_s };
        k.context = QString::fromLatin1(KubeFixture::kContext);
        k.nameSpace = QString::fromLatin1(KubeFixture::kNamespace);
        Rig r = rig(k);
        QSignalSpy failed(r.b.get(), &Transport::stateChanged);
        r.a->open();
        r.b->open();
        QVERIFY(waitFor([&] { return r.b->state() == Transport::State::Failed; }));
        QCOMPARE(r.pods->failure(), u"1 of the 2 pods the cluster needs are ready (context test-ctx, its default namespace): the container engine of pod sim-1 is not "
                                     "ready (restarts: 4)"_s);
        const QList<QStringList> calls = m_kube->calls();
        QCOMPARE(calls.size(), 1); // the context was given: no current-context; and nothing was run in a pod
        QCOMPARE(calls[0], (QStringList { u"--context=test-ctx"_s, u"--namespace=llm"_s, u"get"_s, u"pods"_s, u"sim-0"_s, u"sim-1"_s,
                                          u"--output=json"_s }));
    }

    void aMissingPodOrTooFewPodsAreNamed()
    {
        KubernetesSettings k;
        k.pods = { u"sim-0"_s, u"gone-7"_s };
        Rig r = rig(k);
        r.a->open();
        QVERIFY(waitFor([&] { return r.a->state() == Transport::State::Failed; }));
        QVERIFY2(r.pods->failure().contains(u"pods \"gone-7\" not found"_s), qPrintable(r.pods->failure()));
        KubernetesSettings none;
        none.selector = u"app=nothing"_s;
        Rig n = rig(none);
        n.a->open();
        QVERIFY(waitFor([&] { return n.a->state() == Transport::State::Failed; }));
        QVERIFY2(n.pods->failure().contains(u"no pod matches the selector app=nothing"_s), qPrintable(n.pods->failure()));
    }

    void aRestartedPodEndsItsNodeAndSaysSo()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        const int id = r.b->start({ u"python3"_s, u"-c"_s, u"import time; print('up', flush=True); time.sleep(300)"_s });
        const auto o = follow(r.b.get(), id);
        QVERIFY(waitFor([&] { return o->out.contains("up"); }));
        m_kube->restartPod(u"sim-1"_s);
        QVERIFY(waitFor([&] { return o->code != -2; }));
        QCOMPARE(o->code, -1);
        QVERIFY2(o->error.startsWith(u"pod sim-1 restarted during the run: container engine restart count 0 → 1"_s), qPrintable(o->error));
        QCOMPARE(r.b->state(), Transport::State::Failed);
        QCOMPARE(r.b->endedBy(), o->error);
        QCOMPARE(r.a->state(), Transport::State::Connected); // the other pod is untouched
        QVERIFY(r.a->endedBy().isEmpty());
        // the node cannot come back: the pod it started on is gone
        r.b->open();
        QVERIFY(waitFor([&] { return r.b->state() == Transport::State::Failed; }));
    }

    void aKilledKubectlIsALostStreamAndTheCommandRunsOnUntilClose()
    {
        Rig r = rig(bySelector());
        QVERIFY(openBoth(r));
        const int id = r.a->start({ u"python3"_s, u"-c"_s, u"import time; print('up', flush=True); time.sleep(300)"_s });
        const auto o = follow(r.a.get(), id);
        QVERIFY(waitFor([&] { return o->out.contains("up"); }));
        QCOMPARE(m_kube->kubectlProcesses().size(), 1);
        ::kill(static_cast<pid_t>(m_kube->kubectlProcesses().first()), SIGKILL);
        QVERIFY(waitFor([&] { return o->code != -2; }));
        QCOMPARE(o->code, -1);
        QVERIFY2(o->error.contains(u"was lost"_s), qPrintable(o->error));
        QVERIFY(r.a->endedBy().isEmpty()); // the pod is fine: the run may resume from the agent's journal
        // as in a real pod, the command outlived kubectl
        QCOMPARE(m_kube->processesInPods().size(), 1);
        r.a->open();
        QVERIFY(waitFor([&] { return r.a->state() == Transport::State::Connected; }));
        r.a->close(); // the run is over: what was given up is ended in the pod
        QVERIFY2(waitFor([&] { return m_kube->processesInPods().isEmpty(); }), qPrintable(KubeFixture::describe(m_kube->processesInPods())));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesTransport)
#include "tst_kubernetestransport.moc"
