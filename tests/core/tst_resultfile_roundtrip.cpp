// Result files read back bit-exact, and a write that is interrupted leaves the previous file intact.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>
#include <cmath>
#include <limits>

#include "io/resultfile.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

BenchmarkResult richRun()
{
    testing::SyntheticSpec spec;
    spec.repetitions = 2;
    spec.requestsPerNode = 60;
    spec.failureRate = 0.1;
    spec.gpusPerNode = 2;
    return testing::makeSyntheticRun(spec);
}

constexpr rlim_t kSizeLimit = 256 * 1024; // bytes: far less than the file needs

void limitFileSize(rlim_t bytes)
{
    rlimit limit {};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Child mode: the kernel kills this process (SIGXFSZ) when the write passes the size limit, the same as
// a crash in the middle of saving.
int writeUntilKilled(const QString& path)
{
    testing::SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 5000;
    const BenchmarkResult r = testing::makeSyntheticRun(spec);
    limitFileSize(kSizeLimit);
    return ResultFile::write(r, path).ok() ? 0 : 1;
}

} // namespace

class TestResultFileRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void readBackEqualsWhatWasWritten()
    {
        const BenchmarkResult original = richRun();
        QVERIFY(original.phases.first().requests.hasChunks());
        QVERIFY(!original.phases.first().failureReasons.isEmpty());
        const QByteArray text = ResultFile::serialize(original);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(back.value() == original);
        QCOMPARE(ResultFile::serialize(back.value()), text); // and the bytes are stable
    }

    void awkwardDoublesSurviveBitForBit()
    {
        BenchmarkResult r = richRun();
        RequestColumns& q = r.phases[0].requests;
        const double values[] = { -0.0, 5e-324, 1e-300, 0.1 + 0.2, 1.0 / 3.0, 999999.9999999998, -1234.5678901234567 };
        for (std::size_t i = 0; i < std::size(values); ++i) {
            q.send[i] = values[i];
            q.intendedSend[i] = values[i];
            q.firstToken[i] = RequestColumns::kUnknown;
            q.end[i] = std::max(values[i], 0.0) + 1.0;
        }
        q.requestId[0] = std::numeric_limits<std::int64_t>::max();
        const QByteArray text = ResultFile::serialize(r);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        const RequestColumns& b = back.value().phases[0].requests;
        for (std::size_t i = 0; i < std::size(values); ++i) {
            QCOMPARE(std::bit_cast<std::uint64_t>(b.send[i]), std::bit_cast<std::uint64_t>(values[i]));
            QVERIFY(std::isnan(b.firstToken[i]));
        }
        QCOMPARE(b.requestId[0], std::numeric_limits<std::int64_t>::max());
        QVERIFY(back.value() == r);
    }

    void unicodeAndEscapesSurvive()
    {
        BenchmarkResult r = richRun();
        r.plan.name = u"Lädt 日本語 ✓ 🚀 \"quoted\" back\\slash\nnewline\ttab \u0001"_s;
        r.phases[0].failureReasons.append(u"HTTP 500: {\"error\": \"überlastet\"}"_s);
        QByteArray text = ResultFile::serialize(r);
        text.prepend("\xEF\xBB\xBF"); // a byte order mark some editors add
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().plan.name, r.plan.name);
        QVERIFY(back.value() == r);
    }

    void answersAndReferencesSurvive()
    {
        BenchmarkResult r = richRun();
        r.phases[0].outputs.append(0, 3, u"Die Stadt plant 日本語 \"neu\"\nzweite Zeile"_s, u"reference ✓ 🚀"_s);
        r.phases[0].outputs.append(0, 4, QString(), u"an empty answer still has its reference"_s);
        const QByteArray text = ResultFile::serialize(r);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].outputs.size(), std::size_t(2));
        QCOMPARE(back.value().phases[0].outputs.text[0], r.phases[0].outputs.text[0]);
        QVERIFY(back.value() == r);
    }

    void writeAndReadFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.inferdeck.json"_s);
        const BenchmarkResult original = richRun();
        QVERIFY(ResultFile::write(original, path).ok());
        const Result<BenchmarkResult> back = ResultFile::read(path);
        QVERIFY(back);
        QVERIFY(back.value() == original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"run.inferdeck.json"_s }); // no temp left
    }

    void crashDuringWriteLeavesPreviousFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.inferdeck.json"_s);
        const BenchmarkResult previous = richRun();
        QVERIFY(ResultFile::write(previous, path).ok());
        const QByteArray before = contents(path);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TST_WRITE_UNTIL_KILLED"_s, path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it really died mid-write
        QCOMPARE(contents(path), before);
        const Result<BenchmarkResult> back = ResultFile::read(path);
        QVERIFY(back);
        QVERIFY(back.value() == previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"run.inferdeck.json"_s });
    }

    void failedWriteReportsErrorAndKeepsPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.inferdeck.json"_s);
        QVERIFY(ResultFile::write(richRun(), path).ok());
        const QByteArray before = contents(path);
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 5000;
        const BenchmarkResult big = testing::makeSyntheticRun(spec);
        std::signal(SIGXFSZ, SIG_IGN); // the write now fails with EFBIG instead of killing us
        limitFileSize(kSizeLimit);
        const Status status = ResultFile::write(big, path);
        limitFileSize(RLIM_INFINITY);
        std::signal(SIGXFSZ, SIG_DFL);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, path);
        QCOMPARE(contents(path), before);
    }
};

int main(int argc, char** argv)
{
    const QString childPath = qEnvironmentVariable("TST_WRITE_UNTIL_KILLED");
    QCoreApplication app(argc, argv);
    if (!childPath.isEmpty())
        return writeUntilKilled(childPath);
    TestResultFileRoundTrip t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_resultfile_roundtrip.moc"
