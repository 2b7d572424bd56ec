#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include "model/clientaccuracy.h"
#include "model/enginestate.h"
#include "model/reportedsummary.h"
#include "model/requestcolumns.h"
#include "model/runplan.h"
#include "model/telemetrycolumns.h"

namespace inferdeck {

/// Why a phase exists in the run: the scaling analysis pairs Baseline with Scaled phases.
enum class PhaseRole { Single, Baseline, Scaled, Sweep };

/// A file an external benchmark tool wrote on a node during a phase, kept byte for byte.
struct Attachment {
    QString node;
    QString name; // the file's name on the node
    QByteArray data;
    friend bool operator==(const Attachment&, const Attachment&) = default;
};

/// Generated answers beside the dataset's reference answers, kept for output quality (ROUGE) when the
/// dataset has references: one entry per measured, successful request.
struct OutputTexts {
    std::vector<std::uint16_t> node;     // index into Phase::nodes
    std::vector<std::int64_t> requestId; // the request's id, as in RequestColumns
    QStringList text;                    // what the server generated
    QStringList reference;               // what the dataset says a good answer is

    std::size_t size() const { return requestId.size(); }
    void append(std::uint16_t n, std::int64_t id, const QString& generated, const QString& ref)
    {
        node.push_back(n);
        requestId.push_back(id);
        text.append(generated);
        reference.append(ref);
    }
    friend bool operator==(const OutputTexts&, const OutputTexts&) = default;
};

/// How a phase's synthetic prompts were sized, as the agent's phase_start says. Empty for older files, imports
/// and phases whose prompts came from a dataset file.
struct PromptMethod {
    QString method;    // "exact": the server's tokenizer counted every prompt; "estimated": from a word count
    QString tokenizer; // the endpoint path that answered, when exact
    QString note;      // the agent's explanation (e.g. why it fell back to the estimate)
    bool known() const { return !method.isEmpty(); }
    friend bool operator==(const PromptMethod&, const PromptMethod&) = default;
};

/// One repetition of one phase: the nodes it ran on, its load, and every raw record.
struct Phase {
    QString name;
    int repetition = 0; // 0-based
    PhaseRole role = PhaseRole::Single;
    QStringList nodes;           // node names; records refer to them by index
    double t0Unix = 0.0;         // s since the Unix epoch; every time in the phase is relative to it
    LoadSpec load;               // per node
    QList<double> clockOffsetsS; // per node: node clock minus workstation clock, as estimated
    QStringList failureReasons;  // status k > 0 of a request is failureReasons[k - 1]
    RequestColumns requests;
    TelemetryColumns telemetry;
    QList<Attachment> attachments; // result files of external tools (phases run through `exec`)
    OutputTexts outputs;           // empty unless the dataset has reference answers
    // False for imports whose tool saved no send times (vLLM's and llmperf's per-request lists): then every
    // request's `send` is 0 and its other times are relative to its own send, so latencies are exact but
    // the phase's duration, throughput and time series come only from `reported`.
    bool sendTimesKnown = true;
    // Per node, when the agent says (version 2 files from agents that drain the warm-up; empty otherwise): when
    // its measured window opened, s after t0, once every warm-up request had ended (NaN: stopped during the
    // warm-up), and the closed-loop ramp that followed it (s; 0 for open loop or without warm-up).
    QList<double> measureStartS;
    QList<double> rampS;
    // Per node, the agent's accuracy budget (files from agents that send one; empty otherwise).
    QList<ClientAccuracy> accuracy;
    // Per node, the engine's own state from its /metrics (files from agents that scrape it; empty otherwise).
    QList<EngineState> engine;
    std::optional<ReportedSummary> reported; // an imported file's own aggregates; absent for InferDeck's runs
    PromptMethod prompts;

    /// Index of `reason` in failureReasons as a request status, adding it when new.
    std::int32_t statusFor(const QString& reason);
    /// "ok" or the failure reason of request i.
    QString statusText(std::size_t i) const;

    friend bool operator==(const Phase&, const Phase&) = default;
};

QString phaseRoleName(PhaseRole role);
std::optional<PhaseRole> phaseRoleFromName(const QString& name);

} // namespace inferdeck
