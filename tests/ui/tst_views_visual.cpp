// Every view as a person sees it, in one of four variants (INFERDECK_VISUAL_VARIANT: light-en, dark-en,
// light-de, dark-de; CTest runs all four): a demo result's tabs, each kind of imported file, compare,
// a live run from its first frame to a cancel, and the dialogs. Each view is drawn and checked for what
// a person would notice (visualcheck.h): text cut short, images that did not load, blank charts without
// a reason, dialogs narrower than their title. Screenshots go to tests/ui/screenshots/<variant>/.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QStandardPaths>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>

#include "charts/chartspecwidget.h"
#include "charts/timechart.h"
#include "dialogs/clustereditor.h"
#include "dialogs/exportdialog.h"
#include "dialogs/planeditor.h"
#include "dialogs/settingsdialog.h"
#include "i18n/language.h"
#include "io/resultfile.h"
#include "run/democluster.h"
#include "syntheticrun.h"
#include "testutil.h"
#include "views/compareview.h"
#include "views/dashboardview.h"
#include "models/librarytablemodel.h"
#include "views/libraryview.h"
#include "views/trendview.h"
#include "views/resultview.h"
#include "io/runfiles.h"
#include "visualcheck.h"
#include "widgets/theme.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

QString variant()
{
    const QString v = qEnvironmentVariable("INFERDECK_VISUAL_VARIANT", u"light-en"_s);
    return v;
}

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots/"_s + variant();
    QDir().mkpath(dir);
    return dir;
}

// Saves what the window shows and returns every visual problem in it.
QStringList look(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    w->grab().save(screenshotDir() + u'/' + name + u".png"_s);
    return visual::everything(w, name);
}

// The variant's theme, applied after the window is made (the window applies the user's setting).
void applyVariantTheme()
{
    applyTheme(variant().section(u'-', 0, 0));
}

QString importPath(const QString& relative)
{
    return testing::sourcePath(u"tests/data/importers/"_s + relative);
}

void openAndWait(MainWindow& w, const QStringList& paths)
{
    QSignalSpy loaded(&w, &MainWindow::fileLoaded);
    w.openFiles(paths);
    QVERIFY2(loaded.wait(30000), qPrintable(paths.join(u", "_s)));
}

// Each tab of the result view, plus the report preview scrolled to each of its images.
QStringList lookAtResult(MainWindow& w, const QString& name)
{
    QStringList problems;
    // a laptop screen: nothing the file holds may push the window wider than the 1280 px it was given
    if (w.width() > 1280 || w.minimumSizeHint().width() > 1280)
        problems << u"%1: the window needs %2 px, wider than a 1280 px screen"_s.arg(name).arg(std::max(w.width(), w.minimumSizeHint().width()));
    QTabWidget* tabs = w.resultView()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        problems << look(&w, u"%1-%2"_s.arg(name).arg(i));
        // a wide table scrolled to its right end as well: the last columns are whole there too
        if (auto* table = tabs->currentWidget()->findChild<QTableView*>(); table && table->horizontalScrollBar()->maximum() > 0) {
            table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            problems << look(&w, u"%1-%2-scrolled"_s.arg(name).arg(i));
            table->horizontalScrollBar()->setValue(0);
        }
    }
    if (auto* report = tabs->widget(tabs->count() - 1)->findChild<QTextBrowser*>(); report || (report = qobject_cast<QTextBrowser*>(tabs->widget(tabs->count() - 1)))) {
        QScrollBar* bar = report->verticalScrollBar();
        for (int k = 1; k <= 3; ++k) { // a few screens into the report, where the charts are
            bar->setValue(bar->maximum() * k / 4);
            QCoreApplication::processEvents();
            w.grab().save(screenshotDir() + u"/%1-report-%2.png"_s.arg(name).arg(k));
        }
        // the engines' section, when the result has one: its tables and charts as a reader meets them
        if (const QTextCursor at = report->document()->find(QObject::tr("Engine state")); !at.isNull()) {
            report->setTextCursor(at);
            report->ensureCursorVisible();
            bar->setValue(std::min(bar->maximum(), bar->value() + report->viewport()->height() / 3));
            QCoreApplication::processEvents();
            w.grab().save(screenshotDir() + u"/%1-report-engine.png"_s.arg(name));
        }
    }
    return problems;
}

} // namespace

class TestViewsVisual : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QStringList parts = variant().split(u'-');
        QVERIFY2(parts.size() == 2, "INFERDECK_VISUAL_VARIANT: light-en, dark-en, light-de or dark-de");
        Language::install(*qApp, parts[1] == u"en"_s ? u"en"_s : parts[1]);
    }

    void aResultsTabsShowEveryChartAndCutNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.inferdeck.json"_s);
        testing::SyntheticSpec spec;
        spec.repetitions = 2;
        spec.requestsPerNode = 60;
        spec.failureRate = 0.05;
        BenchmarkResult run = testing::makeSyntheticRun(spec);
        // open-loop load whose client sent up to 4 ms late: the summary then shows the latencies from the
        // schedule beside the others
        for (Phase& p : run.phases) {
            p.load = { LoadSpec::Mode::Poisson, 20.0 };
            for (std::size_t i = 0; i < p.requests.send.size(); ++i)
                p.requests.intendedSend[i] = p.requests.send[i] - 0.001 * double(i % 5);
        }
        run.plan.load = { LoadSpec::Mode::Poisson, 20.0 };
        testing::addEngineState(run, 0.030, 12, 0.6); // the Report tab's Engine state section and its charts
        QVERIFY(ResultFile::write(run, path).ok());
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        openAndWait(w, { path });
        const QStringList problems = lookAtResult(w, u"result"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aCapacitySearchShowsItsCurvesAmongTheCharts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"capacity.inferdeck.json"_s);
        QVERIFY(ResultFile::write(testing::makeSyntheticCapacitySearch(), path).ok());
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        openAndWait(w, { path });
        QTabWidget* tabs = w.resultView()->tabs();
        tabs->setCurrentIndex(2); // Charts
        QStringList ids;
        for (const ChartSpecWidget* c : tabs->currentWidget()->findChildren<ChartSpecWidget*>()) {
            ids << c->chart().id;
            // the search's curves: one line per search, a point per step
            if (c->chart().id.startsWith(u"capacity-"_s))
                for (const ChartSeries& s : c->chart().series)
                    if (!s.dashed && s.points.size() < 4)
                        QFAIL(qPrintable(u"%1: %2 has %3 points"_s.arg(c->chart().id, s.name).arg(s.points.size())));
        }
        for (const QString& id : { u"capacity-attainment"_s, u"capacity-goodput"_s, u"capacity-ttft"_s })
            QVERIFY2(ids.contains(id), qPrintable(ids.join(u", "_s)));
        // the three first, where a reader looking for the search finds them
        // the search's charts come first (the report's section follows the headline metrics)
        const QList<ChartSpecWidget*> charts = tabs->currentWidget()->findChildren<ChartSpecWidget*>();
        QVERIFY(!charts.isEmpty());
        QVERIFY2(charts.first()->chart().id == u"capacity-attainment"_s, qPrintable(ids.join(u", "_s)));
        const QStringList problems = look(&w, u"capacity-charts"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void eachKindOfImportedFileIsShownWithoutBlanksOrCuts_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("vllm-details") << QStringList{ importPath(u"vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s) };
        QTest::newRow("vllm-summary-only") << QStringList{ importPath(u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s) };
        QTest::newRow("vllm-all-failed") << QStringList{ importPath(u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s) };
        QTest::newRow("llmperf") << QStringList{ importPath(u"llmperf/together_llama2-70b_summary.json"_s),
                                                 importPath(u"llmperf/together_llama2-70b_individual_responses.json"_s) };
        QTest::newRow("mlperf-server") << QStringList{ importPath(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s),
                                                       importPath(u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_detail.txt"_s) };
        QTest::newRow("aiperf") << QStringList{ importPath(u"aiperf/qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json"_s) };
        QTest::newRow("aiperf-records") << QStringList{ importPath(u"synthetic/aiperf_profile_export.jsonl"_s) };
        QTest::newRow("genai-perf") << QStringList{ importPath(u"synthetic/genai-perf_profile_export.json"_s) };
        QTest::newRow("guidellm") << QStringList{ importPath(u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s) };
    }

    void eachKindOfImportedFileIsShownWithoutBlanksOrCuts()
    {
        QFETCH(QStringList, files);
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        openAndWait(w, files);
        QStringList problems = lookAtResult(w, u"import-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        // a file without per-request records says so on the Requests tab, never an empty table alone
        if (w.resultView()->requestsProxy()->sourceModel()->rowCount() == 0 && w.resultView()->requestsNote().isEmpty())
            problems << u"Requests tab: empty without a word"_s;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compareShowsEveryColumnAndSaysWhichFileIsTheBaseline()
    {
        QTemporaryDir dir;
        testing::SyntheticSpec base;
        base.requestsPerNode = 80;
        testing::SyntheticSpec slower = base;
        slower.seed = 9;
        slower.tpotS *= 1.3;
        QVERIFY(ResultFile::write(testing::makeSyntheticRun(base), dir.filePath(u"base.inferdeck.json"_s)).ok());
        QVERIFY(ResultFile::write(testing::makeSyntheticRun(slower), dir.filePath(u"slower.inferdeck.json"_s)).ok());
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        for (const QStringList& files : { QStringList{ dir.filePath(u"base.inferdeck.json"_s), dir.filePath(u"slower.inferdeck.json"_s) },
                                          QStringList{ importPath(u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s),
                                                       importPath(u"vllm/opt-125m_vllm-bench-serve_all-failed.json"_s) } }) {
            QSignalSpy compared(w.compareView(), &CompareView::compared);
            w.compareFiles(files);
            QVERIFY(compared.wait(60000));
            QCOMPARE(w.compareView()->baselineName(), QFileInfo(files.first()).fileName());
            const QString name = files.first().contains(u"vllm"_s) ? u"compare-summary-only"_s : u"compare"_s;
            QStringList problems = look(&w, name);
            // scrolled to the right end as well: the last columns are whole there too
            auto* table = w.compareView()->tableView();
            table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            problems << look(&w, name + u"-scrolled"_s);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void theLibraryAndItsTrendShowEveryColumnAndBar()
    {
        QTemporaryDir dir;
        // five reruns of one configuration and one that decodes 30 % slower, beside other tools' files
        for (int k = 0; k < 6; ++k) {
            testing::SyntheticSpec spec;
            spec.seed = 30 + k;
            spec.t0Unix = 1.79e9 + 3600 * k;
            spec.requestsPerNode = 60;
            spec.scaling = false;
            spec.telemetry = false;
            spec.tpotS *= k == 5 ? 1.3 : 1.0;
            BenchmarkResult r = testing::makeSyntheticRun(spec);
            r.provenance.startedUnix = spec.t0Unix;
            QDir().mkpath(dir.filePath(u"runs/%1"_s.arg(k)));
            QVERIFY(ResultFile::write(r, dir.filePath(u"runs/%1/result.inferdeck.json"_s.arg(k))).ok());
        }
        for (const QString& f : { u"vllm/opt-125m_vllm-bench-sweep_run0.json"_s, u"guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"_s,
                                  u"mlperf/hpe-xd670-h200x8_llama3.1-8b_Server_mlperf_log_summary.txt"_s })
            QVERIFY(QFile::copy(importPath(f), dir.filePath(u"runs/"_s + QFileInfo(f).fileName())));
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        LibraryView* library = w.libraryView();
        library->setDatabase(dir.filePath(u"library.sqlite"_s));
        QSignalSpy updated(library, &LibraryView::updated);
        library->addPaths({ dir.filePath(u"runs"_s) });
        QVERIFY(updated.wait(30000));
        QCOMPARE(library->model()->rowCount(), 9);
        w.centralTabs()->setCurrentWidget(library);
        for (int r = 0; r < library->proxy()->rowCount(); ++r) // the slower run: its fingerprint's runs are trended
            if (library->proxy()->index(r, 0).data(Qt::ToolTipRole).toString().contains(u"runs/5/"_s))
                library->tableView()->selectRow(r);
        QSignalSpy computed(library->trendView(), &TrendView::computed);
        library->trendOfSelection();
        QVERIFY(computed.wait(60000));
        QCOMPARE(library->trendView()->trend().points.size(), 6);
        QStringList problems = look(&w, u"library"_s);
        // the chart is there to be seen beside its table, not squeezed away
        ChartSpecWidget* chart = library->trendView()->chart();
        // (it is drawn whole, scaled to fit: below 60 % of its canvas its dates and ticks are too small to read)
        if (!chart || !chart->isVisible() || std::min(chart->width() / 760.0, chart->height() / 380.0) < 0.6)
            problems << u"library: the trend chart is not shown at a readable size (%1×%2)"_s.arg(chart ? chart->width() : 0).arg(chart ? chart->height() : 0);
        // the trend's table is read beside its chart: every column whole, none behind its right edge
        problems << visual::columnsOutOfView(library->trendView()->tableView(), u"library › trend table"_s);
        auto* table = library->tableView();
        if (table->horizontalScrollBar()->maximum() > 0) {
            table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            problems << look(&w, u"library-scrolled"_s);
            table->horizontalScrollBar()->setValue(0);
        }
        // a latency trend as well: the same runs, the slower one marked there too
        library->trendView()->setMetric(u"tpot_p99"_s);
        QVERIFY(computed.wait(60000));
        problems << look(&w, u"library-trend-tpot"_s);
        problems << visual::columnsOutOfView(library->trendView()->tableView(), u"library-trend-tpot › trend table"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aLiveRunFromItsFirstFrameToACancel()
    {
        MainWindow w;
        applyVariantTheme();
        w.resize(1280, 800);
        w.show();
        RunPlan plan = demoSetup().plan; // two phases: 1 node, then 2
        plan.durationS = 4.0;
        plan.repetitions = 1;
        plan.warmupRequests = 2;
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.runDemo(plan);
        // the first frame: no data yet, and the charts say so instead of ticking "0 0 1 1 1"
        QStringList problems = look(&w, u"live-start"_s);
        const QRegularExpression number(u"\\d+"_s);
        auto* stage = w.dashboard()->findChildren<QLabel*>().first();
        auto* bar = w.dashboard()->findChild<QProgressBar*>();
        QElapsedTimer clock;
        clock.start();
        int shots = 0;
        while (finished.isEmpty() && clock.elapsed() < 120000) {
            QSignalSpy frame(w.dashboard(), &DashboardView::frameDrawn);
            frame.wait(1000);
            // every frame: the progress bar names the phase the heading names ("Running — phase 2 of 2: ...")
            const QString heading = stage->text();
            if (bar->format().isEmpty() || !(heading.contains(u':') || heading.contains(QChar(0xFF1A)))) // '：' in Chinese
                continue;
            const QString phaseInHeading = number.match(heading).captured(), phaseInBar = number.match(bar->format()).captured();
            QVERIFY2(phaseInHeading == phaseInBar, qPrintable(heading + u" | "_s + bar->format()));
            if (w.dashboard()->stats().requests() > 15 && shots < 2)
                problems << look(&w, u"live-phase%1"_s.arg(phaseInBar));
            shots += w.dashboard()->stats().requests() > 15 ? 1 : 0;
            if (phaseInBar == u"2"_s && w.dashboard()->stats().requests() > 15)
                break; // well into the second phase: cancel it there
        }
        QVERIFY2(finished.isEmpty(), "the run ended before it could be cancelled in its second phase");
        w.cancelRun(false);
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        if (!w.loaded())
            loaded.wait(30000);
        problems << look(&w, u"live-cancelled"_s);
        QVERIFY(w.loaded());
        // the cancel stops the agents before the servers: no request in flight is cut into a server failure
        for (const Phase& p : w.loaded()->result->phases)
            for (const QString& reason : p.failureReasons)
                QVERIFY2(!reason.contains(u"connection closed"_s), qPrintable(reason));
        problems << lookAtResult(w, u"cancelled-result"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dialogsAreWideEnoughForTheirTitleAndFields()
    {
        QStringList problems;
        applyVariantTheme();
        PlanEditor plan(demoSetup().plan);
        plan.show();
        problems << look(&plan, u"dialog-plan"_s) << visual::narrowDialog(&plan, u"plan editor"_s);
        SettingsDialog settings;
        settings.show();
        problems << look(&settings, u"dialog-settings"_s) << visual::narrowDialog(&settings, u"settings"_s);
        ExportDialog exportDialog(QDir::homePath());
        exportDialog.show();
        problems << look(&exportDialog, u"dialog-export"_s) << visual::narrowDialog(&exportDialog, u"export"_s);
        ClusterEditor cluster(demoSetup().cluster, {});
        cluster.show();
        problems << look(&cluster, u"dialog-cluster"_s) << visual::narrowDialog(&cluster, u"cluster editor"_s);
        // each scheduler's settings, as a cluster file with one opens
        const auto slurm = parseCluster("{\"name\": \"hpc\", \"scheduler\": {\"kind\": \"slurm\", \"submit_host\": \"login1\", \"partition\": \"gpu\","
                                        " \"account\": \"proj-42\", \"qos\": \"normal\", \"time_limit\": \"1:00:00\", \"gpus_per_node\": 8,"
                                        " \"sbatch_options\": [\"--constraint=h100\"]}, \"nodes\": [{\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:8000\"},"
                                        " {\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:8000\"}]}",
                                        u"slurm"_s);
        const auto k8s = parseCluster("{\"name\": \"pods\", \"scheduler\": {\"kind\": \"kubernetes\", \"context\": \"prod-eu\", \"namespace\": \"llm\","
                                      " \"selector\": \"app=vllm\", \"container\": \"vllm\"}, \"nodes\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}",
                                      u"k8s"_s);
        QVERIFY(slurm.ok() && k8s.ok());
        ClusterEditor slurmEditor(slurm.value(), {});
        slurmEditor.show();
        problems << look(&slurmEditor, u"dialog-cluster-slurm"_s) << visual::narrowDialog(&slurmEditor, u"cluster editor (Slurm)"_s);
        ClusterEditor k8sEditor(k8s.value(), {});
        k8sEditor.show();
        problems << look(&k8sEditor, u"dialog-cluster-kubernetes"_s) << visual::narrowDialog(&k8sEditor, u"cluster editor (Kubernetes)"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestViewsVisual)
#include "tst_views_visual.moc"
