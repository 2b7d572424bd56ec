// Where a node ran under a scheduler, as the result file keeps it (nodes[].slurm, nodes[].kubernetes): written
// and read back unchanged, absent in older files, hostile values refused by the reader or escaped by the
// report, and the report's inventory and appendix made from these fields rather than from the host label.
#include <QTest>

#include <nlohmann/json.hpp>

#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "report/reportexport.h"
#include "report/reportrender.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using json = nlohmann::json;

namespace {

// two nodes of Slurm job 4242, as SlurmStepTransport::describePlacement() leaves them
BenchmarkResult slurmRun()
{
    testing::SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 8;
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    for (int i = 0; i < r.nodes.size(); ++i) {
        const QString node = u"gpu%1"_s.arg(i + 1);
        r.nodes[i].host = u"%1 (Slurm job 4242, partition gpu)"_s.arg(node);
        r.nodes[i].slurm = { u"4242"_s, u"gpu"_s, node, u"proj-42"_s, u"normal"_s };
    }
    return r;
}

json documentOf(const BenchmarkResult& r)
{
    return json::parse(ResultFile::serialize(r).toStdString());
}

Result<BenchmarkResult> parse(const json& doc)
{
    const QByteArray text = QByteArray::fromStdString(doc.dump());
    return ResultFile::parse(text.constData(), text.size(), u"placed.inferdeck.json"_s);
}

QString markdownOf(const BenchmarkResult& r)
{
    return renderMarkdown(makeReport(r, defaultRubric(), u"result.inferdeck.json"_s, 1.7e9), u"charts"_s).text;
}

} // namespace

class TestSchedulerPlacement : public QObject {
    Q_OBJECT

private slots:
    void slurmPlacementReadsBackUnchanged()
    {
        const BenchmarkResult original = slurmRun();
        const json doc = documentOf(original);
        QVERIFY2(doc["nodes"][1]["slurm"]
                     == json({ { "job_id", "4242" }, { "node", "gpu2" }, { "partition", "gpu" }, { "account", "proj-42" }, { "qos", "normal" } }),
                 doc["nodes"][1]["slurm"].dump().c_str());
        const auto back = parse(doc);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back.value().nodes[1].slurm, original.nodes[1].slurm);
        QVERIFY(back.value() == original);
    }

    void unknownAccountAndQosAreLeftOut()
    {
        BenchmarkResult r = slurmRun();
        r.nodes[0].slurm.account.clear();
        r.nodes[0].slurm.qos.clear();
        const json doc = documentOf(r);
        QVERIFY(!doc["nodes"][0]["slurm"].contains("account"));
        QVERIFY(!doc["nodes"][0]["slurm"].contains("qos"));
        const auto back = parse(doc);
        QVERIFY(back);
        QCOMPARE(back.value().nodes[0].slurm, r.nodes[0].slurm);
    }

    void aFileWithoutPlacementsReadsAsBefore()
    {
        testing::SyntheticSpec spec;
        spec.requestsPerNode = 4;
        const json doc = documentOf(testing::makeSyntheticRun(spec));
        QVERIFY(!doc["nodes"][0].contains("slurm"));
        QVERIFY(!doc["nodes"][0].contains("kubernetes"));
        const auto back = parse(doc);
        QVERIFY(back);
        QVERIFY(back.value().nodes[0].slurm.isEmpty());
        QVERIFY(back.value().nodes[0].kubernetes.isEmpty());
        // a null placement is no placement, as for kubernetes
        json nulled = doc;
        nulled["nodes"][0]["slurm"] = nullptr;
        QVERIFY(parse(nulled));
    }

    void hostileSlurmValuesAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // empty: the key is removed
        QTest::addColumn<QString>("message");
        QTest::newRow("job id with a word") << u"job_id"_s << u"4242; rm -rf ~"_s << u"expected a Slurm job id"_s;
        QTest::newRow("job id missing") << u"job_id"_s << QString() << u"missing"_s;
        QTest::newRow("node missing") << u"node"_s << QString() << u"missing"_s;
        QTest::newRow("terminal escape in the partition") << u"partition"_s << u"gpu\u001b[2J"_s << u"control character"_s;
        QTest::newRow("forged line in the account") << u"account"_s << u"proj\nSlurm allocation: job 1"_s << u"control character"_s;
        QTest::newRow("line separator in the qos") << u"qos"_s << u"normal\u2028high"_s << u"control character"_s;
    }

    void hostileSlurmValuesAreRefusedWithTheirPath()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        json doc = documentOf(slurmRun());
        if (value.isEmpty())
            doc["nodes"][1]["slurm"].erase(key.toStdString());
        else
            doc["nodes"][1]["slurm"][key.toStdString()] = value.toStdString();
        const auto r = parse(doc);
        QVERIFY2(!r, "a hostile placement was accepted");
        QCOMPARE(r.error().where, u"placed.inferdeck.json at nodes[1].slurm.%1"_s.arg(key));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
    }

    void slurmAllocationAndHostsComeFromTheFields()
    {
        BenchmarkResult r = slurmRun();
        // a host label that says something else: the report must not read it
        r.nodes[0].host = u"login1"_s;
        r.nodes[1].host = u"login1"_s;
        const QString md = markdownOf(r);
        QVERIFY2(md.contains(u"| Slurm allocation | job 4242, partition gpu, account proj-42, QoS normal, nodes gpu1, gpu2 |"_s), qPrintable(md.right(3000)));
        QVERIFY2(md.contains(u"| sim-node-2 | gpu2 (Slurm job 4242, partition gpu) (sim-node-2) |"_s), qPrintable(md));
        QVERIFY(!md.contains(u"login1"_s));
        // without the fields (another transport) there is no allocation, whatever the host label says
        BenchmarkResult plain = slurmRun();
        for (NodeInventory& n : plain.nodes)
            n.slurm = {};
        QVERIFY(!markdownOf(plain).contains(u"Slurm allocation"_s));
    }

    void markupInAPlacementIsShownNotObeyed()
    {
        BenchmarkResult r = slurmRun();
        r.nodes[1].slurm.partition = u"gpu|<script>alert(1)</script>"_s;
        const auto back = parse(documentOf(r)); // no control character: the reader keeps it as it is
        QVERIFY(back);
        const Report report = makeReport(back.value(), defaultRubric(), u"result.inferdeck.json"_s, 1.7e9);
        const QString md = renderMarkdown(report, u"charts"_s).text;
        // the pipe would end the table cell, the tag would run in a viewer that renders HTML inside Markdown
        QVERIFY2(md.contains(u"| Slurm allocation | job 4242, partition gpu, gpu\\|&lt;script&gt;alert(1)&lt;/script&gt;, account"_s),
                 qPrintable(md.right(2500)));
        QVERIFY(!md.contains(u"<script>"_s));
        const QString html = QString::fromUtf8(renderHtml(report));
        QVERIFY(!html.contains(u"<script>alert(1)"_s));
        QVERIFY2(html.contains(u"gpu|&lt;script&gt;alert(1)&lt;/script&gt;"_s), qPrintable(html.right(3000)));
    }
};

QTEST_MAIN(TestSchedulerPlacement)
#include "tst_schedulerplacement.moc"
