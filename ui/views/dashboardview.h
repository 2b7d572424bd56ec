#pragma once
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "metrics/livestats.h"
#include "run/runcontroller.h"

class QLabel;
class QProgressBar;

namespace inferdeck {

class TimeChart;

/// The live dashboard of a run: stage, progress and ETA, per-node status, and charts of throughput,
/// TTFT percentiles, requests in flight and GPU utilization, power and memory per node. Redraws at
/// most 10 times a second from the controller's live phase.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    /// Follows `controller` until it finishes; null detaches.
    void attach(RunController* controller);
    const LiveStats& stats() const { return m_stats; }
    /// Frames drawn and the longest one (ms), for tests and benchmarks.
    int frames() const { return m_frames; }
    double longestFrameMs() const { return m_longestFrameMs; }
    TimeChart* throughputChart() const { return m_throughput; }
    /// The engines' own state per node: waiting (queue depth), running, KV cache use.
    QList<TimeChart*> engineCharts() const { return { m_waiting, m_running, m_kv }; }

signals:
    void frameDrawn();

private:
    void onStage(RunController::Stage stage, const QString& detail);
    void onProgress(int phase, int phases, qint64 done, qint64 expected, double eta);
    void redraw();
    void showEngineState(const Phase& phase);

    QPointer<RunController> m_controller;
    LiveStats m_stats;
    QTimer m_timer;
    QLabel* m_stage;
    QLabel* m_eta;
    QLabel* m_nodes;
    QProgressBar* m_progress;
    TimeChart* m_throughput;
    TimeChart* m_ttft;
    TimeChart* m_inFlight;
    TimeChart* m_util;
    TimeChart* m_power;
    TimeChart* m_memory;
    TimeChart* m_waiting;
    TimeChart* m_running;
    TimeChart* m_kv;
    int m_frames = 0;
    double m_longestFrameMs = 0.0;
};

} // namespace inferdeck
