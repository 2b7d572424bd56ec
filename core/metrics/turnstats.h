#pragma once
// Multi-turn sessions by turn index: how TTFT and prompt size grow as a conversation's history does.
#include <QList>

#include <optional>

#include "model/phase.h"

namespace inferdeck {

/// The measured, successful requests of one turn index (0 = a session's first turn), pooled over phases.
struct TurnSummary {
    int turn = 0;
    bool andLater = false; // this row pools every turn from `turn` on
    qint64 requests = 0;
    std::optional<double> ttftP50; // s
    std::optional<double> ttftP99; // s
    std::optional<double> inputMean; // tokens, the whole prompt with its history
};

/// One row per turn index found in the phases' measured requests, in turn order, turns from `poolFrom` on in
/// one row; empty when no measured request belongs to a session.
QList<TurnSummary> summarizeTurns(const QList<const Phase*>& phases, int poolFrom = 16);

/// How late later turns were sent after their answer's end plus the drawn think time (their intended send
/// time): median and worst, s; nullopt when no later turn has an intended time.
struct ThinkLateness {
    qint64 turns = 0;
    double p50 = 0.0;
    double max = 0.0;
};
std::optional<ThinkLateness> thinkLateness(const QList<const Phase*>& phases);

} // namespace inferdeck
