// The summary table shows each phase with its node rows beneath, sorts by raw values, and passes
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "format/units.h"
#include "metrics/resultsummary.h"
#include "models/summarytablemodel.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestSummaryTableModel : public QObject {
    Q_OBJECT

private slots:
    void rowsAreSummariesWithNodeRowsForMultiNodePhases()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 30;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const ResultSummary s = summarizeResult(r);
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries(s.phases, s.perNode);
        // baseline (1 node, no node rows) + scaled (2 nodes, 2 node rows)
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.isNodeRow(0));
        QVERIFY(!model.isNodeRow(1));
        QVERIFY(model.isNodeRow(2));
        QCOMPARE(model.data(model.index(2, SummaryTableModel::Nodes), Qt::DisplayRole).toString(), u"sim-node-1"_s);
        const double rps = model.data(model.index(1, SummaryTableModel::RequestThroughput), SummaryTableModel::SortRole).toDouble();
        QCOMPARE(rps, *s.phases[1].requestThroughput);
        QCOMPARE(model.data(model.index(1, SummaryTableModel::RequestThroughput), Qt::DisplayRole).toString(),
                 QLocale().toString(rps, 'f', 2).remove(QLocale().groupSeparator()));
        QCOMPARE(model.headerData(SummaryTableModel::TtftP99, Qt::Horizontal, Qt::DisplayRole).toString(), u"TTFT p99\nms"_s);
    }

    void reasoningPhaseShowsAnswerTtftAndShareOthersShowDash()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.requestsPerNode = 30;
        const ResultSummary plain = summarizeResult(testing::makeSyntheticRun(spec));
        spec.reasoningMean = 20;
        const ResultSummary thinking = summarizeResult(testing::makeSyntheticRun(spec));
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries(plain.phases, plain.perNode);
        QVERIFY(!model.hasReasoning());
        QCOMPARE(model.data(model.index(0, SummaryTableModel::AnswerTtftP50), Qt::DisplayRole).toString(), u"—"_s);
        QVERIFY(!model.data(model.index(0, SummaryTableModel::ReasoningShare), SummaryTableModel::SortRole).isValid());

        model.setSummaries(thinking.phases, thinking.perNode);
        QVERIFY(model.hasReasoning());
        const PhaseSummary& p = thinking.phases[0];
        QCOMPARE(model.data(model.index(0, SummaryTableModel::AnswerTtftP50), SummaryTableModel::SortRole).toDouble(), *p.answerTtft.p50);
        QCOMPARE(model.data(model.index(0, SummaryTableModel::AnswerTtftP99), SummaryTableModel::SortRole).toDouble(), *p.answerTtft.p99);
        QVERIFY(*p.answerTtft.p50 > *p.ttft.p50); // the answer comes after the thinking
        QCOMPARE(model.data(model.index(0, SummaryTableModel::ReasoningShare), SummaryTableModel::SortRole).toDouble(), *p.reasoning->share);
        QVERIFY(model.data(model.index(0, SummaryTableModel::ReasoningShare), Qt::ToolTipRole).toString().contains(u"from the server's usage"_s));
        QCOMPARE(model.headerData(SummaryTableModel::AnswerTtftP50, Qt::Horizontal, Qt::DisplayRole).toString(), u"Answer TTFT p50\nms"_s);
    }

    void openLoopPhasesShowLatenciesFromTheScheduleClosedLoopOnesADash()
    {
        PhaseSummary open;
        open.phase = u"rate"_s;
        open.nodes = { u"n1"_s };
        open.ttft.p99 = 0.050;
        open.ttftFromIntended.count = 40;
        open.ttftFromIntended.p99 = 0.140; // a lagging client's queueing, visible only from the schedule
        open.e2eFromIntended.count = 40;
        open.e2eFromIntended.p99 = 0.290;
        PhaseSummary closed = open;
        closed.phase = u"conc"_s;
        closed.ttftFromIntended = {};
        closed.e2eFromIntended = {};
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries({ closed }, { { closed } });
        QVERIFY(!model.hasFromIntended()); // the view hides the columns then
        model.setSummaries({ open, closed }, { { open }, { closed } });
        QVERIFY(model.hasFromIntended());
        QCOMPARE(model.data(model.index(0, SummaryTableModel::TtftP99FromIntended), SummaryTableModel::SortRole).toDouble(), 0.140);
        QCOMPARE(model.data(model.index(0, SummaryTableModel::E2eP99FromIntended), SummaryTableModel::SortRole).toDouble(), 0.290);
        QCOMPARE(model.data(model.index(0, SummaryTableModel::TtftP99FromIntended), Qt::DisplayRole).toString(), Units::milliseconds(0.140, QLocale()));
        QCOMPARE(model.data(model.index(1, SummaryTableModel::TtftP99FromIntended), Qt::DisplayRole).toString(), u"—"_s);
        QVERIFY(model.data(model.index(0, SummaryTableModel::E2eP99FromIntended), Qt::ToolTipRole).toString().contains(u"intended"_s));
        QCOMPARE(model.headerData(SummaryTableModel::TtftP99FromIntended, Qt::Horizontal, Qt::DisplayRole).toString(), u"TTFT p99 from\nschedule, ms"_s);
    }

    void notMeasuredShowsDashAndSortsAsEmpty()
    {
        PhaseSummary p;
        p.phase = u"empty"_s;
        p.nodes = { u"n1"_s };
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries({ p }, { { p } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, SummaryTableModel::Goodput), Qt::DisplayRole).toString(), u"—"_s);
        QVERIFY(!model.data(model.index(0, SummaryTableModel::Goodput), SummaryTableModel::SortRole).isValid());
    }

    void proxySortsNumerically()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 3;
        spec.requestsPerNode = 20;
        const ResultSummary s = summarizeResult(testing::makeSyntheticRun(spec));
        SummaryTableModel model;
        model.setSummaries(s.phases, s.perNode);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SummaryTableModel::SortRole);
        proxy.sort(SummaryTableModel::OutputTokenThroughput, Qt::DescendingOrder);
        double previous = 1e300;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const double v = proxy.data(proxy.index(row, SummaryTableModel::OutputTokenThroughput), SummaryTableModel::SortRole).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
    }
};

QTEST_MAIN(TestSummaryTableModel)
#include "tst_summarytablemodel.moc"
