// The main window opens a result file off the GUI thread and shows its summary; a bad file shows an
// error in the window instead of a crash.
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "io/resultfile.h"
#include "models/summarytablemodel.h"
#include "syntheticrun.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void opensResultAndShowsSummary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.inferdeck.json"_s);
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 40;
        QVERIFY(ResultFile::write(testing::makeSyntheticRun(spec), path).ok());

        MainWindow w;
        w.show();
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.openFile(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(w.summaryModel()->rowCount(), 4);
        QVERIFY(w.windowTitle().contains(u"r.inferdeck.json"_s));
        bool simulatedBannerShown = false;
        bool scalingShown = false;
        for (QLabel* l : w.findChildren<QLabel*>()) {
            simulatedBannerShown |= l->isVisible() && l->text().contains(u"Simulated engine"_s);
            scalingShown |= l->text().contains(u"Scaling efficiency"_s);
        }
        QVERIFY(simulatedBannerShown);
        QVERIFY(scalingShown);
    }

    void badFileShowsErrorNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"inferdeck-result\", \"version\": 1, \"simulated\": ");
        f.close();
        MainWindow w;
        w.show();
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openFile(path);
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<Error>();
        QVERIFY(error.where.endsWith(u"broken.json"_s));
        bool shown = false;
        for (QLabel* l : w.findChildren<QLabel*>())
            shown |= l->isVisible() && l->text().contains(u"broken.json"_s);
        QVERIFY(shown);
        QCOMPARE(w.summaryModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
