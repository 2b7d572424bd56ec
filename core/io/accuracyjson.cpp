#include "io/accuracyjson.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

#include "io/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::jsonio {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

constexpr double kMaxSeconds = 1e6;

json times(std::initializer_list<std::pair<const char*, std::optional<double>>> values)
{
    json o = json::object();
    for (const auto& [key, v] : values)
        o[key] = orNull(v);
    return o;
}

json nodeToJson(const ClientAccuracy& a)
{
    if (!a.known())
        return nullptr;
    return json{ { "stamps", a.stamps.isEmpty() ? json(nullptr) : json(a.stamps.toStdString()) },
                 { "client_lag_s", times({ { "p50", a.clientLagP50S }, { "p99", a.clientLagP99S }, { "max", a.clientLagMaxS } }) },
                 { "loop_lag_p99_s", orNull(a.loopLagP99S) },
                 { "cpu_busy", orNull(a.cpuBusy) },
                 { "chunks", a.chunks },
                 { "shared_chunks", a.sharedChunks },
                 { "error_s", times({ { "p99", a.errorP99S }, { "max", a.errorMaxS } }) },
                 { "ttft_error_s", times({ { "p99", a.ttftErrorP99S }, { "max", a.ttftErrorMaxS } }) } };
}

ClientAccuracy nodeFromJson(const json& v, const QString& path)
{
    ClientAccuracy a;
    if (v.is_null())
        return a;
    expectObject(v, path);
    a.stamps = optionalString(v, "stamps", path);
    if (!a.stamps.isEmpty() && a.stamps != u"kernel"_s && a.stamps != u"user"_s && a.stamps != u"mixed"_s)
        fail(childPath(path, "stamps"), Tr::tr("expected kernel, user or mixed, found \"%1\"").arg(a.stamps));
    if (v.contains("client_lag_s") && !v["client_lag_s"].is_null()) {
        const QString lp = childPath(path, "client_lag_s");
        const json& lag = object(v, "client_lag_s", path);
        a.clientLagP50S = optionalNumber(lag, "p50", lp, 0.0, kMaxSeconds);
        a.clientLagP99S = optionalNumber(lag, "p99", lp, 0.0, kMaxSeconds);
        a.clientLagMaxS = optionalNumber(lag, "max", lp, 0.0, kMaxSeconds);
    }
    a.loopLagP99S = optionalNumber(v, "loop_lag_p99_s", path, 0.0, kMaxSeconds);
    a.cpuBusy = optionalNumber(v, "cpu_busy", path, 0.0, 1e4);
    a.chunks = optionalInteger(v, "chunks", path, 0, std::numeric_limits<std::int64_t>::max()).value_or(0);
    a.sharedChunks = optionalInteger(v, "shared_chunks", path, 0, a.chunks).value_or(0);
    if (v.contains("error_s") && !v["error_s"].is_null()) {
        const QString ep = childPath(path, "error_s");
        const json& error = object(v, "error_s", path);
        a.errorP99S = optionalNumber(error, "p99", ep, 0.0, kMaxSeconds);
        a.errorMaxS = optionalNumber(error, "max", ep, 0.0, kMaxSeconds);
    }
    // written since this session's agents; absent in older files of the same version (nothing to grade)
    if (v.contains("ttft_error_s") && !v["ttft_error_s"].is_null()) {
        const QString fp = childPath(path, "ttft_error_s");
        const json& first = object(v, "ttft_error_s", path);
        a.ttftErrorP99S = optionalNumber(first, "p99", fp, 0.0, kMaxSeconds);
        a.ttftErrorMaxS = optionalNumber(first, "max", fp, 0.0, kMaxSeconds);
    }
    return a;
}
} // namespace

json accuracyToJson(const QList<ClientAccuracy>& nodes, qsizetype nodeCount)
{
    if (std::none_of(nodes.cbegin(), nodes.cend(), [](const ClientAccuracy& a) { return a.known(); }))
        return nullptr;
    json list = json::array();
    for (qsizetype k = 0; k < nodeCount; ++k)
        list.push_back(nodeToJson(nodes.value(k)));
    return json{ { "version", kClientAccuracyVersion }, { "nodes", list } };
}

QList<ClientAccuracy> accuracyFromJson(const json& value, const QString& path, qsizetype nodeCount)
{
    QList<ClientAccuracy> out;
    if (value.is_null())
        return out;
    expectObject(value, path);
    const std::int64_t version = integer(value, "version", path, 1, std::numeric_limits<int>::max());
    if (version > kClientAccuracyVersion)
        fail(childPath(path, "version"), Tr::tr("written by a newer InferDeck (accuracy budget version %1)").arg(version));
    const json& nodes = array(value, "nodes", path);
    if (qsizetype(nodes.size()) != nodeCount)
        fail(childPath(path, "nodes"), Tr::tr("expected one entry per node (%1), found %2").arg(nodeCount).arg(nodes.size()));
    for (std::size_t i = 0; i < nodes.size(); ++i)
        out.append(nodeFromJson(nodes[i], indexPath(childPath(path, "nodes"), i)));
    if (std::none_of(out.cbegin(), out.cend(), [](const ClientAccuracy& a) { return a.known(); }))
        out.clear();
    return out;
}

} // namespace inferdeck::jsonio
