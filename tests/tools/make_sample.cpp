// Writes the sample result shipped in resources/samples: a synthetic 2-node scaling run, made by code
// so it can be regenerated (target `sample`) whenever the format changes. With --reasoning it writes a
// reasoning-model run with every version 2 field (and a Kubernetes pod's placement) instead (for the schema
// check; not shipped).
#include <QCoreApplication>
#include <QTextStream>

#include "io/resultfile.h"
#include "syntheticrun.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool reasoning = argc == 3 && app.arguments().at(1) == QStringLiteral("--reasoning");
    if (argc != 2 && !reasoning) {
        QTextStream(stderr) << "usage: make_sample [--reasoning] OUTPUT.inferdeck.json\n";
        return 2;
    }
    inferdeck::testing::SyntheticSpec spec;
    spec.seed = 20261124;
    spec.repetitions = 3;
    spec.requestsPerNode = 40;
    spec.warmupPerNode = 4;
    spec.concurrency = 4;
    spec.outputMean = 48;
    spec.inputMean = 640;
    spec.failureRate = 0.02;
    spec.scaledSpeed = 0.96;
    spec.reasoningMean = reasoning ? 20 : 0;
    spec.requestedLengths = reasoning;
    spec.shortAnswerShare = reasoning ? 0.25 : 0;
    auto result = inferdeck::testing::makeSyntheticRun(spec);
    if (reasoning) {
        result.phases[0].prompts = { QStringLiteral("exact"), QStringLiteral("/tokenize"), QStringLiteral("all exact") };
        result.phases[1].prompts = { QStringLiteral("estimated"), QString(), QStringLiteral("no tokenizer answered") };
        result.nodes[0].engines = { { QStringLiteral("vllm"), QStringLiteral("0.11.1"), QStringLiteral("endpoint") } };
        result.nodes[0].tls = QStringLiteral("insecure");
        result.nodes[0].apiKey = true;
        // a node that ran in a Kubernetes pod (optional, so the version stays 2)
        result.nodes[1].kubernetes = { QStringLiteral("prod-eu"), QStringLiteral("llm"), QStringLiteral("vllm-1"), QStringLiteral("vllm"),
                                       QStringLiteral("vllm/vllm-openai:v0.11.1"), QStringLiteral("docker.io/vllm/vllm-openai@sha256:0f3a"),
                                       QStringLiteral("gpu-node-8"), 1 };
    }
    const auto status = inferdeck::ResultFile::write(result, app.arguments().last());
    if (!status) {
        QTextStream(stderr) << status.error().toString() << '\n';
        return 1;
    }
    return 0;
}
