// `inferdeck-cli run` end to end on the demo cluster (two local simulated nodes), `recover`, cancel and
// bad input. The simulators' ground truth decides whether every request was recorded exactly once.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <csignal>

#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "io/runfiles.h"
#include "metrics/resultsummary.h"
#include "metrics/scaling.h"
#include "run/democluster.h"
#include "util/ports.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {
QSet<QString> groundTruthIds(const QString& dir)
{
    QSet<QString> ids;
    for (const QString& name : QDir(dir).entryList({ u"*.jsonl"_s }, QDir::Files)) {
        QFile f(dir + u'/' + name);
        f.open(QIODevice::ReadOnly);
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QString id = QJsonDocument::fromJson(line).object().value(u"id"_s).toString();
            if (ids.contains(id))
                qWarning("ground truth lists %s twice", qPrintable(id));
            ids.insert(id);
        }
    }
    return ids;
}

// The X-Request-Id each recorded request was sent with: node:phase:repetition:id.
QStringList recordedIds(const BenchmarkResult& r)
{
    QStringList ids;
    for (const Phase& p : r.phases)
        for (std::size_t i = 0; i < p.requests.size(); ++i)
            ids.append(u"%1:%2:%3:%4"_s.arg(p.nodes[p.requests.node[i]], p.name).arg(p.repetition).arg(p.requests.requestId[i]));
    return ids;
}

QString processesMentioning(const QString& text)
{
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, { u"-af"_s, text });
    pgrep.waitForFinished(5000);
    QString out = QString::fromLocal8Bit(pgrep.readAll()).trimmed();
    // pgrep -f also sees itself through the shell of nobody; only real matches stay
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString& l) { return l.contains(u"pgrep"_s); });
    return lines.join(u'\n');
}

void killMentioning(const QString& text) { QProcess::execute(u"pkill"_s, { u"-KILL"_s, u"-f"_s, text }); }

// Starts `inferdeck-cli run --demo -o dir` and waits (at most 60 s) until its second phase begins;
// returns what it printed on stderr so far.
QByteArray startDemoUntilPhase2(QProcess& cli, const QString& dir)
{
    cli.setProgram(qEnvironmentVariable("INFERDECK_CLI"));
    cli.setArguments({ u"run"_s, u"--demo"_s, u"-o"_s, dir });
    cli.start();
    QByteArray err;
    if (!cli.waitForStarted())
        return err;
    for (int i = 0; i < 600 && !err.contains("phase 2 of"); ++i) {
        cli.waitForReadyRead(100);
        err += cli.readAllStandardError();
    }
    return err;
}
// A cluster of two local simulated nodes started by their launch templates, and a plan whose phases
// run tests/data/run/fake_bench_tool.py on each node instead of InferDeck's own load generator.
void writeExternalToolRun(const QString& dir, const QString& extraToolArgs)
{
    QDir().mkpath(dir);
    QJsonArray nodes;
    for (const QString& name : { u"ext-a"_s, u"ext-b"_s })
        nodes.append(QJsonObject { { u"name"_s, name }, { u"local"_s, true },
                                   { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                                   { u"launch"_s, u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model}"_s },
                                   { u"ready_timeout_s"_s, 30 } });
    QFile cluster(dir + u"/cluster.json"_s);
    cluster.open(QIODevice::WriteOnly);
    cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, nodes } }).toJson());
    const QString command = u"{python} "_s + sourcePath(u"tests/data/run/fake_bench_tool.py"_s)
                          + u" --endpoint {endpoint} --model {model} --node {node} --rate {rate} --requests {requests}"
                            " --result {result_file} "_s + extraToolArgs;
    const QJsonObject plan { { u"model"_s, u"sim/llama"_s },
                             { u"load"_s, QJsonObject { { u"mode"_s, u"poisson"_s }, { u"value"_s, 5 } } },
                             { u"requests"_s, 3 },
                             { u"repetitions"_s, 1 },
                             { u"scaling"_s, true },
                             { u"external"_s, QJsonObject { { u"command"_s, command } } } };
    QFile planFile(dir + u"/plan.json"_s);
    planFile.open(QIODevice::WriteOnly);
    planFile.write(QJsonDocument(plan).toJson());
}
} // namespace

class TestCliRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() { m_demo = m_dir.filePath(u"demo"_s); }

    void demoRunRecordsEveryRequestOnceAndMeasuresScaling()
    {
        const auto r = runCli({ u"run"_s, u"--demo"_s, u"-o"_s, m_demo }, 240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        QVERIFY(r.out.contains("result.inferdeck.json"));
        const auto result = ResultFile::read(m_demo + u"/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const BenchmarkResult& b = result.value();
        QVERIFY(b.simulated);
        QCOMPARE(b.status, RunStatus::Complete);
        QCOMPARE(b.phases.size(), 6); // 1-node baseline and 2-node phase, 3 repetitions each
        QCOMPARE(b.nodes.size(), 2);

        const QStringList recorded = recordedIds(b);
        const QSet<QString> truth = groundTruthIds(m_demo + u"/ground-truth"_s);
        QVERIFY(truth.size() > 100);
        QCOMPARE(QSet<QString>(recorded.begin(), recorded.end()).size(), recorded.size()); // no duplicates
        QCOMPARE(QSet<QString>(recorded.begin(), recorded.end()), truth);                 // none lost

        const ScalingResult s = analyzeScaling(b);
        QVERIFY2(s.measured, qPrintable(s.reason));
        QVERIFY(s.interval.has_value());
        QCOMPARE(s.nodes, 2);
        QVERIFY(s.efficiency > 0.5 && s.efficiency < 1.5);

        // synchronized start: each node begins at the `go` instant, which is the phase's t0 (the demo's
        // closed loop has no schedule, so its first send tells; warm connections make it prompt)
        for (const Phase& p : b.phases) {
            std::vector<double> first(static_cast<std::size_t>(p.nodes.size()), 1e9);
            for (std::size_t i = 0; i < p.requests.size(); ++i) {
                const double start = std::isnan(p.requests.intendedSend[i]) ? p.requests.send[i] : p.requests.intendedSend[i];
                first[p.requests.node[i]] = std::min(first[p.requests.node[i]], start);
            }
            for (double f : first)
                QVERIFY2(std::abs(f) < 0.02, qPrintable(u"%1: a node began %2 s from t0"_s.arg(p.name).arg(f)));
        }
        QCOMPARE(processesMentioning(m_demo), QString());

        // the summarization dataset carries references: every measured, successful answer is kept for ROUGE
        for (const Phase& p : b.phases) {
            std::size_t ok = 0;
            for (std::size_t i = 0; i < p.requests.size(); ++i)
                ok += !p.requests.warmup[i] && p.requests.status[i] == RequestColumns::kOk ? 1 : 0;
            QCOMPARE(p.outputs.size(), ok);
        }
        // and the graded report in all three formats, next to the result
        for (const char* name : { "report.md", "report.html", "report.pdf" })
            QVERIFY2(QFileInfo(m_demo + u'/' + QString::fromLatin1(name)).size() > 1000, name);
        QFile md(m_demo + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray report = md.readAll();
        QVERIFY(report.contains("**Overall grade: "));
        QVERIFY(report.contains("| Phase | Answers | ROUGE-1 | ROUGE-2 | ROUGE-L |"));

        // issue 21: the demo's seconds-long phases cannot meet the rubric's size rules for a real run (60 s,
        // 200 requests); the result reads back as the demo, and the verdict, first thing under the grade,
        // says so before anything else and names the rules that capped the grade with the demo's own numbers
        QVERIFY(isDemoPlan(b.plan));
        const Rubric rubric = defaultRubric();
        QVERIFY(b.plan.durationS < rubric.rule(u"min_phase_duration_s"_s)->threshold);
        const QString text = QString::fromUtf8(report);
        const qsizetype grade = text.indexOf(u"**Overall grade: "_s);
        const qsizetype note = text.indexOf(u"This is InferDeck's one-minute demo on simulated nodes, not a benchmark: its phases are shorter"_s);
        QVERIFY2(note > grade && text.mid(grade, note - grade).count(u'\n') == 2, qPrintable(text.left(1500))); // the next paragraph
        QVERIFY2(text.indexOf(u"phases shorter than 60.0 s ("_s) > note, qPrintable(text.left(1500)));
    }

    // issue 25: the engine's own account (scraped from the simulator's /metrics) against the simulator's
    // ground truth of the same requests: per node and phase, the queue and prefill means agree
    void engineTimeSplitAgreesWithTheSimulatorsGroundTruth()
    {
        const auto result = ResultFile::read(m_demo + u"/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), "run demoRunRecordsEveryRequestOnceAndMeasuresScaling first");
        QHash<QString, QJsonObject> truth;
        for (const QString& name : QDir(m_demo + u"/ground-truth"_s).entryList({ u"*.jsonl"_s }, QDir::Files)) {
            QFile f(m_demo + u"/ground-truth/"_s + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QByteArray& line : f.readAll().split('\n'))
                if (!line.isEmpty()) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    truth.insert(o.value(u"id"_s).toString(), o);
                }
        }
        const ResultSummary summary = summarizeResult(result.value());
        int compared = 0;
        for (qsizetype i = 0; i < summary.phases.size(); ++i) {
            const Phase& p = result.value().phases[i];
            QVERIFY2(!summary.phases[i].engine.isEmpty(), qPrintable(p.name));
            for (const EngineSplit& e : summary.phases[i].engine) {
                if (e.node.isEmpty())
                    continue;
                QVERIFY2(e.measured, qPrintable(e.reason));
                QCOMPARE(e.engine, u"vllm"_s);
                const int k = int(p.nodes.indexOf(e.node));
                double queue = 0, prefill = 0;
                int n = 0;
                for (std::size_t r = 0; r < p.requests.size(); ++r) {
                    if (p.requests.node[r] != k || p.requests.warmup[r])
                        continue;
                    const QJsonObject t = truth.value(u"%1:%2:%3:%4"_s.arg(e.node, p.name).arg(p.repetition).arg(p.requests.requestId[r]));
                    queue += t.value(u"queue_s"_s).toDouble();
                    prefill += t.value(u"prefill_s"_s).toDouble();
                    ++n;
                }
                QVERIFY(n > 0);
                const StageEstimate& q = e.stages.at(u"queue_s"_s);
                const StageEstimate& f = e.stages.at(u"prefill_s"_s);
                // the same requests (warm-up ones end before the window opens: at most a scrape's worth slip in)
                QVERIFY2(std::abs(q.count - n) <= 2, qPrintable(u"%1 %2: engine %3, truth %4"_s.arg(p.name, e.node).arg(q.count).arg(n)));
                // means: exact sums of the same numbers, within a millisecond (and a warm-up request or two)
                QVERIFY2(std::abs(*q.mean - queue / n) < 1e-3, qPrintable(u"queue %1 vs %2"_s.arg(*q.mean).arg(queue / n)));
                QVERIFY2(std::abs(*f.mean - prefill / n) < 1e-3, qPrintable(u"prefill %1 vs %2"_s.arg(*f.mean).arg(prefill / n)));
                ++compared;
            }
        }
        QCOMPARE(compared, 9); // 3 repetitions of the 1-node baseline, 3 of the 2-node phase
        QFile md(m_demo + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("## Engine state"));
    }

    void recoverRebuildsTheResultFromTheJournal()
    {
        const QString journal = m_demo + u"/journal.jsonl"_s;
        if (!QFile::exists(journal))
            QSKIP("needs the demo run of the previous test");
        const QString out = m_dir.filePath(u"recovered.inferdeck.json"_s);
        const auto r = runCli({ u"recover"_s, journal, u"-o"_s, out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto original = ResultFile::read(m_demo + u"/result.inferdeck.json"_s).value();
        const auto recovered = ResultFile::read(out).value();
        QCOMPARE(recovered.phases.size(), original.phases.size());
        for (qsizetype i = 0; i < original.phases.size(); ++i)
            QCOMPARE(recovered.phases[i].requests, original.phases[i].requests);
        QCOMPARE(recovered.status, RunStatus::Complete);
        // the journal was fine: failing to write the result is exit code 1, not 3 (bad input)
        const auto unwritable = runCli({ u"recover"_s, journal, u"-o"_s, journal + u"/under-a-file.inferdeck.json"_s });
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("under-a-file"), unwritable.err.constData());

        // a journal cut in the middle of a line (the app killed mid-write) loses only that line
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        const qsizetype cut = text.indexOf("\"type\":\"request\"", text.size() / 2) + 10;
        const QString cutJournal = m_dir.filePath(u"cut.jsonl"_s);
        QFile c(cutJournal);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(text.left(cut));
        c.close();
        const auto partial = runCli({ u"recover"_s, cutJournal, u"-o"_s, m_dir.filePath(u"partial.inferdeck.json"_s) });
        QCOMPARE(partial.exitCode, 0);
        QVERIFY(partial.err.contains("cut off"));
        const auto p = ResultFile::read(m_dir.filePath(u"partial.inferdeck.json"_s)).value();
        QCOMPARE(p.status, RunStatus::Failed);
        // the cut falls inside the marker of the last line, so the kept text counts only complete requests
        const qint64 expected = text.left(cut).count("\"type\":\"request\"");
        qint64 got = 0;
        for (const Phase& ph : p.phases)
            got += static_cast<qint64>(ph.requests.size());
        QCOMPARE(got, expected);
    }

    // Ctrl+C, `kill` and a closed terminal (SIGHUP, which once ended the CLI at once with 129: no cancel,
    // no result, no report) all cancel the same way
    void everyStopSignalCancelsKeepsTheMeasuredAndReportsIt_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void everyStopSignalCancelsKeepsTheMeasuredAndReportsIt()
    {
        QFETCH(int, signal);
        const QString dir = m_dir.filePath(u"cancelled-%1"_s.arg(signal));
        QProcess cli;
        QByteArray err = startDemoUntilPhase2(cli, dir);
        QVERIFY2(err.contains("phase 2 of"), err.constData());
        // cancel once phase 2 has measured something: under load its servers take a while to be ready
        const QRegularExpression measuring(u"phase 2/\\d+: [1-9]\\d* requests done"_s);
        for (int i = 0; i < 600 && !measuring.match(QString::fromUtf8(err)).hasMatch(); ++i) {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
        }
        QVERIFY2(measuring.match(QString::fromUtf8(err)).hasMatch(), err.constData());
        ::kill(static_cast<pid_t>(cli.processId()), signal);
        QVERIFY(cli.waitForFinished(60000));
        err += cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(err.contains("cancelled by the user"), err.right(2000).constData());
        const auto result = ResultFile::read(dir + u"/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), err.constData());
        QCOMPARE(result.value().status, RunStatus::Cancelled);
        QVERIFY(result.value().phases.size() >= 2);
        // and the report of what was measured, in every format
        for (const char* name : { "report.md", "report.html", "report.pdf" })
            QVERIFY2(QFileInfo(dir + u'/' + QString::fromLatin1(name)).size() > 1000, name);
        QTest::qWait(500);
        const QString left = processesMentioning(dir);
        killMentioning(dir);
        QCOMPARE(left, QString());
    }

    void killedCliIsRecoverableFromItsJournal()
    {
        const QString dir = m_dir.filePath(u"killed"_s);
        QProcess cli;
        const QByteArray err = startDemoUntilPhase2(cli, dir);
        QVERIFY2(err.contains("phase 2 of"), err.constData());
        QTest::qWait(2500);
        ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
        cli.waitForFinished(10000);
        QTest::qWait(1500); // the orphaned local nodes get SIGTERM from the kernel and end
        killMentioning(dir);
        const auto r = runCli({ u"recover"_s, dir + u"/journal.jsonl"_s, u"-o"_s, dir + u"/recovered.inferdeck.json"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto recovered = ResultFile::read(dir + u"/recovered.inferdeck.json"_s);
        QVERIFY(recovered.ok());
        qint64 requests = 0;
        for (const Phase& p : recovered.value().phases)
            requests += static_cast<qint64>(p.requests.size());
        // everything journaled before the kill: the first phase whole, and part of the second
        QVERIFY(recovered.value().phases.size() >= 2);
        QVERIFY(requests > 30);
        QFile journal(dir + u"/journal.jsonl"_s);
        journal.open(QIODevice::ReadOnly);
        QCOMPARE(requests, qint64(journal.readAll().count("\"type\":\"request\"")));
    }

    void externalToolPhasesAttachEachNodesResultFile()
    {
        const QString dir = m_dir.filePath(u"external"_s);
        writeExternalToolRun(dir, QString());
        const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, dir + u"/cluster.json"_s, u"-o"_s, dir + u"/out"_s },
                              120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        QVERIFY2(r.err.contains("fake tool: request 3 of 3 done"), r.err.right(3000).constData()); // the tool's output is logged
        const auto result = ResultFile::read(dir + u"/out/result.inferdeck.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const BenchmarkResult& b = result.value();
        QCOMPARE(b.phases.size(), 2); // 1-node baseline, 2-node phase
        int attachments = 0;
        for (const Phase& p : b.phases) {
            QCOMPARE(p.attachments.size(), p.nodes.size()); // one result file from each node of the phase
            for (const Attachment& a : p.attachments) {
                ++attachments;
                const QJsonObject tool = QJsonDocument::fromJson(a.data).object();
                QCOMPARE(tool.value(u"node"_s).toString(), a.node);  // the file came from that node
                QCOMPARE(tool.value(u"completed"_s).toInt(), 3);     // {requests} reached the tool
                QCOMPARE(tool.value(u"request_rate"_s).toString(), u"5"_s);
                QCOMPARE(tool.value(u"model_id"_s).toString(), u"sim/llama"_s);
                QVERIFY(a.name.endsWith(u".result.json"_s));
            }
            QVERIFY(p.telemetry.size() > 0); // telemetry ran beside the tool
        }
        QCOMPARE(attachments, 3);
        QCOMPARE(b.plan.external.command.contains(u"fake_bench_tool.py"_s), true);

        // the journal alone holds the attachments too
        const auto rec = runCli({ u"recover"_s, dir + u"/out/journal.jsonl"_s, u"-o"_s, dir + u"/recovered.inferdeck.json"_s });
        QVERIFY2(rec.exitCode == 0, rec.err.constData());
        const auto recovered = ResultFile::read(dir + u"/recovered.inferdeck.json"_s);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.value().phases.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(recovered.value().phases[i].attachments, b.phases[i].attachments);
        QCOMPARE(processesMentioning(dir), QString());
    }

    void failingExternalToolStopsTheRunWithItsStatus()
    {
        const QString dir = m_dir.filePath(u"external-fails"_s);
        writeExternalToolRun(dir, u"--fail"_s);
        const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, dir + u"/cluster.json"_s, u"-o"_s, dir + u"/out"_s },
                              120000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("the external tool failed (status 3)"), r.err.right(3000).constData());
        QVERIFY2(r.err.contains("refusing to run, as asked"), r.err.right(3000).constData());
        QTest::qWait(500);
        const QString left = processesMentioning(dir);
        killMentioning(dir);
        QCOMPARE(left, QString());
    }

    void shippedExamplesAreValid()
    {
        for (const QString& name : QDir(sourcePath(u"resources/examples"_s)).entryList({ u"*.json"_s })) {
            const QString path = sourcePath(u"resources/examples/"_s + name);
            if (name.startsWith(u"plan"_s)) {
                const auto plan = readPlanFile(path);
                QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
            } else {
                const auto cluster = readClusterFile(path);
                QVERIFY2(cluster.ok(), qPrintable(cluster.ok() ? QString() : cluster.error().toString()));
                QVERIFY(cluster.value().nodes.size() >= 2);
            }
        }
    }

    void badInputFailsBeforeAnythingStarts_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("contradictory plan") << u"plan-contradictory"_s << u"cluster-never-ready"_s << 3 << u"not both"_s;
        QTest::newRow("all at once is for imports") << u"plan-all-at-once"_s << u"cluster-never-ready"_s << 3 << u"imported results only"_s;
        QTest::newRow("unknown placeholder") << u"plan-small"_s << u"cluster-unknown-placeholder"_s << 3 << u"{modle}"_s;
        QTest::newRow("two nodes one name") << u"plan-small"_s << u"cluster-duplicate-names"_s << 3 << u"two nodes"_s;
        QTest::newRow("hostile node") << u"plan-small"_s << u"cluster-hostile-node"_s << 3 << u"host name"_s;
        QTest::newRow("server never ready") << u"plan-small"_s << u"cluster-never-ready"_s << 1 << u"not ready"_s;
        QTest::newRow("unreachable node") << u"plan-small"_s << u"cluster-unreachable"_s << 4 << u"connect"_s;
        QTest::newRow("control character in a launch template")
            << u"plan-small"_s << u"cluster-control-character"_s << 3
            << u"nodes[0].launch: holds the control character U+001B at character 20"_s;
        // wait-ready used to die in a traceback here, and the run said "the server is not ready: " and nothing
        QTest::newRow("endpoint no request can carry") << u"plan-small"_s << u"cluster-endpoint-not-a-url"_s << 1 << u"not a valid URL"_s;
    }
    void badInputFailsBeforeAnythingStarts()
    {
        QFETCH(QString, plan);
        QFETCH(QString, cluster);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli({ u"run"_s, u"--plan"_s, sourcePath(u"tests/data/run/"_s + plan + u".json"_s), u"--cluster"_s,
                                sourcePath(u"tests/data/run/"_s + cluster + u".json"_s), u"-o"_s, m_dir.filePath(u"bad"_s) },
                              60000);
        QVERIFY2(r.finished, "the run hung");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(u"/tmp/inferdeck-hostile-canary"_s));
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.err.constData()); // quoted text is escaped
    }

    // what a node writes (a server's error output) is printed escaped: it can neither send a terminal
    // escape nor add lines that look like the CLI's own ("result: ...")
    void textFromANodeIsPrintedEscaped()
    {
        const QString dir = m_dir.filePath(u"hostile-output"_s);
        QDir().mkpath(dir);
        QFile cluster(dir + u"/cluster.json"_s);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        const QJsonObject node { { u"name"_s, u"a"_s },
                                 { u"local"_s, true },
                                 { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                                 { u"launch"_s, QString(u"{python} "_s + sourcePath(u"tests/data/run/hostile_server.py"_s) + u" {model}"_s) },
                                 { u"ready_timeout_s"_s, 30 } };
        cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, QJsonArray { node } } }).toJson());
        cluster.close();
        const auto r = runCli({ u"run"_s, u"--plan"_s, sourcePath(u"tests/data/run/plan-small.json"_s), u"--cluster"_s, cluster.fileName(),
                                u"-o"_s, dir + u"/out"_s },
                              60000);
        QVERIFY2(r.finished, "the run hung");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the server exited (status 3)"), r.err.constData());
        for (char control : { '\x1b', '\x07', '\r', '\0' })
            QVERIFY2(!r.err.contains(control), r.err.toPercentEncoding(" :/()|.,'-_").constData());
        QVERIFY2(!QString::fromUtf8(r.err).contains(QChar(0x9b)), r.err.constData());
        QVERIFY2(r.err.contains("loading \\x1b[2J\\x1b]0;pwned\\x07model"), r.err.constData());
        QVERIFY2(!r.err.contains("\nresult: /tmp/forged"), r.err.constData());
        QVERIFY(!r.out.contains("forged"));
    }

    void aRunThatCannotWriteItsOutputFailsWithExitCode1()
    {
        // -o under a regular file: no directory can be made there, root or not
        QFile blocker(m_dir.filePath(u"not-a-directory"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto r = runCli({ u"run"_s, u"--demo"_s, u"-o"_s, blocker.fileName() + u"/out"_s }, 60000);
        QVERIFY2(r.finished, "the run hung");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-a-directory"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
