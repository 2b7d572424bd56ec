// The Library view and its trend: runs indexed from a folder appear with their fingerprints, the search
// narrows them, the selection compares against the baseline chosen, the trend shows intervals and marks
// the one run that really got slower, and a file opened in the window lands in the library.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "charts/chartspecwidget.h"
#include "io/resultfile.h"
#include "models/librarytablemodel.h"
#include "syntheticrun.h"
#include "testutil.h"
#include "views/libraryview.h"
#include "views/trendview.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {

testing::SyntheticSpec smallRun(std::uint64_t seed, double t0)
{
    testing::SyntheticSpec s;
    s.seed = seed;
    s.t0Unix = t0;
    s.requestsPerNode = 60;
    s.scaling = false;
    s.telemetry = false;
    s.chunks = false;
    return s;
}

// Five reruns of one configuration, then one whose decode is 30 % slower, an hour apart.
QStringList writeRuns(const QString& dir)
{
    QStringList files;
    for (int k = 0; k < 6; ++k) {
        testing::SyntheticSpec spec = smallRun(20 + k, 1.79e9 + 3600 * k);
        if (k == 5)
            spec.tpotS *= 1.3;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.provenance.startedUnix = spec.t0Unix;
        const QString path = dir + u"/run%1/result.inferdeck.json"_s.arg(k);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (ResultFile::write(r, path).ok())
            files << path;
    }
    return files;
}

int rowOf(const LibraryView& view, const QString& fileName)
{
    for (int r = 0; r < view.proxy()->rowCount(); ++r)
        if (QFileInfo(view.model()->entry(view.proxy()->mapToSource(view.proxy()->index(r, 0)).row()).path).absolutePath().endsWith(fileName))
            return r;
    return -1;
}

} // namespace

class TestLibraryView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_files = writeRuns(m_dir.filePath(u"runs"_s));
        QCOMPARE(m_files.size(), 6);
        QVERIFY(QFile::copy(testing::sourcePath(u"tests/data/importers/vllm/opt-125m_vllm-bench-sweep_run0.json"_s), m_dir.filePath(u"runs/vllm.json"_s)));
    }

    void aFolderAddedShowsEveryRunAndTheSearchNarrowsThem()
    {
        QTemporaryDir db;
        LibraryView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDatabase(db.filePath(u"lib.sqlite"_s));
        QSignalSpy updated(&view, &LibraryView::updated);
        view.addPaths({ m_dir.filePath(u"runs"_s) });
        QVERIFY(updated.wait(30000));
        QCOMPARE(view.model()->rowCount(), 7);
        // newest first, with what ran on what
        QCOMPARE(view.proxy()->index(0, LibraryTableModel::Model).data().toString(), u"meta-llama/Llama-3.1-8B-Instruct"_s);
        QVERIFY(view.proxy()->index(0, LibraryTableModel::Gpus).data().toString().contains(u"Simulated H100"_s));
        QCOMPARE(view.proxy()->index(0, LibraryTableModel::Status).data().toString(), u"indexed"_s);
        view.setSearch(u"tool=vllm"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.proxy()->index(0, LibraryTableModel::Model).data().toString(), u"facebook/opt-125m"_s);
        view.setSearch(u"model=llama gpu=h100"_s);
        QCOMPARE(view.model()->rowCount(), 6);
        view.setSearch(QString());
        QCOMPARE(view.model()->rowCount(), 7);
        // sorting by a number sorts numbers, not text
        view.tableView()->sortByColumn(LibraryTableModel::OutputTput, Qt::AscendingOrder);
        double last = -1e300;
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            const double v = view.proxy()->index(r, LibraryTableModel::OutputTput).data(LibraryTableModel::SortRole).toDouble();
            QVERIFY(v >= last);
            last = v;
        }
    }

    void compareSendsTheChosenBaselineFirst()
    {
        QTemporaryDir db;
        LibraryView view;
        view.setDatabase(db.filePath(u"lib.sqlite"_s));
        QSignalSpy updated(&view, &LibraryView::updated);
        view.addPaths(m_files);
        QVERIFY(updated.wait(30000));
        view.tableView()->sortByColumn(LibraryTableModel::Started, Qt::AscendingOrder);
        QItemSelectionModel* sel = view.tableView()->selectionModel();
        for (int r : { 0, 2, 4 })
            sel->select(view.proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy compare(&view, &LibraryView::compareRequested);
        view.compareSelection(1); // the middle one of the three is the baseline
        QCOMPARE(compare.size(), 1);
        const QStringList paths = compare.first().first().toStringList();
        QCOMPARE(paths, (QStringList{ m_files[2], m_files[0], m_files[4] }));
    }

    void compareOffersTheOldestSelectedRunAsBaseline()
    {
        QTemporaryDir db;
        LibraryView view;
        view.setDatabase(db.filePath(u"lib.sqlite"_s));
        QSignalSpy updated(&view, &LibraryView::updated);
        view.addPaths(m_files);
        QVERIFY(updated.wait(30000));
        // the table's own order: newest first, so the first selected row is the newest run
        view.tableView()->sortByColumn(LibraryTableModel::Started, Qt::DescendingOrder);
        QItemSelectionModel* sel = view.tableView()->selectionModel();
        for (int r : { 0, 2, 4 })
            sel->select(view.proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QString offered;
        QTimer::singleShot(0, &view, [&offered] { // the dialog is modal: read what it offers, then take it
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QInputDialog*>(w); d && d->isVisible()) {
                    offered = d->textValue();
                    d->accept();
                }
        });
        QSignalSpy compare(&view, &LibraryView::compareRequested);
        view.compareSelection();
        QCOMPARE(compare.size(), 1);
        const QStringList paths = compare.first().first().toStringList();
        // rows 0, 2, 4 of six runs newest first are runs 5, 3 and 1: run 1 is the oldest, the "before"
        QCOMPARE(paths.first(), m_files[1]);
        QVERIFY2(offered.contains(u"run1/result.inferdeck.json"_s), qPrintable(offered));
    }

    void theTrendShowsIntervalsAndMarksOnlyTheSlowerRun()
    {
        QTemporaryDir db;
        LibraryView view;
        view.resize(1200, 800);
        view.setDatabase(db.filePath(u"lib.sqlite"_s));
        QSignalSpy updated(&view, &LibraryView::updated);
        view.addPaths({ m_dir.filePath(u"runs"_s) });
        QVERIFY(updated.wait(30000));
        // one run selected: every run with its fingerprint (the vLLM file has another)
        const int row = rowOf(view, u"run3"_s);
        QVERIFY(row >= 0);
        view.tableView()->selectRow(row);
        QSignalSpy computed(view.trendView(), &TrendView::computed);
        view.trendOfSelection();
        QVERIFY(computed.wait(60000));
        const Trend& t = view.trendView()->trend();
        QCOMPARE(t.metric.id, u"output_token_throughput"_s);
        QCOMPARE(t.points.size(), 6);
        for (int k = 0; k < 6; ++k)
            QVERIFY2(t.points[k].interval, qPrintable(t.points[k].note));
        QStandardItemModel* table = qobject_cast<QStandardItemModel*>(view.trendView()->tableView()->model());
        QCOMPARE(table->rowCount(), 6);
        // the first run has nothing before it: not tested, and its tooltip says why rather than a bare "no"
        QCOMPARE(table->item(0, 4)->text(), u"not tested"_s);
        QVERIFY2(table->item(0, 4)->toolTip().contains(u"first point"_s), qPrintable(table->item(0, 4)->toolTip()));
        for (int k = 1; k < 5; ++k) {
            QCOMPARE(table->item(k, 4)->text(), u"no"_s);
            QVERIFY(!table->item(k, 4)->toolTip().isEmpty()); // how it was tested
        }
        QCOMPARE(table->item(5, 4)->text(), u"yes, worse"_s);
        // every run wrote result.inferdeck.json: the File column tells them apart by folder
        QCOMPARE(table->item(3, 5)->text(), u"run3/result.inferdeck.json"_s);
        // the chart: a bar with whiskers per run, the slower one in the "worse" colour
        ChartSpecWidget* chart = view.trendView()->chart();
        QVERIFY(chart);
        QCOMPARE(chart->chart().bars.size(), 6);
        for (int k = 0; k < 5; ++k)
            QCOMPARE(chart->chart().bars[k].colorIndex, 0);
        QCOMPARE(chart->chart().bars[5].colorIndex, 1);
        QVERIFY(chart->chart().bars[0].low && chart->chart().bars[0].high);
    }

    void aFileOpenedInTheWindowLandsInTheLibrary()
    {
        QTemporaryDir db;
        qputenv("INFERDECK_LIBRARY", db.filePath(u"lib.sqlite"_s).toLocal8Bit());
        MainWindow w;
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        QSignalSpy updated(w.libraryView(), &LibraryView::updated);
        const QString file = testing::sourcePath(u"tests/data/importers/vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"_s);
        w.openFile(file);
        QVERIFY(loaded.wait(30000));
        // the runs folder's scan comes first, then the opened file
        QTRY_VERIFY_WITH_TIMEOUT(!w.libraryView()->busy() && rowOf(*w.libraryView(), u"importers/vllm"_s) >= 0, 30000);
        w.centralTabs()->setCurrentWidget(w.libraryView());
        const int row = rowOf(*w.libraryView(), u"importers/vllm"_s);
        QCOMPARE(w.libraryView()->proxy()->index(row, LibraryTableModel::Tool).data().toString().left(4), u"vllm"_s);
        qunsetenv("INFERDECK_LIBRARY");
    }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

QTEST_MAIN(TestLibraryView)
#include "tst_libraryview.moc"
