// ShareGPT conversations as vLLM's benchmark reads them (tests/data/sharegpt/SOURCES.md): which turns a file
// yields, what describes it, its round-robin share per node, plans naming it or asking for sessions, and every
// kind of garbled or hostile file refused naming the entry.
#include <QTest>

#include "io/runfiles.h"
#include "io/sharegptfile.h"
#include "testutil.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

class TestShareGptFile : public QObject {
    Q_OBJECT
private slots:
    void answeredHumanTurnsAreReadAndDescribed()
    {
        const auto c = readShareGptFile(testing::sourcePath(u"tests/data/sharegpt/sharegpt-small.json"_s));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        const ShareGptConversations& v = c.value();
        QCOMPARE(v.conversations.size(), std::size_t(3));
        QCOMPARE(v.info.format, u"sharegpt"_s);
        QCOMPARE(v.info.conversations, 3);
        QCOMPARE(v.info.skipped, 2);
        QCOMPARE(v.info.userTurnsMean, 5.0 / 3.0);
        QCOMPARE(v.info.userTurnsMax, 2);
        QCOMPARE(v.info.sha256.size(), 64);
        QCOMPARE(v.conversations[0][1].first, std::string("When does it start?"));
        // the system message is passed over; the opening gpt message and the unanswered last question too
        QCOMPARE(v.conversations[1].size(), std::size_t(1));
        QCOMPARE(v.conversations[2][0].first, std::string("Translate \"good morning\" into German."));
        QCOMPARE(v.conversations[2][1].second, std::string("Yes, 早上好 (zǎoshang hǎo) is right."));
    }

    void conversationsAreDealtRoundRobinUpToTheLimit()
    {
        const auto c = readShareGptFile(testing::sourcePath(u"tests/data/sharegpt/sharegpt-small.json"_s));
        QVERIFY(c);
        const auto first = conversationsDatasetFor(c.value(), 0, 2, 100);
        QCOMPARE(first["kind"].get<std::string>(), std::string("sharegpt"));
        QCOMPARE(first["conversations"].size(), std::size_t(2)); // conversations 0 and 2
        QCOMPARE(first["conversations"][1][0][1].get<std::string>(), std::string("Guten Morgen."));
        QCOMPARE(conversationsDatasetFor(c.value(), 1, 2, 100)["conversations"].size(), std::size_t(1));
        QCOMPARE(conversationsDatasetFor(c.value(), 0, 1, 2)["conversations"].size(), std::size_t(2));
    }

    void aPlanWithSessionsWritesBackAsItWasRead()
    {
        const QByteArray text = R"({"model": "m", "api": "chat", "requests": 10, "workload": {"dataset": "synthetic", )" R"("input": {"kind": "fixed", "mean": 64, "min": 1, "max": 64}, "output": {"kind": "fixed", "mean": 16, "min": 1, "max": 16}, )" R"("sessions": {"turns": {"kind": "uniform", "mean": 3, "min": 2, "max": 4}, "think_s": {"kind": "lognormal", "mean": 1.5, "stddev": 0.5, "min": 0.2, "max": 6}}}, )" R"("load": {"mode": "concurrency", "value": 4}})";
        const auto p = parsePlan(text, u"plan.json"_s);
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        const Sessions& s = p.value().workload.sessions;
        QVERIFY(s.enabled);
        QCOMPARE(s.turns.max, 4);
        QCOMPARE(s.thinkS.kind, LengthDistribution::Kind::LogNormal);
        QCOMPARE(s.thinkS.max, 6.0);
        const auto back = parsePlan(planFileText(p.value()), u"again"_s);
        QVERIFY(back);
        QVERIFY(back.value() == p.value());
        // a ShareGPT plan's sessions have no turns of their own, and the file travels relative to the plan
        const QByteArray sharegpt = R"({"model": "m", "api": "chat", "requests": 10, "workload": {"dataset": "sharegpt", "sharegpt_path": "c.json", )" R"("input": {"kind": "fixed", "mean": 1, "min": 1, "max": 1}, "output": {"kind": "fixed", "mean": 1, "min": 1, "max": 1}, )" R"("sessions": {"think_s": {"mean": 0.5}}}, "load": {"mode": "poisson", "value": 2}})";
        const auto q = parsePlan(sharegpt, u"plan.json"_s);
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        QVERIFY(!planFileText(q.value()).contains("\"turns\""));
        QVERIFY(parsePlan(planFileText(q.value()), u"again"_s).value() == q.value());
    }

    void badSessionPlansNameTheField_data()
    {
        QTest::addColumn<QByteArray>("workload");
        QTest::addColumn<QByteArray>("api");
        QTest::addColumn<QString>("field");
        const QByteArray lengths = R"("input": {"kind": "fixed", "mean": 1, "min": 1, "max": 1}, "output": {"kind": "fixed", "mean": 1, "min": 1, "max": 1})";
        const QByteArray sessions = R"("sessions": {"turns": {"kind": "fixed", "mean": 2, "min": 1, "max": 2}, "think_s": {"mean": 1}})";
        QTest::newRow("completions API") << (R"("dataset": "synthetic", )" + lengths + ", " + sessions) << QByteArray("completions") << u"workload.sessions"_s;
        QTest::newRow("summarization") << (R"("dataset": "summarization", )" + lengths + ", " + sessions) << QByteArray("chat") << u"workload.sessions"_s;
        QTest::newRow("no turns") << (R"("dataset": "synthetic", )" + lengths + R"(, "sessions": {"think_s": {"mean": 1}})") << QByteArray("chat") << u"workload.sessions.turns"_s;
        QTest::newRow("no think time") << (R"("dataset": "synthetic", )" + lengths + R"(, "sessions": {"turns": {"kind": "fixed", "mean": 2, "min": 1, "max": 2}})") << QByteArray("chat") << u"workload.sessions.think_s"_s;
        QTest::newRow("zero turns") << (R"("dataset": "synthetic", )" + lengths + R"(, "sessions": {"turns": {"kind": "fixed", "mean": 0, "min": 0, "max": 0}, "think_s": {"mean": 1}})") << QByteArray("chat") << u"workload.sessions.turns.min"_s;
        QTest::newRow("negative think time") << (R"("dataset": "synthetic", )" + lengths + R"(, "sessions": {"turns": {"kind": "fixed", "mean": 2, "min": 1, "max": 2}, "think_s": {"mean": -1}})") << QByteArray("chat") << u"workload.sessions.think_s.mean"_s;
        QTest::newRow("think mean outside its bounds") << (R"("dataset": "synthetic", )" + lengths + R"(, "sessions": {"turns": {"kind": "fixed", "mean": 2, "min": 1, "max": 2}, "think_s": {"kind": "uniform", "mean": 9, "min": 1, "max": 2}})") << QByteArray("chat") << u"workload.sessions.think_s.mean"_s;
        QTest::newRow("turns given for ShareGPT") << (R"("dataset": "sharegpt", "sharegpt_path": "c.json", )" + lengths + ", " + sessions) << QByteArray("chat") << u"workload.sessions.turns"_s;
        QTest::newRow("ShareGPT without its file") << (R"("dataset": "sharegpt", )" + lengths) << QByteArray("chat") << u"workload.sharegpt_path"_s;
        QTest::newRow("with a shared prefix") << (R"("dataset": "synthetic", "shared_prefix": {"groups": 2, "tokens": 8}, )" + lengths + ", " + sessions) << QByteArray("chat") << u"workload.sessions"_s;
    }
    void badSessionPlansNameTheField()
    {
        QFETCH(QByteArray, workload);
        QFETCH(QByteArray, api);
        QFETCH(QString, field);
        const auto p = parsePlan(R"({"model": "m", "requests": 4, "api": ")" + api + R"(", "workload": {)" + workload + R"(}, "load": {"mode": "concurrency", "value": 2}})", u"plan.json"_s);
        QVERIFY(!p);
        QVERIFY2(p.error().message.startsWith(field), qPrintable(p.error().toString()));
    }

    void garbledAndHostileFilesAreRefusedNamingTheEntry_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty file") << QByteArray() << u"byte"_s;
        QTest::newRow("truncated") << QByteArray("[{\"conversations\": [{\"from\": \"human\", \"value\": \"hi\"}, {\"from\": \"gpt\", \"val") << u"byte"_s;
        QTest::newRow("not JSON") << QByteArray("conversations,from,value\n") << u"byte"_s;
        QTest::newRow("an object, not a list") << QByteArray(R"({"conversations": []})") << u"list of conversations"_s;
        QTest::newRow("entry not an object") << QByteArray(R"([{"conversations": []}, 5])") << u"entry 1"_s;
        QTest::newRow("conversations not a list") << QByteArray(R"([{"conversations": "hi"}])") << u"entry 0"_s;
        QTest::newRow("message not an object") << QByteArray(R"([{"conversations": [{"from": "human", "value": "a"}, ["gpt", "b"]]}])") << u"entry 0, message 1"_s;
        QTest::newRow("value not a string") << QByteArray(R"([{"conversations": [{"from": "human", "value": 5}]}])") << u"entry 0, message 0"_s;
        QTest::newRow("no from") << QByteArray(R"([{"conversations": [{"value": "a"}]}])") << u"from"_s;
        QTest::newRow("unknown speaker") << QByteArray(R"([{"conversations": [{"from": "narrator", "value": "a"}]}])") << u"narrator"_s;
        QTest::newRow("nothing answered") << QByteArray(R"([{"conversations": [{"from": "human", "value": "a"}, {"from": "human", "value": "b"}, {"from": "gpt", "value": "c"}]}])") << u"no conversation"_s;
        QTest::newRow("empty question") << QByteArray(R"([{"conversations": [{"from": "human", "value": "  "}, {"from": "gpt", "value": "c"}]}])") << u"no conversation"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"conversations\": [{\"from\": \"human\", \"value\": \"\xff\xfe\"}]}]") << u"byte"_s;
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << u"nested deeper"_s;
    }
    void garbledAndHostileFilesAreRefusedNamingTheEntry()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const auto c = parseShareGpt(data, u"c.json"_s);
        QVERIFY(!c);
        QCOMPARE(c.error().where, u"c.json"_s);
        QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestShareGptFile)
#include "tst_sharegptfile.moc"
