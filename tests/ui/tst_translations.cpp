// The interface in German and Chinese: the translations compiled into the program load for the chosen
// language, menus, dialogs and views show them, numbers in the UI follow the locale while reports keep
// their one locale-independent number format. Screenshots go to tests/ui/screenshots for a look.
#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QRegularExpression>
#include <QTranslator>

#include "dialogs/settingsdialog.h"
#include "format/units.h"
#include "grading/rubric.h"
#include "i18n/language.h"
#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "report/reportbuilder.h"
#include "testutil.h"
#include "views/resultview.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
QString sample()
{
    return testing::sourcePath(u"resources/samples/llama31-8b-2node-scaling.inferdeck.json"_s);
}

QStringList menuTitles(const MainWindow& w)
{
    QStringList out;
    for (const QAction* a : w.menuBar()->actions())
        out << a->text();
    return out;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::install(*qApp, u"de"_s).startsWith(u"de"_s));
    }

    void menusDialogsAndViewsAreGerman()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QCOMPARE(menuTitles(w), (QStringList { u"&Datei"_s, u"&Cluster"_s, u"&Ausführen"_s, u"&Hilfe"_s }));
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.openFile(sample());
        QVERIFY(loaded.wait(20000));
        QTabWidget* tabs = w.resultView()->tabs();
        QStringList tabNames;
        for (int i = 0; i < tabs->count(); ++i)
            tabNames << tabs->tabText(i);
        QVERIFY2(tabNames.contains(u"Übersicht"_s) && tabNames.contains(u"Bericht"_s), qPrintable(tabNames.join(u", "_s)));
        const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
        QDir().mkpath(dir);
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(dir + u"/german-summary.png"_s));

        SettingsDialog settings;
        QCOMPARE(settings.windowTitle(), u"Einstellungen"_s);
        // Qt's own texts (qt6-translations-l10n): a standard button is not left in English
        QCOMPARE(settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
        bool languageRow = false;
        for (const QLabel* l : settings.findChildren<QLabel*>())
            languageRow |= l->text() == u"Sprache:"_s;
        QVERIFY(languageRow);
    }

    void theGradeCardAndHeadlineFollowTheInterfaceLanguage()
    {
        MainWindow w;
        w.show();
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        w.openFile(sample());
        QVERIFY(loaded.wait(20000));
        // a decimal point between digits is the C format: on a German screen every number has a comma
        const QRegularExpression cFormat(u"\\d\\.\\d"_s);
        QStringList texts;
        const QAbstractItemModel* card = w.resultView()->tabs()->widget(0)->findChild<QAbstractItemView*>()
                                             ? w.resultView()->tabs()->widget(0)->findChild<QAbstractItemView*>()->model()
                                             : qobject_cast<QAbstractItemView*>(w.resultView()->tabs()->widget(0))->model();
        for (int r = 0; r < card->rowCount(); ++r)
            for (int c = 0; c < card->columnCount(); ++c)
                texts << card->index(r, c).data().toString();
        for (const QLabel* l : w.resultView()->findChildren<QLabel*>())
            if (l->isVisible()) // the title names the model ("Llama-3.1-8B"): a name, not a number
                texts << QString(l->text()).remove(w.loaded()->report.title);
        bool comma = false;
        for (const QString& t : texts) {
            QVERIFY2(!t.contains(cFormat), qPrintable(t));
            comma |= t.contains(QRegularExpression(u"\\d,\\d"_s));
        }
        QVERIFY(comma);
        // the report and its export keep one locale-independent format
        QVERIFY(w.loaded()->report.verdict.contains(QRegularExpression(u"\\d\\.\\d"_s)));
    }

    void uiNumbersFollowTheLocaleReportsDoNot()
    {
        QCOMPARE(QLocale().decimalPoint(), u","_s);
        QCOMPARE(Units::percent(0.125, 1, QLocale()), u"12,5 %"_s);
        QCOMPARE(Units::percent(0.125, 1), u"12.5 %"_s); // files and reports: QLocale::c()

        const Result<BenchmarkResult> r = ResultFile::read(sample());
        QVERIFY(r.ok());
        const ResultSummary summary = summarizeResult(r.value());
        const Rubric rubric = defaultRubric();
        const GradeCard grade = gradeResult(r.value(), summary, rubric);
        const Report report = buildReport({ r.value(), summary, grade, rubric, u"sample"_s, u"InferDeck"_s, 0.0 });
        bool headline = false;
        for (const ReportSection& s : report.sections)
            if (s.id == u"metrics"_s) {
                headline = s.title == u"Kennzahlen"_s;
                for (const ReportBlock& b : s.blocks)
                    for (const QStringList& row : b.table.rows)
                        for (const QString& cell : row)
                            QVERIFY2(!cell.contains(QRegularExpression(u"^\\d+,\\d+$"_s)), qPrintable(cell));
            }
        QVERIFY(headline);
    }

    void chineseTranslationIsCompiledIn()
    {
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/inferdeck_zh_CN.qm"_s));
        QCOMPARE(zh.translate("inferdeck::MainWindow", "&File"), u"文件(&F)"_s);
        QCOMPARE(zh.translate("Report", "Headline metrics"), u"关键指标"_s);
        QVERIFY(Language::choices().size() >= 4);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
