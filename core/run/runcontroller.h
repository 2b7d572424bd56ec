#pragma once
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

#include "metrics/capacity.h"
#include "model/benchmarkresult.h"
#include "run/cluster.h"
#include "run/phaseplan.h"
#include "run/runjournal.h"

namespace inferdeck {

class AgentInstaller;
class RunRecorder;
class Transport;

/// What a run needs: the plan, the nodes and how to reach each one, and where its files go.
struct RunOptions {
    RunPlan plan;
    Cluster cluster;
    QString outDir; // result.inferdeck.json and journal.jsonl go here
    /// Makes the transport of a node (SSH, local, or a test's own).
    std::function<std::unique_ptr<Transport>(const ClusterNode&)> transportFor;
    double startLeadS = 1.0; // the synchronized start is this long after every agent is ready
};

/// Runs a plan on a cluster: connect, install the agent, launch and wait for servers, estimate clocks,
/// then every phase with a synchronized start, journaling each event as it arrives and recording it into
/// the result; stops everything it started when done, failed or cancelled.
class RunController : public QObject {
    Q_OBJECT
public:
    enum class Stage { Idle, Connecting, Installing, Launching, WaitingReady, Probing, Clocks, Running, Stopping, Done, Failed, Cancelled };
    Q_ENUM(Stage)

    explicit RunController(RunOptions options, QObject* parent = nullptr);
    ~RunController() override;

    void start();
    /// Stops issuing on every node, keeps what was measured, stops every process the run started.
    void cancel();

    const BenchmarkResult& result() const { return m_result; }
    QString resultPath() const;
    /// Whether the result file was written when the run ended (a run that measured nothing writes none).
    bool resultSaved() const { return m_resultSaved; }
    /// Whether the run failed because a node could not be reached: connecting, authenticating, its host
    /// key, or a dropped link that could not be re-established (inferdeck-cli's exit code 4).
    bool failedToConnect() const { return m_failedToConnect; }
    /// The run was refused before it began because an input file it names (trace, conversations, key) is bad.
    bool refusedInput() const { return m_refusedInput; }
    QString journalPath() const { return m_journal.path(); }
    const QString& runTag() const { return m_tag; }
    int phaseCount() const { return static_cast<int>(m_phases.size()); }
    const RunPlan& plan() const { return m_opt.plan; }
    /// The phase being recorded, for live views on the controller's thread; null between phases.
    const Phase* livePhase() const;
    /// Index of that phase in the plan, -1 between phases.
    int livePhaseIndex() const { return m_recorder ? m_phase : -1; }
    /// Seconds since the live phase's synchronized start (warm-up included); 0 before it and between phases.
    double livePhaseElapsedS() const { return m_recorder && m_phaseClock.isValid() ? static_cast<double>(m_phaseClock.elapsed()) / 1000.0 : 0.0; }

signals:
    /// `detail` is made printable: it may name nodes, phases and messages from a node.
    void stageChanged(inferdeck::RunController::Stage stage, const QString& detail);
    /// During a phase: requests done and expected on its nodes, and the estimated time left for the run
    /// (NaN at the phase's start, before there is anything to estimate from).
    void progress(int phase, int phases, qint64 done, qint64 expected, double etaS);
    void logLine(const QString& node, const QString& line);
    /// The run ended; `message` (made printable) says how.
    void finished(inferdeck::RunStatus status, const QString& message);

private:
    struct Node;
    struct Command {
        std::function<void(const QByteArray&)> out;
        std::function<void(const QByteArray&)> err;
        std::function<void(int, const QString&)> done;
    };
    int runOn(int node, const QStringList& argv, Command handlers);
    void setStage(Stage s, const QString& detail = {});
    /// logLine() with the node's name and the line made printable (util/printable.h): both may come
    /// from a file or a node.
    void emitLog(const QString& node, const QString& line);
    void fail(const QString& message);
    void forEachNode(const std::function<void(int, std::function<void()>)>& step, const std::function<void()>& then);

    void connectNodes();
    void installAgents();
    void launchServers();
    void waitReady();
    void probeNodes();
    void estimateClocks();
    void startPhase(int k);
    void goPhase();
    void sendGo();
    void onRunLines(int node, int stream, const QByteArray& lines);
    void startRunCommand(int local, const QStringList& argv);
    void startTelemetry(int local);
    QStringList externalArgv(int local, QString& error) const;
    void beginExternalPhase();
    void linkLost(int node);
    void resumeNode(int node);
    bool linkDown(int node) const;
    void finishPhase();
    /// A capacity search: appends its next step to m_phases (false when every search has ended).
    bool planNextCapacityStep();
    /// A capacity search: stops the step in progress once it can no longer meet the target.
    void checkCapacityStep();
    void stopAll(RunStatus status, const QString& message);
    void writeResult(RunStatus status, const QString& message);
    QStringList launchArgv(int node, QString& error) const;
    bool readCredentials();
    void refuseInput(const QString& why); // fail before anything starts, for a bad input file (the CLI's exit code 3)
    bool readTrace();
    bool readConversations();
    QStringList endpointAccessArgs(int node) const;
    void sendApiKey(int node, int commandId, bool thenCloseStdin);
    QString runDir(int node) const;
    static QString hostLabel(const Node& n);

    RunOptions m_opt;
    QString m_tag;
    BenchmarkResult m_result;
    QList<PhaseSpec> m_phases;
    std::shared_ptr<const Trace> m_trace; // the plan's request trace, read when the run starts
    std::shared_ptr<const ShareGptConversations> m_conversations; // the plan's ShareGPT file, read likewise
    std::vector<std::unique_ptr<Node>> m_nodes;
    RunJournal m_journal;
    QTimer m_flushTimer;
    Stage m_stage = Stage::Idle;
    bool m_stopping = false;
    bool m_resultSaved = false;
    bool m_failedToConnect = false;
    bool m_refusedInput = false;

    // the phase in progress
    int m_phase = -1;
    std::unique_ptr<RunRecorder> m_recorder;
    struct PhaseNode {
        int node = 0;       // index into m_nodes
        int runStream = 0;  // recorder streams
        int telStream = 0;
        int runId = -1;     // transport command ids
        int telId = -1;
        QString base;       // the node-side path prefix of this phase's agent files
        bool ready = false;
        bool runDone = false;
        bool telDone = false;
        // before the start: telemetry's lines held until t0 is set, whether its first engine scrape (or, without
        // one, its first line) came, and whether it already ended
        QByteArray telEarly;
        bool telSeen = false;
        bool telEndedEarly = false;
        int toolExit = 0;   // an external tool's exit status, from the agent's `end` event
    };
    QList<PhaseNode> m_phaseNodes;
    QList<CapacityStep> m_searchSteps; // the capacity search in progress: its measured steps
    bool m_stepStopped = false; // the capacity step in progress was stopped early
    std::size_t m_stepRowsSeen = 0; // its records looked at so far, and how many of them missed an SLO
    std::size_t m_stepMissed = 0;
    bool m_phaseTaken = false;  // the phase's recorder gave up its phase: late lines (a telemetry stream that
                                // outlived the phase's wait, after a dropped link) have nowhere to go
    bool m_awaitingTelemetry = false; // goPhase started telemetry; the start waits for its first scrape
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_runClock;
    double m_phaseSeconds = 0.0; // measured length of finished phases, for the ETA
};

} // namespace inferdeck
