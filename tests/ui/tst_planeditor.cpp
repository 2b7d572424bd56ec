// The plan editor: a plan shown and read back unchanged, inline errors from the plan file's reader
// naming the field, and plan files round trip.
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/planeditor.h"
#include "io/runfiles.h"
#include "run/democluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

namespace {
RunPlan richPlan()
{
    RunPlan p = demoSetup().plan;
    p.sweep = { 2, 4, 8 };
    p.slo.e2e = 4.5;
    p.targetThroughputPerNode = 1200;
    p.maxLatenessP99S = 0.02;
    return p;
}
QLineEdit* edit(PlanEditor& e, const QString& name) { return e.findChild<QLineEdit*>(name); }
} // namespace

class TestPlanEditor : public QObject {
    Q_OBJECT

private slots:
    void aPlanIsShownAndReadBackUnchanged()
    {
        PlanEditor editor(richPlan());
        QCOMPARE(editor.plan(), richPlan());
        QVERIFY(editor.validationMessage().isEmpty());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("field"); // the line edit's object name
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("no model") << u"model"_s << QString() << u"model"_s;
        QTest::newRow("fractional concurrency sweep") << u"sweep"_s << u"2, 4.5"_s << u"sweep"_s;
        QTest::newRow("unknown placeholder") << u"external"_s << u"tool --out {reslt_file}"_s << u"external.command"_s;
    }
    void errorsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, where);
        PlanEditor editor(richPlan());
        edit(editor, field)->setText(text);
        QVERIFY2(editor.validationMessage().contains(where), qPrintable(editor.validationMessage()));
    }

    void emptyLimitsAreNoLimitsNotZero()
    {
        PlanEditor editor(richPlan());
        edit(editor, u"ttft"_s)->clear(); // TTFT
        QVERIFY(!editor.plan().slo.ttft.has_value());
        edit(editor, u"ttft"_s)->setText(u"250"_s);
        QCOMPARE(*editor.plan().slo.ttft, 0.25);
    }

    void planFilesRoundTrip()
    {
        QTemporaryDir dir;
        PlanEditor editor(richPlan());
        QVERIFY(editor.saveTo(dir.filePath(u"p.json"_s)));
        const auto back = readPlanFile(dir.filePath(u"p.json"_s));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), richPlan());
        PlanEditor other(RunPlan{});
        QVERIFY(other.loadFrom(dir.filePath(u"p.json"_s)));
        QCOMPARE(other.plan(), richPlan());
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
