// Special and oversized files (issue 22): a FIFO used to block every command forever, /dev/zero to be read
// without bound until bad_alloc, /proc files to be called "empty". Every reader now opens only regular
// files, without blocking, within a size limit per kind of file (README "Limits of the readers"); and the
// CLI maps every refusal of a reader to exit code 3.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

#include "hostilecases.h"
#include "importers/importers.h"
#include "importers/resultreader.h"
#include "io/inputfile.h"
#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "io/runfiles.h"
#include "run/runjournal.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

QString fifo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"results.fifo"_s);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

// A file of `size` bytes that takes no disk: `head`, then a hole.
QString sparse(const QTemporaryDir& dir, const QString& name, const QByteArray& head, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(head) != head.size() || !f.resize(size))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

using Reader = std::function<Error(const QString&)>;

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

private slots:
    void specialFilesAreRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("kind"); // fifo, zero, dir
        QTest::addColumn<QString>("fragment");
        for (const QString& reader : { u"readAnyResult"_s, u"importFiles"_s, u"ResultFile::read"_s, u"readPlanFile"_s,
                                      u"readClusterFile"_s, u"readRubricFile"_s, u"RunJournal::recover"_s }) {
            QTest::newRow(qPrintable(reader + u" on a FIFO"_s)) << reader << u"fifo"_s << u"a named pipe (FIFO), not a regular file"_s;
            QTest::newRow(qPrintable(reader + u" on /dev/zero"_s)) << reader << u"zero"_s << u"a character device, not a regular file"_s;
            QTest::newRow(qPrintable(reader + u" on a directory"_s)) << reader << u"dir"_s << u"a directory, not a regular file"_s;
        }
    }

    void specialFilesAreRefusedWithoutBlocking()
    {
        QFETCH(QString, reader);
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        const QHash<QString, Reader> readers {
            { u"readAnyResult"_s, [](const QString& p) { return readAnyResult(p).error(); } },
            { u"importFiles"_s, [](const QString& p) { return importFiles({ p }).error(); } },
            { u"ResultFile::read"_s, [](const QString& p) { return ResultFile::read(p).error(); } },
            { u"readPlanFile"_s, [](const QString& p) { return readPlanFile(p).error(); } },
            { u"readClusterFile"_s, [](const QString& p) { return readClusterFile(p).error(); } },
            { u"readRubricFile"_s, [](const QString& p) { return readRubricFile(p).error(); } },
            { u"RunJournal::recover"_s, [](const QString& p) { return RunJournal::recover(p).error(); } },
        };
        QTemporaryDir dir;
        const QString path = kind == u"fifo"_s ? fifo(dir) : kind == u"zero"_s ? u"/dev/zero"_s : dir.path();
        QElapsedTimer t;
        t.start();
        const Error e = readers.value(reader)(path); // a FIFO without a writer would block here forever
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(e.where, path);
        QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    }

    // /proc files report size 0 but have content: they are read (within the limit) and judged by it.
    void procFilesAreReadNotCalledEmpty()
    {
        const auto r = readAnyResult(u"/proc/self/status"_s);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.contains(u"empty"_s), qPrintable(r.error().toString()));
        QVERIFY2(r.error().message.contains(u"not recognized as any supported result file"_s), qPrintable(r.error().toString()));
        const auto i = importFiles({ u"/proc/self/status"_s });
        QVERIFY(!i.ok());
        QVERIFY2(i.error().message.contains(u"not recognized"_s), qPrintable(i.error().toString()));
        const auto p = readPlanFile(u"/proc/self/status"_s);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(u"not valid JSON"_s), qPrintable(p.error().toString()));
    }

    // Sparse files: the limits are checked before a byte is parsed, so these cost no memory or disk.
    void filesBeyondTheirReadersLimitAreRefused_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("fragment");
        const QByteArray vllm = R"({"backend": "vllm", "model_id": "m", "mean_ttft_ms": 1.0, )";
        QTest::newRow("vLLM result over 512 MiB") << u"readAnyResult"_s << vllm << readlimit::kDocument + 1
                                                  << u"larger than 512 MiB, the limit for files of this kind (vLLM bench serve result)"_s;
        QTest::newRow("MLPerf summary over 256 MiB") << u"importFiles"_s << QByteArray("MLPerf Results Summary\n")
                                                     << readlimit::kTextLog + 1 << u"larger than 256 MiB"_s;
        QTest::newRow("any result over 2 GiB") << u"readAnyResult"_s << QByteArray("{") << readlimit::kColumnar + 1
                                               << u"larger than 2048 MiB"_s;
        QTest::newRow("plan over 16 MiB") << u"readPlanFile"_s << QByteArray("{") << readlimit::kSmallFile + 1
                                          << u"larger than 16 MiB, the limit for a plan, cluster or rubric file"_s;
        QTest::newRow("rubric over 16 MiB") << u"readRubricFile"_s << QByteArray("{") << readlimit::kSmallFile + 1
                                            << u"larger than 16 MiB"_s;
    }

    void filesBeyondTheirReadersLimitAreRefused()
    {
        QFETCH(QString, reader);
        QFETCH(QByteArray, head);
        QFETCH(qint64, size);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = sparse(dir, u"big.json"_s, head, size);
        const Error e = reader == u"readAnyResult"_s ? readAnyResult(path).error()
            : reader == u"importFiles"_s           ? importFiles({ path }).error()
            : reader == u"readPlanFile"_s          ? readPlanFile(path).error()
                                                   : readRubricFile(path).error();
        QCOMPARE(e.where, path);
        QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    }

    // The CLI contract: a file a reader refuses is exit 3 with the file named on stderr, for every command
    // that reads one; never a crash (a signal) and never a hang.
    void cliRefusesHostileFilesWithExitCode3_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        const QList<testing::HostileCase> all = testing::hostileResultCases();
        // one case per reader and kind of damage: the in-process suite runs every case
        for (const char* name : { "vLLM duration 1e400 is out of range", "vLLM negative ttfts[1]", "vLLM negative duration",
                                  "vLLM 300000 levels deep", "vLLM second duration", "llmperf negative ttft_s",
                                  "AIPerf JSON cut at 50 %", "AIPerf records negative request_start_ns",
                                  "GenAI-Perf second experiments", "guidellm request ends before it starts",
                                  "MLPerf summary cut at byte 188", "MLPerf summary negative Completed samples per second",
                                  "MLPerf detail line 200000 levels deep", "InferDeck second end_s column",
                                  "InferDeck telemetry running backwards" }) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const testing::HostileCase& c) { return c.name == name; });
            QVERIFY2(it != all.end(), name);
            for (const QString& command : { u"summarize"_s, u"report"_s, u"import"_s })
                QTest::newRow(qPrintable(command + u": "_s + QString::fromUtf8(name))) << command << it->fileName << it->content;
        }
    }

    void cliRefusesHostileFilesWithExitCode3()
    {
        QFETCH(QString, command);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QStringList args { command, path };
        if (command == u"import"_s)
            args << u"-o"_s << dir.filePath(u"out.inferdeck.json"_s);
        if (command == u"report"_s)
            args << u"-o"_s << dir.filePath(u"report"_s) << u"--format"_s << u"md"_s;
        const testing::CommandResult r = testing::runCli(args, 60000);
        QVERIFY2(r.finished, "the CLI hung");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QFile::encodeName(path)), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"out.inferdeck.json"_s)));
    }

    void cliNeverBlocksOnAFifo()
    {
        QTemporaryDir dir;
        const QString path = fifo(dir);
        for (const QStringList& args : { QStringList { u"summarize"_s, path }, QStringList { u"import"_s, path, u"-o"_s, dir.filePath(u"o.json"_s) },
                                         QStringList { u"report"_s, path, u"-o"_s, dir.path() }, QStringList { u"summarize"_s, u"/dev/zero"_s },
                                         QStringList { u"recover"_s, path, u"-o"_s, dir.filePath(u"r.json"_s) } }) {
            const testing::CommandResult r = testing::runCli(args, 20000);
            QVERIFY2(r.finished, qPrintable(args.join(u' ')));
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
