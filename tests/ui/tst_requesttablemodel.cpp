// The request table shows the same values as `inferdeck-cli records`, the reasoning and requested-length
// columns included, and passes QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

#include "models/requesttablemodel.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestRequestTableModel : public QObject {
    Q_OBJECT

private slots:
    void reasoningAndRequestedLengthsAreColumnsLikeTheRecordsCsv()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.scaling = false;
        spec.nodes = 1;
        spec.requestsPerNode = 30;
        spec.warmupPerNode = 0;
        spec.failureRate = 0.1;
        spec.reasoningMean = 20;
        spec.requestedLengths = true;
        auto result = std::make_shared<const BenchmarkResult>(testing::makeSyntheticRun(spec));
        RequestTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        const RequestColumns& r = result->phases[0].requests;
        QCOMPARE(model.rowCount(), static_cast<int>(r.size()));
        int answers = 0, failures = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto i = static_cast<std::size_t>(row);
            const QVariant answer = model.index(row, RequestTableModel::AnswerTtftMs).data(RequestTableModel::SortRole);
            if (r.status[i] != RequestColumns::kOk) {
                ++failures;
                QVERIFY(!answer.isValid()); // a failure has no latency, as in records
            } else if (std::isnan(r.firstAnswer[i])) { // an answer made only of reasoning
                QVERIFY(!answer.isValid());
                QCOMPARE(model.index(row, RequestTableModel::AnswerTtftMs).data().toString(), u"—"_s);
            } else {
                ++answers;
                QCOMPARE(answer.toDouble(), r.firstAnswer[i] - r.send[i]);
            }
            QCOMPARE(model.index(row, RequestTableModel::RequestedOutputTokens).data(RequestTableModel::SortRole).toInt(), r.requestedOutput[i]);
            QCOMPARE(model.index(row, RequestTableModel::RequestedInputTokens).data().toString(), QString::number(r.requestedInput[i]));
            if (r.reasoningTokens[i] >= 0)
                QCOMPARE(model.index(row, RequestTableModel::ReasoningTokens).data(RequestTableModel::SortRole).toInt(), r.reasoningTokens[i]);
            else
                QVERIFY(!model.index(row, RequestTableModel::ReasoningTokens).data(RequestTableModel::SortRole).isValid());
        }
        QVERIFY(answers > 0 && failures > 0);
        QCOMPARE(model.headerData(RequestTableModel::AnswerTtftMs, Qt::Horizontal).toString(), u"Answer TTFT (ms)"_s);
    }

    void sendTimesAFileDidNotRecordAreShownAsUnknown()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.scaling = false;
        spec.nodes = 1;
        spec.requestsPerNode = 5;
        BenchmarkResult r = testing::makeSyntheticRun(spec);
        r.phases[0].sendTimesKnown = false; // as vLLM's and llmperf's per-request lists import
        RequestTableModel model;
        model.setResult(std::make_shared<const BenchmarkResult>(r));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, RequestTableModel::SendS).data().toString(), u"—"_s);
            QVERIFY(!model.index(row, RequestTableModel::SendS).data(RequestTableModel::SortRole).isValid());
            QVERIFY(model.index(row, RequestTableModel::TtftMs).data().toString() != u"—"_s); // latencies stay exact
        }
    }
};

QTEST_MAIN(TestRequestTableModel)
#include "tst_requesttablemodel.moc"
