// `inferdeck-cli records` prints the rows the summary counts, with values from which the summary's
// numbers can be recomputed exactly.
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "io/resultfile.h"
#include "metrics/resultsummary.h"
#include "stats/descriptive.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

/// A minimal RFC 4180 reader for the test's own checks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCliRecords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void rowsRecomputeTheSummary()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 2;
        spec.requestsPerNode = 50;
        spec.failureRate = 0.1;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const QString path = m_dir.filePath(u"r.json"_s);
        QVERIFY(ResultFile::write(r, path).ok());
        const auto out = testing::runCli({ u"records"_s, path });
        QCOMPARE(out.exitCode, 0);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(out.out));
        QCOMPARE(rows.first(), (QStringList { u"phase"_s, u"repetition"_s, u"node"_s, u"request_id"_s, u"status"_s,
                                             u"send_time_s"_s, u"ttft_s"_s, u"e2e_s"_s, u"tpot_s"_s, u"input_tokens"_s,
                                             u"output_tokens"_s, u"answer_ttft_s"_s, u"reasoning_tokens"_s,
                                             u"requested_input_tokens"_s, u"requested_output_tokens"_s, u"session"_s, u"turn"_s }));
        const ResultSummary summary = summarizeResult(r);
        for (const PhaseSummary& p : summary.phases) {
            std::vector<double> ttft;
            std::vector<double> tpot;
            std::size_t issued = 0;
            std::size_t completed = 0;
            double firstSend = 1e300;
            for (const QStringList& row : rows.mid(1)) {
                if (row[0] != p.phase || row[1].toInt() != p.repetition)
                    continue;
                ++issued;
                QVERIFY(row[15].isEmpty() && row[16].isEmpty()); // no sessions: no session or turn
                firstSend = std::min(firstSend, row[5].toDouble());
                if (row[4] == u"ok") {
                    ++completed;
                    ttft.push_back(row[6].toDouble());
                    if (!row[8].isEmpty())
                        tpot.push_back(row[8].toDouble());
                } else {
                    QVERIFY(row[6].isEmpty() && row[7].isEmpty()); // failures carry no latency
                    QVERIFY(row[4].startsWith(u"HTTP 503"_s));
                }
            }
            QCOMPARE(issued, p.issued);
            QCOMPARE(completed, p.completed);
            QCOMPARE(firstSend, 0.0); // send time is relative to the phase start
            QCOMPARE(*stats::percentile(ttft, 0.99), *p.ttft.p99);
            QCOMPARE(*stats::mean(tpot), *p.tpot.mean);
        }
    }

    void reasoningColumnsComeAfterTheOriginalElevenAndRecomputeAnswerTtft()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 40;
        spec.failureRate = 0.1;
        spec.reasoningMean = 30;
        spec.requestedLengths = true;
        spec.shortAnswerShare = 0.3;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const QString path = m_dir.filePath(u"reasoning.json"_s);
        QVERIFY(ResultFile::write(r, path).ok());
        const auto out = testing::runCli({ u"records"_s, path });
        QCOMPARE(out.exitCode, 0);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(out.out));
        QCOMPARE(rows.first().mid(0, 11), (QStringList { u"phase"_s, u"repetition"_s, u"node"_s, u"request_id"_s, u"status"_s,
                                                         u"send_time_s"_s, u"ttft_s"_s, u"e2e_s"_s, u"tpot_s"_s,
                                                         u"input_tokens"_s, u"output_tokens"_s }));
        const ResultSummary summary = summarizeResult(r);
        const PhaseSummary& p = summary.phases.first();
        QVERIFY(p.reasoning);
        std::vector<double> answer;
        std::int64_t reasoning = 0;
        std::size_t shorter = 0;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 17);
            if (row[0] != p.phase || row[4] != u"ok")
                continue;
            if (!row[11].isEmpty())
                answer.push_back(row[11].toDouble());
            reasoning += row[12].toLongLong();
            QCOMPARE(row[13], row[9]); // the synthetic run's prompts are exact
            shorter += row[10].toInt() < row[14].toInt();
        }
        QCOMPARE(answer.size(), p.answerTtft.count);
        QCOMPARE(*stats::percentile(answer, 0.99), *p.answerTtft.p99);
        QCOMPARE(*stats::mean(answer), *p.answerTtft.mean);
        QCOMPARE(reasoning, p.reasoning->tokens);
        QCOMPARE(shorter, p.lengths->shortAnswers);
        QVERIFY(shorter > 0);
    }

    void warmupOnlyWhenAsked()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 10;
        spec.warmupPerNode = 3;
        spec.scaling = false;
        const QString path = m_dir.filePath(u"w.json"_s);
        QVERIFY(ResultFile::write(testing::makeSyntheticRun(spec), path).ok());
        const auto plain = testing::runCli({ u"records"_s, path });
        const auto all = testing::runCli({ u"records"_s, path, u"--include-warmup"_s });
        QCOMPARE(plain.out.count('\n'), 1 + 2 * 10);
        QCOMPARE(all.out.count('\n'), 1 + 2 * 13);
    }

    void hostileNamesAreQuoted()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 3;
        spec.scaling = false;
        spec.nodes = 1;
        spec.warmupPerNode = 0;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.phases[0].name = u"phase, \"quoted\"\nnewline"_s;
        r.phases[0].requests.status[0] = r.phases[0].statusFor(u"error: a,b \"c\""_s);
        const QString path = m_dir.filePath(u"h.json"_s);
        QVERIFY(ResultFile::write(r, path).ok());
        const auto out = testing::runCli({ u"records"_s, path });
        QCOMPARE(out.exitCode, 0);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(out.out));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1][0], r.phases[0].name);
        QCOMPARE(rows[1][4], u"error: a,b \"c\""_s);
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), 17);
    }

    void sendTimesAFileDidNotSaveAreLeftEmpty()
    {
        const auto r = testing::runCli({ u"records"_s, testing::sourcePath(u"tests/data/importers/llmperf/together_llama2-70b_individual_responses.json"_s) });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 151); // header + 150 responses
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(',');
            QVERIFY2(f.value(5).isEmpty(), lines[i].constData()); // send_time_s: unknown, not 0
            QVERIFY(!f.value(6).isEmpty());                     // ttft_s: exact
        }
    }

    // every scrape of a real run's engine metrics, one value per row, equal to the file's own numbers
    void engineScrapesAreReachableAsCsv()
    {
        const QString path = testing::sourcePath(u"tests/data/io/engine-state-vllm.inferdeck.json"_s);
        const auto out = testing::runCli({ u"records"_s, path, u"--engine"_s });
        QCOMPARE(out.exitCode, 0);
        const QList<QByteArray> lines = out.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("phase,repetition,node,engine,time_s,series,value"));
        const auto r = ResultFile::read(path);
        QVERIFY(r.ok());
        const EngineState& e = r.value().phases[0].engine[0];
        std::size_t expected = 0;
        for (const auto* series : { &e.gauges, &e.counters })
            for (const auto& [key, values] : *series)
                for (double v : values)
                    expected += std::isfinite(v) ? 1 : 0;
        for (const auto& [key, h] : e.histograms)
            expected += h.size() * (2 + h.bounds.size() + 1);
        QCOMPARE(std::size_t(lines.size() - 1), expected);
        // the last queue snapshot's count and its +Inf bucket, as the file holds them
        const EngineHistogramSeries& q = e.histograms.at(u"queue_s"_s);
        const QByteArray prefix = "1 node,1,sim-a,vllm," + QString::number(q.time.back(), 'g', QLocale::FloatingPointShortest).toUtf8();
        QVERIFY(lines.contains(prefix + ",queue_s_count," + QString::number(q.count.back(), 'g', QLocale::FloatingPointShortest).toUtf8()));
        QVERIFY(lines.contains(prefix + ",\"queue_s_bucket{le=\"\"+Inf\"\"}\"," + QString::number(q.count.back(), 'g', QLocale::FloatingPointShortest).toUtf8()));
        // a file without engine state: the header alone
        const auto none = testing::runCli({ u"records"_s, testing::sourcePath(u"tests/data/io/version1-scaling.inferdeck.json"_s), u"--engine"_s });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QByteArray("phase,repetition,node,engine,time_s,series,value"));
        QCOMPARE(testing::runCli({ u"records"_s, path, u"--engine"_s, u"--include-warmup"_s }).exitCode, 2);
    }

    void badInputExitsThree()
    {
        const auto out = testing::runCli({ u"records"_s, m_dir.filePath(u"missing.json"_s) });
        QCOMPARE(out.exitCode, 3);
        QVERIFY(out.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
