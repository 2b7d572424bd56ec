#include "views/dashboardview.h"

#include <QGridLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "charts/timechart.h"
#include "format/units.h"

namespace inferdeck {

namespace {
constexpr int kFrameMs = 100; // at most 10 redraws a second, whatever the event rate

QString stageText(RunController::Stage s)
{
    using S = RunController::Stage;
    switch (s) {
    case S::Idle:
        return DashboardView::tr("Idle");
    case S::Connecting:
        return DashboardView::tr("Connecting");
    case S::Installing:
        return DashboardView::tr("Uploading the agent");
    case S::Launching:
        return DashboardView::tr("Launching servers");
    case S::WaitingReady:
        return DashboardView::tr("Waiting for servers");
    case S::Probing:
        return DashboardView::tr("Probing nodes");
    case S::Clocks:
        return DashboardView::tr("Estimating clock offsets");
    case S::Running:
        return DashboardView::tr("Running");
    case S::Stopping:
        return DashboardView::tr("Stopping");
    case S::Done:
        return DashboardView::tr("Done");
    case S::Failed:
        return DashboardView::tr("Failed");
    case S::Cancelled:
        return DashboardView::tr("Cancelled");
    }
    return {};
}
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_stage(new QLabel(tr("No run yet: Run › Run demo cluster (Ctrl+R) starts one."), this))
    , m_eta(new QLabel(this))
    , m_nodes(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_throughput(new TimeChart(tr("Output-token throughput"), tr("s since phase start"), tr("tokens/s"), this))
    , m_ttft(new TimeChart(tr("TTFT percentiles"), tr("s since phase start"), tr("ms"), this))
    , m_inFlight(new TimeChart(tr("Requests in flight"), tr("s since phase start"), tr("requests"), this))
    , m_util(new TimeChart(tr("GPU utilization"), tr("s since phase start"), tr("%"), this))
    , m_power(new TimeChart(tr("GPU power"), tr("s since phase start"), tr("W"), this))
    , m_memory(new TimeChart(tr("GPU memory used"), tr("s since phase start"), tr("MiB"), this))
    , m_waiting(new TimeChart(tr("Engine queue: waiting requests"), tr("s since phase start"), tr("requests"), this))
    , m_running(new TimeChart(tr("Engine: running requests"), tr("s since phase start"), tr("requests"), this))
    , m_kv(new TimeChart(tr("Engine KV cache use"), tr("s since phase start"), tr("%"), this))
{
    QFont big = m_stage->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_stage->setFont(big);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_nodes->setTextFormat(Qt::RichText);
    m_util->setYRange(0, 100);
    m_kv->setYRange(0, 100);
    auto* charts = new QGridLayout;
    charts->addWidget(m_throughput, 0, 0);
    charts->addWidget(m_ttft, 0, 1);
    charts->addWidget(m_inFlight, 0, 2);
    charts->addWidget(m_util, 1, 0);
    charts->addWidget(m_power, 1, 1);
    charts->addWidget(m_memory, 1, 2);
    charts->addWidget(m_waiting, 2, 0);
    charts->addWidget(m_running, 2, 1);
    charts->addWidget(m_kv, 2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_eta);
    layout->addWidget(m_nodes);
    // nine charts need more height than a laptop screen gives them with readable ticks: they scroll, the
    // client's and the GPUs' first, the engines' below
    auto* grid = new QWidget;
    grid->setLayout(charts);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardView::redraw);
}

void DashboardView::attach(RunController* controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    m_stats.reset();
    for (TimeChart* c : { m_throughput, m_ttft, m_inFlight, m_util, m_power, m_memory, m_waiting, m_running, m_kv })
        c->clear();
    if (!controller) {
        m_timer.stop();
        return;
    }
    connect(controller, &RunController::stageChanged, this, &DashboardView::onStage);
    connect(controller, &RunController::progress, this, &DashboardView::onProgress);
    connect(controller, &RunController::finished, this, [this](RunStatus status, const QString& message) {
        redraw();
        m_timer.stop();
        m_stage->setText(status == RunStatus::Complete ? tr("Done") : tr("%1: %2").arg(status == RunStatus::Cancelled ? tr("Cancelled") : tr("Failed"), message));
        if (status == RunStatus::Complete)
            m_progress->setValue(m_progress->maximum());
        m_eta->clear();
    });
    m_stage->setText(tr("Starting"));
    m_progress->setValue(0);
    m_timer.start();
}

void DashboardView::onStage(RunController::Stage stage, const QString& detail)
{
    m_stage->setText(detail.isEmpty() ? stageText(stage) : tr("%1 — %2").arg(stageText(stage), detail));
}

void DashboardView::onProgress(int phase, int phases, qint64 done, qint64 expected, double eta)
{
    // a duration-limited phase has no request count: its clock (warm-up included) tells how far it has come
    const double duration = m_controller ? m_controller->plan().durationS : 0.0;
    const double elapsed = m_controller ? m_controller->livePhaseElapsedS() : 0.0;
    const double inPhase = expected > 0 ? std::min(1.0, double(done) / double(expected))
        : duration > 0             ? std::clamp(elapsed / duration, 0.0, 1.0)
                                   : 0.0;
    m_progress->setValue(static_cast<int>(std::round(1000.0 * (phase + inPhase) / std::max(1, phases))));
    m_progress->setFormat(tr("phase %1 of %2").arg(phase + 1).arg(phases));
    const QString left = std::isnan(eta) ? tr("starting")
        : eta < 1.0                      ? tr("finishing")
                                         : tr("about %1 left").arg(Units::timeLeft(eta, QLocale()));
    // the agents' heartbeat counts include warm-up and run ahead of the records the node line counts, so a
    // duration-limited phase reports its clock rather than a second, disagreeing request count
    if (expected > 0)
        m_eta->setText(tr("%1 of %2 requests in this phase (warm-up included), %3").arg(done).arg(expected).arg(left));
    else if (elapsed <= 0)
        m_eta->setText(tr("phase starting, %1").arg(left));
    else
        m_eta->setText(tr("%1 into this phase, which measures for %2 after its warm-up; %3")
                           .arg(Units::timeLeft(elapsed, QLocale()), Units::timeLeft(duration, QLocale()), left));
}

// The engines' own queue, running requests and KV cache use per node, as their /metrics said; a node whose
// engine publishes nothing is named with the reason.
void DashboardView::showEngineState(const Phase& phase)
{
    QStringList notMeasured;
    bool any = false;
    for (qsizetype k = 0; k < phase.engine.size() && k < phase.nodes.size(); ++k) {
        const EngineState& e = phase.engine[k];
        if (!e.measured) {
            if (!e.reason.isEmpty())
                notMeasured << tr("%1: %2").arg(phase.nodes[k], e.reason);
            continue;
        }
        any = true;
        const auto series = [&](const char* key, double scale) {
            std::vector<QPointF> points;
            const auto it = e.gauges.find(QString::fromLatin1(key));
            if (it != e.gauges.end())
                for (std::size_t i = 0; i < e.time.size(); ++i)
                    if (std::isfinite(it->second[i]))
                        points.emplace_back(e.time[i], it->second[i] * scale);
            return points;
        };
        m_waiting->setSeries(int(k), phase.nodes[k], series("waiting", 1.0));
        m_running->setSeries(int(k), phase.nodes[k], series("running", 1.0));
        m_kv->setSeries(int(k), phase.nodes[k], series("kv_usage", 100.0));
    }
    const QString why = any || notMeasured.isEmpty() ? QString() : tr("Not measured — %1").arg(notMeasured.join(QStringLiteral("; ")));
    for (TimeChart* c : { m_waiting, m_running, m_kv })
        c->setEmptyText(why);
}

void DashboardView::redraw()
{
    if (!m_controller)
        return;
    const Phase* phase = m_controller->livePhase();
    if (!phase)
        return;
    QElapsedTimer frame;
    frame.start();
    const bool newPhase = phase->name != m_throughput->property("phase").toString() || phase->repetition != m_throughput->property("rep").toInt();
    if (newPhase) {
        for (TimeChart* c : { m_throughput, m_ttft, m_inFlight, m_util, m_power, m_memory, m_waiting, m_running, m_kv })
            c->clear();
        m_throughput->setProperty("phase", phase->name);
        m_throughput->setProperty("rep", phase->repetition);
    }
    m_stats.update(*phase);
    const int n = std::min(m_stats.nodes(), static_cast<int>(phase->nodes.size()));
    for (int k = 0; k < n; ++k) {
        m_throughput->setSeries(k, phase->nodes[k], m_stats.throughput(k));
        m_inFlight->setSeries(k, phase->nodes[k], m_stats.inFlight(k));
        m_util->setSeries(k, phase->nodes[k], m_stats.gpu(k, LiveStats::Gpu::Utilization));
        m_power->setSeries(k, phase->nodes[k], m_stats.gpu(k, LiveStats::Gpu::PowerW));
        m_memory->setSeries(k, phase->nodes[k], m_stats.gpu(k, LiveStats::Gpu::MemoryMiB));
    }
    showEngineState(*phase);
    if (n > 1)
        m_throughput->setSeries(n, tr("combined"), m_stats.throughput(-1));
    m_ttft->setSeries(0, tr("p50"), m_stats.ttft(0.50));
    m_ttft->setSeries(1, tr("p90"), m_stats.ttft(0.90));
    m_ttft->setSeries(2, tr("p99"), m_stats.ttft(0.99));
    QStringList nodes;
    for (int k = 0; k < n; ++k)
        nodes << tr("<b>%1</b>: %2 done, %3 failed").arg(phase->nodes[k].toHtmlEscaped()).arg(m_stats.done(k)).arg(m_stats.failed(k));
    m_nodes->setText(tr("Phase <b>%1</b>, repetition %2 — %3").arg(phase->name.toHtmlEscaped()).arg(phase->repetition + 1).arg(nodes.join(QStringLiteral(" · "))));
    ++m_frames;
    m_longestFrameMs = std::max(m_longestFrameMs, frame.nsecsElapsed() / 1e6);
    emit frameDrawn();
}

} // namespace inferdeck
