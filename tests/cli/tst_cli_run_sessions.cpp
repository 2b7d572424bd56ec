// Multi-turn sessions end to end through inferdeck-cli against simulated engines (issue 27): synthetic sessions
// keep their order and think times, each prompt grows by the previous answer and the new turn (the simulator's
// ground truth, token for token), the history hits the prefix cache, and the report shows TTFT by turn; a
// ShareGPT file's conversations are dealt over two nodes and replayed turn by turn.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "util/ports.h"
#include "testutil.h"

using namespace inferdeck;
using namespace inferdeck::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBlock = 16; // the simulator's prefix-cache block

QJsonObject fixed(int tokens)
{
    return { { u"kind"_s, u"fixed"_s }, { u"mean"_s, tokens }, { u"min"_s, tokens }, { u"max"_s, tokens } };
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

QString writeCluster(const QString& dir, const QStringList& names)
{
    QJsonArray nodes;
    for (const QString& name : names)
        nodes.append(QJsonObject { { u"name"_s, name }, { u"local"_s, true }, { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                                   { u"launch"_s, QString(u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model} --speed 8 --ground-truth "_s
                                                              + dir + u"/truth-{node}.jsonl"_s) },
                                   { u"ready_timeout_s"_s, 30 } });
    writeJson(dir + u"/cluster.json"_s, QJsonObject { { u"nodes"_s, nodes } });
    return dir + u"/cluster.json"_s;
}

/// A node's ground truth by request id (the number after the last colon of X-Request-Id), calibration left out.
QMap<qint64, QJsonObject> truthById(const QString& path)
{
    QMap<qint64, QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(f.readLine()).object();
        const QString id = line[u"id"_s].toString();
        if (!id.endsWith(u":calibration"_s))
            out.insert(id.section(u':', -1).toLongLong(), line);
    }
    return out;
}

} // namespace

class TestCliRunSessions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void syntheticSessionsKeepOrderThinkTimesAndGrowTheirPromptsExactly()
    {
        const QString dir = m_dir.filePath(u"sessions"_s);
        QDir().mkpath(dir);
        constexpr int kTurnTokens = 40;
        const QJsonObject sessions { { u"turns"_s, QJsonObject { { u"kind"_s, u"uniform"_s }, { u"mean"_s, 3 }, { u"min"_s, 2 }, { u"max"_s, 4 } } },
                                     { u"think_s"_s, QJsonObject { { u"kind"_s, u"uniform"_s }, { u"mean"_s, 0.06 }, { u"min"_s, 0.02 }, { u"max"_s, 0.1 } } } };
        const QJsonObject plan { { u"name"_s, u"chat"_s }, { u"model"_s, u"sim/llama"_s }, { u"api"_s, u"chat"_s },
                                 { u"workload"_s, QJsonObject { { u"dataset"_s, u"synthetic"_s }, { u"input"_s, fixed(kTurnTokens) },
                                                                { u"output"_s, QJsonObject { { u"kind"_s, u"uniform"_s }, { u"mean"_s, 30 }, { u"min"_s, 10 }, { u"max"_s, 50 } } },
                                                                { u"sessions"_s, sessions } } },
                                 { u"load"_s, QJsonObject { { u"mode"_s, u"concurrency"_s }, { u"value"_s, 3 } } },
                                 { u"warmup_requests"_s, 4 }, { u"requests"_s, 30 }, { u"repetitions"_s, 1 } };
        QVERIFY(writeJson(dir + u"/plan.json"_s, plan));
        const QString out = dir + u"/out"_s;
        const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, writeCluster(dir, { u"sa"_s }), u"-o"_s, out }, 120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());

        QFile file(out + u"/result.inferdeck.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject phase = QJsonDocument::fromJson(file.readAll()).object()[u"phases"_s].toArray().first().toObject();
        const QJsonObject q = phase[u"requests"_s].toObject();
        const auto column = [&](const char* name) { return q[QString::fromLatin1(name)].toArray(); };
        const QJsonArray session = column("session"), turn = column("turn"), send = column("send_s"), end = column("end_s"),
                         intended = column("intended_send_s"), warmup = column("warmup"), id = column("request_id");
        QCOMPARE(session.size(), 34);
        const QMap<qint64, QJsonObject> truth = truthById(dir + u"/truth-sa.jsonl"_s);
        struct Turn { int index; int row; };
        QMap<qint64, QList<Turn>> bySession;
        int measured = 0;
        for (int i = 0; i < session.size(); ++i) {
            QVERIFY(!session[i].isNull() && !turn[i].isNull());
            bySession[session[i].toInteger()].append({ turn[i].toInt(), i });
            measured += warmup[i].toInt() == 0;
            // the ground truth heard the session and turn the result records
            const QJsonObject t = truth.value(id[i].toInteger());
            QCOMPARE(t[u"turn"_s].toInt(), turn[i].toInt());
            QVERIFY(t[u"session"_s].toString().endsWith(u":"_s + QString::number(session[i].toInteger())));
        }
        QCOMPARE(measured, 30);
        int violations = 0, later = 0;
        double served = 0, implied = 0, worstLate = 0;
        QSet<int> growth;
        for (auto it = bySession.begin(); it != bySession.end(); ++it) {
            QList<Turn>& turns = it.value();
            std::sort(turns.begin(), turns.end(), [](const Turn& a, const Turn& b) { return a.index < b.index; });
            for (int k = 0; k < turns.size(); ++k)
                QCOMPARE(turns[k].index, k);
            for (int k = 1; k < turns.size(); ++k) {
                const int a = turns[k - 1].row, b = turns[k].row;
                ++later;
                violations += send[b].toDouble() < end[a].toDouble();
                // a later turn is due at the previous answer's end plus a think time drawn from 20 to 100 ms
                const double think = intended[b].toDouble() - end[a].toDouble();
                QVERIFY2(think >= 0.02 - 1e-5 && think <= 0.1 + 1e-5, qPrintable(QString::number(think)));
                const double late = send[b].toDouble() - intended[b].toDouble();
                QVERIFY2(late >= -1e-5 && late < 0.03, qPrintable(QString::number(late)));
                worstLate = std::max(worstLate, late);
                const QJsonObject ta = truth.value(id[a].toInteger()), tb = truth.value(id[b].toInteger());
                // the prompt grows by the previous answer and the new turn: the same remainder for every turn
                growth.insert(tb[u"prompt_tokens"_s].toInt() - ta[u"prompt_tokens"_s].toInt() - ta[u"completion_tokens"_s].toInt());
                const int want = ta[u"prompt_tokens"_s].toInt() / kBlock * kBlock;
                implied += want;
                served += tb[u"cached_tokens"_s].toDouble();
                QCOMPARE(tb[u"cached_tokens"_s].toInt(), want);
            }
        }
        qInfo("sessions via the CLI: %d later turns, order violations %d, worst think-time lateness %.2f ms, cache served %.0f of %.0f "
              "history tokens implied", later, violations, worstLate * 1e3, served, implied);
        QCOMPARE(violations, 0);
        QVERIFY(later >= 10);
        // beyond the answer, exactly the new turn's 40 tokens: the simulator's template puts as many tokens around an
        // answer and a new user message (end of turn, user header, end of turn, assistant header) as a one-message
        // chat has beyond its text (BOS, user header, end of turn, assistant header), by which the turn was sized
        QCOMPARE(growth, QSet<int> { kTurnTokens });

        QFile md(out + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(md.readAll());
        QVERIFY(report.contains(u"## Multi-turn sessions"_s));
        QVERIFY(report.contains(u"| Phase | Turn | Requests | TTFT p50 (ms) | TTFT p99 (ms) | Mean input tokens |"_s));
        QVERIFY2(report.contains(u"uniform, 2–4 turns per session"_s), qPrintable(report.left(6000)));
        QVERIFY(report.contains(u"between an answer's end and the next turn"_s));
        QVERIFY(report.contains(u"Think times kept"_s));

        // what a user checks the report against: records name every request's session and turn, and numpy over
        // the raw records gives summarize --json's sessions (turns, TTFT by turn, think-time lateness) to 1e-9
        const QString resultPath = out + u"/result.inferdeck.json"_s;
        const auto csv = runCli({ u"records"_s, resultPath });
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = QString::fromUtf8(csv.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().endsWith(u",session,turn"_s));
        QCOMPARE(lines.size(), 1 + measured);
        int csvLater = 0;
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            QVERIFY2(!cells.at(cells.size() - 2).isEmpty(), qPrintable(line));
            csvLater += cells.last().toInt() > 0;
        }
        QVERIFY(csvLater > 0);
        const auto json = runCli({ u"summarize"_s, resultPath, u"--json"_s });
        const QJsonObject sessionsJson = QJsonDocument::fromJson(json.out).object()[u"phases"_s].toArray().first()[u"sessions"_s].toObject();
        QVERIFY(sessionsJson[u"sessions"_s].toInt() >= 8);
        QVERIFY(sessionsJson[u"turns"_s].toArray().size() >= 2);
        QVERIFY(sessionsJson[u"think_lateness"_s][u"turns"_s].toInt() > 0);
        QProcess numpy;
        numpy.start(u"/usr/bin/python3"_s, { sourcePath(u"tests/tools/recompute_summary.py"_s), qEnvironmentVariable("INFERDECK_CLI"), resultPath });
        QVERIFY(numpy.waitForFinished(60000));
        const QByteArray said = numpy.readAllStandardOutput() + numpy.readAllStandardError();
        qInfo("%s", said.trimmed().constData());
        QVERIFY2(numpy.exitCode() == 0, said.constData());
    }

    void aShareGptFileIsDealtOverTwoNodesAndReplayedTurnByTurn()
    {
        const QString dir = m_dir.filePath(u"sharegpt"_s);
        QDir().mkpath(dir);
        QVERIFY(QFile::copy(sourcePath(u"tests/data/sharegpt/sharegpt-small.json"_s), dir + u"/conversations.json"_s));
        const QJsonObject plan { { u"name"_s, u"sharegpt"_s }, { u"model"_s, u"sim/llama"_s }, { u"api"_s, u"chat"_s },
                                 { u"workload"_s, QJsonObject { { u"dataset"_s, u"sharegpt"_s }, { u"sharegpt_path"_s, u"conversations.json"_s },
                                                                { u"input"_s, fixed(1) }, { u"output"_s, fixed(1) },
                                                                { u"sessions"_s, QJsonObject { { u"think_s"_s, QJsonObject { { u"mean"_s, 0.01 } } } } } } },
                                 { u"load"_s, QJsonObject { { u"mode"_s, u"concurrency"_s }, { u"value"_s, 1 } } },
                                 { u"requests"_s, 5 }, { u"repetitions"_s, 1 } };
        QVERIFY(writeJson(dir + u"/plan.json"_s, plan));
        const QString out = dir + u"/out"_s;
        const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, writeCluster(dir, { u"ga"_s, u"gb"_s }), u"-o"_s, out }, 120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        // node ga holds conversations 0 and 2 (2 + 2 turns), gb conversation 1 (1 turn, then again from its start)
        const QMap<qint64, QJsonObject> a = truthById(dir + u"/truth-ga.jsonl"_s), b = truthById(dir + u"/truth-gb.jsonl"_s);
        QCOMPARE(a.size(), 5);
        QCOMPARE(b.size(), 5);
        QList<int> turnsA, turnsB;
        for (const QJsonObject& t : a)
            turnsA.append(t[u"turn"_s].toInt());
        for (const QJsonObject& t : b)
            turnsB.append(t[u"turn"_s].toInt());
        QCOMPARE(turnsA, (QList<int> { 0, 1, 0, 1, 0 }));
        QCOMPARE(turnsB, (QList<int> { 0, 0, 0, 0, 0 }));
        // a second turn re-sends the first with the model's answer: its history is served by the cache
        const QList<QJsonObject> first = a.values(); // in request order
        QVERIFY(first[1][u"cached_tokens"_s].toInt() > 0);
        QCOMPARE(first[1][u"cached_tokens"_s].toInt(), first[0][u"prompt_tokens"_s].toInt() / kBlock * kBlock);
        QFile md(out + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(md.readAll());
        QVERIFY2(report.contains(u"3 with an answered human turn (2 entries without one skipped), 1.67 human turns each on average, at most 2"_s),
                 qPrintable(report.left(6000)));
        QVERIFY(report.contains(u"the conversation's human turns per session"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRunSessions)
#include "tst_cli_run_sessions.moc"
