// Reports of imported files claim nothing the file cannot support: no timeline without send times, no
// invented plan, no recompute sentence that is false for the file, no local time labelled UTC.
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "format/units.h"
#include "io/rubricfile.h"
#include "importers/resultreader.h"
#include "report/reportexport.h"
#include "report/reportrender.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

constexpr double kFixedTime = 1'790'000'500.0;

BenchmarkResult imported(const QString& relative)
{
    auto r = readAnyResult(testing::sourcePath(u"tests/data/importers/"_s + relative));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

Report reportOf(const BenchmarkResult& r) { return makeReport(r, defaultRubric(), u"file.json"_s, kFixedTime); }

QStringList chartIds(const Report& report)
{
    QStringList ids;
    for (const ReportSection& s : report.sections)
        for (const ReportBlock& b : s.blocks)
            if (b.kind == ReportBlock::Kind::Chart)
                ids << b.chart.id;
    return ids;
}

QStringList chartNotes(const Report& report)
{
    QStringList notes;
    for (const ReportSection& s : report.sections)
        for (const ReportBlock& b : s.blocks)
            if (b.standsForChart)
                notes << b.text;
    return notes;
}

// The rows of every Markdown table whose header holds `column` (and `also`, when given), by header name.
QList<QMap<QString, QString>> markdownRows(const QString& md, const QString& column, const QString& also = {})
{
    QList<QMap<QString, QString>> rows;
    const QStringList lines = md.split(u'\n');
    const auto cells = [](const QString& line) {
        QStringList c = line.mid(1, line.size() - 2).split(u" | "_s);
        for (QString& x : c)
            x = x.trimmed().remove(u'\\');
        return c;
    };
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith(u"| "_s))
            continue;
        const QStringList head = cells(lines[i]);
        if (!head.contains(column) || (!also.isEmpty() && !head.contains(also)) || !lines[i + 1].startsWith(u"| ---"_s))
            continue;
        for (int k = i + 2; k < lines.size() && lines[k].startsWith(u'|'); ++k) {
            const QStringList c = cells(lines[k]);
            QMap<QString, QString> row;
            for (int j = 0; j < head.size(); ++j)
                row[head[j]] = c.value(j);
            rows.append(row);
        }
    }
    return rows;
}

const char* const kNoSendTimes[] = { "llmperf/together_llama2-70b_individual_responses.json",
                                     "vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json" };
} // namespace

class TestReportImports : public QObject {
    Q_OBJECT

private slots:
    void filesWithoutSendTimesGetNoTimeSeriesButKeepDistributions_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : kNoSendTimes)
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void filesWithoutSendTimesGetNoTimeSeriesButKeepDistributions()
    {
        QFETCH(QString, file);
        const BenchmarkResult r = imported(file);
        QVERIFY(!r.phases.first().sendTimesKnown);
        const Report report = reportOf(r);
        const QStringList ids = chartIds(report);
        for (const char* timeline : { "throughput-time", "inflight-time", "ttft-time" })
            QVERIFY2(!ids.contains(QString::fromLatin1(timeline)), timeline);
        QVERIFY2(ids.contains(u"cdf-ttft"_s) && ids.contains(u"hist-e2e"_s), qPrintable(ids.join(u' ')));
        const QString notes = chartNotes(report).join(u'\n');
        QVERIFY2(notes.contains(u"no send time per request"_s), qPrintable(notes));
        // said once, not once per missing chart
        QCOMPARE(notes.count(u"no send time per request"_s), 1);
    }

    void theAppendixOfAnImportShowsOnlyWhatTheFileRecords()
    {
        const QString md = renderMarkdown(reportOf(imported(QString::fromLatin1(kNoSendTimes[1]))), u"charts"_s).text;
        QVERIFY(!md.contains(u"The plan as run"_s));
        QVERIFY(!md.contains(u"\"warmup_requests\""_s));
        QVERIFY(!md.contains(u"Clock offset"_s));
        QVERIFY(!md.contains(u"InferDeck version that ran it"_s));
        QVERIFY(!md.contains(u"Every number in this report is recomputed from the per-request records"_s));
        QVERIFY(md.contains(u"where it has no send times"_s));
        QVERIFY2(md.contains(u"| request\\_rate |"_s) || md.contains(u"| request_rate |"_s), qPrintable(md.right(2500)));
        // vLLM's date is local time without a zone: never printed as UTC
        QVERIFY(!md.contains(u"| Started | 20"_s));
    }

    void anInfiniteRateIsAllRequestsAtOnceNotAClosedLoop()
    {
        const BenchmarkResult r = imported(u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s);
        QCOMPARE(r.phases.first().load.mode, LoadSpec::Mode::AllAtOnce);
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        QVERIFY2(md.contains(u"| all 8 requests at once |"_s), qPrintable(md));
        QVERIFY(!md.contains(u"closed loop"_s));
    }

    void anImportThatStatesNoModelSaysSo()
    {
        const QString md = renderMarkdown(reportOf(imported(QString::fromLatin1(kNoSendTimes[0]))), u"charts"_s).text;
        QVERIFY(md.contains(u"| Model | not stated in the file |"_s));
    }

    void anUngradedImportSaysItsCapWouldApplyNotThatItDid()
    {
        const QString md = renderMarkdown(reportOf(imported(QString::fromLatin1(kNoSendTimes[0]))), u"charts"_s).text;
        QVERIFY2(md.contains(u"Not graded: only 1 criterion could be measured"_s), qPrintable(md.left(1500)));
        QVERIFY(md.contains(u"(would cap an overall grade at C; this result has none)"_s));
        QVERIFY(!md.contains(u"(caps the overall grade at"_s));
    }

    void aReasonIsASentenceNotAFragment()
    {
        const QString md = renderMarkdown(reportOf(imported(QString::fromLatin1(kNoSendTimes[0]))), u"charts"_s).text;
        QVERIFY2(md.contains(u"Scaling efficiency: not measured. No 1-node baseline"_s), qPrintable(md));
        QVERIFY(!md.contains(u"never used No grade"_s));
    }

    void longCommandLinesWrapInThePdfInsteadOfBeingCutOff()
    {
        QTemporaryDir dir;
        const Report report = makeReport(imported(QString::fromLatin1(kNoSendTimes[1])), defaultRubric(),
                                         u"llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s, kFixedTime);
        QVERIFY(exportReport(report, dir.path(), ReportFormat::Pdf).ok());
        QProcess p;
        p.start(u"pdftotext"_s, { u"-layout"_s, dir.filePath(u"report.pdf"_s), u"-"_s });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // the comments at the ends of the two longest lines were cut off at the page edge before
        QVERIFY2(text.contains(u"as JSON"_s) && text.contains(u"as CSV"_s), qPrintable(text.right(3000)));
    }

    void anAggregateOnlyFileGetsNoInventedCountsOrSloShares()
    {
        const QString md = renderMarkdown(reportOf(imported(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s)), u"charts"_s).text;
        for (const auto& row : markdownRows(md, u"Metric"_s))
            if (row.value(u"Metric"_s) == u"TTFT"_s)
                QCOMPARE(row.value(u"Count"_s), u"—"_s); // LoadGen's summary states no count: not 1
        for (const auto& row : markdownRows(md, u"Completed"_s, u"TTFT met (%)"_s)) {
            QCOMPARE(row.value(u"TTFT met (%)"_s), u"—"_s); // no requests, no share of them
            QCOMPARE(row.value(u"TPOT met (%)"_s), u"—"_s);
        }
        QVERIFY2(md.contains(u"the tool's own percentiles (method: nearest-rank)"_s), qPrintable(md));
        // an open-loop run without send times cannot show a late generator: not checked, never passed
        QVERIFY(md.contains(u"Load generator behind its schedule (generator\\_behind): the file keeps no send times"_s));
    }

    void responsesWithoutTheirSummaryClaimNoLoadAndNoCrossCheck()
    {
        const QString md = renderMarkdown(reportOf(imported(QString::fromLatin1(kNoSendTimes[0]))), u"charts"_s).text;
        QVERIFY2(md.contains(u"| not stated in the file | 1 |"_s), qPrintable(md)); // the load column
        QVERIFY(!md.contains(u"closed loop"_s));
        QVERIFY(!md.contains(u"agrees with the recomputed numbers"_s));
        QVERIFY(md.contains(u"no summary file was given"_s));
    }

    void aRunWhoseRequestsAllFailedSaysSoFirst()
    {
        const Report r = reportOf(imported(u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s));
        QVERIFY2(r.verdict.startsWith(u"Every request failed (8 of 8)."_s), qPrintable(r.verdict));
    }

    void simulatedGpusAreNotCalledMissing()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 20;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.simulated = true;
        for (NodeInventory& n : r.nodes) {
            n.gpus.clear();
            n.gpuNote = u"no GPU tool found (nvidia-smi, rocm-smi)"_s;
        }
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        QVERIFY2(md.contains(u"simulated by serve-sim (the host itself: no GPU tool found"_s), qPrintable(md));
    }
};

QTEST_MAIN(TestReportImports)
#include "tst_report_imports.moc"
