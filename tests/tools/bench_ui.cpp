// GUI benchmarks, driven by scripts/bench-ui (offscreen platform):
//   bench_ui chart [POINTS]   one live chart holding POINTS of history, updated and repainted 200 times:
//                             p50/p99/max ms per frame (goal p99 <= 16 ms at 1,000,000), beside the same
//                             with 10,000 points as the baseline measured in the same run
//   bench_ui startup          process start to the main window shown and painted (goal <= 0.5 s)
//   bench_ui run              a short demo run in the window; a 10 ms timer records how late it fires,
//                             so any block of the GUI thread shows (goal: never over 50 ms)
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <random>
#include <unistd.h>

#include "charts/timechart.h"
#include "run/democluster.h"
#include "windows/mainwindow.h"

using namespace inferdeck;

namespace {

double sinceProcessStartS()
{
    // field 22 of /proc/self/stat is the start time in clock ticks since boot
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return NAN;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return uptime.readAll().split(' ').first().toDouble() - start;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

std::vector<double> frames(std::size_t points, int count)
{
    TimeChart chart(QStringLiteral("bench"), QStringLiteral("s"), QStringLiteral("tokens/s"));
    chart.resize(900, 400);
    chart.show();
    QCoreApplication::processEvents();
    std::vector<QPointF> history;
    history.reserve(points);
    std::mt19937 rng(1);
    std::normal_distribution<double> noise(0.0, 30.0);
    for (std::size_t i = 0; i < points; ++i)
        history.emplace_back(double(i) * 0.01, 800 + 200 * std::sin(double(i) * 1e-4) + noise(rng));
    std::vector<double> out;
    for (int k = 0; k < count; ++k) {
        history.back().setY(history.back().y() + 1); // a new value each frame, as live data brings
        QElapsedTimer t;
        t.start();
        chart.setSeries(0, QStringLiteral("node"), history);
        chart.repaint(); // synchronous: the frame is drawn before the clock stops
        out.push_back(t.nsecsElapsed() / 1e6);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("chart");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // runs and settings stay out of the user's folders
    QTextStream out(stdout);
    if (mode == QLatin1String("startup")) {
        MainWindow w;
        w.show();
        w.repaint();
        out << "startup_to_shown_s " << sinceProcessStartS() << '\n';
        return 0;
    }
    if (mode == QLatin1String("run")) {
        MainWindow w;
        w.show();
        QElapsedTimer clock;
        std::vector<double> late;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            late.push_back(std::max(0.0, clock.nsecsElapsed() / 1e6 - 10.0));
            clock.restart();
        });
        RunPlan plan = demoSetup().plan;
        plan.durationS = 4.0;
        plan.repetitions = 1;
        QSignalSpy done(&w, &MainWindow::fileLoaded);
        clock.start();
        probe.start();
        w.runDemo(plan);
        done.wait(180000);
        probe.stop();
        out << "ui_timer_samples " << late.size() << "\nui_lateness_p99_ms " << percentile(late, 0.99) << "\nui_lateness_max_ms "
            << *std::max_element(late.begin(), late.end()) << '\n';
        return done.isEmpty() ? 1 : 0;
    }
    const std::size_t points = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1'000'000;
    const auto base = frames(10'000, 200);
    const auto big = frames(points, 200);
    out << "chart_points " << points << "\nframe_p50_ms " << percentile(big, 0.5) << "\nframe_p99_ms " << percentile(big, 0.99)
        << "\nframe_max_ms " << *std::max_element(big.begin(), big.end()) << "\nbaseline_10k_p99_ms " << percentile(base, 0.99)
        << "\nratio_p99 " << percentile(big, 0.99) / percentile(base, 0.99) << '\n';
    return 0;
}
