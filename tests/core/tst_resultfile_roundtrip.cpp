// Result files read back bit-exact, and a write that is interrupted leaves the previous file intact.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <cmath>
#include <limits>
#include <random>

#include "io/resultfile.h"
#include "syntheticrun.h"
#include "testutil.h"

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

    void reasoningRequestedLengthsPromptsAndEngineIdentitySurvive()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 40;
        spec.failureRate = 0.1;
        spec.reasoningMean = 60;
        spec.requestedLengths = true;
        spec.shortAnswerShare = 0.3;
        BenchmarkResult original = testing::makeSyntheticRun(spec);
        original.phases[0].prompts = { u"exact"_s, u"/tokenize"_s, u"vllm tokenizer; all exact"_s };
        original.phases[1].prompts = { u"estimated"_s, QString(), u"no tokenizer answered"_s };
        original.nodes[0].engines = { { u"vllm"_s, u"0.11.1"_s, u"endpoint"_s }, { u"sglang"_s, u"0.5.2"_s, u"binary"_s } };
        original.nodes[0].tls = u"insecure"_s;
        original.nodes[0].apiKey = true;
        original.nodes[1].tls = u"none"_s;
        const RequestColumns& q = original.phases[0].requests;
        std::size_t allReasoning = 0, withAnswer = 0, fromUsage = 0;
        for (std::size_t i = 0; i < q.size(); ++i) {
            allReasoning += q.status[i] == RequestColumns::kOk && std::isnan(q.firstAnswer[i]);
            withAnswer += !std::isnan(q.firstAnswer[i]);
            fromUsage += q.reasoningFromUsage[i];
        }
        QVERIFY(allReasoning > 0 && withAnswer > 0 && fromUsage > 0); // the data exercises every case

        const QByteArray text = ResultFile::serialize(original);
        QVERIFY(text.contains("\"version\": 2"));
        for (const char* column : { "first_answer_s", "reasoning_tokens", "reasoning_from_usage", "requested_input_tokens",
                                    "requested_output_tokens" })
            QVERIFY2(text.contains(QByteArray(QByteArray("\"") + column + "\": [")), column);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].prompts, original.phases[0].prompts);
        QCOMPARE(back.value().phases[1].prompts.method, u"estimated"_s);
        QCOMPARE(back.value().nodes[0].engines, original.nodes[0].engines);
        QCOMPARE(back.value().nodes[0].tls, u"insecure"_s);
        QVERIFY(back.value().nodes[0].apiKey);
        QVERIFY(!back.value().nodes[1].apiKey);
        QVERIFY(back.value().phases[0].requests == q);
        QVERIFY(back.value() == original);
        QCOMPARE(ResultFile::serialize(back.value()), text);
    }

    void sessionsAndTurnsSurviveAndComeTogether()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 12;
        BenchmarkResult original = testing::makeSyntheticRun(spec);
        RequestColumns& q = original.phases[0].requests;
        QVERIFY(!ResultFile::serialize(original).contains("\"session\""));   // absent while no request has one
        for (std::size_t i = 0; i < q.size(); ++i) { // every third request outside a session
            q.session[i] = i % 3 == 2 ? -1 : std::int64_t(i / 3);
            q.turn[i] = i % 3 == 2 ? -1 : std::int32_t(i % 3);
        }
        const QByteArray text = ResultFile::serialize(original);
        QVERIFY(text.contains("\"session\": [0,0,null,"));
        QVERIFY(text.contains("\"turn\": [0,1,null,"));
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(back.value().phases[0].requests == q);
        QCOMPARE(ResultFile::serialize(back.value()), text);
        // a session without its turn, or a turn column without sessions, is a damaged file
        QByteArray noTurn = text;
        noTurn.replace("\"turn\": [0,1,null,", "\"turn\": [null,1,null,");
        const auto a = ResultFile::parse(noTurn.constData(), noTurn.size(), u"mem"_s);
        QVERIFY(!a);
        QVERIFY2(a.error().message.contains(u"turn"_s), qPrintable(a.error().toString()));
        QByteArray onlyTurns = text;
        onlyTurns.replace("\"session\": [", "\"sessions_x\": [");
        QVERIFY(!ResultFile::parse(onlyTurns.constData(), onlyTurns.size(), u"mem"_s));
    }

    void runWithoutReasoningWritesNoColumnsOfNulls()
    {
        const BenchmarkResult plain = richRun();
        const QByteArray text = ResultFile::serialize(plain);
        for (const char* column : { "first_answer_s", "reasoning_tokens", "reasoning_from_usage", "requested_input_tokens",
                                    "requested_output_tokens", "\"prompts\"", "\"tls\"", "\"api_key\"", "\"source\"" })
            QVERIFY2(!text.contains(column), column);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY(back);
        const RequestColumns& b = back.value().phases[0].requests;
        QCOMPARE(b.firstAnswer.size(), b.size());
        QVERIFY(std::all_of(b.reasoningTokens.begin(), b.reasoningTokens.end(), [](std::int32_t v) { return v == -1; }));
        QVERIFY(back.value() == plain);
    }

    // A file the version 1 writer made (trimmed from the sample as committed before version 2; see
    // tests/data/io/README.md) reads, with every version 2 field unknown, and writes back as version 2.
    void versionOneFileReadsWithTheNewFieldsUnknown()
    {
        const QString path = testing::sourcePath(u"tests/data/io/version1-scaling.inferdeck.json"_s);
        QVERIFY(contents(path).contains("\"version\":1,"));
        const Result<BenchmarkResult> r = ResultFile::read(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value().phases.size(), 2);
        for (const Phase& p : r.value().phases) {
            const RequestColumns& c = p.requests;
            QCOMPARE(c.size(), std::size_t(8));
            QCOMPARE(c.firstAnswer.size(), c.size());
            QCOMPARE(c.reasoningTokens, std::vector<std::int32_t>(c.size(), -1));
            QCOMPARE(c.reasoningFromUsage, std::vector<std::uint8_t>(c.size(), 0));
            QCOMPARE(c.requestedInput, std::vector<std::int32_t>(c.size(), -1));
            QCOMPARE(c.requestedOutput, std::vector<std::int32_t>(c.size(), -1));
            QVERIFY(std::all_of(c.firstAnswer.begin(), c.firstAnswer.end(), [](double v) { return std::isnan(v); }));
            QVERIFY(!p.prompts.known());
        }
        for (const NodeInventory& n : r.value().nodes) {
            QVERIFY(n.tls.isEmpty());
            QVERIFY(!n.apiKey);
            QVERIFY(n.engines.value(0).source.isEmpty());
        }
        const QByteArray again = ResultFile::serialize(r.value());
        QVERIFY(again.contains("\"version\": 2"));
        const Result<BenchmarkResult> back = ResultFile::parse(again.constData(), again.size(), u"mem"_s);
        QVERIFY(back);
        QVERIFY(back.value() == r.value());
    }

    // A real run's file with the engine's scrapes (serve-sim's vLLM /metrics; see tests/data/io/README.md)
    // reads, keeps every scrape and writes back unchanged.
    void aRunsEngineStateReadsAndWritesBackUnchanged()
    {
        const QString path = testing::sourcePath(u"tests/data/io/engine-state-vllm.inferdeck.json"_s);
        const Result<BenchmarkResult> r = ResultFile::read(path);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const EngineState& e = r.value().phases[0].engine.value(0);
        QVERIFY(e.measured);
        QCOMPARE(e.engine, u"vllm"_s);
        QVERIFY(e.size() >= 3);
        QVERIFY(e.histograms.contains(u"queue_s"_s));
        QCOMPARE(e.gauges.at(u"running"_s).size(), e.size());
        const QByteArray again = ResultFile::serialize(r.value());
        const Result<BenchmarkResult> back = ResultFile::parse(again.constData(), again.size(), u"mem"_s);
        QVERIFY(back);
        QVERIFY(back.value() == r.value());
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

    // The column reader's own paths (eight digits a step, Clinger's exact division, two threads on a long
    // column) must give the very double the writer wrote, like from_chars, for every magnitude and length.
    void manyDoublesOfEveryLengthSurviveBitForBit()
    {
        BenchmarkResult r = richRun();
        RequestColumns& q = r.phases[0].requests;
        const std::size_t before = q.size();
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> exponent(-7.0, 6.5);
        std::uniform_real_distribution<double> unit(-1.0, 1.0);
        std::vector<double> written;
        for (int i = 0; i < 60000; ++i) {
            double x = std::pow(10.0, exponent(rng)) * unit(rng);
            if (i % 3 == 0)
                x = std::round(x * 1e6) / 1e6; // the agent's microsecond stamps: short fractions
            else if (i % 3 == 1)
                x = std::round(x * 1e3) / 1e3;
            RequestColumns::Row row;
            row.requestId = 1'000'000 + i;
            row.send = x;
            row.end = std::fabs(x) + 1.0;
            q.append(row);
            written.push_back(x);
        }
        const QByteArray text = ResultFile::serialize(r);
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        const RequestColumns& b = back.value().phases[0].requests;
        for (std::size_t i = 0; i < written.size(); ++i)
            QCOMPARE(std::bit_cast<std::uint64_t>(b.send[before + i]), std::bit_cast<std::uint64_t>(written[i]));
        QVERIFY(back.value() == r);
    }

    void unicodeAndEscapesSurvive()
    {
        BenchmarkResult r = richRun();
        r.plan.name = u"Lädt 日本語 ✓ 🚀 \"quoted\" back\\slash"_s;
        // control characters only in free text: names, paths and commands refuse them (tst_hostile_inputs)
        r.statusDetail = u"newline\nand tab\t and \u0001"_s;
        r.phases[0].failureReasons.append(u"HTTP 500: {\"error\": \"überlastet\"}\n\ttraceback"_s);
        QByteArray text = ResultFile::serialize(r);
        text.prepend("\xEF\xBB\xBF"); // a byte order mark some editors add
        const Result<BenchmarkResult> back = ResultFile::parse(text.constData(), text.size(), u"mem"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().plan.name, r.plan.name);
        QCOMPARE(back.value().statusDetail, r.statusDetail);
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
