// The agent event parser: every field of every kind, and a clear refusal of whatever is not an event.
#include <QTest>

#include "protocol/eventparser.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

class TestEventParser : public QObject {
    Q_OBJECT
private slots:
    void requestLineGivesEveryField()
    {
        AgentEventParser p;
        AgentEvent e;
        const std::string line = R"({"v":1,"seq":12,"type":"request","t":100.5,"phase":"p","rep":2,"node":"n1","id":7,)"
                                 R"("rid":"n1:p:2:7","warmup":true,"intended":99.25,"send":99.5,"first":99.75,"end":100.25,)"
                                 R"("chunks_us":[250000, 500000,750000],"in":812,"out":3,"usage":true,"status":"ok"})";
        QVERIFY2(p.parse(line, e), qPrintable(p.error()));
        QCOMPARE(e.seq, 12);
        QCOMPARE(e.type, AgentEventType::Request);
        QCOMPARE(e.t, 100.5);
        QCOMPARE(e.request.phase, std::string("p"));
        QCOMPARE(e.request.rep, 2);
        QCOMPARE(e.request.node, std::string("n1"));
        QCOMPARE(e.request.id, 7);
        QVERIFY(e.request.warmup);
        QCOMPARE(e.request.intended, 99.25);
        QCOMPARE(e.request.send, 99.5);
        QCOMPARE(e.request.first, 99.75);
        QCOMPARE(e.request.end, 100.25);
        QCOMPARE(e.request.chunksUs, (std::vector<std::int64_t> { 250000, 500000, 750000 }));
        QCOMPARE(e.request.inputTokens, 812);
        QCOMPARE(e.request.outputTokens, 3);
        QVERIFY(e.request.usage);
        QCOMPARE(e.request.status, std::string("ok"));
    }

    void reasoningModelRequestGivesAnswerTimeReasoningAndRequestedLengths()
    {
        // agent 1.1.0 against serve-sim --dialect vllm --reasoning-tokens 5 --report-reasoning-usage
        AgentEventParser p;
        AgentEvent e;
        const std::string line = R"({"v":1,"seq":3,"type":"request","t":1796462334.537205,"phase":"p","rep":0,"node":"n1",)"
                                 R"("id":0,"rid":"n1:p:0:0","warmup":false,"intended":null,"send":1796462334.522043,)"
                                 R"("first":1796462334.523888,"answer":1796462334.529974,"end":1796462334.537019,)"
                                 R"("chunks_us":[1845,3129,4196,5417,6568,7931,9104,10266,11591,12600,13749,14976],)"
                                 R"("in":40,"out":12,"usage":true,"reasoning":5,"reasoning_usage":true,"in_req":40,"out_req":12,)"
                                 R"("status":"ok"})";
        QVERIFY2(p.parse(line, e), qPrintable(p.error()));
        QCOMPARE(e.request.first, 1796462334.523888);
        QCOMPARE(e.request.answer, 1796462334.529974);
        QCOMPARE(e.request.reasoningTokens, 5);
        QVERIFY(e.request.reasoningUsage);
        QCOMPARE(e.request.requestedInput, 40);
        QCOMPARE(e.request.requestedOutput, 12);
        QCOMPARE(e.request.outputTokens, 12);
        QCOMPARE(e.request.chunksUs.size(), std::size_t(12));

        // serve-sim --dialect sglang --reasoning-tokens 20: the whole answer was reasoning, counted from chunks
        const std::string allReasoning = R"({"v":1,"seq":3,"type":"request","t":1796462341.86678,"phase":"p","rep":0,)"
                                         R"("node":"n1","id":0,"rid":"n1:p:0:0","warmup":false,"intended":null,)"
                                         R"("send":1796462341.851326,"first":1796462341.853414,"answer":null,)"
                                         R"("end":1796462341.866582,"chunks_us":[2087,3275,4452,5635,6802,7976,9132,)"
                                         R"(10348,11513,12684,14086,15256],"in":40,"out":12,"usage":true,"reasoning":12,)"
                                         R"("reasoning_usage":false,"in_req":40,"out_req":12,"status":"ok"})";
        QVERIFY2(p.parse(allReasoning, e), qPrintable(p.error()));
        QVERIFY(std::isnan(e.request.answer));
        QCOMPARE(e.request.reasoningTokens, 12);
        QVERIFY(!e.request.reasoningUsage);

        // serve-sim --dialect tgi: no reasoning at all, so both reasoning fields are null
        const std::string plain = R"({"v":1,"seq":3,"type":"request","t":1796462340.003016,"phase":"p","rep":0,)"
                                  R"("node":"n1","id":0,"rid":"n1:p:0:0","warmup":false,"intended":null,)"
                                  R"("send":1796462339.987275,"first":1796462339.988984,"answer":1796462339.988984,)"
                                  R"("end":1796462340.002722,"chunks_us":[1710,3060],"in":40,"out":12,"usage":true,)"
                                  R"("reasoning":null,"reasoning_usage":null,"in_req":40,"out_req":12,"status":"ok"})";
        QVERIFY2(p.parse(plain, e), qPrintable(p.error()));
        QCOMPARE(e.request.answer, e.request.first);
        QCOMPARE(e.request.reasoningTokens, -1);
        QVERIFY(!e.request.reasoningUsage);
    }

    void olderAgentRequestLeavesTheNewFieldsUnknown()
    {
        AgentEventParser p;
        AgentEvent e;
        // first a line that has every new field, so the test proves the buffers are reset, not left over
        QVERIFY(p.parse(R"({"v":1,"seq":1,"type":"request","t":1,"id":0,"send":1.0,"first":1.5,"answer":1.7,"end":2.0,)"
                        R"("reasoning":3,"reasoning_usage":true,"in_req":10,"out_req":20,"status":"ok"})",
                        e));
        QVERIFY(p.parse(R"({"v":1,"seq":2,"type":"request","t":1,"id":1,"send":1.0,"first":1.5,"end":2.0,"in":4,"out":5,)"
                        R"("usage":true,"status":"ok"})",
                        e));
        QVERIFY(std::isnan(e.request.answer));
        QCOMPARE(e.request.reasoningTokens, -1);
        QVERIFY(!e.request.reasoningUsage);
        QCOMPARE(e.request.requestedInput, -1);
        QCOMPARE(e.request.requestedOutput, -1);
    }

    void nullsAreUnknownAndEscapesAreDecoded()
    {
        AgentEventParser p;
        AgentEvent e;
        const std::string line = R"({"v":1,"seq":1,"type":"request","t":1,"id":0,"intended":null,"send":1.0,"first":null,)"
                                 R"("end":2.0,"chunks_us":[],"in":null,"out":null,"usage":false,)"
                                 // not raw strings: moc miscounts quotes inside them
                                 "\"status\":\"HTTP 500: \\\"boom\\\" \\u00e9\\ud83d\\ude00\\n\"}";
        QVERIFY2(p.parse(line, e), qPrintable(p.error()));
        QVERIFY(std::isnan(e.request.intended));
        QVERIFY(std::isnan(e.request.first));
        QCOMPARE(e.request.inputTokens, -1);
        QCOMPARE(e.request.outputTokens, -1);
        QVERIFY(e.request.chunksUs.empty());
        QCOMPARE(QString::fromStdString(e.request.status), QString::fromUtf8("HTTP 500: \"boom\" é😀\n"));
    }

    void answerAndReferenceAreDecoded()
    {
        AgentEventParser p;
        AgentEvent e;
        // not raw strings: moc miscounts quotes inside them
        const std::string line = "{\"v\":1,\"seq\":1,\"type\":\"request\",\"t\":1,\"id\":3,\"send\":1.0,\"end\":2.0,\"status\":\"ok\","
                                 "\"text\":\"caf\\u00e9 \\\"quoted\\\"\\nline\",\"reference\":\"the reference\"}";
        QVERIFY2(p.parse(line, e), qPrintable(p.error()));
        QCOMPARE(QString::fromStdString(e.request.text), QString::fromUtf8("café \"quoted\"\nline"));
        QCOMPARE(e.request.reference, std::string("the reference"));
        QVERIFY(p.parse(R"({"v":1,"seq":2,"type":"request","t":1,"id":4,"send":1.0,"end":2.0,"status":"ok"})", e));
        QVERIFY(e.request.text.empty() && e.request.reference.empty()); // buffers are reused: cleared, not kept
        QVERIFY(!p.parse(R"({"v":1,"seq":3,"type":"request","t":1,"id":5,"status":"ok","text":7})", e));
        QVERIFY(p.error().contains(u"'text'"_s));
    }

    void telemetryAndHeartbeatAndRareKinds()
    {
        AgentEventParser p;
        AgentEvent e;
        QVERIFY(p.parse(R"({"v":1,"seq":2,"type":"telemetry","t":5,"node":"n","time":4.5,"simulated":true,)"
                        R"("gpus":[{"gpu":0,"util":50.5,"mem_mib":1024,"power_w":300,"temp_c":60,"sm_mhz":1980},)"
                        R"({"gpu":1,"util":null,"mem_mib":2,"power_w":1,"temp_c":2,"sm_mhz":3}]})",
                        e));
        QCOMPARE(e.type, AgentEventType::Telemetry);
        QCOMPARE(e.telemetryTime, 4.5);
        QVERIFY(e.simulated);
        QCOMPARE(e.gpus.size(), std::size_t(2));
        QCOMPARE(e.gpus[0].powerW, 300.0);
        QCOMPARE(e.gpus[1].gpu, 1);
        QVERIFY(std::isnan(e.gpus[1].util));

        QVERIFY(p.parse(R"({"v":1,"seq":3,"type":"heartbeat","t":6,"sent":10,"done":8,"failed":1,"in_flight":2})", e));
        QCOMPARE(e.heartbeat.inFlight, 2);
        QCOMPARE(e.heartbeat.failed, 1);

        QVERIFY(p.parse(R"({"v":1,"seq":4,"type":"phase_end","t":7,"lateness_s":{"p99":0.001},"achieved_rate":9.5})", e));
        QCOMPARE(e.type, AgentEventType::PhaseEnd);
        QCOMPARE(e.fields["lateness_s"]["p99"].get<double>(), 0.001);

        // a kind added within the version is skipped, not refused
        QVERIFY(p.parse(R"({"v":1,"seq":5,"type":"gpu_topology","t":8,"links":[[0,1]]})", e));
        QCOMPARE(e.type, AgentEventType::Unknown);
    }

    void badLinesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("Traceback (most recent call last):") << u"column 1"_s;
        QTest::newRow("truncated") << QByteArray(R"({"v":1,"seq":3,"type":"request","t":1,"chunks_us":[1,2,)")
                                   << u"truncated"_s;
        QTest::newRow("cut in a string") << QByteArray("{\"v\":1,\"seq\":3,\"type\":\"requ") << u"truncated"_s;
        QTest::newRow("trailing text") << QByteArray(R"({"v":1,"seq":1,"type":"end","t":1} x)") << u"after the object"_s;
        QTest::newRow("newer version") << QByteArray(R"({"v":2,"seq":1,"type":"end","t":1})") << u"version 2"_s;
        QTest::newRow("no seq") << QByteArray(R"({"v":1,"type":"end","t":1})") << u"'seq'"_s;
        QTest::newRow("seq zero") << QByteArray(R"({"v":1,"seq":0,"type":"end","t":1})") << u"'seq'"_s;
        QTest::newRow("no type") << QByteArray(R"({"v":1,"seq":1,"t":1})") << u"'type'"_s;
        QTest::newRow("time as text") << QByteArray(R"({"v":1,"seq":1,"type":"end","t":"now"})") << u"'t'"_s;
        QTest::newRow("send as text")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"send":"x","status":"ok"})") << u"'send'"_s;
        QTest::newRow("chunk not integer")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"chunks_us":[1.5],"status":"ok"})")
            << u"integer"_s;
        QTest::newRow("leading zero") << QByteArray(R"({"v":1,"seq":01,"type":"end","t":1})") << u"column"_s;
        QTest::newRow("bad escape") << QByteArray("{\"v\":1,\"seq\":1,\"type\":\"end\",\"t\":1,\"m\":\"\\q\"}") << u"escape"_s;
        QTest::newRow("invalid utf-8") << QByteArray("{\"v\":1,\"seq\":1,\"type\":\"end\",\"t\":1,\"m\":\"\xC3\x28\"}")
                                       << u"UTF-8"_s;
        QTest::newRow("control character") << QByteArray("{\"v\":1,\"seq\":1,\"type\":\"end\",\"t\":1,\"m\":\"a\x01\"}")
                                           << u"control"_s;
        QTest::newRow("deep nesting") << QByteArray(R"({"v":1,"seq":1,"type":"end","t":1,"m":)") + QByteArray(100, char(0x5B))
                                             + QByteArray(100, char(0x5D)) + "}"
                                      << u"deeply"_s;
        QTest::newRow("array at top") << QByteArray("[1,2]") << u"object"_s;
        QTest::newRow("token count negative")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"in":-5,"status":"ok"})") << u"'in'"_s;
        QTest::newRow("reasoning negative")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"reasoning":-2,"status":"ok"})") << u"'reasoning'"_s;
        QTest::newRow("reasoning as text")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"reasoning":"5","status":"ok"})") << u"'reasoning'"_s;
        QTest::newRow("reasoning_usage as number")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"reasoning_usage":1,"status":"ok"})")
            << u"'reasoning_usage'"_s;
        QTest::newRow("answer as text")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"answer":"soon","status":"ok"})") << u"'answer'"_s;
        QTest::newRow("in_req fractional")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"in_req":1.5,"status":"ok"})") << u"'in_req'"_s;
        QTest::newRow("out_req negative")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"out_req":-7,"status":"ok"})") << u"'out_req'"_s;
        QTest::newRow("request without status")
            << QByteArray(R"({"v":1,"seq":1,"type":"request","t":1,"id":1})") << u"'status'"_s;
        QTest::newRow("a rare kind nested 100000 deep")
            << (QByteArray(R"({"v":1,"seq":1,"type":"log","level":"info","message":"x","extra":)") + QByteArray(100000, '[')
                + QByteArray(100000, ']') + "}")
            << u"not a JSON object"_s;
        QTest::newRow("a rare kind with a repeated key")
            << QByteArray(R"({"v":1,"seq":1,"type":"phase_end","t":1,"sent":1,"sent":2})") << u"not a JSON object"_s;
        QTest::newRow("gpus not a list")
            << QByteArray(R"({"v":1,"seq":1,"type":"telemetry","t":1,"time":1,"gpus":{"gpu":0}})") << u"'gpus'"_s;
    }
    void badLinesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        AgentEventParser p;
        AgentEvent e;
        QVERIFY(!p.parse(std::string_view(line.constData(), static_cast<std::size_t>(line.size())), e));
        QVERIFY2(p.error().contains(expected), qPrintable(p.error()));
    }

    void aBadLineDoesNotSpoilTheNext()
    {
        AgentEventParser p;
        AgentEvent e;
        QVERIFY(!p.parse(R"({"v":1,"seq":1,"type":"request","t":1,"id":1,"chunks_us":[1,2)", e));
        QVERIFY(p.parse(R"({"v":1,"seq":2,"type":"request","t":1,"id":2,"send":1,"chunks_us":[3],"status":"ok"})", e));
        QCOMPARE(e.request.chunksUs, std::vector<std::int64_t> { 3 });
        QCOMPARE(e.request.id, 2);
    }
};

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
