// LocalTransport: the same contract as SSH, on this machine (the demo cluster's nodes).
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "remote/localtransport.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Outcome {
    QByteArray out, err;
    int exitCode = -2;
    QString error;
    bool finished = false;
};

Outcome run(LocalTransport& t, const QStringList& argv, const QByteArray& input = {}, int stopAfterMs = -1)
{
    Outcome o;
    QEventLoop loop;
    int id = -1;
    QObject::connect(&t, &Transport::stdoutLines, &loop, [&](int i, const QByteArray& d) { if (i == id) o.out += d; });
    QObject::connect(&t, &Transport::stderrLines, &loop, [&](int i, const QByteArray& d) { if (i == id) o.err += d; });
    QObject::connect(&t, &Transport::finished, &loop, [&](int i, int code, const QString& e) {
        if (i == id) {
            o = Outcome { o.out, o.err, code, e, true };
            loop.quit();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    id = t.start(argv);
    if (!input.isNull()) {
        t.writeStdin(id, input);
        t.closeStdin(id);
    }
    if (stopAfterMs >= 0)
        QTimer::singleShot(stopAfterMs, &t, [&t, id] { t.stop(id, 500); });
    loop.exec();
    return o;
}
} // namespace

class TestLocalTransport : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void runsInHomeWithOutputAndExitCode()
    {
        LocalTransport t(u"local"_s, m_home.path());
        QSignalSpy connected(&t, &Transport::stateChanged);
        t.open();
        QVERIFY(connected.wait(2000));
        const Outcome o = run(t, { u"sh"_s, u"-c"_s, u"pwd; echo e >&2; printf partial; exit 5"_s });
        QVERIFY(o.finished);
        QCOMPARE(o.out, m_home.path().toUtf8() + "\npartial");
        QCOMPARE(o.err, QByteArray("e\n"));
        QCOMPARE(o.exitCode, 5);
    }

    void stdinRoundTripAndMissingProgram()
    {
        LocalTransport t(u"local"_s, m_home.path());
        QCOMPARE(run(t, { u"cat"_s }, "a\nb\n").out, QByteArray("a\nb\n"));
        const Outcome missing = run(t, { u"/no/such/program"_s });
        QCOMPARE(missing.exitCode, -1);
        QVERIFY(missing.error.contains(u"/no/such/program"_s));
    }

    void stopEndsTheWholeProcessGroup()
    {
        LocalTransport t(u"local"_s, m_home.path());
        const Outcome o = run(t, { u"sh"_s, u"-c"_s, u"trap '' TERM; sleep 302 & sleep 303; wait"_s }, {}, 300);
        QVERIFY(o.finished);
        QTest::qWait(200);
        QProcess pgrep;
        pgrep.start(u"pgrep"_s, { u"-f"_s, u"sleep 30[23]"_s });
        pgrep.waitForFinished(5000);
        QCOMPARE(QString::fromLatin1(pgrep.readAll()).trimmed(), QString());
    }

    void uploadIsRelativeToHome()
    {
        LocalTransport t(u"local"_s, m_home.path());
        QSignalSpy done(&t, &Transport::uploadFinished);
        t.upload("content", u".cache/inferdeck/x/agent.py"_s, 0700);
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().at(1).toString(), QString());
        QFile f(m_home.filePath(u".cache/inferdeck/x/agent.py"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("content"));
        QVERIFY(f.permissions() & QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestLocalTransport)
#include "tst_localtransport.moc"
