#include "io/tracefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "io/inputfile.h"
#include "io/jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(TraceFile)
};

constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024; // a day of Mooncake's busiest trace is ~30 MB
constexpr std::size_t kMaxRequests = 2'000'000;     // the agent's limit too
constexpr int kBlockTokens = 512;                    // Mooncake's block
constexpr double kMaxTimeS = 1e7;
constexpr qint64 kMaxHashId = (1LL << 53) - 1;       // exact in JSON's doubles on the agent's side
// a plain trace's prefix_id becomes a block id far from Mooncake's small sequential ones
constexpr qint64 kPrefixIdBase = 1LL << 40;

struct LineError {
    QString message;
};

[[noreturn]] void bad(const QString& message)
{
    throw LineError { message };
}

int tokens(double v, const char* what)
{
    if (!std::isfinite(v) || v != std::floor(v) || v < 1 || v > 1'000'000)
        bad(Tr::tr("%1 must be a whole number from 1 to 1000000, found %2").arg(QString::fromLatin1(what)).arg(v));
    return static_cast<int>(v);
}

double seconds(double v)
{
    if (!std::isfinite(v) || v < 0 || v > kMaxTimeS)
        bad(Tr::tr("the time must be from 0 to %1 s, found %2").arg(kMaxTimeS).arg(v));
    return v;
}

qint64 blockId(double v, const char* what)
{
    if (!std::isfinite(v) || v != std::floor(v) || v < 0 || v > double(kMaxHashId))
        bad(Tr::tr("%1 must be a whole number from 0 to 2^53, found %2").arg(QString::fromLatin1(what)).arg(v));
    return static_cast<qint64>(v);
}

double numberOf(const nlohmann::json& obj, const char* key, bool required)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            bad(Tr::tr("%1 is missing").arg(QString::fromLatin1(key)));
        return NAN;
    }
    if (!it->is_number())
        bad(Tr::tr("%1 must be a number").arg(QString::fromLatin1(key)));
    return it->get<double>();
}

TraceRequest fromJson(const QByteArray& line, QString& format)
{
    nlohmann::json d;
    try {
        d = jsonio::parseJsonText(line);
    } catch (const jsonio::FieldError& e) {
        bad(e.message);
    }
    if (!d.is_object())
        bad(Tr::tr("expected a JSON object"));
    const bool mooncake = d.contains("input_length") || d.contains("timestamp");
    const QString f = mooncake ? u"mooncake"_s : u"jsonl"_s;
    if (format.isEmpty())
        format = f;
    else if (format != f)
        bad(Tr::tr("a %1 line in a %2 trace").arg(f, format));
    TraceRequest r;
    if (mooncake) {
        r.timeS = seconds(numberOf(d, "timestamp", true) / 1000.0);
        r.inputTokens = tokens(numberOf(d, "input_length", true), "input_length");
        r.outputTokens = tokens(numberOf(d, "output_length", true), "output_length");
        if (const auto ids = d.find("hash_ids"); ids != d.end() && !ids->is_null()) {
            if (!ids->is_array())
                bad(Tr::tr("hash_ids must be a list"));
            for (const auto& h : *ids) {
                if (!h.is_number())
                    bad(Tr::tr("hash_ids must hold numbers"));
                r.hashIds.push_back(blockId(h.get<double>(), "a hash id"));
            }
        }
    } else {
        r.timeS = seconds(numberOf(d, "time_s", true));
        r.inputTokens = tokens(numberOf(d, "input_tokens", true), "input_tokens");
        r.outputTokens = tokens(numberOf(d, "output_tokens", true), "output_tokens");
        if (const double p = numberOf(d, "prefix_id", false); !std::isnan(p))
            r.hashIds.push_back(kPrefixIdBase + blockId(p, "prefix_id"));
    }
    return r;
}

std::optional<TraceRequest> fromCsv(const QByteArray& line, bool first)
{
    const QList<QByteArray> cells = line.split(',');
    if (cells.size() < 3 || cells.size() > 4)
        bad(Tr::tr("expected time_s,input_tokens,output_tokens[,prefix_id]"));
    double v[4] = { NAN, NAN, NAN, NAN };
    bool anyNumber = false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        bool ok = false;
        cells[i].trimmed().toDouble(&ok);
        anyNumber = anyNumber || ok;
    }
    // a header names every column: a first line with a number in it is data, and a typo in it an error (it was
    // taken for a header and the request silently dropped)
    if (first && !anyNumber)
        return std::nullopt;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        bool ok = false;
        v[i] = cells[i].trimmed().toDouble(&ok);
        if (!ok) {
            bad(Tr::tr("column %1 is not a number: \"%2\"").arg(i + 1).arg(QString::fromUtf8(cells[i].trimmed().left(40))));
        }
    }
    TraceRequest r;
    r.timeS = seconds(v[0]);
    r.inputTokens = tokens(v[1], "input_tokens");
    r.outputTokens = tokens(v[2], "output_tokens");
    if (cells.size() == 4)
        r.hashIds.push_back(kPrefixIdBase + blockId(v[3], "prefix_id"));
    return r;
}

TraceInfo describe(const std::vector<TraceRequest>& requests, const QString& format)
{
    TraceInfo info;
    info.format = format;
    info.blockTokens = kBlockTokens;
    info.requests = static_cast<qint64>(requests.size());
    info.spanS = requests.back().timeS - requests.front().timeS;
    double in = 0, out = 0, reusable = 0;
    // by block id: the most of it an earlier request held (a shorter request holds its beginning). A cache serves
    // a request's leading blocks as far as an earlier one held them: where the earlier held less of a block than
    // this one has, the prompts part there (counting whole blocks gave 41.9 % where the best cache serves 33.7 %)
    std::unordered_map<qint64, qint64> held;
    for (const TraceRequest& r : requests) {
        in += r.inputTokens;
        out += r.outputTokens;
        for (std::size_t j = 0; j < r.hashIds.size(); ++j) {
            const auto earlier = held.find(r.hashIds[j]);
            if (earlier == held.end())
                break;
            const qint64 mine = std::min<qint64>(kBlockTokens, r.inputTokens - qint64(j) * kBlockTokens);
            reusable += double(std::min(mine, earlier->second));
            if (earlier->second < mine)
                break;
        }
        for (std::size_t j = 0; j < r.hashIds.size(); ++j) {
            const qint64 mine = std::max<qint64>(0, std::min<qint64>(kBlockTokens, r.inputTokens - qint64(j) * kBlockTokens));
            qint64& h = held[r.hashIds[j]];
            h = std::max(h, mine);
        }
    }
    info.inputMean = in / double(requests.size());
    info.outputMean = out / double(requests.size());
    info.blocks = static_cast<qint64>(held.size());
    info.reusableShare = in > 0 ? reusable / in : 0.0;
    return info;
}

} // namespace

Result<Trace> parseTrace(const QByteArray& data, const QString& where)
{
    Trace trace;
    QString format;
    qsizetype pos = 0;
    int lineNo = 0;
    bool firstLine = true;
    while (pos < data.size()) {
        qsizetype nl = data.indexOf('\n', pos);
        if (nl < 0)
            nl = data.size();
        ++lineNo;
        const QByteArray line = data.mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (line.isEmpty())
            continue;
        try {
            if (trace.requests.size() >= kMaxRequests)
                bad(Tr::tr("more than %1 requests").arg(kMaxRequests));
            std::optional<TraceRequest> r;
            if (line.startsWith('{')) {
                r = fromJson(line, format);
            } else {
                if (format.isEmpty())
                    format = u"csv"_s;
                else if (format != u"csv"_s)
                    bad(Tr::tr("a CSV line in a %1 trace").arg(format));
                r = fromCsv(line, firstLine);
            }
            firstLine = false;
            if (!r)
                continue;
            const qsizetype blocks = (r->inputTokens + kBlockTokens - 1) / kBlockTokens;
            if (qsizetype(r->hashIds.size()) > blocks)
                bad(Tr::tr("%1 block ids for %2 input tokens: a block is %3 tokens").arg(r->hashIds.size()).arg(r->inputTokens).arg(kBlockTokens));
            trace.requests.push_back(std::move(*r));
        } catch (const LineError& e) {
            return Error { Tr::tr("line %1: %2").arg(lineNo).arg(e.message), where };
        }
    }
    if (trace.requests.empty())
        return Error { Tr::tr("the trace holds no request"), where };
    // traces are written in time order, but a merged one need not be: replay is in time order
    std::stable_sort(trace.requests.begin(), trace.requests.end(), [](const TraceRequest& a, const TraceRequest& b) { return a.timeS < b.timeS; });
    const double t0 = trace.requests.front().timeS;
    for (TraceRequest& r : trace.requests)
        r.timeS -= t0;
    trace.info = describe(trace.requests, format);
    trace.info.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return trace;
}

Result<Trace> readTraceFile(const QString& path)
{
    auto file = readRegularFile(path, kMaxBytes, Tr::tr("a request trace"));
    if (!file)
        return file.error();
    return parseTrace(file.value().bytes, path);
}

nlohmann::json traceDatasetFor(const Trace& trace, int node, int nodes)
{
    nlohmann::json items = nlohmann::json::array();
    nodes = std::max(1, nodes);
    for (std::size_t i = std::size_t(std::max(0, node)); i < trace.requests.size(); i += std::size_t(nodes)) {
        const TraceRequest& r = trace.requests[i];
        items.push_back({ std::round(r.timeS * 1e6) / 1e6, r.inputTokens, r.outputTokens, r.hashIds });
    }
    return { { "kind", "trace" }, { "items", std::move(items) }, { "block_tokens", trace.info.blockTokens } };
}

qint64 traceShare(const Trace& trace, int node, int nodes)
{
    const auto n = static_cast<qint64>(trace.requests.size());
    nodes = std::max(1, nodes);
    return node >= n ? 0 : (n - node + nodes - 1) / nodes;
}

} // namespace inferdeck
