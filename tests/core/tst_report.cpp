#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

#include "io/resultfile.h"
#include "format/units.h"
#include "io/rubricfile.h"
#include "metrics/resultsummary.h"
#include "report/chartpainter.h"
#include "report/reportcharts.h"
#include "report/reportexport.h"
#include "report/reportrender.h"
#include "syntheticrun.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

constexpr double kFixedTime = 1'790'000'500.0; // a fixed "generated at", so the golden file is stable

BenchmarkResult sample()
{
    auto r = ResultFile::read(testing::sourcePath(u"resources/samples/llama31-8b-2node-scaling.inferdeck.json"_s));
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

/// The seed report's scenario: Llama-3.1-8B summarization on 2 nodes, with or without a measured baseline.
BenchmarkResult seedScenario(bool baseline)
{
    testing::SyntheticSpec spec;
    spec.scaling = baseline;
    spec.nodes = 2;
    spec.inputMean = 800;
    spec.outputMean = 90;
    spec.requestsPerNode = 150;
    spec.scaledSpeed = 0.97;
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    r.plan.workload.dataset = u"summarization"_s;
    return r;
}

/// A sparse result, as an import may give: no inventory, no telemetry, no chunks, no SLOs, one phase.
BenchmarkResult sparse()
{
    testing::SyntheticSpec spec;
    spec.scaling = false;
    spec.nodes = 1;
    spec.repetitions = 1;
    spec.telemetry = false;
    spec.chunks = false;
    spec.failureRate = 0.3;
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    r.simulated = false;
    r.nodes.clear();
    r.plan.slo = {};
    r.plan.name.clear();
    r.provenance = {};
    return r;
}

/// A reasoning model with requested lengths, served by `engine` over an unverified https endpoint.
BenchmarkResult reasoningRun(const QString& engine)
{
    testing::SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 40;
    spec.reasoningMean = 30;
    spec.requestedLengths = true;
    spec.shortAnswerShare = 0.25;
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    r.phases[0].prompts = { u"exact"_s, u"/tokenize"_s, u"all exact"_s };
    r.phases[1].prompts = { u"estimated"_s, QString(), u"no tokenizer answered"_s };
    for (NodeInventory& n : r.nodes) {
        n.engines = { { engine, u"3.3.4"_s, u"endpoint"_s }, { u"vllm"_s, u"0.11.1"_s, u"binary"_s } };
        n.tls = u"system"_s;
    }
    r.nodes[1].tls = u"insecure"_s;
    r.nodes[1].apiKey = true;
    return r;
}

Report reportOf(const BenchmarkResult& r) { return makeReport(r, defaultRubric(), u"result.inferdeck.json"_s, kFixedTime); }

/// The cells of the first Markdown table whose header row contains `firstHeader`, by header name.
QList<QMap<QString, QString>> markdownTable(const QString& md, const QString& firstHeader)
{
    QList<QMap<QString, QString>> rows;
    const QStringList lines = md.split(u'\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith(u"| "_s + firstHeader + u" |"_s))
            continue;
        const auto cells = [](const QString& line) {
            QStringList c = line.mid(1, line.size() - 2).split(u" | "_s);
            static const QRegularExpression escaped(u"\\\\(.)"_s);
            for (QString& s : c)
                s = s.trimmed().replace(escaped, u"\\1"_s); // the renderer's Markdown escapes
            return c;
        };
        const QStringList head = cells(lines[i]);
        for (int k = i + 2; k < lines.size() && lines[k].startsWith(u'|'); ++k) {
            const QStringList c = cells(lines[k]);
            QMap<QString, QString> row;
            for (int j = 0; j < head.size(); ++j)
                row[head[j]] = c.value(j);
            rows.append(row);
        }
        break;
    }
    return rows;
}

/// Text a reader sees that would betray a template or a broken number.
QStringList defects(const QString& text)
{
    QStringList found;
    static const QRegularExpression placeholder(u"\\{[A-Za-z_][A-Za-z0-9_.\\[\\]'\"]*\\}"_s);
    static const QRegularExpression qtArg(u"%[0-9]"_s);
    static const QRegularExpression badNumber(u"\\b(nan|inf|infinity)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression* re : { &placeholder, &qtArg, &badNumber })
        if (const auto m = re->match(text); m.hasMatch())
            found << m.captured(0);
    if (text.contains(u"TODO"_s))
        found << u"TODO"_s;
    return found;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"0.0-test"_s); }

    void everyFormatIsFreeOfPlaceholdersNanAndTodo_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("sample scaling run") << 0;
        QTest::newRow("2 nodes without a baseline") << 1;
        QTest::newRow("sparse result with failures") << 2;
        QTest::newRow("reasoning model on TGI over unverified https") << 3;
    }
    void everyFormatIsFreeOfPlaceholdersNanAndTodo()
    {
        QFETCH(int, which);
        const BenchmarkResult r = which == 0 ? sample() : which == 1 ? seedScenario(false) : which == 2 ? sparse() : reasoningRun(u"tgi"_s);
        const Report report = reportOf(r);
        const MarkdownReport md = renderMarkdown(report, u"charts"_s);
        QVERIFY2(defects(md.text).isEmpty(), qPrintable(defects(md.text).join(u", "_s)));
        const QString html = QString::fromUtf8(renderHtml(report));
        QVERIFY2(defects(html).isEmpty(), qPrintable(defects(html).join(u", "_s)));
        QTemporaryDir dir;
        QVERIFY(writePdf(report, dir.filePath(u"r.pdf"_s)).ok());
        QProcess p;
        p.start(u"pdftotext"_s, { u"-layout"_s, dir.filePath(u"r.pdf"_s), u"-"_s });
        QVERIFY(p.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(pdf.size() > 1000);
        QVERIFY2(defects(pdf).isEmpty(), qPrintable(defects(pdf).join(u", "_s)));
        if (which == 3) { // the PDF shows what the model says, like the other formats
            QVERIFY(pdf.contains(u"Answer TTFT"_s));
            QVERIFY(QString(pdf).replace(QChar(0xFB01), u"fi"_s).contains(u"TLS verification was OFF"_s)); // pdftotext keeps the fi ligature
        }
    }

    void aLimitLineIsDrawnInsideThePlotNotOnItsEdge()
    {
        // E2E up to 3 s against a 5 s SLO: the axis used to end exactly at 5000 ms, the limit on the frame
        ChartSpec c;
        c.title = u"E2E"_s;
        ChartSeries cdf{ u"run"_s, {}, false };
        for (int i = 0; i <= 30; ++i)
            cdf.points.append({ 100.0 * i, i / 30.0 });
        c.series.append(cdf);
        c.series.append({ u"SLO limit"_s, { { 5000.0, 0.0 }, { 5000.0, 1.0 } }, false, true });
        QImage img(ChartPainter::kCanvas.toSize(), QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        ChartPainter::paint(p, QRectF(QPointF(0, 0), ChartPainter::kCanvas), c);
        p.end();
        int lineX = -1, most = 0;
        for (int x = 0; x < img.width(); ++x) {
            int n = 0;
            for (int y = 60; y < 320; ++y)
                n += qGray(img.pixel(x, y)) >= 0x50 && qGray(img.pixel(x, y)) <= 0xc8; // the line's grey, anti-aliased; not the grid's
            if (n > most) {
                most = n;
                lineX = x;
            }
        }
        img.save(QDir::temp().filePath(u"inferdeck-limit-line.png"_s));
        QVERIFY2(most > 60, qPrintable(u"no dashed limit line found (best column %1 with %2 grey pixels)"_s.arg(lineX).arg(most)));
        QVERIFY2(lineX < ChartPainter::kCanvas.width() - 20 - 10, qPrintable(u"the limit line is at x=%1, on the plot's right edge"_s.arg(lineX)));
    }

    void pdfTableHeadersBreakBetweenWordsOnly()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 2;
        spec.requestsPerNode = 40;
        const Report report = reportOf(testing::makeSyntheticRun(spec));
        QTemporaryDir dir;
        QVERIFY(writePdf(report, dir.filePath(u"r.pdf"_s)).ok());
        QProcess p;
        p.start(u"pdftotext"_s, { dir.filePath(u"r.pdf"_s), u"-"_s });
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(u"tok/s"_s));
        // "Output tok/" over "s" is a unit broken in two
        const QRegularExpression broken(u"tok/\\s*\\n\\s*s\\b"_s);
        QVERIFY2(!text.contains(broken), qPrintable(text.mid(std::max<qsizetype>(0, text.indexOf(broken) - 80), 160)));
    }

    void noChartIsEmptyAndMissingDataIsSaid()
    {
        const Report report = reportOf(sparse());
        int charts = 0;
        for (const ReportSection& s : report.sections)
            for (const ReportBlock& b : s.blocks)
                if (b.kind == ReportBlock::Kind::Chart) {
                    QVERIFY2(!b.chart.empty(), qPrintable(b.chart.id));
                    ++charts;
                }
        QVERIFY(charts > 0);
        const QString md = renderMarkdown(report, u"charts"_s).text;
        QVERIFY(md.contains(u"GPU utilization: not measured"_s));
        QVERIFY(md.contains(u"Not measured: the result holds no GPU power telemetry."_s));
        QVERIFY(md.contains(u"Not recorded: the result holds no node inventory."_s));
        QVERIFY(md.contains(u"Not measured: the plan sets no SLO"_s));
        QVERIFY(!md.contains(u"SIMULATED"_s));
    }

    void aPhasesLastSliverOfTimeDoesNotDrawAsASpike()
    {
        // one node, a request ending every 0.1 s with 10 tokens (100 tokens/s throughout) over 30.05 s: the last
        // 1-s window used to be the final 0.05 s holding one request's 10 tokens, drawn as 200 tokens/s
        Phase p;
        p.name = u"steady"_s;
        p.nodes = { u"a"_s };
        p.load = { LoadSpec::Mode::Concurrency, 4.0 };
        for (int i = 1; i <= 301; ++i) {
            const double end = 0.1 * i;
            p.requests.append({ 0, i, false, RequestColumns::kUnknown, end - 0.05, end - 0.02, end, 10, 10, true, 0 });
        }
        const ChartSpec c = reportcharts::throughputOverTime(p);
        QVERIFY(c.unavailable.isEmpty());
        for (const QPointF& pt : c.series.first().points)
            QVERIFY2(std::abs(pt.y() - 100.0) <= 15.0, qPrintable(u"%1 s: %2 tokens/s"_s.arg(pt.x()).arg(pt.y())));
    }

    void aRampsLoadChartDrawsItsScheduleBesideWhatWasSentAndCompleted()
    {
        // a constant-rate ramp from 4 to 60 req/s per node over 30 s on 2 nodes: request k is due where the
        // cumulative rate 4 t + 28 t^2 / 30 per node reaches k; every send on time, every answer 50 ms later
        Phase p;
        p.name = u"ramp"_s;
        p.nodes = { u"a"_s, u"b"_s };
        p.load = { LoadSpec::Mode::ConstantRate, 4.0 };
        p.load.rampTo = 60.0;
        int sent = 0;
        for (int k = 0;; ++k) {
            const double t = (-4 + std::sqrt(16 + 4 * (28.0 / 30) * k)) / (2 * 28.0 / 30);
            if (t >= 30)
                break;
            for (int node = 0; node < 2; ++node, ++sent)
                p.requests.append({ static_cast<std::uint16_t>(node), sent, false, t, t, t + 0.02, t + 0.05, 10, 10, true, 0 });
        }
        const ChartSpec c = reportcharts::loadOverTime(p, 30.0);
        QVERIFY(c.unavailable.isEmpty());
        QCOMPARE(c.series.size(), 3);
        QVERIFY(c.series[0].dashed); // the schedule is a reference, drawn as one
        QCOMPARE(c.series[0].points, (QVector<QPointF> { { 0.0, 8.0 }, { 30.0, 120.0 } }));
        // the sent rate per window times its width gives back every request; near the end it is near 120/s
        // (points sit at their window's middle: full windows are w apart, the last one may be shorter)
        const QVector<QPointF>& pts = c.series[1].points;
        QVERIFY(pts.size() >= 10);
        const double w = pts[1].x() - pts[0].x();
        double total = 0;
        for (qsizetype i = 0; i + 1 < pts.size(); ++i)
            total += pts[i].y() * w;
        total += pts.last().y() * 2 * (pts.last().x() - (pts[pts.size() - 2].x() + w / 2));
        QVERIFY2(std::abs(total - sent) < 1e-6 * sent, qPrintable(u"%1 of %2"_s.arg(total).arg(sent)));
        for (qsizetype i = 0; i + 1 < pts.size(); ++i) { // each full window near the schedule's rate at its middle
            const double due = 8.0 + 112.0 * pts[i].x() / 30.0;
            QVERIFY2(std::abs(pts[i].y() - due) <= 2.0 / w + 0.02 * due, qPrintable(u"%1 s: %2 against %3"_s.arg(pts[i].x()).arg(pts[i].y()).arg(due)));
        }

        // stages of a concurrency: the schedule is held per stage; a phase whose load does not vary has no such chart
        p.load = { LoadSpec::Mode::Concurrency, 1.0 };
        p.load.stages = { { 1.0, 10.0 }, { 4.0, 20.0 } };
        const ChartSpec stages = reportcharts::loadOverTime(p, 30.0);
        QCOMPARE(stages.series[0].points, (QVector<QPointF> { { 0.0, 2.0 }, { 10.0, 2.0 }, { 10.0, 8.0 }, { 30.0, 8.0 } }));
        QCOMPARE(stages.series[1].name, u"in flight"_s);
        p.load.stages.clear();
        QVERIFY(reportcharts::loadOverTime(p, 30.0).empty());
    }

    void htmlIsWellFormedAndSelfContained()
    {
        const QByteArray html = renderHtml(reportOf(sample()));
        QXmlStreamReader xml(html);
        int svgs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"svg")
                ++svgs;
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                const QString v = a.value().toString();
                QVERIFY2(!(a.name() == u"src" || a.name() == u"href") || v.startsWith(u'#'), qPrintable(v));
            }
            QVERIFY2(xml.name() != u"link" && xml.name() != u"script" && xml.name() != u"img", qPrintable(xml.name().toString()));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line "_s + QString::number(xml.lineNumber())));
        QVERIFY(svgs >= 10);
        // the only URLs are XML namespace names, which nothing fetches
        QString text = QString::fromUtf8(html);
        text.remove(QRegularExpression(u"xmlns(:\\w+)?=\"[^\"]*\""_s));
        QVERIFY2(!text.contains(u"http://"_s) && !text.contains(u"https://"_s) && !text.contains(u"url("_s), "an external reference");
        QVERIFY(text.contains(u"prefers-color-scheme: dark"_s));
        QVERIFY(text.contains(u"@media print"_s));
    }

    void simulatedResultsAreMarkedInEverySection()
    {
        const Report report = reportOf(sample());
        const QString md = renderMarkdown(report, u"charts"_s).text;
        int headings = 0;
        for (const QString& line : md.split(u'\n'))
            if (line.startsWith(u"## "_s)) {
                QVERIFY2(line.endsWith(u"SIMULATED"_s), qPrintable(line));
                ++headings;
            }
        QCOMPARE(headings, report.sections.size());
        const QString html = QString::fromUtf8(renderHtml(report));
        QCOMPARE(html.count(u"<span class=\"sim\">SIMULATED</span>"_s), report.sections.size() + 1);
    }

    void seedScenarioWithoutBaselineSaysScalingIsNotMeasured()
    {
        const QString md = renderMarkdown(reportOf(seedScenario(false)), u"charts"_s).text;
        QVERIFY(md.contains(u"Scaling efficiency: not measured."_s));
        QVERIFY(md.contains(u"No grade comes from it"_s));
        const auto card = markdownTable(md, u"Criterion"_s);
        bool found = false;
        for (const auto& row : card)
            if (row[u"Criterion"_s] == u"Scaling efficiency") {
                found = true;
                QCOMPARE(row[u"Grade"_s], u"not measured"_s);
                QCOMPARE(row[u"Measured"_s], u"—"_s);
            }
        QVERIFY(found);
        QVERIFY(md.contains(u"Excludes, as not measured: Scaling efficiency"_s));
        QVERIFY(!md.contains(u"super-linear"_s, Qt::CaseInsensitive) || md.contains(u"no super-linear claim"_s));
    }

    void seedScenarioWithBaselineShowsTheEfficiencyOfTheNumbersBesideIt()
    {
        const QString md = renderMarkdown(reportOf(seedScenario(true)), u"charts"_s).text;
        QMap<QString, QString> kv;
        for (const auto& row : markdownTable(md, u"Quantity"_s))
            kv[row[u"Quantity"_s]] = row[u"Value"_s];
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        const double x1 = kv[u"X_1, output tok/s"_s].toDouble(&ok1);
        const double xn = kv[u"X_N, output tok/s"_s].toDouble(&ok2);
        const double n = kv[u"N, nodes"_s].toDouble(&ok3);
        const double eff = kv[u"Efficiency (%)"_s].toDouble(&ok4);
        QVERIFY(ok1 && ok2 && ok3 && ok4);
        QCOMPARE(n, 2.0);
        // the shown numbers are rounded to 0.01: their own quotient may differ from the shown efficiency
        // by the rounding of each, and by no more
        const double fromShown = xn / (n * x1) * 100.0;
        const double slack = 0.005 + 100.0 * (0.005 / (n * x1) + xn * 0.005 / (n * x1 * x1));
        QVERIFY2(std::fabs(fromShown - eff) <= slack, qPrintable(u"%1 vs %2"_s.arg(fromShown).arg(eff)));
        QVERIFY(kv[u"95 % interval (%)"_s].contains(u" – "_s));
    }

    void phaseWithReasoningShowsAnswerTtftAndItsShare()
    {
        const BenchmarkResult r = reasoningRun(u"vllm"_s);
        const ResultSummary summary = summarizeResult(r);
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        QVERIFY2(defects(md).isEmpty(), qPrintable(defects(md).join(u", "_s)));
        int answerRows = 0;
        for (const auto& row : markdownTable(md, u"Phase"_s + u" | Rep | Metric"_s)) {
            if (row[u"Metric"_s] != u"Answer TTFT"_s)
                continue;
            ++answerRows;
            const PhaseSummary& p = row[u"Phase"_s] == summary.phases[0].phase ? summary.phases[0] : summary.phases[1];
            QCOMPARE(row[u"p99 (ms)"_s], Units::milliseconds(p.answerTtft.p99, 2));
            QCOMPARE(row[u"Count"_s], Units::count(static_cast<qint64>(p.answerTtft.count)));
        }
        QCOMPARE(answerRows, 2);
        const auto reasoning = markdownTable(md, u"Phase | Rep | Reasoning tokens"_s);
        QCOMPARE(reasoning.size(), 2);
        QCOMPARE(reasoning[0][u"Share of output (%)"_s], Units::percentNumber(summary.phases[0].reasoning->share, 2));
        QCOMPARE(reasoning[0][u"Reasoning tokens"_s], Units::count(summary.phases[0].reasoning->tokens));
        QCOMPARE(reasoning[0][u"Counted from"_s], u"from the server's usage"_s);

        const QString plain = renderMarkdown(reportOf(sample()), u"charts"_s).text;
        QVERIFY(!plain.contains(u"Answer TTFT"_s));
        QVERIFY(!plain.contains(u"Reasoning tokens"_s));
        QVERIFY(!plain.contains(u"Input requested"_s));
    }

    void openLoopLatenciesFromTheScheduleAreStatedWithTheirUnits()
    {
        BenchmarkResult r = sample();
        for (Phase& p : r.phases) { // open-loop load whose client sent up to 4 ms late
            p.load = { LoadSpec::Mode::Poisson, 20.0 };
            for (std::size_t i = 0; i < p.requests.send.size(); ++i)
                p.requests.intendedSend[i] = p.requests.send[i] - 0.001 * double(i % 5);
        }
        r.plan.load = { LoadSpec::Mode::Poisson, 20.0 };
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        const qsizetype at = md.indexOf(u"Measured from the send time the schedule intended"_s);
        QVERIFY(at >= 0);
        const QString sentence = md.mid(at, md.indexOf(u'\n', at) - at);
        // four latencies, each with its unit (it once said "p99 TTFT is 23.98")
        static const QRegularExpression withUnit(u"\\d (ms|s|µs)\\b"_s);
        QCOMPARE(sentence.count(withUnit), 4);
        QVERIFY2(defects(sentence).isEmpty(), qPrintable(sentence));
    }

    // a queue that comes and goes (a Poisson load well below capacity) is not "at capacity", and where the engine
    // timed its queue the client's TTFT spread alone does not claim queueing either
    void aQueueThatDoesNotStandIsNotCalledCapacity()
    {
        BenchmarkResult r = seedScenario(true);
        testing::addEngineState(r, 0.030, 2, 0.2, 0);
        for (Phase& p : r.phases)
            for (EngineState& e : p.engine) {
                // four scrapes inside the window, one of them with two requests waiting: a mean of 0.5
                const double last = e.time.back() - 1.0;
                e.time = { -1.0, last * 0.2, last * 0.4, last * 0.6, last * 0.8, last + 1.0 };
                e.gauges[u"waiting"_s] = { 0, 2, 0, 0, 0, 0 };
                e.gauges[u"running"_s] = { 0, 8, 8, 8, 8, 0 };
                e.gauges[u"kv_usage"_s] = { 0, 0.2, 0.2, 0.2, 0.2, 0 };
                e.counters[u"preemptions"_s] = { 0, 0, 0, 0, 0, 0 };
                for (auto& [key, h] : e.histograms) {
                    h.time = e.time;
                    h.cumulative = { h.cumulative[0], h.cumulative[1], h.cumulative[1], h.cumulative[1], h.cumulative[1], h.cumulative[2] };
                    h.sum = { h.sum[0], h.sum[1], h.sum[1], h.sum[1], h.sum[1], h.sum[2] };
                    h.count = { h.count[0], h.count[1], h.count[1], h.count[1], h.count[1], h.count[2] };
                }
            }
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        QVERIFY(md.contains(u"## Engine state"_s));
        QVERIFY2(!md.contains(u"at capacity"_s), qPrintable(md.mid(md.indexOf(u"## Recommendations"_s), 2000)));
        QVERIFY(!md.contains(u"Requests queue before prefill"_s));
    }

    void theDiagnosisNamesEachEnginesOwnQueueSeries()
    {
        BenchmarkResult r = seedScenario(true);
        testing::addEngineState(r, 0.030, 37, 0.5, 0);
        for (Phase& p : r.phases)
            for (EngineState& e : p.engine)
                e.engine = u"sglang"_s;
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        QVERIFY2(md.contains(u"(sglang:queue\\_time\\_seconds histogram"_s), qPrintable(md.mid(md.indexOf(u"## Recommendations"_s), 2000)));
        QVERIFY(md.contains(u"sglang:num\\_queue\\_reqs peaked at 37"_s));
    }

    void engineStateIsShownAndTheQueueingDiagnosisCitesItsNumbers()
    {
        BenchmarkResult plain = seedScenario(true);
        QVERIFY(!renderMarkdown(reportOf(plain), u"charts"_s).text.contains(u"## Engine state"_s)); // no engine scraped: no section

        BenchmarkResult overloaded = seedScenario(true);
        testing::addEngineState(overloaded, 0.030, 37, 0.98, 212); // most of the ~45 ms TTFT is queue wait
        const QString md = renderMarkdown(reportOf(overloaded), u"charts"_s).text;
        QVERIFY2(defects(md).isEmpty(), qPrintable(defects(md).join(u", "_s)));
        QVERIFY(md.contains(u"## Engine state"_s));
        const auto split = markdownTable(md, u"Phase | Rep | Node | Engine"_s);
        QVERIFY(!split.isEmpty());
        QCOMPARE(split[0][u"Queue mean (ms)"_s], u"30.0"_s);
        QCOMPARE(split[0][u"Queue p99 (ms)"_s], u"0–300"_s);
        QCOMPARE(split[0][u"Prefill mean (ms)"_s], u"12.0"_s);
        QCOMPARE(split[0][u"Decode mean (ms)"_s], u"500.0"_s);
        // the rests are what the client measured beyond the engine's stages, from the same means
        const ResultSummary overSummary = summarizeResult(overloaded);
        const PhaseSummary& first = overSummary.phases[0];
        QCOMPARE(split[0][u"Rest (ms)"_s], Units::milliseconds(*first.ttft.mean - 0.030 - 0.012, 1));
        QCOMPARE(split[0][u"E2E rest (ms)"_s], Units::milliseconds(*first.e2e.mean - 0.030 - 0.012 - 0.5, 1));
        const auto state = markdownTable(md, u"Phase | Rep | Node | Running peak"_s);
        QCOMPARE(state[0][u"Waiting peak"_s], u"37"_s);
        QCOMPARE(state[0][u"Preemptions"_s], u"212"_s);
        // the diagnosis names the series and the numbers it rests on
        QVERIFY2(md.contains(u"The engine is at capacity at this load"_s), qPrintable(md.right(3000)));
        QVERIFY(md.contains(u"peaked at 37 waiting requests"_s));
        QVERIFY(md.contains(u"vllm:num\\_requests\\_waiting"_s));
        QVERIFY(md.contains(u"The KV cache is too small"_s));
        QVERIFY(md.contains(u"98.0 %"_s));
        // a KV cache that full is what limits the batch: the capacity diagnosis says so, not only "a larger batch"
        QVERIFY(md.contains(u"memory, not the number of sequences, limits the batch"_s));
        QVERIFY(!md.contains(u"Requests queue before prefill"_s)); // the engine's evidence replaces the guess
        // the graded phase's queue and KV cache over time, drawn from the scrapes
        QVERIFY(md.contains(u"charts/engine-waiting.svg"_s));
        QVERIFY(md.contains(u"charts/engine-kv-cache.svg"_s));

        BenchmarkResult light = seedScenario(true);
        testing::addEngineState(light, 0.001, 0);
        const QString calm = renderMarkdown(reportOf(light), u"charts"_s).text;
        QVERIFY(calm.contains(u"## Engine state"_s));
        QVERIFY(!calm.contains(u"at capacity"_s));
        QVERIFY(!calm.contains(u"KV cache is too small"_s));
    }

    void lengthsPromptMethodEngineAndInsecureTlsAreShown()
    {
        const BenchmarkResult r = reasoningRun(u"tgi"_s);
        const ResultSummary summary = summarizeResult(r);
        const QString md = renderMarkdown(reportOf(r), u"charts"_s).text;
        const auto lengths = markdownTable(md, u"Phase | Rep | Prompt sizing"_s);
        QCOMPARE(lengths.size(), 2);
        QCOMPARE(lengths[0][u"Prompt sizing"_s], u"exact (counted by the server's tokenizer)"_s);
        QCOMPARE(lengths[1][u"Prompt sizing"_s], u"estimated from word counts"_s);
        QCOMPARE(lengths[0][u"Output requested"_s], Units::number(summary.phases[0].lengths->outputRequestedMean, 1));
        QCOMPARE(lengths[0][u"Shorter than max_tokens"_s],
                 u"%1 of %2"_s.arg(summary.phases[0].lengths->shortAnswers).arg(summary.phases[0].lengths->outputCompared));
        QVERIFY(md.contains(u"sized from word counts"_s));
        QVERIFY(md.contains(u"TGI, which has no ignore\\_eos"_s));
        QVERIFY(md.contains(u"tgi 3.3.4 (asked the endpoint)"_s));
        QVERIFY(md.contains(u"vllm 0.11.1 (installed binary)"_s));
        QVERIFY(md.contains(u"TLS verification was OFF for the endpoint of sim-node-2"_s));
        QVERIFY(md.contains(u"https, certificate NOT verified; API key sent"_s));
        const QString html = QString::fromUtf8(renderHtml(reportOf(r)));
        QVERIFY(html.contains(u"TLS verification was OFF"_s));

        // served by vLLM, verified: neither the TGI note nor the TLS warning
        BenchmarkResult v = reasoningRun(u"vllm"_s);
        v.nodes[1].tls = u"system"_s;
        const QString vmd = renderMarkdown(reportOf(v), u"charts"_s).text;
        QVERIFY(!vmd.contains(u"ignore\\_eos"_s));
        QVERIFY(!vmd.contains(u"TLS verification was OFF"_s));
    }

    void markdownOfTheSampleMatchesTheGoldenFile()
    {
        // regenerate, after a deliberate change, with INFERDECK_UPDATE_GOLDEN=1
        const QString golden = testing::sourcePath(u"tests/data/report/sample-report.md"_s);
        const QString md = renderMarkdown(reportOf(sample()), u"report-charts"_s).text;
        if (qEnvironmentVariableIntValue("INFERDECK_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(golden).absolutePath());
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(md.toUtf8());
            QSKIP("golden file regenerated");
        }
        QFile f(golden);
        QVERIFY2(f.open(QIODevice::ReadOnly), "tests/data/report/sample-report.md is missing: run with INFERDECK_UPDATE_GOLDEN=1");
        const QStringList want = QString::fromUtf8(f.readAll()).split(u'\n');
        const QStringList got = md.split(u'\n');
        for (int i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(want[i] == got[i], qPrintable(u"line %1:\n want: %2\n got:  %3"_s.arg(i + 1).arg(want[i], got[i])));
        QCOMPARE(got.size(), want.size());
    }

    void exportWritesEveryFormatAndTheChartsTheMarkdownLinks()
    {
        QTemporaryDir dir;
        const auto written = exportReport(reportOf(sample()), dir.path(), ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value().size(), 3);
        QFile md(dir.filePath(u"report.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        static const QRegularExpression image(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
        int images = 0;
        for (auto it = image.globalMatch(QString::fromUtf8(md.readAll())); it.hasNext(); ++images) {
            const QString path = dir.filePath(it.next().captured(1));
            QFile svg(path);
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = svg.readAll();
            QVERIFY(bytes.startsWith("<svg"));
            QVERIFY(bytes.count("<path") + bytes.count("<polyline") >= 3);
        }
        QVERIFY(images >= 10);
    }

    void hostileNamesAreShownAsTextInEveryFormat()
    {
        // names come from plan and cluster files a colleague sent: they must never become markup
        BenchmarkResult r = sample();
        const QString evil = u"<script>alert('x')</script> | **bold** & ![img](http://evil.example/x.png)"_s;
        r.plan.name = evil;
        r.plan.model = u"model</td><td>injected"_s;
        for (Phase& p : r.phases)
            p.name = p.name + u" <b>|</b>"_s;
        const Report report = reportOf(r);
        const QString html = QString::fromUtf8(renderHtml(report));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"</td><td>injected"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString md = renderMarkdown(report, u"charts"_s).text;
        // fenced code (the plan as run, in the appendix) is shown verbatim, which is safe; the rest is escaped
        QString prose = md;
        prose.remove(QRegularExpression(u"```.*?```"_s, QRegularExpression::DotMatchesEverythingOption));
        QVERIFY(!prose.contains(u"<script>"_s));
        // shown as text (escaped brackets), never an image that fetches a URL
        QVERIFY(!prose.contains(QRegularExpression(u"(?<!\\\\)\\]\\(http"_s)));
        QVERIFY(prose.contains(u"!\\[img\\](http"_s));
        QVERIFY(!prose.contains(u" **bold**"_s));
        // every table row still has as many cells as its header: a name's '|' cannot split a cell
        const QStringList lines = md.split(u'\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (!lines[i].startsWith(u"| "_s) || !lines[i + 1].startsWith(u"| ---"_s))
                continue;
            static const QRegularExpression unescaped(u"(?<!\\\\)\\|"_s);
            const qsizetype cells = lines[i].count(unescaped);
            for (int k = i + 2; k < lines.size() && lines[k].startsWith(u'|'); ++k)
                QVERIFY2(lines[k].count(unescaped) == cells, qPrintable(lines[k]));
        }
        QTemporaryDir dir;
        QVERIFY(writePdf(report, dir.filePath(u"r.pdf"_s)).ok());
    }

    void formatListsAreParsedAndUnknownWordsRefused()
    {
        QCOMPARE(parseReportFormats(u"all"_s).value(), ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Pdf);
        QCOMPARE(parseReportFormats(u"md, pdf"_s).value(), ReportFormat::Markdown | ReportFormat::Pdf);
        QVERIFY(!parseReportFormats(u"md,docx"_s).ok());
        QVERIFY(parseReportFormats(u"md,docx"_s).error().message.contains(u"docx"_s));
        QVERIFY(!parseReportFormats(QString()).ok());
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
