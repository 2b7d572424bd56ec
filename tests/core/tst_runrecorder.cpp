// The run recorder: real agent output (tests/data/agent, recorded against serve-sim with faults) becomes
// the columnar model exactly, and lost, repeated or garbled lines are reported without losing others.
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include "io/resultfile.h"
#include "protocol/runrecorder.h"
#include "testutil.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {
QList<QByteArray> fixtureLines(const QString& name)
{
    QFile f(testing::sourcePath(u"tests/data/agent/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

std::string_view view(const QByteArray& b) { return { b.constData(), static_cast<std::size_t>(b.size()) }; }

double orNaN(const json& j, const char* key) { return j[key].is_null() ? std::nan("") : j[key].get<double>(); }

bool sameTime(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9; }

// Feeds lines to a one-node recorder with a clock offset; returns it for inspection.
struct Recorded {
    RunRecorder recorder;
    int run = 0;
    int telemetry = 0;
};
void record(Recorded& r, const QList<QByteArray>& run, const QList<QByteArray>& telemetry, double offset = 0.0)
{
    const int node = r.recorder.addNode(u"gpu-a"_s, offset);
    r.run = r.recorder.addStream(node, u"gpu-a run"_s);
    r.telemetry = r.recorder.addStream(node, u"gpu-a telemetry"_s);
    for (const QByteArray& line : run)
        r.recorder.feedLine(r.run, view(line));
    for (const QByteArray& line : telemetry)
        r.recorder.feedLine(r.telemetry, view(line));
}
} // namespace

class TestRunRecorder : public QObject {
    Q_OBJECT
private slots:
    void recordedAgentOutputRoundTripsIntoTheModel()
    {
        const auto run = fixtureLines(u"run-gpu-a.jsonl"_s);
        const auto telemetry = fixtureLines(u"telemetry-gpu-a.jsonl"_s);
        const double offset = 0.125; // the node's clock runs 125 ms ahead of the workstation's
        Recorded r;
        record(r, run, telemetry, offset);
        QVERIFY2(r.recorder.issues().isEmpty(), qPrintable(r.recorder.issues().value(0).message));
        const Phase& phase = r.recorder.phase();

        // an independent reading of the same lines with nlohmann decides what the model must hold
        std::vector<json> requests;
        double t0 = 0.0;
        for (const QByteArray& line : run) {
            const json e = json::parse(line.toStdString());
            if (e["type"] == "phase_start")
                t0 = e["t"].get<double>() - offset;
            if (e["type"] == "request")
                requests.push_back(e);
        }
        QCOMPARE(phase.name, u"fixture"_s);
        QCOMPARE(phase.load.mode, LoadSpec::Mode::Gamma);
        QCOMPARE(phase.load.burstiness, 0.5);
        QCOMPARE(phase.t0Unix, t0);
        QCOMPARE(phase.requests.size(), requests.size());
        QVERIFY(phase.requests.hasChunks());
        std::size_t failures = 0;
        for (std::size_t i = 0; i < requests.size(); ++i) {
            const json& q = requests[i];
            const auto& c = phase.requests;
            QCOMPARE(c.requestId[i], q["id"].get<std::int64_t>());
            QCOMPARE(bool(c.warmup[i]), q["warmup"].get<bool>());
            QVERIFY(sameTime(c.send[i], q["send"].get<double>() - offset - t0));
            QVERIFY(sameTime(c.intendedSend[i], orNaN(q, "intended") - offset - t0));
            QVERIFY(sameTime(c.firstToken[i], orNaN(q, "first") - offset - t0));
            QVERIFY(sameTime(c.end[i], q["end"].get<double>() - offset - t0));
            QCOMPARE(c.outputTokens[i], q["out"].is_null() ? -1 : q["out"].get<int>());
            QCOMPARE(bool(c.tokensFromUsage[i]), q["usage"].get<bool>());
            QCOMPARE(phase.statusText(i).toStdString(), q["status"].get<std::string>());
            failures += q["status"] != "ok";
            const auto chunks = q["chunks_us"].get<std::vector<std::int64_t>>();
            QCOMPARE(c.chunkOffsets[i + 1] - c.chunkOffsets[i], chunks.size());
            for (std::size_t k = 0; k < chunks.size(); ++k)
                QVERIFY(sameTime(c.chunkTimes[c.chunkOffsets[i] + k], c.send[i] + double(chunks[k]) * 1e-6));
        }
        QVERIFY2(failures >= 2, "the fixture was recorded with fault injection and must contain failures");
        QVERIFY(r.recorder.phaseEnd(r.run).has_value());
        QCOMPARE(r.recorder.phaseEnd(r.run)->sent, qint64(requests.size()));
        QVERIFY(r.recorder.ended(r.run));
        QVERIFY(r.recorder.ended(r.telemetry));

        std::size_t samples = 0;
        for (const QByteArray& line : telemetry) {
            const json e = json::parse(line.toStdString());
            if (e["type"] != "telemetry")
                continue;
            QVERIFY(sameTime(phase.telemetry.time[samples], e["time"].get<double>() - offset - t0));
            QCOMPARE(phase.telemetry.powerW[samples], e["gpus"][0]["power_w"].get<double>());
            ++samples;
        }
        QCOMPARE(phase.telemetry.size(), samples);
    }

    void reasoningModelFieldsAndPromptMethodReachTheModel()
    {
        const auto run = fixtureLines(u"run-reasoning-vllm.jsonl"_s);
        const double offset = -0.25;
        Recorded r;
        record(r, run, {}, offset);
        QVERIFY2(r.recorder.issues().isEmpty(), qPrintable(r.recorder.issues().value(0).message));
        const Phase& phase = r.recorder.phase();
        std::vector<json> requests;
        double t0 = 0.0;
        for (const QByteArray& line : run) {
            const json e = json::parse(line.toStdString());
            if (e["type"] == "phase_start") {
                t0 = e["t"].get<double>() - offset;
                QCOMPARE(phase.prompts.method.toStdString(), e["prompts"]["method"].get<std::string>());
                QCOMPARE(phase.prompts.tokenizer.toStdString(), e["prompts"]["tokenizer"].get<std::string>());
                QCOMPARE(phase.prompts.note.toStdString(), e["prompts"]["note"].get<std::string>());
            }
            if (e["type"] == "request")
                requests.push_back(e);
        }
        QCOMPARE(phase.prompts.method, u"exact"_s);
        QCOMPARE(phase.requests.size(), requests.size());
        std::size_t allReasoning = 0;
        std::size_t failures = 0;
        for (std::size_t i = 0; i < requests.size(); ++i) {
            const json& q = requests[i];
            const auto& c = phase.requests;
            QVERIFY(sameTime(c.firstAnswer[i], orNaN(q, "answer") - offset - t0));
            QCOMPARE(c.reasoningTokens[i], q["reasoning"].is_null() ? -1 : q["reasoning"].get<int>());
            QCOMPARE(bool(c.reasoningFromUsage[i]), q["reasoning_usage"].is_null() ? false : q["reasoning_usage"].get<bool>());
            QCOMPARE(c.requestedInput[i], q["in_req"].get<int>());
            QCOMPARE(c.requestedOutput[i], q["out_req"].get<int>());
            allReasoning += q["status"] == "ok" && q["answer"].is_null();
            failures += q["status"] != "ok";
        }
        QVERIFY2(allReasoning >= 1, "the fixture must hold answers made only of reasoning");
        QVERIFY2(failures >= 1, "the fixture must hold failures");
    }

    void phaseIsOnlyAsExactAsItsLeastExactNode()
    {
        RunRecorder recorder;
        const int a = recorder.addStream(recorder.addNode(u"gpu-a"_s), u"gpu-a run"_s);
        const int b = recorder.addStream(recorder.addNode(u"gpu-b"_s), u"gpu-b run"_s);
        for (const QByteArray& line : fixtureLines(u"run-reasoning-vllm.jsonl"_s))
            recorder.feedLine(a, view(line));
        QCOMPARE(recorder.phase().prompts.method, u"exact"_s);
        QString estimatedNote;
        for (const QByteArray& line : fixtureLines(u"run-estimated-tgi.jsonl"_s)) {
            const json e = json::parse(line.toStdString());
            if (e["type"] == "phase_start")
                estimatedNote = QString::fromStdString(e["prompts"]["note"].get<std::string>());
            recorder.feedLine(b, view(line));
        }
        QVERIFY2(recorder.issues().isEmpty(), qPrintable(recorder.issues().value(0).message));
        const PromptMethod& m = recorder.phase().prompts;
        QCOMPARE(m.method, u"estimated"_s);
        QVERIFY(m.tokenizer.isEmpty());
        QCOMPARE(m.note, u"gpu-b: "_s + estimatedNote);
    }

    void answersAreKeptOnlyForMeasuredSuccessfulRequests()
    {
        // the fixture's requests, each given an answer and a reference as a summarization dataset gives them
        QList<QByteArray> run;
        std::vector<std::int64_t> expected;
        for (const QByteArray& line : fixtureLines(u"run-gpu-a.jsonl"_s)) {
            json e = json::parse(line.toStdString());
            if (e["type"] == "request") {
                e["text"] = "answer " + std::to_string(e["id"].get<std::int64_t>());
                e["reference"] = "reference";
                if (!e["warmup"].get<bool>() && e["status"] == "ok")
                    expected.push_back(e["id"].get<std::int64_t>());
            }
            run.append(QByteArray::fromStdString(e.dump()));
        }
        Recorded r;
        record(r, run, {});
        const OutputTexts& out = r.recorder.phase().outputs;
        QVERIFY(!expected.empty());
        QVERIFY(expected.size() < r.recorder.phase().requests.size()); // warm-up and failures left out
        QCOMPARE(out.requestId, expected);
        for (std::size_t i = 0; i < out.size(); ++i) {
            QCOMPARE(out.text[static_cast<qsizetype>(i)], u"answer %1"_s.arg(out.requestId[i]));
            QCOMPARE(out.reference[static_cast<qsizetype>(i)], u"reference"_s);
        }
    }

    void anyChunkingOfTheByteStreamGivesTheSamePhase()
    {
        const auto run = fixtureLines(u"run-gpu-a.jsonl"_s);
        Recorded whole;
        record(whole, run, {});
        QByteArray bytes = run.join('\n') + '\n';
        RunRecorder chunked;
        const int stream = chunked.addStream(chunked.addNode(u"gpu-a"_s), u"gpu-a run"_s);
        QRandomGenerator rng(42);
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = std::min<qsizetype>(bytes.size() - at, 1 + rng.bounded(300));
            chunked.feed(stream, std::string_view(bytes.constData() + at, static_cast<std::size_t>(n)));
            at += n;
        }
        chunked.finishStream(stream);
        QVERIFY(chunked.issues().isEmpty());
        QCOMPARE(chunked.phase(), whole.recorder.phase());
    }

    void garbledLineIsReportedAndItsNeighboursKept()
    {
        auto run = fixtureLines(u"run-gpu-a.jsonl"_s);
        const QByteArray victim = run[10];
        run[10] = victim.left(victim.size() / 2); // a line cut in half, then the next line follows
        Recorded r;
        record(r, run, {});
        const auto& issues = r.recorder.issues();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].kind, StreamIssue::Kind::Malformed);
        QCOMPARE(issues[0].line, 11);
        QVERIFY2(issues[0].message.contains(u"line 11"_s), qPrintable(issues[0].message));
        QCOMPARE(issues[1].kind, StreamIssue::Kind::Gap); // its seq is missing, and said so
        QCOMPARE(issues[1].seqFrom, 11);
        QCOMPARE(issues[1].seqTo, 11);
        const qint64 requestLines = std::count_if(run.begin(), run.end(),
                                                  [](const QByteArray& l) { return l.contains("\"type\":\"request\""); });
        QCOMPARE(qint64(r.recorder.phase().requests.size()), requestLines - 1); // only the cut line's request is lost
        QCOMPARE(r.recorder.resumeFrom(r.run), 10);
    }

    void gapIsReportedAndFilledByAReplayWithoutDuplicates()
    {
        const auto run = fixtureLines(u"run-gpu-a.jsonl"_s);
        Recorded reference;
        record(reference, run, {});

        // the link drops after line 20 and lines 21..30 are lost; the stream resumes with line 31
        Recorded r;
        const int node = r.recorder.addNode(u"gpu-a"_s);
        const int s = r.recorder.addStream(node, u"gpu-a run"_s);
        for (int i = 0; i < run.size(); ++i) {
            if (i < 20 || i >= 30)
                r.recorder.feedLine(s, view(run[i]));
        }
        QCOMPARE(r.recorder.missing(s).size(), 1);
        QCOMPARE(r.recorder.missing(s)[0], std::make_pair(qint64(21), qint64(30)));
        QCOMPARE(r.recorder.resumeFrom(s), 20);
        // --resume-from 20 replays 21.. to the end, of which 31.. are repeats
        for (int i = 20; i < run.size(); ++i)
            r.recorder.feedLine(s, view(run[i]));
        QVERIFY(r.recorder.missing(s).isEmpty());
        const auto& issues = r.recorder.issues();
        QCOMPARE(issues.first().kind, StreamIssue::Kind::Gap);
        const auto duplicates = std::count_if(issues.begin(), issues.end(),
                                              [](const StreamIssue& i) { return i.kind == StreamIssue::Kind::Duplicate; });
        QCOMPARE(duplicates, run.size() - 30);
        // same requests, in a different order; sort both by id and compare
        const auto& a = r.recorder.phase().requests;
        const auto& b = reference.recorder.phase().requests;
        QCOMPARE(a.size(), b.size());
        std::vector<std::int64_t> ia(a.requestId), ib(b.requestId);
        std::sort(ia.begin(), ia.end());
        std::sort(ib.begin(), ib.end());
        QCOMPARE(ia, ib);
        QCOMPARE(r.recorder.eventsAccepted(), reference.recorder.eventsAccepted());
    }

    void truncatedLastLineIsReported()
    {
        const auto run = fixtureLines(u"run-gpu-a.jsonl"_s);
        RunRecorder r;
        const int s = r.addStream(r.addNode(u"gpu-a"_s), u"journal"_s);
        QByteArray bytes = run.mid(0, 5).join('\n') + '\n' + run[5].left(40);
        r.feed(s, view(bytes));
        r.finishStream(s);
        QCOMPARE(r.issues().size(), 1);
        QCOMPARE(r.issues()[0].kind, StreamIssue::Kind::Truncated);
        QVERIFY2(r.issues()[0].message.contains(u"line 6"_s), qPrintable(r.issues()[0].message));
        QCOMPARE(r.lastSeq(s), 5);
    }

    void twoNodesShareOneTimeAxisThroughTheirClockOffsets()
    {
        // the same event from two nodes whose clocks disagree by 2 s lands at the same phase time
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s, 0.0), u"a"_s);
        const int b = r.addStream(r.addNode(u"b"_s, 2.0), u"b"_s);
        r.setT0(1000.0);
        r.feedLine(a, R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"send":1001.5,"end":1002,"status":"ok"})");
        r.feedLine(b, R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"send":1003.5,"end":1004,"status":"HTTP 503"})");
        const auto& c = r.phase().requests;
        QCOMPARE(c.send[0], 1.5);
        QCOMPARE(c.send[1], 1.5);
        QCOMPARE(c.node[1], std::uint16_t(1));
        QCOMPARE(r.phase().statusText(1), u"HTTP 503"_s);
        QVERIFY(r.issues().isEmpty()); // seq is per stream
    }

    void whenEachNodeOpenedItsMeasuredWindowIsKeptOnTheWorkstationClock()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s, 0.0), u"a"_s);
        const int b = r.addStream(r.addNode(u"b"_s, 2.0), u"b"_s);
        r.setT0(1000.0);
        r.feedLine(a, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0,"measure_start":1001.25,"warmup_s":1.25,"ramp_s":0.5})");
        // b's clock runs 2 s ahead: the same instant, and a phase stopped during its warm-up has no window
        r.feedLine(b, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0,"measure_start":null,"warmup_s":null,"ramp_s":null})");
        const Phase& p = r.phase();
        QCOMPARE(p.measureStartS.size(), 2);
        QCOMPARE(p.measureStartS[0], 1.25);
        QVERIFY(std::isnan(p.measureStartS[1]));
        QCOMPARE(p.rampS[0], 0.5);
        QVERIFY(std::isnan(p.rampS[1]));
        // and the result file keeps them
        BenchmarkResult result;
        result.phases.append(p);
        result.phases[0].name = u"x"_s;
        for (const char* n : { "a", "b" }) {
            NodeInventory node;
            node.name = QString::fromLatin1(n);
            result.nodes.append(node);
        }
        const QByteArray text = ResultFile::serialize(result);
        const auto back = ResultFile::parse(text.constData(), text.size(), u"x.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].measureStartS[0], 1.25);
        QVERIFY(std::isnan(back.value().phases[0].measureStartS[1]));
        QCOMPARE(back.value().phases[0].rampS[0], 0.5);
    }

    void eachNodesAccuracyBudgetReachesThePhaseAndSurvivesTheResultFile()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"a"_s);
        const int b = r.addStream(r.addNode(u"b"_s), u"b"_s);
        const int c = r.addStream(r.addNode(u"c"_s), u"c"_s);
        r.setT0(1000.0);
        r.feedLine(a, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0,"accuracy":{"stamps":"kernel",)"
                      R"("reads":{"kernel":40,"user":0,"rejected":0},"client_lag_s":{"p50":0.001,"p90":0.002,"p99":0.004,"max":0.009},)"
                      R"("loop_lag_s":{"p50":0.0005,"p99":0.003},"cpu_busy":0.42,"chunks":80,"shared_chunks":6,"error_s":{"p99":0.0025,"max":0.007},)"
                      R"("ttft_error_s":{"p99":0.0012,"max":0.004}}})");
        // a wrong type reads as not said, never as a value; b says nothing at all
        r.feedLine(c, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0,"accuracy":{"stamps":"user","cpu_busy":"x","client_lag_s":"bogus",)"
                      R"("chunks":3,"shared_chunks":9,"error_s":{"p99":-1,"max":0.5}}})");
        r.feedLine(b, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0})");
        const Phase& p = r.phase();
        QCOMPARE(p.accuracy.size(), 3);
        const ClientAccuracy& k = p.accuracy[0];
        QCOMPARE(k.stamps, u"kernel"_s);
        QCOMPARE(*k.clientLagP99S, 0.004);
        QCOMPARE(*k.loopLagP99S, 0.003);
        QCOMPARE(*k.cpuBusy, 0.42);
        QCOMPARE(k.chunks, 80);
        QCOMPARE(k.sharedChunks, 6);
        QCOMPARE(*k.errorP99S, 0.0025);
        QCOMPARE(*k.ttftErrorP99S, 0.0012);
        QCOMPARE(*k.ttftErrorMaxS, 0.004);
        QVERIFY(!p.accuracy[1].known());
        QCOMPARE(p.accuracy[2].stamps, u"user"_s);
        QVERIFY(!p.accuracy[2].clientLagP99S);
        QVERIFY(!p.accuracy[2].cpuBusy);
        QVERIFY(!p.accuracy[2].errorP99S);
        QCOMPARE(p.accuracy[2].sharedChunks, 3); // never more than the chunks
        QCOMPARE(*p.accuracy[2].errorMaxS, 0.5);

        BenchmarkResult result;
        result.phases.append(p);
        result.phases[0].name = u"x"_s;
        for (const char* n : { "a", "b", "c" }) {
            NodeInventory node;
            node.name = QString::fromLatin1(n);
            result.nodes.append(node);
        }
        const QByteArray text = ResultFile::serialize(result);
        QVERIFY(text.contains("\"client_accuracy\""));
        const auto back = ResultFile::parse(text.constData(), text.size(), u"x.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().phases[0].accuracy, p.accuracy);

        // a budget of a newer version is refused by name, not misread
        nlohmann::json doc = nlohmann::json::parse(text.toStdString());
        doc["phases"][0]["client_accuracy"]["version"] = 99;
        const QByteArray newer = QByteArray::fromStdString(doc.dump());
        const auto refused = ResultFile::parse(newer.constData(), newer.size(), u"x.json"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(u"accuracy budget version 99"_s), qPrintable(refused.error().toString()));
    }

    void aFileWithoutAnAccuracyBudgetReadsAsBefore()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"a"_s);
        r.setT0(1000.0);
        r.feedLine(a, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0})");
        QVERIFY(r.phase().accuracy.isEmpty());
        BenchmarkResult result;
        result.phases.append(r.phase());
        result.phases[0].name = u"x"_s;
        NodeInventory node;
        node.name = u"a"_s;
        result.nodes.append(node);
        const QByteArray text = ResultFile::serialize(result);
        QVERIFY(!text.contains("client_accuracy"));
        const auto back = ResultFile::parse(text.constData(), text.size(), u"x.json"_s);
        QVERIFY(back);
        QVERIFY(back.value().phases[0].accuracy.isEmpty());
    }

    void anAgentWithoutAMeasuredWindowLeavesItUnknown()
    {
        RunRecorder r;
        const int a = r.addStream(r.addNode(u"a"_s), u"a"_s);
        r.setT0(1000.0);
        r.feedLine(a, R"({"v":1,"seq":1,"type":"phase_end","t":9,"sent":5,"done":5,"failed":0})");
        QVERIFY(r.phase().measureStartS.isEmpty());
    }

    void errorAndLogEventsBecomeMessages()
    {
        RunRecorder r;
        const int s = r.addStream(r.addNode(u"a"_s), u"a"_s);
        r.feedLine(s, R"({"v":1,"seq":1,"type":"log","t":1,"level":"warn","message":"telemetry sample failed"})");
        r.feedLine(s, R"({"v":1,"seq":2,"type":"error","t":2,"message":"nvidia-smi not found"})");
        QCOMPARE(r.messages().size(), 2);
        QCOMPARE(r.messages()[0].level, u"warn"_s);
        QCOMPARE(r.messages()[1].level, u"error"_s);
        QCOMPARE(r.messages()[1].text, u"nvidia-smi not found"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunRecorder)
#include "tst_runrecorder.moc"
