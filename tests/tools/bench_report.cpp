// Report benchmark, driven by scripts/bench-report: a synthetic scaling result of N requests (1-node
// baseline + 2-node phase, 3 repetitions) is written to a file, read back, and rendered to all three
// formats. Prints each step's time; the goal is all three formats in <= 3 s for 1,000,000 requests.
//   bench_report [REQUESTS]
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include "grading/grader.h"
#include "io/resultfile.h"
#include "io/rubricfile.h"
#include "metrics/resultsummary.h"
#include "report/reportbuilder.h"
#include "report/reportrender.h"
#include "syntheticrun.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const long long n = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    testing::SyntheticSpec spec;
    spec.requestsPerNode = static_cast<int>((n + 8) / 9); // 3 × (1 + 2) node-phases
    spec.warmupPerNode = 0;
    spec.chunks = false;
    spec.concurrency = 64;
    QTextStream out(stdout);
    QElapsedTimer t;
    t.start();
    const BenchmarkResult made = testing::makeSyntheticRun(spec);
    std::size_t requests = 0;
    for (const Phase& p : made.phases)
        requests += p.requests.size();
    out << "requests " << requests << "\ngenerate_s " << t.nsecsElapsed() / 1e9 << '\n';
    QTemporaryDir dir;
    const QString file = dir.filePath(u"r.inferdeck.json"_s);
    if (!ResultFile::write(made, file).ok())
        return 1;

    t.restart();
    const auto read = ResultFile::read(file);
    if (!read)
        return 1;
    const double readS = t.nsecsElapsed() / 1e9;
    out << "read_s " << readS << '\n';

    const Rubric rubric = defaultRubric();
    QElapsedTimer total;
    total.start();
    t.restart();
    const ResultSummary summary = summarizeResult(read.value());
    out << "summarize_s " << t.nsecsElapsed() / 1e9 << '\n';
    t.restart();
    const GradeCard grade = gradeResult(read.value(), summary, rubric);
    const Report report = buildReport({ read.value(), summary, grade, rubric, u"r.inferdeck.json"_s, u"bench"_s, 0.0 });
    out << "grade_and_model_s " << t.nsecsElapsed() / 1e9 << '\n';
    t.restart();
    const MarkdownReport md = renderMarkdown(report, u"report-charts"_s);
    out << "markdown_s " << t.nsecsElapsed() / 1e9 << '\n';
    t.restart();
    const QByteArray html = renderHtml(report);
    out << "html_s " << t.nsecsElapsed() / 1e9 << '\n';
    t.restart();
    if (!writePdf(report, dir.filePath(u"r.pdf"_s)).ok())
        return 1;
    out << "pdf_s " << t.nsecsElapsed() / 1e9 << '\n';
    const double all = total.nsecsElapsed() / 1e9;
    out << "report_total_s " << all << "\nratio_to_read " << all / readS << '\n';
    out << "markdown_bytes " << md.text.size() << "\nhtml_bytes " << html.size() << '\n';
    return 0;
}
