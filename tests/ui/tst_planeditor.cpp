// The plan editor: a plan shown and read back unchanged, inline errors from the plan file's reader
// naming the field, limits that are not numbers refused (here and in Settings) with their units always
// shown, and plan files round trip.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/planeditor.h"
#include "dialogs/settingsdialog.h"
#include "widgets/limitedit.h"
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void aCapacitySearchIsEditedAndRefusedWithoutWhatItNeeds()
    {
        RunPlan p = richPlan();
        p.sweep.clear();
        p.slo.ttft = 0.2;
        p.load.mode = LoadSpec::Mode::Poisson;
        p.load.value = 4;
        p.capacity = { true, 0.95, 1.0, 64.0, 0.05, 12 };
        PlanEditor editor(p);
        QCOMPARE(editor.plan().capacity, p.capacity);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        // a sweep beside it: the search chooses its own loads
        edit(editor, u"sweep"_s)->setText(u"2, 4"_s);
        QVERIFY2(editor.validationMessage().contains(u"sweep"_s), qPrintable(editor.validationMessage()));
        edit(editor, u"sweep"_s)->clear();
        // no SLO left: nothing to search against
        for (const char* limit : { "ttft", "tpot", "e2e" })
            edit(editor, QString::fromLatin1(limit))->clear();
        QVERIFY2(editor.validationMessage().contains(u"capacity"_s), qPrintable(editor.validationMessage()));
        // unticked, the plan has no search and its settings do not reach the file
        editor.findChild<QCheckBox*>(u"capacity"_s)->setChecked(false);
        QVERIFY(!editor.plan().capacity.enabled);
        QVERIFY(!planFileText(editor.plan()).contains("capacity"));
    }

    void aRampAndStagesAreEditedAndAMalformedStageIsRefused()
    {
        RunPlan p = richPlan();
        p.sweep.clear();
        p.requests = 0;
        p.durationS = 60;
        p.load = { LoadSpec::Mode::Poisson, 2.0 };
        p.load.rampTo = 20.0;
        PlanEditor editor(p);
        QCOMPARE(editor.plan().load, p.load);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        edit(editor, u"rampTo"_s)->clear();
        edit(editor, u"stages"_s)->setText(u"2×30, 8×30"_s);
        const QList<LoadStage> expected { { 2.0, 30.0 }, { 8.0, 30.0 } };
        QCOMPARE(editor.plan().load.stages, expected);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        edit(editor, u"stages"_s)->setText(u"2×30, 8"_s);
        QVERIFY2(editor.validationMessage().contains(u"Stages"_s), qPrintable(editor.validationMessage()));
        edit(editor, u"stages"_s)->setText(u"2×30, 8×20"_s); // 50 s of stages in a 60 s phase
        QVERIFY2(editor.validationMessage().contains(u"duration_s"_s), qPrintable(editor.validationMessage()));
    }

    void emptyLimitsAreNoLimitsNotZero()
    {
        PlanEditor editor(richPlan());
        edit(editor, u"ttft"_s)->clear(); // TTFT
        QVERIFY(!editor.plan().slo.ttft.has_value());
        edit(editor, u"ttft"_s)->setText(u"250"_s);
        QCOMPARE(*editor.plan().slo.ttft, 0.25);
    }

    void aLimitThatIsNotANumberIsRefusedNotSavedAsNoLimit_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("text as TTFT") << u"ttft"_s << u"abc"_s;
        QTest::newRow("text as TPOT") << u"tpot"_s << u"12ms"_s;
        QTest::newRow("negative E2E") << u"e2e"_s << u"-3"_s;
        QTest::newRow("zero target") << u"target"_s << u"0"_s;
        QTest::newRow("text in the sweep") << u"sweep"_s << u"four"_s;
    }
    void aLimitThatIsNotANumberIsRefusedNotSavedAsNoLimit()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        PlanEditor editor(richPlan());
        auto* ok = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        edit(editor, field)->setText(text);
        QVERIFY2(!editor.validationMessage().isEmpty(), qPrintable(text));
        QVERIFY(editor.validationMessage().contains(text) || text.startsWith(u'-') || text == u"0"_s);
        QVERIFY(!ok->isEnabled());
    }

    void limitsShowTheirUnitWhileAValueIsTyped()
    {
        PlanEditor editor(richPlan());
        editor.show();
        for (const auto& [field, unit] : { std::pair{ u"ttft"_s, u"ms"_s }, std::pair{ u"tpot"_s, u"ms"_s }, std::pair{ u"e2e"_s, u"s"_s } }) {
            auto* e = qobject_cast<LimitEdit*>(edit(editor, field));
            QVERIFY2(e, qPrintable(field));
            e->setText(u"250"_s);
            QCOMPARE(e->unit(), unit);
            // the unit is drawn at the right edge, in room the text never takes
            QVERIFY(e->textMargins().right() >= e->fontMetrics().horizontalAdvance(unit));
            const QImage img = e->grab().toImage();
            const QRect unitArea(e->width() - e->textMargins().right(), 0, e->textMargins().right(), e->height());
            int dark = 0;
            for (int y = unitArea.top(); y < unitArea.bottom(); ++y)
                for (int x = unitArea.left(); x < unitArea.right(); ++x)
                    dark += qGray(img.pixel(x, y)) < 180;
            QVERIFY2(dark > 5, qPrintable(u"no unit drawn in the %1 field"_s.arg(field)));
        }
    }

    void settingsRefuseALimitThatIsNotANumber()
    {
        SettingsDialog settings;
        auto* ok = settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        settings.findChild<QLineEdit*>(u"ttft"_s)->setText(u"abc"_s);
        QVERIFY(settings.problem().contains(u"abc"_s));
        QVERIFY(!ok->isEnabled());
        settings.findChild<QLineEdit*>(u"ttft"_s)->setText(u"300"_s);
        QVERIFY(settings.problem().isEmpty());
        QVERIFY(ok->isEnabled());
    }

    void aSharedPrefixIsEditedSavedAndRefusedForADatasetWithItsOwnPrompts()
    {
        RunPlan synthetic = richPlan();
        synthetic.workload.dataset = u"synthetic"_s;
        PlanEditor editor(synthetic);
        auto* groups = editor.findChild<QSpinBox*>(u"prefixGroups"_s);
        auto* tokens = editor.findChild<QSpinBox*>(u"prefixTokens"_s);
        QVERIFY(groups && tokens);
        QVERIFY(!tokens->isEnabled()); // no groups: nothing to size
        groups->setValue(8);
        QVERIFY(tokens->isEnabled());
        tokens->setValue(256);
        QCOMPARE(editor.plan().workload.sharedPrefix, (SharedPrefix { 8, 256 }));
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        QTemporaryDir dir;
        QVERIFY(editor.saveTo(dir.filePath(u"p.json"_s)));
        const auto back = readPlanFile(dir.filePath(u"p.json"_s));
        QVERIFY(back.ok());
        QCOMPARE(back.value().workload.sharedPrefix, (SharedPrefix { 8, 256 }));
        PlanEditor reopened(back.value());
        QCOMPARE(reopened.findChild<QSpinBox*>(u"prefixGroups"_s)->value(), 8);
        QCOMPARE(reopened.findChild<QSpinBox*>(u"prefixTokens"_s)->value(), 256);

        auto* dataset = editor.findChild<QComboBox*>();
        for (auto* c : editor.findChildren<QComboBox*>())
            if (c->findData(u"summarization"_s) >= 0)
                dataset = c;
        dataset->setCurrentIndex(dataset->findData(u"summarization"_s));
        QVERIFY2(editor.validationMessage().contains(u"workload.shared_prefix"_s), qPrintable(editor.validationMessage()));
        groups->setValue(0); // none: every prompt its own
        QVERIFY(editor.validationMessage().isEmpty());
        QVERIFY(!editor.plan().workload.sharedPrefix.active());
    }

    void aTraceReplayIsChosenWithItsFileAndCheckedByThePlanReader()
    {
        PlanEditor editor(richPlan());
        QComboBox* dataset = nullptr;
        QComboBox* mode = nullptr;
        for (auto* c : editor.findChildren<QComboBox*>()) {
            if (c->findData(u"trace"_s) >= 0)
                dataset = c;
            if (c->findData(int(LoadSpec::Mode::Trace)) >= 0 && c->findData(int(LoadSpec::Mode::Gamma)) >= 0)
                mode = c;
        }
        QVERIFY(dataset && mode);
        QVERIFY(!edit(editor, u"tracePath"_s)->isEnabled());
        mode->setCurrentIndex(mode->findData(int(LoadSpec::Mode::Trace)));
        QVERIFY2(editor.validationMessage().contains(u"load.mode"_s), qPrintable(editor.validationMessage())); // not a trace dataset
        dataset->setCurrentIndex(dataset->findData(u"trace"_s));
        QVERIFY(edit(editor, u"tracePath"_s)->isEnabled());
        QVERIFY2(editor.validationMessage().contains(u"workload.trace_path"_s), qPrintable(editor.validationMessage()));
        edit(editor, u"tracePath"_s)->setText(u"/data/mooncake/conversation_trace.jsonl"_s);
        edit(editor, u"sweep"_s)->clear();
        QVERIFY2(editor.validationMessage().contains(u"warmup_requests"_s), qPrintable(editor.validationMessage())); // out of step per node
        editor.findChild<QSpinBox*>(u"warmup"_s)->setValue(0);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        const RunPlan p = editor.plan();
        QCOMPARE(p.workload.dataset, u"trace"_s);
        QCOMPARE(p.workload.tracePath, u"/data/mooncake/conversation_trace.jsonl"_s);
        QCOMPARE(p.load.mode, LoadSpec::Mode::Trace);
        PlanEditor reopened(p);
        QCOMPARE(reopened.plan(), p);
    }

    void sessionsAreEditedSavedReopenedAndRefusedWithoutTheChatApi()
    {
        RunPlan synthetic = richPlan();
        synthetic.workload.dataset = u"synthetic"_s;
        synthetic.workload.sharedPrefix = {};
        synthetic.api = u"completions"_s;
        PlanEditor editor(synthetic);
        auto* enabled = editor.findChild<QCheckBox*>(u"sessionsEnabled"_s);
        auto* turnsMax = editor.findChild<QDoubleSpinBox*>(u"turnsMax"_s);
        auto* thinkMean = editor.findChild<QDoubleSpinBox*>(u"thinkMean"_s);
        auto* thinkMax = editor.findChild<QDoubleSpinBox*>(u"thinkMax"_s);
        QVERIFY(enabled && turnsMax && thinkMean && thinkMax);
        QVERIFY(!turnsMax->isEnabled()); // off: nothing to size
        enabled->setChecked(true);
        QVERIFY(turnsMax->isEnabled());
        editor.findChild<QComboBox*>(u"turnsKind"_s)->setCurrentIndex(1); // uniform
        editor.findChild<QDoubleSpinBox*>(u"turnsMin"_s)->setValue(2);
        turnsMax->setValue(5);
        editor.findChild<QDoubleSpinBox*>(u"turnsMean"_s)->setValue(3.5);
        thinkMax->setValue(3);
        thinkMean->setValue(1.25);
        // the history travels as chat messages: the completions API is refused naming the field
        QVERIFY2(editor.validationMessage().startsWith(u"this plan: workload.sessions"_s) || editor.validationMessage().contains(u"workload.sessions: "_s),
                 qPrintable(editor.validationMessage()));
        QComboBox* api = nullptr;
        QComboBox* dataset = nullptr;
        for (auto* c : editor.findChildren<QComboBox*>()) {
            if (c->findData(u"chat"_s) >= 0)
                api = c;
            if (c->findData(u"sharegpt"_s) >= 0)
                dataset = c;
        }
        QVERIFY(api && dataset);
        api->setCurrentIndex(api->findData(u"chat"_s));
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        thinkMean->setValue(3.5); // above its max
        QVERIFY2(editor.validationMessage().contains(u"workload.sessions.think_s.mean"_s), qPrintable(editor.validationMessage()));
        thinkMean->setValue(1.25);
        QTemporaryDir dir;
        QVERIFY(editor.saveTo(dir.filePath(u"p.json"_s)));
        const auto back = readPlanFile(dir.filePath(u"p.json"_s));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        const Sessions& s = back.value().workload.sessions;
        QVERIFY(s.enabled);
        QCOMPARE(s.turns, (LengthDistribution { LengthDistribution::Kind::Uniform, 3.5, 0, 2, 5 }));
        QCOMPARE(s.thinkS.mean, 1.25);
        QCOMPARE(s.thinkS.max, 3.0);
        PlanEditor reopened(back.value());
        QCOMPARE(reopened.plan().workload.sessions, s);

        // a ShareGPT file brings its turns: the turns row goes off, the file is asked for
        QVERIFY(!edit(editor, u"sharegptPath"_s)->isEnabled());
        dataset->setCurrentIndex(dataset->findData(u"sharegpt"_s));
        QVERIFY(edit(editor, u"sharegptPath"_s)->isEnabled());
        QVERIFY(!turnsMax->isEnabled());
        QVERIFY(thinkMax->isEnabled());
        QVERIFY2(editor.validationMessage().contains(u"workload.sharegpt_path"_s), qPrintable(editor.validationMessage()));
        edit(editor, u"sharegptPath"_s)->setText(u"/data/ShareGPT_V3_unfiltered_cleaned_split.json"_s);
        QVERIFY2(editor.validationMessage().isEmpty(), qPrintable(editor.validationMessage()));
        QCOMPARE(editor.plan().workload.sharegptPath, u"/data/ShareGPT_V3_unfiltered_cleaned_split.json"_s);
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
