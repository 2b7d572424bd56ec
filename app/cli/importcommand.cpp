// `inferdeck-cli import FILE... -o OUT`: other tools' result files into one InferDeck result.
#include <QCoreApplication>
#include <QTextStream>

#include "cli/commands.h"
#include "importers/importers.h"
#include "io/resultfile.h"
#include "metrics/resultsummary.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};
} // namespace

int importFiles(const QStringList& args)
{
    QTextStream err(stderr);
    QStringList files;
    QString outFile;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"-o" && i + 1 < args.size())
            outFile = args[++i];
        else if (!args[i].startsWith(u'-'))
            files.append(args[i]);
        else {
            files.clear();
            break;
        }
    }
    if (files.isEmpty() || outFile.isEmpty()) {
        err << Tr::tr("Usage: inferdeck-cli import FILE... -o OUT\n");
        return kUsage;
    }
    const Result<BenchmarkResult> result = inferdeck::importFiles(files);
    if (!result) {
        err << u"inferdeck-cli: "_s << printable(result.error().toString()) << '\n';
        return kBadInput;
    }
    // the files were read: failing to write OUT is this command failing (1), not bad input (3)
    if (const Status s = ResultFile::write(result.value(), outFile); !s) {
        err << u"inferdeck-cli: "_s << printable(s.error().toString()) << '\n';
        return kRunFailed;
    }
    addToLibrary(outFile);
    // the cross-check's findings are the point of importing: say them where a script's log will keep them
    const ResultSummary summary = summarizeResult(result.value());
    for (const PhaseSummary& p : summary.phases)
        for (const CrossCheckFinding& f : p.crossCheck)
            err << printable(Tr::tr("warning: phase %1: %2").arg(p.phase, f.text())) << '\n';
    qint64 requests = 0;
    for (const Phase& p : result.value().phases)
        requests += static_cast<qint64>(p.requests.size());
    QTextStream(stdout) << Tr::tr("imported %1 phases, %2 requests from %3 into %4\n")
                               .arg(result.value().phases.size())
                               .arg(requests)
                               .arg(printable(result.value().provenance.tool), outFile);
    return kOk;
}

} // namespace inferdeck::cli
