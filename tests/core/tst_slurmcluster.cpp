// The cluster file's Slurm scheduler: what it accepts and reads back, what it refuses (naming the field),
// that older cluster files read as before, and the srun command a job step runs with.
#include <QTest>

#include "io/runfiles.h"
#include "remote/slurmtransport.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray slurmCluster(const QByteArray& schedulerFields, const QByteArray& nodeFields = {})
{
    return "{\"name\": \"c\", \"scheduler\": {\"kind\": \"slurm\"" + schedulerFields + "}, \"nodes\": ["
           "{\"name\": \"a\", \"endpoint\": \"http://127.0.0.1:8000\"" + nodeFields + "},"
           "{\"name\": \"b\", \"endpoint\": \"http://127.0.0.1:8000\"}]}";
}
} // namespace

class TestSlurmCluster : public QObject {
    Q_OBJECT
private slots:
    void readsEverySettingAndWritesItBack()
    {
        const auto c = parseCluster(slurmCluster(", \"submit_host\": \"login1\", \"partition\": \"gpu,gpu-long\", \"account\": \"proj-42\","
                                                 " \"qos\": \"normal\", \"time_limit\": \"1:30:00\", \"gpus_per_node\": 8,"
                                                 " \"sbatch_options\": [\"--constraint=h100\", \"--exclusive\"]"),
                                    u"c.json"_s);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        const SlurmSettings& s = c.value().scheduler.slurm;
        QCOMPARE(c.value().scheduler.kind, SchedulerSpec::Kind::Slurm);
        QCOMPARE(s.submitHost, u"login1"_s);
        QVERIFY(!s.submitLocal());
        QCOMPARE(s.partition, u"gpu,gpu-long"_s);
        QCOMPARE(s.account, u"proj-42"_s);
        QCOMPARE(s.qos, u"normal"_s);
        QCOMPARE(s.timeLimit, u"1:30:00"_s);
        QCOMPARE(s.gpusPerNode, 8);
        QCOMPARE(s.sbatchOptions, (QStringList { u"--constraint=h100"_s, u"--exclusive"_s }));
        QCOMPARE(c.value().nodes[0].kind, ClusterNode::Kind::Slurm);
        const auto back = parseCluster(QByteArray::fromStdString(toJson(c.value()).dump()), u"again"_s);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), c.value());
    }

    void defaultsAndAnExistingJob()
    {
        const auto c = parseCluster(slurmCluster(", \"job_id\": 4242"), u"c.json"_s);
        QVERIFY(c.ok());
        QVERIFY(c.value().scheduler.slurm.submitLocal());
        QCOMPARE(c.value().scheduler.slurm.jobId, u"4242"_s);
        QCOMPARE(parseCluster(slurmCluster(", \"time_limit\": 30"), u"c.json"_s).value().scheduler.slurm.timeLimit, u"30"_s);
    }

    void clusterFilesWithoutASchedulerReadAsBefore()
    {
        const auto c = parseCluster("{\"nodes\": [{\"name\": \"n\", \"ssh\": \"gpu-1\", \"endpoint\": \"http://h:1\"}]}", u"c.json"_s);
        QVERIFY(c.ok());
        QCOMPARE(c.value().scheduler.kind, SchedulerSpec::Kind::None);
        QVERIFY(!toJson(c.value()).contains("scheduler"));
    }

    void refusesWithTheFieldNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QByteArray("{\"scheduler\": {\"kind\": \"pbs\"}, \"nodes\": []}") << u"scheduler.kind: expected \"slurm\" or \"kubernetes\""_s;
        QTest::newRow("misspelt key") << slurmCluster(", \"partiton\": \"gpu\"") << u"scheduler.partiton: unknown key"_s;
        QTest::newRow("bad time limit") << slurmCluster(", \"time_limit\": \"90 minutes\"") << u"scheduler.time_limit: expected a Slurm time limit"_s;
        QTest::newRow("bad partition") << slurmCluster(", \"partition\": \"gpu; rm -rf\"") << u"scheduler.partition: expected a partition name"_s;
        QTest::newRow("negative gpus") << slurmCluster(", \"gpus_per_node\": -1") << u"scheduler.gpus_per_node"_s;
        QTest::newRow("option InferDeck sets") << slurmCluster(", \"sbatch_options\": [\"--nodes=4\"]")
                                               << u"scheduler.sbatch_options[0]: --nodes is set by InferDeck"_s;
        QTest::newRow("tasks per node, which InferDeck sets") << slurmCluster(", \"sbatch_options\": [\"--ntasks-per-node=4\"]")
                                                              << u"scheduler.sbatch_options[0]: --ntasks-per-node is set by InferDeck"_s;
        QTest::newRow("short option InferDeck sets") << slurmCluster(", \"sbatch_options\": [\"-pdebug\"]")
                                                     << u"scheduler.sbatch_options[0]: -pdebug is set by InferDeck"_s;
        QTest::newRow("two words in one option") << slurmCluster(", \"sbatch_options\": [\"--constraint h100\"]")
                                                 << u"scheduler.sbatch_options[0]: expected one sbatch option per string"_s;
        QTest::newRow("not an option") << slurmCluster(", \"sbatch_options\": [\"h100\"]") << u"scheduler.sbatch_options[0]: expected one sbatch option"_s;
        QTest::newRow("job id and partition") << slurmCluster(", \"job_id\": \"17\", \"partition\": \"gpu\"")
                                              << u"scheduler.partition: applies to a job InferDeck submits, not to the existing job 17"_s;
        QTest::newRow("job id not a number") << slurmCluster(", \"job_id\": \"17_3\"") << u"scheduler.job_id: expected a job id"_s;
        QTest::newRow("newline in submit host") << slurmCluster(", \"submit_host\": \"login\\nx\"") << u"scheduler.submit_host"_s;
        QTest::newRow("node names a host") << slurmCluster("", ", \"ssh\": \"gpu-1\"") << u"nodes[0].ssh: a node of a Slurm cluster runs where"_s;
        QTest::newRow("node says local") << slurmCluster("", ", \"local\": true") << u"nodes[0].local: a node of a Slurm cluster runs where"_s;
    }
    void refusesWithTheFieldNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto c = parseCluster(text, u"cluster.json"_s);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().toString().contains(message), qPrintable(c.error().toString()));
    }

    // srun(1) of Slurm 22.05: --overlap shares the job's resources between steps, --jobid runs inside the
    // allocation, --nodelist/--nodes/--ntasks put exactly one task on the named node; the command follows
    // unquoted as argv (no shell on the submit host), the marker script is the only `sh -c`
    void stepCommandFollowsSrunsDocumentedOptions()
    {
        const QStringList argv = SlurmStepTransport::srunArgv(u"12"_s, u"gpu2"_s, 0, { u"python3"_s, u"a b.pyz"_s, u"run"_s });
        QCOMPARE(argv.mid(0, 7), (QStringList { u"srun"_s, u"--overlap"_s, u"--jobid=12"_s, u"--nodelist=gpu2"_s, u"--nodes=1"_s,
                                               u"--ntasks=1"_s, u"--quiet"_s }));
        QCOMPARE(argv.mid(7, 2), (QStringList { u"sh"_s, u"-c"_s }));
        QVERIFY(argv[9].contains(u"$SLURM_JOB_ID"_s) && argv[9].endsWith(u"exec \"$@\""_s));
        QCOMPARE(argv.mid(10), (QStringList { u"inferdeck-step"_s, u"python3"_s, u"a b.pyz"_s, u"run"_s }));
        QVERIFY(SlurmStepTransport::srunArgv(u"12"_s, u"gpu2"_s, 4, {}).contains(u"--gpus-per-node=4"_s));
    }
};

QTEST_GUILESS_MAIN(TestSlurmCluster)
#include "tst_slurmcluster.moc"
