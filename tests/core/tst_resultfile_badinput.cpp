// Bad result files give one clear error naming the file, the JSON path and what was expected — never a
// crash, never a half-read result.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

#include "io/resultfile.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;
using nlohmann::json;

namespace {

const char* const kName = "bad-run.inferdeck.json";

json validDocument()
{
    testing::SyntheticSpec spec;
    spec.repetitions = 1;
    spec.requestsPerNode = 4;
    spec.warmupPerNode = 1;
    spec.concurrency = 2;
    spec.reasoningMean = 20; // with the version 2 columns, so their checks can be tried
    spec.requestedLengths = true;
    BenchmarkResult r = testing::makeSyntheticRun(spec);
    r.phases[0].prompts = { u"exact"_s, u"/tokenize"_s, u"all exact"_s };
    const QByteArray text = ResultFile::serialize(r);
    return json::parse(text.toStdString());
}

QByteArray mutated(const std::function<void(json&)>& change)
{
    json doc = validDocument();
    change(doc);
    return QByteArray::fromStdString(doc.dump());
}

json& req(json& d) { return d["phases"][0]["requests"]; }
json& tel(json& d) { return d["phases"][0]["telemetry"]; }

} // namespace

class TestResultFileBadInput : public QObject {
    Q_OBJECT

private slots:
    void validDocumentIsAccepted()
    {
        const QByteArray text = QByteArray::fromStdString(validDocument().dump());
        const auto r = ResultFile::parse(text.constData(), text.size(), QString::fromLatin1(kName));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    }

    void rejectedWithPathAndReason_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("path");    // JSON path the error must name ("" = file only)
        QTest::addColumn<QString>("message"); // fragment the message must contain

        const QByteArray valid = QByteArray::fromStdString(validDocument().dump());
        auto row = [](const char* name, QByteArray input, const char* path, const char* message) {
            QTest::newRow(name) << input << QString::fromUtf8(path) << QString::fromUtf8(message);
        };
        // not JSON at all
        row("not JSON", "hello, world", "", "not valid JSON");
        row("truncated in the middle", valid.left(valid.size() / 2), "", "not valid JSON");
        row("truncated by one byte", valid.chopped(2), "", "not valid JSON");
        row("binary garbage", QByteArray("\x00\xff\xfe\x10garbage", 11), "", "not valid JSON");
        row("invalid UTF-8 in a string", QByteArray("{\"format\": \"inferdeck-\xff\"}"), "", "not valid JSON");
        row("trailing garbage", valid + "}", "", "not valid JSON");
        row("nested 100000 deep", QByteArray(100000, '['), "", "nested deeper than 256");
        row("leading zero", QByteArray(valid).replace("\"version\":2", "\"version\":02"), "", "leading zero");
        row("control character in a string", QByteArray(valid).replace("\"status_detail\":\"\"", "\"status_detail\":\"a\x01b\""), "",
            "control character");
        row("lone surrogate escape", QByteArray(valid).replace("\"status_detail\":\"\"", "\"status_detail\":\"\\ud800\""), "",
            "surrogate");
        row("bad escape", QByteArray(valid).replace("\"status_detail\":\"\"", "\"status_detail\":\"\\q\""), "",
            "invalid escape");
        // wrong document
        row("top-level array", "[1, 2, 3]", "", "expected a JSON object");
        row("no format key", mutated([](json& d) { d.erase("format"); }), "format", "not an InferDeck result file");
        row("another tool's format", mutated([](json& d) { d["format"] = "vllm-bench-serve"; }), "format",
            "not an InferDeck result file");
        row("newer version", mutated([](json& d) { d["version"] = 3; }), "version", "reads versions 1 to 2");
        row("version as text", mutated([](json& d) { d["version"] = "1"; }), "version", "expected an integer");
        row("version zero", mutated([](json& d) { d["version"] = 0; }), "version", "from 1");
        row("simulated as text", mutated([](json& d) { d["simulated"] = "yes"; }), "simulated", "expected a boolean");
        row("unknown run status", mutated([](json& d) { d["status"] = "exploded"; }), "status", "complete, cancelled or failed");
        row("summary not an object", mutated([](json& d) { d["summary"] = 3; }), "summary", "expected an object");
        // provenance, plan, nodes
        row("provenance missing", mutated([](json& d) { d.erase("provenance"); }), "provenance", "missing");
        row("creation time negative", mutated([](json& d) { d["provenance"]["created_unix"] = -5; }),
            "provenance.created_unix", "expected a number from 0");
        row("plan without model", mutated([](json& d) { d["plan"].erase("model"); }), "plan.model", "missing");
        row("unknown load mode", mutated([](json& d) { d["plan"]["load"]["mode"] = "flood"; }), "plan.load.mode",
            "concurrency, constant-rate, poisson, gamma or trace (all-at-once in imported results only)");
        row("SLO negative", mutated([](json& d) { d["plan"]["slo"]["ttft_s"] = -1.0; }), "plan.slo.ttft_s", "from 0");
        row("nodes not an array", mutated([](json& d) { d["nodes"] = "sim-node-1"; }), "nodes", "expected an array");
        row("node listed twice", mutated([](json& d) { d["nodes"].push_back(d["nodes"][0]); }), "nodes[2].name",
            "listed twice");
        // phase fields
        row("phase on an unknown node", mutated([](json& d) { d["phases"][0]["nodes"][0] = "ghost"; }),
            "phases[0].nodes[0]", "not listed");
        row("unknown phase role", mutated([](json& d) { d["phases"][0]["role"] = "primary"; }), "phases[0].role",
            "single, baseline, scaled or sweep");
        row("clock offsets miscounted", mutated([](json& d) { d["phases"][0]["clock_offsets_s"].push_back(0.0); }),
            "phases[0].clock_offsets_s", "one offset per node");
        row("t0 in milliseconds", mutated([](json& d) { d["phases"][0]["t0_unix"] = 1.79e12; }), "phases[0].t0_unix",
            "expected a number from 0");
        // columns
        row("a string among send times", mutated([](json& d) { req(d)["send_s"][1] = "0.5"; }),
            "phases[0].requests.send_s[1]", "expected a number, found a string");
        row("a nested array in a column", mutated([](json& d) { req(d)["end_s"][3] = json::array({ 1, 2 }); }),
            "phases[0].requests.end_s[3]", "expected a number, found an array");
        row("null send time", mutated([](json& d) { req(d)["send_s"][0] = nullptr; }), "phases[0].requests.send_s[0]",
            "found null");
        row("column is an object", mutated([](json& d) { req(d)["status"] = json::object(); }),
            "phases[0].requests.status", "expected an array, found an object");
        row("column missing", mutated([](json& d) { req(d).erase("output_tokens"); }),
            "phases[0].requests.output_tokens", "missing");
        row("arrays of unequal length", mutated([](json& d) { req(d)["end_s"].erase(req(d)["end_s"].size() - 1); }),
            "phases[0].requests.end_s", "one per request");
        row("negative duration", mutated([](json& d) { req(d)["end_s"][2] = req(d)["send_s"][2].get<double>() - 0.25; }),
            "phases[0].requests.end_s[2]", "before it was sent");
        row("first token after the end", mutated([](json& d) { req(d)["first_token_s"][2] = req(d)["end_s"][2].get<double>() + 1; }),
            "phases[0].requests.first_token_s[2]", "after the request ended");
        row("fractional token count", mutated([](json& d) { req(d)["output_tokens"][0] = 3.5; }),
            "phases[0].requests.output_tokens[0]", "expected an integer");
        row("negative token count", mutated([](json& d) { req(d)["input_tokens"][1] = -4; }),
            "phases[0].requests.input_tokens[1]", "from 0 to 2147483647");
        row("huge token count", mutated([](json& d) { req(d)["input_tokens"][1] = 99999999999LL; }),
            "phases[0].requests.input_tokens[1]", "from 0 to 2147483647");
        row("huge time", mutated([](json& d) { req(d)["send_s"][1] = 1e300; }), "phases[0].requests.send_s[1]",
            "expected a number from");
        row("number beyond double range", [&] {
            QByteArray t = QByteArray::fromStdString(validDocument().dump());
            return t.replace("\"send_s\":[", "\"send_s\":[1e999,");
        }(), "phases[0].requests.send_s[0]", "out of range");
        row("status with no reason", mutated([](json& d) { req(d)["status"][0] = 7; }), "phases[0].requests.status[0]",
            "from 0 to");
        row("node index out of range", mutated([](json& d) { req(d)["node"][0] = 5; }), "phases[0].requests.node[0]",
            "from 0 to 0");
        row("warm-up flag not 0/1", mutated([](json& d) { req(d)["warmup"][0] = 2; }), "phases[0].requests.warmup[0]",
            "from 0 to 1");
        row("success without end time", mutated([](json& d) { req(d)["end_s"][1] = nullptr; }),
            "phases[0].requests.end_s[1]", "needs an end time");
        row("chunk offsets without chunk times", mutated([](json& d) { req(d).erase("chunk_times_s"); }),
            "phases[0].requests.chunk_times_s", "come together");
        row("chunk offsets not ending at the count", mutated([](json& d) {
            auto& o = req(d)["chunk_offsets"];
            o[o.size() - 1] = o[o.size() - 1].get<int>() - 1;
        }), "phases[0].requests.chunk_offsets[5]", "the number of chunk times");
        row("chunk times going back", mutated([](json& d) { req(d)["chunk_times_s"][2] = -1.0; }),
            "phases[0].requests.chunk_times_s[2]", "must not decrease");
        row("negative power", mutated([](json& d) { tel(d)["power_w"][0] = -3.0; }), "phases[0].telemetry.power_w[0]",
            "from 0 to");
        row("output of an unknown node",
            mutated([](json& d) { d["phases"][0]["outputs"] = json::array({ { { "node", "ghost" }, { "request_id", 1 }, { "text", "a" }, { "reference", "b" } } }); }),
            "phases[0].outputs[0].node", "not one of the phase's nodes");
        row("output without its reference",
            mutated([](json& d) { d["phases"][0]["outputs"] = json::array({ { { "node", d["phases"][0]["nodes"][0] }, { "request_id", 1 }, { "text", "a" } } }); }),
            "phases[0].outputs[0].reference", "missing");
        // version 2: reasoning, answer time, requested lengths, prompts, engine identity
        row("negative reasoning tokens", mutated([](json& d) { req(d)["reasoning_tokens"][1] = -3; }),
            "phases[0].requests.reasoning_tokens[1]", "from 0 to 2147483647");
        row("reasoning beyond the output", mutated([](json& d) { req(d)["reasoning_tokens"][2] = req(d)["output_tokens"][2].get<int>() + 1; }),
            "phases[0].requests.reasoning_tokens[2]", "more than the request's");
        row("reasoning from usage without a count", mutated([](json& d) {
            req(d)["reasoning_tokens"][2] = nullptr;
            req(d)["reasoning_from_usage"][2] = 1;
        }), "phases[0].requests.reasoning_from_usage[2]", "reasoning_tokens is null");
        row("reasoning flag not 0/1", mutated([](json& d) { req(d)["reasoning_from_usage"][0] = 2; }),
            "phases[0].requests.reasoning_from_usage[0]", "from 0 to 1");
        row("answer before the send", mutated([](json& d) { req(d)["first_answer_s"][2] = req(d)["send_s"][2].get<double>() - 0.5; }),
            "phases[0].requests.first_answer_s[2]", "before the request was sent");
        row("answer before the first token", mutated([](json& d) {
            req(d)["first_answer_s"][2] = (req(d)["send_s"][2].get<double>() + req(d)["first_token_s"][2].get<double>()) / 2;
        }), "phases[0].requests.first_answer_s[2]", "before the first token");
        row("answer after the end", mutated([](json& d) { req(d)["first_answer_s"][2] = req(d)["end_s"][2].get<double>() + 1; }),
            "phases[0].requests.first_answer_s[2]", "after the request ended");
        row("answer times miscounted", mutated([](json& d) { req(d)["first_answer_s"].push_back(1.0); }),
            "phases[0].requests.first_answer_s", "one per request");
        row("negative requested output", mutated([](json& d) { req(d)["requested_output_tokens"][0] = -128; }),
            "phases[0].requests.requested_output_tokens[0]", "from 0 to 2147483647");
        row("fractional requested input", mutated([](json& d) { req(d)["requested_input_tokens"][3] = 12.5; }),
            "phases[0].requests.requested_input_tokens[3]", "expected an integer");
        row("unknown prompt method", mutated([](json& d) { d["phases"][0]["prompts"]["method"] = "guessed"; }),
            "phases[0].prompts.method", "exact or estimated");
        row("prompts not an object", mutated([](json& d) { d["phases"][0]["prompts"] = "exact"; }),
            "phases[0].prompts", "expected an object");
        row("unknown engine source", mutated([](json& d) { d["nodes"][0]["engines"][0]["source"] = "rumour"; }),
            "nodes[0].engines[0].source", "endpoint or binary");
        row("unknown TLS mode", mutated([](json& d) { d["nodes"][0]["tls"] = "maybe"; }), "nodes[0].tls",
            "none, system, ca_file or insecure");
        row("api_key as the key itself", mutated([](json& d) { d["nodes"][0]["api_key"] = "sk-123"; }), "nodes[0].api_key",
            "expected a boolean");
        row("telemetry of unequal length", mutated([](json& d) { tel(d)["gpu"].push_back(0); }),
            "phases[0].telemetry.gpu", "values");
    }

    void rejectedWithPathAndReason()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto r = ResultFile::parse(input.constData(), input.size(), QString::fromLatin1(kName));
        QVERIFY2(!r, "a bad file was accepted");
        const Error& e = r.error();
        QVERIFY2(e.where.startsWith(QString::fromLatin1(kName)), qPrintable(e.toString()));
        if (!path.isEmpty())
            QVERIFY2(e.where == QString::fromLatin1(kName) + u" at "_s + path, qPrintable(e.toString()));
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
        QVERIFY(!e.message.isEmpty());
    }

    // Columns over 256 KB are parsed in two halves on two threads: indices and errors must not notice.
    void largeColumnsKeepExactIndices()
    {
        testing::SyntheticSpec spec;
        spec.repetitions = 1;
        spec.nodes = 1;
        spec.scaling = false;
        spec.chunks = false;
        spec.telemetry = false;
        spec.warmupPerNode = 0;
        spec.requestsPerNode = 40000;
        const BenchmarkResult r = testing::makeSyntheticRun(spec);
        const QByteArray text = ResultFile::serialize(r);
        const auto back = ResultFile::parse(text.constData(), text.size(), u"big.json"_s);
        QVERIFY(back);
        QVERIFY(back.value() == r);

        // put `true` at send_s[31234], in the second half of the column
        json doc = json::parse(text.toStdString());
        doc["phases"][0]["requests"]["send_s"][31234] = true;
        QByteArray bad = QByteArray::fromStdString(doc.dump());
        auto e = ResultFile::parse(bad.constData(), bad.size(), u"big.json"_s);
        QVERIFY(!e);
        QCOMPARE(e.error().where, u"big.json at phases[0].requests.send_s[31234]"_s);
        QVERIFY(e.error().message.contains(u"found a boolean"_s));

        // two numbers without a comma, late in the column: a syntax error with its line and column
        const qsizetype column = bad.indexOf("\"send_s\":[");
        const qsizetype at = bad.indexOf(",true,", column);
        bad.replace(at, 6, ",1 2,");
        e = ResultFile::parse(bad.constData(), bad.size(), u"big.json"_s);
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(u"line 1, column %1"_s.arg(at + 4)) /* 1-based, at the "2" */, qPrintable(e.error().toString()));
    }

    void emptyAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.json"_s);
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto e = ResultFile::read(empty);
        QVERIFY(!e);
        QCOMPARE(e.error().where, empty);
        QVERIFY(e.error().message.contains(u"empty"_s));
        const auto m = ResultFile::read(dir.filePath(u"nope.json"_s));
        QVERIFY(!m);
        QVERIFY(m.error().message.contains(u"cannot read"_s));
        QVERIFY(m.error().where.endsWith(u"nope.json"_s));
    }
};

QTEST_APPLESS_MAIN(TestResultFileBadInput)
#include "tst_resultfile_badinput.moc"
