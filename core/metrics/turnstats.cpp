#include "metrics/turnstats.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "stats/descriptive.h"

namespace inferdeck {

namespace {
bool measuredOk(const RequestColumns& r, std::size_t i)
{
    return r.turn[i] >= 0 && !r.warmup[i] && r.status[i] == RequestColumns::kOk;
}
} // namespace

QList<TurnSummary> summarizeTurns(const QList<const Phase*>& phases, int poolFrom)
{
    struct Acc {
        std::vector<double> ttft;
        std::vector<double> input;
        qint64 requests = 0;
    };
    std::map<int, Acc> byTurn;
    for (const Phase* p : phases) {
        const RequestColumns& r = p->requests;
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (!measuredOk(r, i))
                continue;
            Acc& a = byTurn[std::min(r.turn[i], poolFrom)];
            ++a.requests;
            if (!std::isnan(r.firstToken[i]))
                a.ttft.push_back(r.firstToken[i] - r.send[i]);
            if (r.inputTokens[i] >= 0)
                a.input.push_back(r.inputTokens[i]);
        }
    }
    QList<TurnSummary> out;
    for (const auto& [turn, a] : byTurn) {
        TurnSummary t;
        t.turn = turn;
        t.andLater = turn == poolFrom;
        t.requests = a.requests;
        t.ttftP50 = stats::percentile(a.ttft, 0.50);
        t.ttftP99 = stats::percentile(a.ttft, 0.99);
        t.inputMean = stats::mean(a.input);
        out.append(t);
    }
    return out;
}

std::optional<ThinkLateness> thinkLateness(const QList<const Phase*>& phases)
{
    std::vector<double> late;
    for (const Phase* p : phases) {
        const RequestColumns& r = p->requests;
        for (std::size_t i = 0; i < r.size(); ++i)
            if (r.turn[i] > 0 && !r.warmup[i] && !std::isnan(r.intendedSend[i]))
                late.push_back(r.send[i] - r.intendedSend[i]);
    }
    if (late.empty())
        return std::nullopt;
    return ThinkLateness { qint64(late.size()), *stats::percentile(late, 0.5), *std::max_element(late.begin(), late.end()) };
}

} // namespace inferdeck
