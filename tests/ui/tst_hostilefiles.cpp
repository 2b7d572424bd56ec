// Hostile files opened in the main window the way a user opens one (File > Open and drag and drop both end
// in MainWindow::openFile): the window shows one clear message naming the file and the reason, loads
// nothing, and stays usable; no crash, no frozen window.
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "hostilecases.h"
#include "testutil.h"
#include "models/summarytablemodel.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestHostileFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hostileFilesShowAClearMessage_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        const QList<testing::HostileCase> all = testing::hostileResultCases();
        // one per reader and kind of damage
        for (const char* name : { "vLLM duration 1e400 is out of range", "vLLM negative ttfts[1]", "vLLM second ttfts list",
                                  "llmperf responses 300000 levels deep", "AIPerf records end before start",
                                  "guidellm cut at 45 %", "MLPerf summary cut at byte 188",
                                  "MLPerf summary without target_qps", "MLPerf detail line 200000 levels deep",
                                  "InferDeck second phases list", "InferDeck model with ESC" }) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const testing::HostileCase& c) { return c.name == name; });
            QVERIFY2(it != all.end(), name);
            QTest::newRow(name) << it->fileName << it->content << it->fragment;
        }
        QTest::newRow("a named pipe") << u"fifo"_s << QByteArray() << u"not a regular file"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s << QByteArray() << u"a character device"_s;
    }

    void hostileFilesShowAClearMessage()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        QString path = dir.filePath(fileName);
        if (fileName == u"fifo"_s) {
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        } else if (fileName.startsWith(u'/')) {
            path = fileName;
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        MainWindow w;
        w.show();
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openFile(path);
        QVERIFY2(failed.wait(20000), "no error within 20 s (a blocked reader?)");
        QCOMPARE(loaded.count(), 0);
        const Error e = failed.first().first().value<Error>();
        QVERIFY2(e.where.startsWith(path), qPrintable(e.toString()));
        auto* box = w.findChild<QMessageBox*>(u"errorBox"_s);
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        QVERIFY2(box->text().contains(fragment), qPrintable(box->text()));
        QCOMPARE(w.summaryModel()->rowCount(), 0);
        // the window stays usable: the box closes and a good file opens after the bad one
        box->accept();
        w.openFile(testing::sourcePath(u"resources/samples/llama31-8b-2node-scaling.inferdeck.json"_s));
        QVERIFY(loaded.wait(20000));
        QVERIFY(w.summaryModel()->rowCount() > 0);
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
