#pragma once
#include <QList>
#include <QString>
#include <QStringList>

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

    /// Index of `reason` in failureReasons as a request status, adding it when new.
    std::int32_t statusFor(const QString& reason);
    /// "ok" or the failure reason of request i.
    QString statusText(std::size_t i) const;

    friend bool operator==(const Phase&, const Phase&) = default;
};

QString phaseRoleName(PhaseRole role);
std::optional<PhaseRole> phaseRoleFromName(const QString& name);

} // namespace inferdeck
