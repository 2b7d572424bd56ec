// Writes the sample result shipped in resources/samples: a synthetic 2-node scaling run, made by code
// so it can be regenerated (target `sample`) whenever the format changes.
#include <QCoreApplication>
#include <QTextStream>

#include "io/resultfile.h"
#include "syntheticrun.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: make_sample OUTPUT.inferdeck.json\n";
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
    const auto status = inferdeck::ResultFile::write(inferdeck::testing::makeSyntheticRun(spec), app.arguments().at(1));
    if (!status) {
        QTextStream(stderr) << status.error().toString() << '\n';
        return 1;
    }
    return 0;
}
