// inferdeck-cli: the headless surface that scripts, CI and the tests use. Parses the command and hands
// over to cli/commands.cpp; all the work is in core/.
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "log/log.h"

using namespace Qt::Literals::StringLiterals;

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};

QString usage()
{
    return Tr::tr("Usage: inferdeck-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  run --demo [-o DIR]                a full benchmark on two simulated local nodes\n"
                  "  run --plan PLAN --cluster CLUSTER [-F SSH_CONFIG] [-o DIR] [--accept-new-host-keys]\n"
                  "                                     run a plan on a cluster's nodes\n"
                  "  recover JOURNAL -o FILE            rebuild a result from a run's journal\n"
                  "  summarize FILE [--json]            metrics of every phase and the scaling analysis\n"
                  "  records FILE [--include-warmup]    per-request records as CSV on stdout\n"
                  "  records FILE --engine              every scrape of the engines' metrics as CSV\n"
                  "  report FILE [--format md,html,pdf|all] [-o DIR] [--rubric RUBRIC] [--page-size a4|letter]\n"
                  "                                     the graded report (default: all formats, next to FILE)\n"
                  "  import FILE... -o OUT              another tool's result files (vLLM, AIPerf/GenAI-Perf,\n"
                  "                                     guidellm, llmperf, MLPerf LoadGen) as one InferDeck\n"
                  "                                     result; warns where the file's own summary disagrees\n"
                  "                                     with its per-request data\n"
                  "  compare BASELINE CANDIDATE... [--json] [--fail-if-regressed PCT]\n"
                  "                                     metrics side by side with changes, 95 % intervals and\n"
                  "                                     significance; exit 1 on a significant regression\n"
                  "  compare FILE --against-last [--json] [--fail-if-regressed PCT]\n"
                  "                                     FILE against the latest earlier run in the library with\n"
                  "                                     the same fingerprint\n"
                  "  library add PATH... | list [--where EXPR]... [--json] | trend METRIC [--where EXPR]... [--json]\n"
                  "        | rebuild                    the results library: every run and import indexed\n"
                  "                                     (inferdeck-cli library --help)\n"
                  "  probe DEST... [-F SSH_CONFIG] [--accept-new-host-keys] [--json]\n"
                  "                                     connect over SSH, install the agent, print each node's\n"
                  "                                     hardware and software inventory (--agent-dir: where\n"
                  "                                     the agent is kept on nodes, default ~/.cache/inferdeck)\n"
                  "\n"
                  "Options:\n"
                  "  -h, --help       this help\n"
                  "  --version        the program's version\n"
                  "\n"
                  "Exit codes: 0 ok, 1 run failed or regression found, 2 usage error, 3 bad input file,\n"
                  "4 connection, authentication or host-key failure, 130 cancelled.\n");
}

// Qt's platform plugins want $XDG_RUNTIME_DIR; without one (cron, CI, ssh without a session) they warn
// on stderr, which scripts parsing ours would see. Give them the private directory Qt would use anyway.
void preparePrivateRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
    if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) {
        struct stat st {};
        if (::stat(dir.constData(), &st) == 0 && st.st_uid == ::getuid() && (st.st_mode & 0077) == 0)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

} // namespace

int main(int argc, char** argv)
{
    // Reports paint text and charts, which needs a GUI application (never a display: the CLI is headless,
    // on the offscreen platform). The other commands stay on a plain core application.
    const bool paints = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "run") == 0);
    std::unique_ptr<QCoreApplication> application;
    if (paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        preparePrivateRuntimeDir();
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"inferdeck-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INFERDECK_VERSION));
    inferdeck::log::init(u"inferdeck-cli"_s);

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == u"-h" || args.first() == u"--help" || args.first() == u"help") {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? inferdeck::cli::kUsage : inferdeck::cli::kOk;
    }
    if (args.first() == u"--version") {
        out << "inferdeck-cli " << QCoreApplication::applicationVersion() << '\n';
        return inferdeck::cli::kOk;
    }
    const QString command = args.takeFirst();
    inferdeck::log::app()->info("inferdeck-cli {}", command.toStdString());
    if (command == u"summarize")
        return inferdeck::cli::summarize(args);
    if (command == u"records")
        return inferdeck::cli::records(args);
    if (command == u"run")
        return inferdeck::cli::run(args);
    if (command == u"recover")
        return inferdeck::cli::recover(args);
    if (command == u"report")
        return inferdeck::cli::report(args);
    if (command == u"compare")
        return inferdeck::cli::compare(args);
    if (command == u"import")
        return inferdeck::cli::importFiles(args);
    if (command == u"probe")
        return inferdeck::cli::probe(args);
    if (command == u"library")
        return inferdeck::cli::library(args);
    err << Tr::tr("inferdeck-cli: unknown command \"%1\"; see inferdeck-cli --help").arg(command) << '\n';
    return inferdeck::cli::kUsage;
}
