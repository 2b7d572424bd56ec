// The workloads and the engine's own account of them, end to end through inferdeck-cli against simulated
// engines: the queueing diagnosis under overload (not under a light load), a shared-prefix workload against
// the simulator's prefix cache, and a Mooncake trace replayed over two nodes at its own times.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
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

class TestCliRunWorkloads : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // issue 25: a rate above the engine's capacity yields the queueing diagnosis with the engine's numbers;
    // the same engine under a light load does not
    void anOverloadedEngineIsDiagnosedFromItsOwnQueueALightOneIsNot()
    {
        const QString dir = m_dir.filePath(u"overload"_s);
        QDir().mkpath(dir);
        // the shipped example: a simulated engine that runs 4 sequences at once, ~30 requests/s of these
        // answers its capacity; one node of it, on a free port
        QFile example(sourcePath(u"resources/examples/cluster-local-sim-small.json"_s));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject node = QJsonDocument::fromJson(example.readAll()).object()[u"nodes"_s].toArray().first().toObject();
        node[u"endpoint"_s] = u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort());
        QFile cluster(dir + u"/cluster.json"_s);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, QJsonArray { node } } }).toJson());
        cluster.close();
        QString reports[2];
        for (int heavy = 0; heavy < 2; ++heavy) {
            // plan-light.json: 3 requests/s; plan-overload.json: 60 requests/s, twice the capacity
            const QString planPath = sourcePath(heavy ? u"resources/examples/plan-overload.json"_s : u"resources/examples/plan-light.json"_s);
            const QString out = dir + (heavy ? u"/heavy"_s : u"/light"_s);
            const auto r = runCli({ u"run"_s, u"--plan"_s, planPath, u"--cluster"_s, dir + u"/cluster.json"_s, u"-o"_s, out }, 120000);
            QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
            QFile md(out + u"/report.md"_s);
            QVERIFY(md.open(QIODevice::ReadOnly));
            reports[heavy] = QString::fromUtf8(md.readAll());
            QVERIFY(reports[heavy].contains(u"## Engine state"_s));
        }
        QVERIFY2(!reports[0].contains(u"at capacity"_s), qPrintable(reports[0]));
        static const QRegularExpression diagnosis(u"The engine is at capacity at this load: in “1 node” \\(repetition 1\\) TTFT p99 is ([0-9.]+) (ms|s) and its mean ([0-9.]+) (ms|s), of which ([0-9.]+) (ms|s) on average is queue wait before prefill \\(vllm:request\\\\_queue\\\\_time\\\\_seconds histogram; its p99 (lies between|is above) .*\\); vllm:num\\\\_requests\\\\_waiting peaked at ([0-9]+) waiting requests"_s);
        const auto m = diagnosis.match(reports[1]);
        QVERIFY2(m.hasMatch(), qPrintable(reports[1].mid(reports[1].indexOf(u"## Recommendations"_s), 2500)));
        QVERIFY(m.captured(8).toInt() >= 10); // requests piled up in the engine's own queue
    }

    // issue 25 and 27: a shared-prefix workload reaches the simulator's prefix cache at the rate the workload
    // implies (checked against the simulator's own ground truth); with the cache off the report says so with
    // the engine's counters, and with it on it does not
    void aSharedPrefixWorkloadHitsTheCacheAndACacheThatIsOffIsDiagnosed()
    {
        const QString dir = m_dir.filePath(u"prefix"_s);
        QDir().mkpath(dir);
        constexpr int kGroups = 4, kPrefix = 512, kSuffix = 64, kRequests = 40;
        const QJsonObject plan { { u"name"_s, u"shared prefix"_s }, { u"model"_s, u"sim/llama"_s }, { u"api"_s, u"chat"_s },
                                 { u"workload"_s, QJsonObject { { u"dataset"_s, u"synthetic"_s },
                                                                { u"input"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, kSuffix }, { u"min"_s, kSuffix }, { u"max"_s, kSuffix } } },
                                                                { u"output"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, 8 }, { u"min"_s, 8 }, { u"max"_s, 8 } } },
                                                                { u"shared_prefix"_s, QJsonObject { { u"groups"_s, kGroups }, { u"tokens"_s, kPrefix } } } } },
                                 // one at a time: every request after its group's first finds the prefix cached
                                 { u"load"_s, QJsonObject { { u"mode"_s, u"concurrency"_s }, { u"value"_s, 1 } } },
                                 { u"requests"_s, kRequests }, { u"repetitions"_s, 1 } };
        QFile planFile(dir + u"/plan.json"_s);
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QJsonDocument(plan).toJson());
        planFile.close();
        QString reports[2];
        for (int off = 0; off < 2; ++off) {
            const QString out = dir + (off ? u"/off"_s : u"/on"_s);
            const QString truth = out + u"-truth.jsonl"_s;
            const QJsonObject node { { u"name"_s, u"cache"_s }, { u"local"_s, true },
                                     { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                                     { u"launch"_s, QString(u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model} --speed 4 --ground-truth "_s
                                                                + truth + (off ? u" --no-prefix-caching"_s : QString())) },
                                     { u"ready_timeout_s"_s, 30 } };
            QFile cluster(out + u"-cluster.json"_s);
            QVERIFY(cluster.open(QIODevice::WriteOnly));
            cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, QJsonArray { node } } }).toJson());
            cluster.close();
            const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, cluster.fileName(), u"-o"_s, out }, 120000);
            QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
            QFile md(out + u"/report.md"_s);
            QVERIFY(md.open(QIODevice::ReadOnly));
            reports[off] = QString::fromUtf8(md.readAll());
            QVERIFY2(reports[off].contains(u"4 groups of 512 tokens"_s), qPrintable(reports[off].left(4000)));

            // the engine's counters over the phase against the simulator's own per-request account
            double cached = 0, prompt = 0;
            int requests = 0;
            QFile t(truth);
            QVERIFY(t.open(QIODevice::ReadOnly));
            while (!t.atEnd()) {
                const QJsonObject line = QJsonDocument::fromJson(t.readLine()).object();
                if (line[u"status"_s].toString() != u"ok"_s || line[u"id"_s].toString().endsWith(u":calibration"_s))
                    continue;
                cached += line[u"cached_tokens"_s].toDouble();
                prompt += line[u"prompt_tokens"_s].toDouble();
                ++requests;
            }
            QCOMPARE(requests, kRequests);
            const auto summary = runCli({ u"summarize"_s, u"--json"_s, out + u"/result.inferdeck.json"_s });
            QCOMPARE(summary.exitCode, 0);
            const QJsonObject engine = QJsonDocument::fromJson(summary.out).object()[u"phases"_s].toArray().first()
                                           .toObject()[u"engine"_s].toArray().first().toObject();
            QCOMPARE(engine[u"prefix_hits"_s].toDouble(), cached);
            QCOMPARE(engine[u"prefix_queries"_s].toDouble(), prompt);
            if (!off) {
                // every request after its group's first reuses the prefix's whole blocks: the cold-cache share
                // the workload implies, less at most one 16-token block per request
                const double implied = double(kRequests - kGroups) / kRequests * kPrefix / (prompt / kRequests);
                const double rate = engine[u"prefix_hit_rate"_s].toDouble();
                qInfo("prefix-cache hit rate %.4f, implied by the workload %.4f", rate, implied);
                QVERIFY2(rate <= implied + 1e-9 && rate >= implied - 16.0 / (prompt / kRequests), qPrintable(QString::number(rate)));
            } else {
                QCOMPARE(cached, 0.0);
            }
        }
        QVERIFY2(!reports[0].contains(u"prefix cache served"_s), qPrintable(reports[0].mid(reports[0].indexOf(u"## Recommendations"_s), 2000)));
        static const QRegularExpression diagnosis(u"The engine's prefix cache served 0\\.0 % of prompt tokens on a shared-prefix workload that lets it serve at least ([0-9.]+) % \\(4 groups of 512-token prefixes\\): in “1 node” \\(repetition 1\\) vllm:prefix\\\\_cache\\\\_hits\\\\_total counted 0 of the ([0-9,]+) tokens in vllm:prefix\\\\_cache\\\\_queries\\\\_total"_s);
        const auto m = diagnosis.match(reports[1]);
        QVERIFY2(m.hasMatch(), qPrintable(reports[1].mid(reports[1].indexOf(u"## Recommendations"_s), 2500)));
        QVERIFY(m.captured(1).toDouble() > 70.0);
    }

    // issue 27: a Mooncake trace replayed on two simulated nodes: dealt round-robin, each request at its own time
    // (sped up twice) within the plan's lateness bound, and the simulator's caches serve the blocks the trace
    // says are shared, as each node's ground truth states
    void aTraceIsReplayedOverTwoNodesAtItsTimesWithItsSharing()
    {
        const QString dir = m_dir.filePath(u"trace"_s);
        QDir().mkpath(dir);
        constexpr int kRequests = 24, kBlock = 512;
        QFile trace(dir + u"/trace.jsonl"_s);
        QVERIFY(trace.open(QIODevice::WriteOnly));
        struct Req { int ms; QList<int> ids; };
        QList<Req> reqs;
        for (int i = 0; i < kRequests; ++i) {
            const int group = i % 3; // three conversations: two shared blocks each, then a block of its own
            reqs.append({ i * 100, { 2 * group, 2 * group + 1, 1000 + i } });
            trace.write(QJsonDocument(QJsonObject { { u"timestamp"_s, i * 100 }, { u"input_length"_s, 3 * kBlock }, { u"output_length"_s, 4 },
                                                    { u"hash_ids"_s, QJsonArray { 2 * group, 2 * group + 1, 1000 + i } } })
                            .toJson(QJsonDocument::Compact) + '\n');
        }
        trace.close();
        const QJsonObject plan { { u"name"_s, u"trace"_s }, { u"model"_s, u"sim/llama"_s },
                                 { u"workload"_s, QJsonObject { { u"dataset"_s, u"trace"_s }, { u"trace_path"_s, u"trace.jsonl"_s },
                                                                { u"input"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, 1 }, { u"min"_s, 1 }, { u"max"_s, 1 } } },
                                                                { u"output"_s, QJsonObject { { u"kind"_s, u"fixed"_s }, { u"mean"_s, 1 }, { u"min"_s, 1 }, { u"max"_s, 1 } } } } },
                                 { u"load"_s, QJsonObject { { u"mode"_s, u"trace"_s }, { u"value"_s, 2 } } },
                                 { u"repetitions"_s, 1 } };
        QFile planFile(dir + u"/plan.json"_s);
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QJsonDocument(plan).toJson());
        planFile.close();
        QJsonArray nodes;
        for (const QString& name : { u"ta"_s, u"tb"_s })
            nodes.append(QJsonObject { { u"name"_s, name }, { u"local"_s, true }, { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) },
                                       { u"launch"_s, QString(u"{python} {agent} serve-sim --host 127.0.0.1 --port {port} --model {model} --speed 8 --ground-truth "_s
                                                                  + dir + u"/truth-{node}.jsonl"_s) },
                                       { u"ready_timeout_s"_s, 30 } });
        QFile cluster(dir + u"/cluster.json"_s);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, nodes } }).toJson());
        cluster.close();
        const QString out = dir + u"/out"_s;
        const auto r = runCli({ u"run"_s, u"--plan"_s, planFile.fileName(), u"--cluster"_s, cluster.fileName(), u"-o"_s, out }, 120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.right(3000).constData());
        QFile md(out + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(md.readAll());
        QVERIFY2(report.contains(u"24 requests over 2.30 s at the trace's pace (mooncake format)"_s), qPrintable(report.left(5000)));
        QVERIFY(report.contains(u"the trace's own send times, ×2 speed"_s));

        const auto summary = runCli({ u"summarize"_s, u"--json"_s, out + u"/result.inferdeck.json"_s });
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject phase = QJsonDocument::fromJson(summary.out).object()[u"phases"_s].toArray().first().toObject();
        QCOMPARE(phase[u"requests"_s].toObject()[u"completed"_s].toInt(), kRequests);
        const double lateness = phase[u"generator"_s].toObject()[u"lateness_p99_s"_s].toDouble();
        qInfo("trace replay on 2 nodes: send lateness p99 %.3f ms", lateness * 1e3);
        QVERIFY2(lateness < 0.05, qPrintable(QString::number(lateness))); // the plan's default bound

        // the cluster receives the trace's times: node k's j-th request is trace request 2j + k, sent at its time
        // halved after the phase's start (t0 is the first send): each within the plan's 50 ms lateness bound,
        // and each node's median error under 10 ms, which a share dealt or timed wrong (50 ms off) would miss
        const auto records = runCli({ u"records"_s, out + u"/result.inferdeck.json"_s });
        QCOMPARE(records.exitCode, 0);
        QMap<QString, QList<double>> sends;
        const QList<QByteArray> rows = records.out.split('\n');
        const QList<QByteArray> head = rows.first().split(',');
        const auto col = [&](const char* name) { return head.indexOf(QByteArray(name)); };
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> c = rows[i].split(',');
            if (c.size() == head.size())
                sends[QString::fromUtf8(c[col("node")])].append(c[col("send_time_s")].toDouble());
        }
        QCOMPARE(sends.size(), 2);
        for (int node = 0; node < 2; ++node) {
            QList<double> t = sends[node ? u"tb"_s : u"ta"_s];
            std::sort(t.begin(), t.end());
            QCOMPARE(t.size(), kRequests / 2);
            QList<double> errors;
            for (int j = 0; j < t.size(); ++j) {
                const double want = (2 * j + node) * 0.100 / 2;
                errors.append(std::abs(t[j] - want));
                QVERIFY2(errors.last() <= 0.05, qPrintable(u"node %1 request %2 sent at %3 s, the trace says %4 s"_s.arg(node).arg(j).arg(t[j]).arg(want)));
            }
            std::sort(errors.begin(), errors.end());
            QVERIFY2(errors[errors.size() / 2] <= 0.010, qPrintable(u"node %1: median send error %2 s"_s.arg(node).arg(errors[errors.size() / 2])));
        }

        // each node replays its share (request i to node i mod 2) with the blocks that share shares
        double served = 0, implied = 0;
        for (int node = 0; node < 2; ++node) {
            QSet<int> seen;
            for (int i = node; i < kRequests; i += 2) {
                int lead = 0;
                while (lead < reqs[i].ids.size() && seen.contains(reqs[i].ids[lead]))
                    ++lead;
                implied += lead * kBlock;
                for (int id : reqs[i].ids)
                    seen.insert(id);
            }
            QFile truth(dir + (node ? u"/truth-tb.jsonl"_s : u"/truth-ta.jsonl"_s));
            QVERIFY(truth.open(QIODevice::ReadOnly));
            int requests = 0;
            while (!truth.atEnd()) {
                const QJsonObject line = QJsonDocument::fromJson(truth.readLine()).object();
                if (line[u"status"_s].toString() != u"ok"_s || line[u"id"_s].toString().endsWith(u":calibration"_s))
                    continue;
                served += line[u"cached_tokens"_s].toDouble();
                QCOMPARE(line[u"prompt_tokens"_s].toInt(), 3 * kBlock); // token-exact from the trace's lengths
                ++requests;
            }
            QCOMPARE(requests, kRequests / 2);
        }
        qInfo("prefix cache served %.0f tokens, the trace implies %.0f", served, implied);
        QVERIFY2(std::abs(served - implied) <= 16.0 * kRequests, qPrintable(u"%1 vs %2"_s.arg(served).arg(implied)));
    }

    // a trace or conversation file the run refuses ends it before anything starts, with exit code 3 and a sentence
    // naming the file and where (a run refused there crashed: its nodes had no transport yet)
    void aBadTraceOrConversationFileIsRefusedNamingWhereWithoutACrash_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative time") << u"trace"_s << QByteArray("0,10,2\n-1,10,2\n") << u"line 2"_s;
        QTest::newRow("truncated jsonl") << u"trace"_s << QByteArray("{\"timestamp\": 0, \"input_length\": 5, \"output_length\": 1}\n{\"timest") << u"line 2"_s;
        QTest::newRow("empty trace") << u"trace"_s << QByteArray() << u"trace.txt"_s;
        QTest::newRow("fewer requests than nodes") << u"trace"_s << QByteArray("0,10,2\n") << u"fewer than the cluster's 2 nodes"_s;
        QTest::newRow("conversation with a wrong role") << u"sharegpt"_s
            << QByteArray("[{\"conversations\": [{\"from\": \"robot\", \"value\": \"hi\"}, {\"from\": \"gpt\", \"value\": \"yo\"}]}]") << u"robot"_s;
        // (no raw string literals here: moc loses count of the braces in one and drops the test that follows)
        QTest::newRow("truncated conversations") << u"sharegpt"_s << QByteArray("[{\"conversations\": [{\"from\": \"human\", \"va") << u"trace.txt"_s;
    }
    void aBadTraceOrConversationFileIsRefusedNamingWhereWithoutACrash()
    {
        QFETCH(QString, dataset);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QDir().mkpath(dir);
        QFile file(dir + u"/trace.txt"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QString pathKey = dataset == u"trace"_s ? u"trace_path"_s : u"sharegpt_path"_s;
        const QJsonObject plan { { u"name"_s, u"bad"_s }, { u"model"_s, u"sim/llama"_s }, { u"api"_s, u"chat"_s },
                                 { u"workload"_s, QJsonObject { { u"dataset"_s, dataset }, { pathKey, u"trace.txt"_s } } },
                                 { u"load"_s, QJsonObject { { u"mode"_s, dataset == u"trace"_s ? u"trace"_s : u"poisson"_s }, { u"value"_s, 1 } } },
                                 { u"requests"_s, dataset == u"trace"_s ? 0 : 4 }, { u"repetitions"_s, 1 } };
        QFile planFile(dir + u"/plan.json"_s);
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QJsonDocument(plan).toJson());
        planFile.close();
        // nothing is started: a cluster of two nodes whose servers would never come up
        QJsonArray nodes;
        for (const QString& name : { u"a"_s, u"b"_s })
            nodes.append(QJsonObject { { u"name"_s, name }, { u"local"_s, true }, { u"endpoint"_s, u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()) } });
        QFile cluster(dir + u"/cluster.json"_s);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        cluster.write(QJsonDocument(QJsonObject { { u"nodes"_s, nodes } }).toJson());
        cluster.close();
        const auto r = runCli({ u"run"_s, u"--plan"_s, dir + u"/plan.json"_s, u"--cluster"_s, dir + u"/cluster.json"_s, u"-o"_s, dir + u"/out"_s }, 30000);
        QVERIFY2(r.finished, "the run did not end");
        QVERIFY2(r.exitCode == 3, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY2(!r.err.contains("QFileDevice"), r.err.constData()); // no Qt warning in front of the user
    }
};

QTEST_GUILESS_MAIN(TestCliRunWorkloads)
#include "tst_cli_run_workloads.moc"
