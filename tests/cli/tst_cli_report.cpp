#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck::testing;

namespace {

QString samplePath() { return sourcePath(u"resources/samples/llama31-8b-2node-scaling.inferdeck.json"_s); }

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

/// Every Markdown table of `md`: rows as header → cell.
QList<QList<QMap<QString, QString>>> tables(const QString& md)
{
    QList<QList<QMap<QString, QString>>> out;
    const QStringList lines = md.split(u'\n');
    const auto cells = [](const QString& line) {
        QStringList c = line.mid(1, line.size() - 2).split(u" | "_s);
        static const QRegularExpression escaped(u"\\\\(.)"_s);
        for (QString& s : c)
            s = s.trimmed().replace(escaped, u"\\1"_s); // the renderer's Markdown escapes
        return c;
    };
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith(u"| "_s) || !lines[i + 1].startsWith(u"| ---"_s))
            continue;
        const QStringList head = cells(lines[i]);
        QList<QMap<QString, QString>> rows;
        int k = i + 2;
        for (; k < lines.size() && lines[k].startsWith(u'|'); ++k) {
            const QStringList c = cells(lines[k]);
            QMap<QString, QString> row;
            for (int j = 0; j < head.size(); ++j)
                row[head[j]] = c.value(j);
            rows.append(row);
        }
        out.append(rows);
        i = k;
    }
    return out;
}

/// Checks that a table cell shows `value` times `scale` with `decimals` places, as README documents.
void expectCell(const QString& cell, const QJsonValue& value, double scale, int decimals, const QString& what)
{
    if (value.isNull()) {
        QVERIFY2(cell == u"—", qPrintable(what + u": expected —, found "_s + cell));
        return;
    }
    bool ok = false;
    const double shown = cell.toDouble(&ok);
    QVERIFY2(ok, qPrintable(what + u": not a number: "_s + cell));
    const double want = value.toDouble() * scale;
    QVERIFY2(std::fabs(shown - want) <= 0.5 * std::pow(10.0, -decimals) + 1e-9,
             qPrintable(u"%1: shows %2, summarize --json gives %3"_s.arg(what, cell).arg(want, 0, 'g', 17)));
    QCOMPARE(cell, QString::number(want, 'f', decimals));
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = runCli({ u"report"_s, samplePath(), u"-o"_s, m_dir.path() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* name : { "report.md", "report.html", "report.pdf" })
            QVERIFY2(r.out.contains(QByteArray(QByteArray("report: ") + m_dir.filePath(QString::fromLatin1(name)).toUtf8())), r.out.constData());
        QVERIFY(QDir(m_dir.filePath(u"report-charts"_s)).entryList({ u"*.svg"_s }).size() >= 10);
    }

    void everyMarkdownTableNumberEqualsSummarizeJson()
    {
        const auto s = runCli({ u"summarize"_s, samplePath(), u"--json"_s });
        QCOMPARE(s.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(s.out).object();
        QMap<QString, QJsonObject> phases; // "name/rep" → phase; "name/rep/node" → per node
        for (const QJsonValue& v : summary[u"phases"_s].toArray()) {
            const QJsonObject p = v.toObject();
            const QString key = u"%1/%2"_s.arg(p[u"name"_s].toString()).arg(p[u"repetition"_s].toInt() + 1);
            phases[key] = p;
            for (const QJsonValue& n : p[u"per_node"_s].toArray())
                phases[key + u'/' + n.toObject()[u"node_names"_s].toArray().first().toString()] = n.toObject();
        }
        QFile f(m_dir.filePath(u"report.md"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int checked = 0;
        for (const auto& table : tables(QString::fromUtf8(f.readAll()))) {
            for (const auto& row : table) {
                if (!row.contains(u"Phase"_s) || !row.contains(u"Rep"_s))
                    continue;
                QString key = row[u"Phase"_s] + u'/' + row[u"Rep"_s];
                if (row.contains(u"Node"_s))
                    key += u'/' + row[u"Node"_s];
                QVERIFY2(phases.contains(key), qPrintable(key));
                const QJsonObject p = phases[key];
                const QJsonObject req = p[u"requests"_s].toObject();
                const auto check = [&](const QString& column, const QJsonValue& v, double scale, int decimals) {
                    if (!row.contains(column))
                        return;
                    expectCell(row[column], v, scale, decimals, key + u' ' + column);
                    ++checked;
                };
                check(u"Issued"_s, req[u"issued"_s], 1, 0);
                check(u"Completed"_s, req[u"completed"_s], 1, 0);
                check(u"Failed"_s, req[u"failed"_s], 1, 0);
                check(u"Duration (s)"_s, p[u"duration_s"_s], 1, 2);
                check(u"Requests/s"_s, p[u"request_throughput"_s], 1, 2);
                check(u"Output tok/s"_s, p[u"output_token_throughput"_s], 1, 2);
                check(u"Total tok/s"_s, p[u"total_token_throughput"_s], 1, 2);
                check(u"Success (%)"_s, p[u"success_rate"_s], 100, 2);
                check(u"Goodput (req/s)"_s, p[u"goodput"_s], 1, 2);
                check(u"Energy (J)"_s, p[u"energy_j"_s], 1, 2);
                check(u"J per output token"_s, p[u"energy_j_per_output_token"_s], 1, 4);
                check(u"TTFT p50 (ms)"_s, p[u"ttft_s"_s][u"p50"_s], 1e3, 2);
                check(u"TTFT p99 (ms)"_s, p[u"ttft_s"_s][u"p99"_s], 1e3, 2);
                check(u"TPOT p50 (ms)"_s, p[u"tpot_s"_s][u"p50"_s], 1e3, 2);
                check(u"E2E p99 (ms)"_s, p[u"e2e_s"_s][u"p99"_s], 1e3, 2);
                if (row.contains(u"Metric"_s)) {
                    const QString metric = row[u"Metric"_s].toLower() + u"_s"_s;
                    const QJsonObject d = p[metric].toObject();
                    check(u"Count"_s, d[u"count"_s], 1, 0);
                    check(u"Mean (ms)"_s, d[u"mean"_s], 1e3, 2);
                    for (const char* q : { "p50", "p90", "p95", "p99" })
                        check(QString::fromLatin1(q) + u" (ms)"_s, d[QString::fromLatin1(q)], 1e3, 2);
                }
                if (row.contains(u"All met (%)"_s)) {
                    const double met = p[u"slo_met"_s].toDouble() / req[u"completed"_s].toDouble();
                    check(u"All met (%)"_s, met, 100, 2);
                }
            }
            // the scaling table
            for (const auto& row : table) {
                const QJsonObject sc = summary[u"scaling"_s].toObject();
                const QString q = row.value(u"Quantity"_s);
                if (q == u"X_1, output tok/s")
                    expectCell(row[u"Value"_s], sc[u"baseline_throughput"_s], 1, 2, q), ++checked;
                else if (q == u"X_N, output tok/s")
                    expectCell(row[u"Value"_s], sc[u"scaled_throughput"_s], 1, 2, q), ++checked;
                else if (q == u"Efficiency (%)")
                    expectCell(row[u"Value"_s], sc[u"efficiency"_s], 100, 2, q), ++checked;
            }
        }
        QVERIFY2(checked > 250, qPrintable(QString::number(checked)));
    }

    void pdfShowsTheHeadlineNumbersAndGradeOnPagesThatAreNotBlank()
    {
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const QString text = QString::fromUtf8(run(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s }));
        const auto s = runCli({ u"summarize"_s, samplePath(), u"--json"_s });
        const QJsonObject summary = QJsonDocument::fromJson(s.out).object();
        const QJsonObject first = summary[u"phases"_s].toArray().first().toObject();
        QVERIFY(text.contains(QString::number(first[u"output_token_throughput"_s].toDouble(), 'f', 2)));
        QVERIFY(text.contains(QString::number(first[u"ttft_s"_s][u"p99"_s].toDouble() * 1e3, 'f', 2)));
        QVERIFY(text.contains(QString::number(summary[u"scaling"_s][u"efficiency"_s].toDouble() * 100, 'f', 2)));
        QVERIFY(text.contains(u"Overall grade"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
        QVERIFY(text.contains(u"SIMULATED"_s));
        QTemporaryDir pages;
        run(u"pdftoppm"_s, { u"-r"_s, u"30"_s, u"-png"_s, pdf, pages.filePath(u"p"_s) });
        const QStringList pngs = QDir(pages.path()).entryList({ u"*.png"_s });
        QVERIFY(pngs.size() >= 5);
        QVERIFY2(text.contains(u"Page %1 of %1"_s.arg(pngs.size())), "the footer's page count differs from the pages rendered");
        for (const QString& name : pngs) {
            const QImage img(pages.filePath(name));
            QVERIFY(!img.isNull());
            // the body between header and footer must carry ink
            int ink = 0;
            for (int y = img.height() / 8; y < img.height() * 7 / 8; ++y)
                for (int x = 0; x < img.width(); ++x)
                    ink += qGray(img.pixel(x, y)) < 200 ? 1 : 0;
            QVERIFY2(ink > img.width() * 2, qPrintable(name + u" is blank"_s));
        }
    }

    void letterPagesAreLetterSized()
    {
        QTemporaryDir dir;
        const auto r = runCli({ u"report"_s, samplePath(), u"--format"_s, u"pdf"_s, u"--page-size"_s, u"letter"_s, u"-o"_s, dir.path() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(dir.filePath(u"report.md"_s)));
        const QString info = QString::fromUtf8(run(u"pdfinfo"_s, { dir.filePath(u"report.pdf"_s) }));
        QVERIFY2(info.contains(u"612 x 792 pts"_s), qPrintable(info));
    }

    void aRubricWithErrorsIsRefusedNamingTheField()
    {
        QTemporaryDir dir;
        QFile src(sourcePath(u"resources/rubric/default.rubric.json"_s));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray text = src.readAll();
        text.replace("\"thresholds\": [0.999, 0.99, 0.98, 0.95]", "\"thresholds\": [0.999, 0.99]");
        QFile bad(dir.filePath(u"bad.rubric.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(text);
        bad.close();
        const auto r = runCli({ u"report"_s, samplePath(), u"--rubric"_s, bad.fileName(), u"-o"_s, dir.path() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("bad.rubric.json") && r.err.contains("criteria.success_rate.thresholds"), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"report.md"_s)));
    }

    void anEditedRubricIsUsedAndPrinted()
    {
        QTemporaryDir dir;
        QFile src(sourcePath(u"resources/rubric/default.rubric.json"_s));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray text = src.readAll();
        text.replace("\"InferDeck default rubric\"", "\"Strict team rubric\"");
        QFile edited(dir.filePath(u"team.rubric.json"_s));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(text);
        edited.close();
        const auto r = runCli({ u"report"_s, samplePath(), u"--rubric"_s, edited.fileName(), u"--format"_s, u"md"_s, u"-o"_s, dir.path() });
        QCOMPARE(r.exitCode, 0);
        QFile md(dir.filePath(u"report.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray body = md.readAll();
        QVERIFY(body.contains("Strict team rubric"));
        QVERIFY(body.contains(edited.fileName().toUtf8().replace("_", "\\_"))); // as Markdown escapes it
    }

    void badArgumentsAndFilesGiveTheDocumentedExitCodes()
    {
        QCOMPARE(runCli({ u"report"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"report"_s, samplePath(), u"--format"_s, u"docx"_s, u"-o"_s, m_dir.filePath(u"x"_s) }).exitCode, 2);
        QCOMPARE(runCli({ u"report"_s, samplePath(), u"--page-size"_s, u"a3"_s }).exitCode, 2);
        QTemporaryDir dir;
        QFile truncated(dir.filePath(u"cut.inferdeck.json"_s));
        QFile whole(samplePath());
        QVERIFY(whole.open(QIODevice::ReadOnly) && truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.readAll().left(5000));
        truncated.close();
        const auto r = runCli({ u"report"_s, truncated.fileName(), u"-o"_s, dir.path() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("cut.inferdeck.json"));
        QVERIFY(!QFile::exists(dir.filePath(u"report.html"_s)));
        // a file no reader recognizes says what was looked for
        QFile stranger(dir.filePath(u"stranger.json"_s));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.write("{\"hello\": [1, 2, 3]}");
        stranger.close();
        const auto unknown = runCli({ u"report"_s, stranger.fileName(), u"-o"_s, dir.path() });
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains("looked for"), unknown.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"report.html"_s)));
    }

    // the input was good, so failing to write is exit code 1 (the contract's "failure to write/run"),
    // not 3 ("bad input file"), which once sent scripts looking for a fault in the result file
    void aReportThatCannotBeWrittenIsExitCode1()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-directory"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // -o under a regular file: unwritable, root or not
        blocker.close();
        const auto r = runCli({ u"report"_s, samplePath(), u"--format"_s, u"md"_s, u"-o"_s, blocker.fileName() + u"/out"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-a-directory"), r.err.constData());
    }

    void anotherToolsFileIsReportedWithWhatCannotBeRecomputed()
    {
        QTemporaryDir dir;
        const auto foreign = runCli({ u"report"_s, sourcePath(u"tests/data/importers/llmperf/together_llama2-70b_summary.json"_s),
                                      u"--format"_s, u"md"_s, u"-o"_s, dir.path() });
        QCOMPARE(foreign.exitCode, 0);
        QFile md(dir.filePath(u"report.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(u"Source file and cross-check"_s));
        QVERIFY(text.contains(u"Imported from a result file written by LLMPerf 2023-08-31"_s));
        QVERIFY(text.contains(u"has aggregates only"_s));
        QVERIFY(text.contains(u"a fixed Llama tokenizer"_s));
        QVERIFY(!text.contains(u"{"_s + u"metrics"_s)); // no unrendered placeholder
        // the file records no InferDeck plan: its defaults must not pose as the tool's settings
        QVERIFY(text.contains(u"Only the settings recorded in the LLMPerf 2023-08-31 file are shown"_s));
        for (const char* planOnly : { "| Prompt lengths |", "| Warm-up |", "| Generator lateness limit |", "| Dataset |", "synthetic workload" })
            QVERIFY2(!text.contains(QLatin1StringView(planOnly)), planOnly);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
