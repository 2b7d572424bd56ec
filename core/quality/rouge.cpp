#include "quality/rouge.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace inferdeck::rouge {

namespace {

Score fromCounts(std::size_t overlap, std::size_t candidate, std::size_t reference)
{
    Score s;
    if (candidate == 0 || reference == 0)
        return s;
    s.precision = double(overlap) / double(candidate);
    s.recall = double(overlap) / double(reference);
    // rouge-score's fmeasure: 2PR / (P + R), 0 when both are 0
    s.f1 = s.precision + s.recall > 0 ? 2.0 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

// n-grams of token ids packed into one key: ids stay below 2^32, so (a, b) never collides
std::unordered_map<std::uint64_t, std::size_t> ngrams(const std::vector<std::uint32_t>& ids, int n)
{
    std::unordered_map<std::uint64_t, std::size_t> counts;
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= ids.size(); ++i) {
        const std::uint64_t key = n == 1 ? ids[i] : (std::uint64_t(ids[i]) << 32) | ids[i + 1];
        ++counts[key];
    }
    return counts;
}

Score ngramScore(const std::vector<std::uint32_t>& c, const std::vector<std::uint32_t>& r, int n)
{
    const auto cn = ngrams(c, n);
    const auto rn = ngrams(r, n);
    std::size_t overlap = 0, cTotal = 0, rTotal = 0;
    for (const auto& [key, count] : cn) {
        cTotal += count;
        if (const auto it = rn.find(key); it != rn.end())
            overlap += std::min(count, it->second); // clipped: a repeated word counts as often as the reference has it
    }
    for (const auto& [key, count] : rn)
        rTotal += count;
    return fromCounts(overlap, cTotal, rTotal);
}

std::size_t lcsLength(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b)
{
    std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

QStringList tokenize(const QString& text)
{
    QStringList out;
    QString token;
    for (const QChar ch : text.toLower()) {
        if (ch.isLetterOrNumber()) {
            token.append(ch);
        } else if (!token.isEmpty()) {
            out.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        out.append(token);
    return out;
}

Scores score(const QString& candidate, const QString& reference)
{
    QHash<QString, std::uint32_t> vocabulary;
    const auto ids = [&vocabulary](const QStringList& tokens) {
        std::vector<std::uint32_t> out;
        out.reserve(static_cast<std::size_t>(tokens.size()));
        for (const QString& t : tokens) {
            auto it = vocabulary.constFind(t);
            if (it == vocabulary.constEnd())
                it = vocabulary.insert(t, static_cast<std::uint32_t>(vocabulary.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<std::uint32_t> c = ids(tokenize(candidate));
    const std::vector<std::uint32_t> r = ids(tokenize(reference));
    Scores s;
    s.rouge1 = ngramScore(c, r, 1);
    s.rouge2 = ngramScore(c, r, 2);
    s.rougeL = fromCounts(lcsLength(c, r), c.size(), r.size());
    return s;
}

} // namespace inferdeck::rouge
