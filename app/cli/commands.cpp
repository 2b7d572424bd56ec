#include "cli/commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "export/enginecsv.h"
#include "export/recordscsv.h"
#include "format/summarytext.h"
#include "importers/resultreader.h"
#include "io/resultfile.h"
#include "io/summaryjson.h"
#include "log/log.h"
#include "metrics/resultsummary.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};

void printError(const QString& message)
{
    QTextStream(stderr) << u"inferdeck-cli: "_s << message << '\n';
}

/// Splits arguments into positionals and the flags in `allowed`; any other "-..." is a usage error.
bool splitArgs(const QStringList& args, const QStringList& allowed, QStringList& positional, QStringList& flags)
{
    for (const QString& a : args) {
        if (a.startsWith(u'-') && a.size() > 1) {
            if (!allowed.contains(a)) {
                printError(Tr::tr("unknown option \"%1\"").arg(a));
                return false;
            }
            flags.append(a);
        } else {
            positional.append(a);
        }
    }
    return true;
}

/// Reads a result file; prints the error and returns nullopt when it cannot be read.
std::optional<BenchmarkResult> load(const QString& path)
{
    Result<BenchmarkResult> r = readAnyResult(path);
    if (!r) {
        log::io()->warn("cannot read {}: {}", path.toStdString(), r.error().message.toStdString());
        printError(printable(r.error().toString())); // the error may quote the file's text
        return std::nullopt;
    }
    return std::move(r).value();
}

} // namespace

int summarize(const QStringList& args)
{
    QStringList files;
    QStringList flags;
    if (!splitArgs(args, { u"--json"_s }, files, flags))
        return kUsage;
    if (files.size() != 1) {
        printError(Tr::tr("summarize takes exactly one FILE"));
        return kUsage;
    }
    const auto result = load(files.first());
    if (!result)
        return kBadInput;
    const ResultSummary summary = summarizeResult(*result);
    QTextStream out(stdout);
    if (flags.contains(u"--json")) {
        nlohmann::json j = summaryToJson(summary);
        j["file"] = files.first().toStdString();
        j["simulated"] = result->simulated;
        j["status"] = runStatusName(result->status).toStdString();
        out << QString::fromStdString(j.dump(2)) << '\n';
    } else {
        out << summaryText(*result, summary, QFileInfo(files.first()).fileName());
    }
    return kOk;
}

int records(const QStringList& args)
{
    QStringList files;
    QStringList flags;
    if (!splitArgs(args, { u"--include-warmup"_s, u"--engine"_s }, files, flags))
        return kUsage;
    if (files.size() != 1) {
        printError(Tr::tr("records takes exactly one FILE"));
        return kUsage;
    }
    const auto result = load(files.first());
    if (!result)
        return kBadInput;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return kRunFailed;
    if (flags.contains(u"--engine")) {
        if (flags.contains(u"--include-warmup")) {
            printError(Tr::tr("--engine writes the engines' scrapes, which have no warm-up rows; leave out --include-warmup"));
            return kUsage;
        }
        writeEngineCsv(*result, out);
        return kOk;
    }
    writeRecordsCsv(*result, out, flags.contains(u"--include-warmup"));
    return kOk;
}

} // namespace inferdeck::cli
