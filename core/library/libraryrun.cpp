#include "library/libraryrun.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QString RunFingerprint::key() const
{
    // the unit separator cannot occur in a model or GPU name a person types, so no two field lists collide
    const QString text = QStringList{ model, engine, engineVersion, gpuModel, QString::number(gpuCount), QString::number(nodes),
                                      planHash, dataset, tool, simulated ? u"sim"_s : u"real"_s }
                             .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString entryStatusName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Indexed:
        return u"indexed"_s;
    case EntryStatus::Missing:
        return u"missing"_s;
    case EntryStatus::Unreadable:
        return u"unreadable"_s;
    }
    return u"indexed"_s;
}

const QList<LibraryMetric>& libraryMetrics()
{
    static const QList<LibraryMetric> metrics{
        { u"output_token_throughput"_s, u"tok/s"_s, true, 1.0 }, { u"request_throughput"_s, u"req/s"_s, true, 1.0 },
        { u"total_token_throughput"_s, u"tok/s"_s, true, 1.0 },  { u"ttft_p50"_s, u"ms"_s, false, 1e3 },
        { u"ttft_p99"_s, u"ms"_s, false, 1e3 },                  { u"tpot_p50"_s, u"ms"_s, false, 1e3 },
        { u"tpot_p99"_s, u"ms"_s, false, 1e3 },                  { u"e2e_p50"_s, u"ms"_s, false, 1e3 },
        { u"e2e_p99"_s, u"ms"_s, false, 1e3 },                   { u"success_rate"_s, u"%"_s, true, 1e2 },
        { u"goodput"_s, u"req/s"_s, true, 1.0 },
    };
    return metrics;
}

std::optional<LibraryMetric> libraryMetric(const QString& id)
{
    for (const LibraryMetric& m : libraryMetrics())
        if (m.id == id)
            return m;
    return std::nullopt;
}

std::optional<double> headlineValue(const PhaseHeadline& h, const QString& id)
{
    if (id == u"output_token_throughput")
        return h.outputTokenThroughput;
    if (id == u"request_throughput")
        return h.requestThroughput;
    if (id == u"total_token_throughput")
        return h.totalTokenThroughput;
    if (id == u"ttft_p50")
        return h.ttftP50;
    if (id == u"ttft_p99")
        return h.ttftP99;
    if (id == u"tpot_p50")
        return h.tpotP50;
    if (id == u"tpot_p99")
        return h.tpotP99;
    if (id == u"e2e_p50")
        return h.e2eP50;
    if (id == u"e2e_p99")
        return h.e2eP99;
    if (id == u"success_rate")
        return h.successRate;
    if (id == u"goodput")
        return h.goodput;
    return std::nullopt;
}

} // namespace inferdeck
