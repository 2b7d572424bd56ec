#include "views/dashboardview.h"

#include <QGridLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QProgressBar>
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
    auto* charts = new QGridLayout;
    charts->addWidget(m_throughput, 0, 0);
    charts->addWidget(m_ttft, 0, 1);
    charts->addWidget(m_inFlight, 0, 2);
    charts->addWidget(m_util, 1, 0);
    charts->addWidget(m_power, 1, 1);
    charts->addWidget(m_memory, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_eta);
    layout->addWidget(m_nodes);
    layout->addLayout(charts, 1);
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardView::redraw);
}

void DashboardView::attach(RunController* controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    m_stats.reset();
    for (TimeChart* c : { m_throughput, m_ttft, m_inFlight, m_util, m_power, m_memory })
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
        for (TimeChart* c : { m_throughput, m_ttft, m_inFlight, m_util, m_power, m_memory })
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
