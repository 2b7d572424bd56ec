#include "model/requestcolumns.h"

#include <cstring>

namespace inferdeck {

void RequestColumns::recordChunks()
{
    if (chunkOffsets.empty() && send.empty())
        chunkOffsets.push_back(0);
}

void RequestColumns::append(const Row& row, std::span<const double> chunks)
{
    node.push_back(row.node);
    requestId.push_back(row.requestId);
    warmup.push_back(row.warmup ? 1 : 0);
    intendedSend.push_back(row.intendedSend);
    send.push_back(row.send);
    firstToken.push_back(row.firstToken);
    end.push_back(row.end);
    inputTokens.push_back(row.inputTokens);
    outputTokens.push_back(row.outputTokens);
    tokensFromUsage.push_back(row.tokensFromUsage ? 1 : 0);
    status.push_back(row.status);
    firstAnswer.push_back(row.firstAnswer);
    reasoningTokens.push_back(row.reasoningTokens);
    reasoningFromUsage.push_back(row.reasoningFromUsage ? 1 : 0);
    requestedInput.push_back(row.requestedInput);
    requestedOutput.push_back(row.requestedOutput);
    session.push_back(row.session);
    turn.push_back(row.turn);
    if (!chunkOffsets.empty()) {
        chunkTimes.insert(chunkTimes.end(), chunks.begin(), chunks.end());
        chunkOffsets.push_back(chunkTimes.size());
    }
}

void RequestColumns::reserve(std::size_t n)
{
    node.reserve(n);
    requestId.reserve(n);
    warmup.reserve(n);
    intendedSend.reserve(n);
    send.reserve(n);
    firstToken.reserve(n);
    end.reserve(n);
    inputTokens.reserve(n);
    outputTokens.reserve(n);
    tokensFromUsage.reserve(n);
    status.reserve(n);
    firstAnswer.reserve(n);
    reasoningTokens.reserve(n);
    reasoningFromUsage.reserve(n);
    requestedInput.reserve(n);
    requestedOutput.reserve(n);
    session.reserve(n);
    turn.reserve(n);
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) && std::isnan(b[i]))
            continue;
        if (std::memcmp(&a[i], &b[i], sizeof(double)) != 0)
            return false;
    }
    return true;
}

bool operator==(const RequestColumns& a, const RequestColumns& b)
{
    return a.node == b.node && a.requestId == b.requestId && a.warmup == b.warmup
        && sameValues(a.intendedSend, b.intendedSend) && sameValues(a.send, b.send)
        && sameValues(a.firstToken, b.firstToken) && sameValues(a.end, b.end) && a.inputTokens == b.inputTokens
        && a.outputTokens == b.outputTokens && a.tokensFromUsage == b.tokensFromUsage && a.status == b.status
        && sameValues(a.firstAnswer, b.firstAnswer) && a.reasoningTokens == b.reasoningTokens
        && a.reasoningFromUsage == b.reasoningFromUsage && a.requestedInput == b.requestedInput
        && a.requestedOutput == b.requestedOutput && a.session == b.session && a.turn == b.turn
        && a.chunkOffsets == b.chunkOffsets && sameValues(a.chunkTimes, b.chunkTimes);
}

} // namespace inferdeck
