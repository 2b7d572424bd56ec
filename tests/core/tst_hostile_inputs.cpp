// Hostile content for every reader (issue 22): each file is refused with the reader that refused it, the
// field or position and the reason, never a crash, a hang or a half-import. The result-file cases are
// mutations of the real fixtures (tests/support/hostilecases.cpp); plan, cluster, rubric and journal
// cases are mutations of the shipped examples.
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "hostilecases.h"
#include "importers/resultreader.h"
#include "io/rubricfile.h"
#include "io/runfiles.h"
#include "run/runjournal.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using testing::nested;

namespace {

QByteArray source(const QString& relative)
{
    QFile f(testing::sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(relative));
    return f.readAll();
}

QByteArray replaced(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    if (!text.contains(from))
        qFatal("missing text %s", from.constData());
    return text.replace(text.indexOf(from), from.size(), to);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A small journal as RunController writes it: header (plan, cluster), one phase, one event, the end.
QByteArray journal(const QByteArray& header)
{
    return header + "\n"
        + R"({"phase":0,"name":"single","rep":0,"role":"single","nodes":["n1"],"offsets":[0.0],"t0":0.0,"load":{"mode":"concurrency","value":1},"streams":[[0,"run"]]})"
        + "\n" + R"({"end":"complete","detail":""})" + "\n";
}

QByteArray journalHeader(const QByteArray& plan)
{
    return R"({"journal":"inferdeck-run","v":1,"app_version":"test","started":1.0,"plan":)" + plan + R"(,"cluster":{}})";
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT

private slots:
    // Result files of every format, read the way the CLI and the GUI read a file: readAnyResult(path).
    void resultFilesAreRefusedWithReaderFieldAndReason_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("fragment");
        for (const testing::HostileCase& c : testing::hostileResultCases())
            QTest::newRow(c.name.constData()) << c.fileName << c.content << c.category << c.fragment;
    }

    void resultFilesAreRefusedWithReaderFieldAndReason()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, category);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = writeFile(dir, fileName, content);
        const Result<BenchmarkResult> r = readAnyResult(path);
        QVERIFY2(!r.ok(), "a hostile file was accepted");
        const QString text = r.error().toString();
        QVERIFY2(r.error().where.startsWith(path), qPrintable(text));
        QVERIFY2(text.contains(category), qPrintable(u"category \"%1\" not in: %2"_s.arg(category, text)));
        QVERIFY2(r.error().message.contains(fragment), qPrintable(u"\"%1\" not in: %2"_s.arg(fragment, text)));
    }

    void planFilesRefuseHostileFields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("category"); // the field or position named
        QTest::addColumn<QString>("fragment");
        const QByteArray plan = source(u"resources/examples/plan-vllm-bench-serve.json"_s);
        const QByteArray model = "\"model\": \"meta-llama/Llama-3.1-8B-Instruct\"";
        const QString control = u"control character"_s;
        // fields that end up in a command line, a file name or a printed line
        QTest::newRow("plan model with a newline") << replaced(plan, model, "\"model\": \"llama\\nrm -rf /\"") << u"model"_s << control + u" (U+000a)"_s;
        QTest::newRow("plan model with NUL") << replaced(plan, model, "\"model\": \"llama\\u0000x\"") << u"model"_s << control + u" (U+0000)"_s;
        QTest::newRow("plan model with ESC") << replaced(plan, model, "\"model\": \"\\u001b]0;pwned\\u0007\"") << u"model"_s << control + u" (U+001b)"_s;
        QTest::newRow("plan model with DEL") << replaced(plan, model, "\"model\": \"llama\\u007f\"") << u"model"_s << control + u" (U+007f)"_s;
        QTest::newRow("plan model with a C1 CSI") << replaced(plan, model, "\"model\": \"llama\\u009b2J\"") << u"model"_s << control + u" (U+009b)"_s;
        QTest::newRow("plan model with a carriage return") << replaced(plan, model, "\"model\": \"llama\\r\"") << u"model"_s << control + u" (U+000d)"_s;
        QTest::newRow("plan name with a newline") << replaced(plan, "\"name\": \"vllm bench", "\"name\": \"a\\nb vllm bench") << u"name"_s << control;
        QTest::newRow("plan external command with a newline")
            << replaced(plan, "\"command\": \"vllm bench serve", "\"command\": \"true\\nvllm bench serve") << u"external.command"_s << control;
        QTest::newRow("plan external command with a tab")
            << replaced(plan, "\"command\": \"vllm bench serve", "\"command\": \"vllm\\tbench serve") << u"external.command"_s << control;
        QTest::newRow("plan result file with NUL")
            << replaced(plan, "\"external\": {", "\"external\": {\"result_file\": \"out\\u0000.json\",") << u"external.result_file"_s << control;
        const QByteArray local = source(u"resources/examples/plan-concurrency-sweep.json"_s);
        QTest::newRow("plan dataset path with ESC")
            << replaced(local, "\"dataset\":", "\"dataset_path\": \"/data/\\u001bx\", \"dataset\":") << u"workload.dataset_path"_s << control;
        // the same limits as every JSON reader
        QTest::newRow("plan second model") << replaced(plan, model, model + ", \"model\": \"other\"") << u"the key \"model\""_s << u"appears twice in the top-level object"_s;
        QTest::newRow("plan second load") << replaced(plan, "\"requests\": 500", "\"requests\": 500, \"load\": {}") << u"the key \"load\""_s << u"appears twice"_s;
        QTest::newRow("plan 300000 levels deep") << replaced(plan, "\"scaling\": true", "\"scaling\": " + nested(300000)) << u"scaling"_s
                                                 << u"nested deeper than 256 levels"_s;
        QTest::newRow("plan requests 1e400") << replaced(plan, "\"requests\": 500", "\"requests\": 1e400") << u"requests"_s << u"out of range"_s;
        QTest::newRow("plan cut in the middle") << plan.left(plan.size() / 2) << u"byte"_s << u"truncated?"_s;
        QTest::newRow("plan invalid UTF-8") << replaced(plan, "meta-llama", "meta-\xff\xfe") << u"model: byte"_s << u"UTF-8"_s;
    }

    void planFilesRefuseHostileFields()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, category);
        QFETCH(QString, fragment);
        const auto r = parsePlan(text, u"plan.json"_s);
        QVERIFY2(!r.ok(), "a hostile plan was accepted");
        QCOMPARE(r.error().where, u"plan.json"_s);
        QVERIFY2(r.error().message.startsWith(category), qPrintable(r.error().toString()));
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().toString()));
    }

    void clusterAndRubricFilesShareTheLimits_data()
    {
        QTest::addColumn<bool>("rubric");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("fragment");
        const QByteArray cluster = source(u"resources/examples/cluster-ssh-vllm.json"_s);
        QTest::newRow("cluster second nodes list") << false << replaced(cluster, "\"nodes\": [", "\"nodes\": [], \"nodes\": [") << QString()
                                                   << u"the key \"nodes\" appears twice in the top-level object"_s;
        QTest::newRow("cluster second endpoint in a node")
            << false << replaced(cluster, "\"endpoint\": \"http://127.0.0.1:8000\"", "\"endpoint\": \"http://127.0.0.1:8000\", \"endpoint\": \"http://evil:1\"")
            << u"nodes[0]"_s << u"the key \"endpoint\" appears twice"_s;
        QTest::newRow("cluster 300000 levels deep") << false << replaced(cluster, "\"nodes\": [", "\"deep\": " + nested(300000) + ", \"nodes\": [")
                                                    << u"deep"_s << u"nested deeper"_s;
        QTest::newRow("cluster ready timeout 1e400") << false << replaced(cluster, "\"ready_timeout_s\": 900", "\"ready_timeout_s\": 1e400")
                                                     << u"nodes[0].ready_timeout_s"_s << u"out of range"_s;
        const QByteArray rubric = source(u"resources/rubric/default.rubric.json"_s);
        QTest::newRow("rubric second grades") << true << replaced(rubric, "\"grades\":", "\"grades\": [\"A\", \"F\"], \"grades\":") << QString()
                                              << u"the key \"grades\" appears twice"_s;
        QTest::newRow("rubric 300000 levels deep") << true << replaced(rubric, "\"grades\":", "\"deep\": " + nested(300000) + ", \"grades\":")
                                                   << u"deep"_s << u"nested deeper"_s;
        QTest::newRow("rubric cut in the middle") << true << rubric.left(rubric.size() / 2) << u"byte"_s << u"truncated?"_s;
    }

    void clusterAndRubricFilesShareTheLimits()
    {
        QFETCH(bool, rubric);
        QFETCH(QByteArray, text);
        QFETCH(QString, category);
        QFETCH(QString, fragment);
        const Error e = rubric ? parseRubric(text, u"f.json"_s).error() : parseCluster(text, u"f.json"_s).error();
        QCOMPARE(e.where, u"f.json"_s);
        QVERIFY2(e.message.startsWith(category), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    }

    // `recover` used to overflow the stack on a header plan nested 300,000 levels deep.
    void journalsWithAHostileHeaderAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        const QByteArray plan = R"({"name":"p","model":"m","load":{"mode":"concurrency","value":1},"requests":4,"workload":{"dataset":"synthetic","input":{"kind":"fixed","mean":8,"min":8,"max":8},"output":{"kind":"fixed","mean":8,"min":8,"max":8}}})";
        QVERIFY(RunJournal::recover(u"/nonexistent"_s).error().message.contains(u"cannot read"_s));
        QTest::newRow("journal header plan 300000 levels deep")
            << journal(journalHeader(replaced(plan, "\"requests\":4", "\"requests\":4,\"deep\":" + nested(300000)))) << u"nested deeper than 256 levels"_s;
        QTest::newRow("journal header with a second plan") << journal(journalHeader(plan + ",\"plan\":{}")) << u"the key \"plan\" appears twice"_s;
        QTest::newRow("journal header plan not readable") << journal(journalHeader(replaced(plan, "\"model\":\"m\",", "")))
                                                          << u"the plan is not readable: model: missing"_s;
        QTest::newRow("journal header plan model with a newline")
            << journal(journalHeader(replaced(plan, "\"model\":\"m\"", "\"model\":\"m\\nx\""))) << u"control character"_s;
        QTest::newRow("journal header cut off") << journalHeader(plan).left(60) + "\n" << u"truncated?"_s;
    }

    void journalsWithAHostileHeaderAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"journal.jsonl"_s, text);
        QStringList warnings;
        const auto r = RunJournal::recover(path, &warnings);
        QVERIFY2(!r.ok(), "a journal with a hostile header was recovered");
        QCOMPARE(r.error().where, path);
        QVERIFY2(r.error().message.contains(u"line 1"_s), qPrintable(r.error().toString()));
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().toString()));
    }

    // A damaged record after a sound header is skipped with a warning that says why, as a cut line is.
    void journalRecordsBeyondTheLimitsAreSkippedWithTheReason()
    {
        const QByteArray plan = R"({"name":"p","model":"m","load":{"mode":"concurrency","value":1},"requests":4,"workload":{"dataset":"synthetic","input":{"kind":"fixed","mean":8,"min":8,"max":8},"output":{"kind":"fixed","mean":8,"min":8,"max":8}}})";
        QByteArray text = journal(journalHeader(plan));
        text.insert(text.indexOf("{\"end\""), R"({"p":0,"s":0,"e":{"type":"x","seq":1,"deep":)" + nested(300000) + "}}\n"
                                                  + R"({"inventory":[],"simulated":false,"inventory":[]})" + "\n");
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"journal.jsonl"_s, text);
        QStringList warnings;
        const auto r = RunJournal::recover(path, &warnings);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const QString all = warnings.join(u'\n');
        QVERIFY2(all.contains(u":3: a damaged event is skipped: deep[0][0][0][0][0][0][0]\u2026: nested deeper than 256 levels"_s), qPrintable(all));
        QVERIFY2(all.contains(u":4: not JSON: the key \"inventory\" appears twice"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
