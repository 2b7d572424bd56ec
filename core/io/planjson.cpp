#include "io/jsonfields.h"
#include "io/modeljson.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::jsonio {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultFileReader)
};

constexpr double kMaxTokens = 10'000'000;
constexpr double kMaxSeconds = 1e7; // ~4 months: anything longer is a unit mistake

const char* distributionName(LengthDistribution::Kind kind)
{
    switch (kind) {
    case LengthDistribution::Kind::Fixed:
        return "fixed";
    case LengthDistribution::Kind::Uniform:
        return "uniform";
    case LengthDistribution::Kind::Normal:
        return "normal";
    case LengthDistribution::Kind::LogNormal:
        return "lognormal";
    }
    return "";
}

nlohmann::json toJson(const LengthDistribution& d)
{
    return { { "kind", distributionName(d.kind) }, { "mean", d.mean }, { "stddev", d.stddev }, { "min", d.min },
             { "max", d.max } };
}

// lupdate cannot read a qualified return type here and would file the message below under the wrong context
using DistributionKind = LengthDistribution::Kind;

DistributionKind kindFromJson(const json& v, const QString& path)
{
    const QString kind = string(v, "kind", path);
    for (auto k : { LengthDistribution::Kind::Fixed, LengthDistribution::Kind::Uniform, LengthDistribution::Kind::Normal,
                    LengthDistribution::Kind::LogNormal }) {
        if (kind == QLatin1StringView(distributionName(k)))
            return k;
    }
    fail(childPath(path, "kind"), Tr::tr("expected fixed, uniform, normal or lognormal, found \"%1\"").arg(kind));
}

LengthDistribution distributionFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    LengthDistribution d;
    d.kind = kindFromJson(v, path);
    d.mean = number(v, "mean", path, 0, kMaxTokens);
    d.stddev = optionalNumber(v, "stddev", path, 0, kMaxTokens).value_or(0.0);
    d.min = static_cast<int>(integer(v, "min", path, 0, static_cast<std::int64_t>(kMaxTokens)));
    d.max = static_cast<int>(integer(v, "max", path, d.min, static_cast<std::int64_t>(kMaxTokens)));
    return d;
}

nlohmann::json toJson(const TimeDistribution& d)
{
    return { { "kind", distributionName(d.kind) }, { "mean", d.mean }, { "stddev", d.stddev }, { "min", d.min }, { "max", d.max } };
}

TimeDistribution secondsFromJson(const json& v, const QString& path)
{
    // the same shape as a length distribution, in seconds and not rounded
    expectObject(v, path);
    TimeDistribution d;
    if (v.contains("kind") && !v["kind"].is_null()) // a fixed think time may leave it out, as the agent's spec may
        d.kind = kindFromJson(v, path);
    d.mean = number(v, "mean", path, 0, 3600);
    d.stddev = optionalNumber(v, "stddev", path, 0, 3600).value_or(0.0);
    d.min = optionalNumber(v, "min", path, 0, 3600).value_or(0.0);
    d.max = optionalNumber(v, "max", path, d.min, 3600).value_or(std::max(d.min, d.mean));
    if (d.mean < d.min || d.mean > d.max)
        fail(childPath(path, "mean"), Tr::tr("the mean must lie from min to max (%1 to %2 s)").arg(d.min).arg(d.max));
    if (d.kind == LengthDistribution::Kind::LogNormal && d.mean <= 0)
        fail(childPath(path, "mean"), Tr::tr("a lognormal think time needs a mean above 0"));
    return d;
}

nlohmann::json toJson(const Sessions& s, bool withTurns)
{
    json j = { { "think_s", toJson(s.thinkS) } };
    if (withTurns)
        j["turns"] = toJson(s.turns);
    return j;
}

} // namespace

nlohmann::json sessionsToJson(const Sessions& s, bool withTurns)
{
    return toJson(s, withTurns);
}

nlohmann::json lengthsToJson(const LengthDistribution& d)
{
    return toJson(d);
}

QString loadModeName(LoadSpec::Mode mode)
{
    switch (mode) {
    case LoadSpec::Mode::Concurrency:
        return u"concurrency"_s;
    case LoadSpec::Mode::ConstantRate:
        return u"constant-rate"_s;
    case LoadSpec::Mode::Poisson:
        return u"poisson"_s;
    case LoadSpec::Mode::Gamma:
        return u"gamma"_s;
    case LoadSpec::Mode::AllAtOnce:
        return u"all-at-once"_s;
    case LoadSpec::Mode::Trace:
        return u"trace"_s;
    }
    return {};
}

nlohmann::json toJson(const LoadSpec& load)
{
    json j = { { "mode", loadModeName(load.mode).toStdString() }, { "value", load.value } };
    if (load.mode == LoadSpec::Mode::Gamma)
        j["burstiness"] = load.burstiness;
    if (load.rampTo)
        j["ramp_to"] = *load.rampTo;
    if (!load.stages.isEmpty()) {
        json stages = json::array();
        for (const LoadStage& st : load.stages)
            stages.push_back({ { "value", st.value }, { "duration_s", st.durationS } });
        j["stages"] = stages;
    }
    return j;
}

LoadSpec loadFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    LoadSpec load;
    const QString mode = string(v, "mode", path);
    bool found = false;
    for (auto m : { LoadSpec::Mode::Concurrency, LoadSpec::Mode::ConstantRate, LoadSpec::Mode::Poisson,
                    LoadSpec::Mode::Gamma, LoadSpec::Mode::AllAtOnce, LoadSpec::Mode::Trace }) {
        if (mode == loadModeName(m)) {
            load.mode = m;
            found = true;
        }
    }
    if (!found)
        fail(childPath(path, "mode"),
             Tr::tr("expected concurrency, constant-rate, poisson, gamma or trace (all-at-once in imported results only), found \"%1\"").arg(mode));
    load.value = number(v, "value", path, 1e-9, 1e9);
    if (load.mode == LoadSpec::Mode::Gamma)
        load.burstiness = optionalNumber(v, "burstiness", path, 1e-3, 1e3).value_or(1.0);
    load.rampTo = optionalNumber(v, "ramp_to", path, 1e-9, 1e9);
    if (v.contains("stages") && !v["stages"].is_null()) {
        const json& stages = array(v, "stages", path);
        for (std::size_t i = 0; i < stages.size(); ++i) {
            const QString sp = indexPath(childPath(path, "stages"), i);
            expectObject(stages[i], sp);
            load.stages.append({ number(stages[i], "value", sp, 1e-9, 1e9), number(stages[i], "duration_s", sp, 1e-3, kMaxSeconds) });
        }
        if (load.stages.isEmpty())
            fail(childPath(path, "stages"), Tr::tr("give at least one stage, or leave stages out"));
        if (load.rampTo)
            fail(childPath(path, "ramp_to"), Tr::tr("a ramp or stages, not both"));
        load.value = load.stages.first().value; // the warm-up runs at the first stage's load
    }
    return load;
}

nlohmann::json toJson(const RunPlan& plan)
{
    json sweep = json::array();
    for (double s : plan.sweep)
        sweep.push_back(s);
    json j = {
        { "name", plan.name.toStdString() },
        { "model", plan.model.toStdString() },
        { "api", plan.api.toStdString() },
        { "stream", plan.stream },
        { "workload",
          { { "dataset", plan.workload.dataset.toStdString() },
            { "dataset_path", plan.workload.datasetPath.toStdString() },
            { "input", toJson(plan.workload.input) },
            { "output", toJson(plan.workload.output) } } },
        { "load", toJson(plan.load) },
        { "sweep", sweep },
        { "warmup_requests", plan.warmupRequests },
        { "requests", plan.requests },
        { "duration_s", plan.durationS },
        { "repetitions", plan.repetitions },
        { "scaling", plan.scaling },
        { "slo", { { "ttft_s", orNull(plan.slo.ttft) }, { "tpot_s", orNull(plan.slo.tpot) }, { "e2e_s", orNull(plan.slo.e2e) } } },
        { "max_lateness_p99_s", plan.maxLatenessP99S },
    };
    if (plan.workload.sharedPrefix.active())
        j["workload"]["shared_prefix"] = { { "groups", plan.workload.sharedPrefix.groups }, { "tokens", plan.workload.sharedPrefix.tokens } };
    if (plan.workload.sessions.enabled)
        j["workload"]["sessions"] = toJson(plan.workload.sessions, plan.workload.dataset != u"sharegpt"_s);
    if (!plan.workload.sharegptPath.isEmpty())
        j["workload"]["sharegpt_path"] = plan.workload.sharegptPath.toStdString();
    if (const ConversationsInfo& c = plan.workload.conversations; c.known())
        j["workload"]["conversations"] = { { "format", c.format.toStdString() }, { "sha256", c.sha256.toStdString() },
                                           { "conversations", c.conversations }, { "skipped", c.skipped },
                                           { "user_turns_mean", c.userTurnsMean }, { "user_turns_max", c.userTurnsMax } };
    if (!plan.workload.tracePath.isEmpty())
        j["workload"]["trace_path"] = plan.workload.tracePath.toStdString();
    if (const TraceInfo& t = plan.workload.trace; t.known())
        j["workload"]["trace"] = { { "format", t.format.toStdString() }, { "sha256", t.sha256.toStdString() }, { "requests", t.requests },
                                   { "span_s", t.spanS }, { "input_mean", t.inputMean }, { "output_mean", t.outputMean },
                                   { "blocks", t.blocks }, { "block_tokens", t.blockTokens }, { "reusable_share", t.reusableShare } };
    if (plan.targetThroughputPerNode)
        j["target_output_token_throughput_per_node"] = *plan.targetThroughputPerNode;
    if (const CapacitySearch& c = plan.capacity; c.enabled)
        j["capacity"] = { { "attainment", c.attainment }, { "min", c.min }, { "max", c.max }, { "tolerance", c.tolerance }, { "max_steps", c.maxSteps } };
    if (plan.external.active())
        j["external"] = { { "command", plan.external.command.toStdString() }, { "result_file", plan.external.resultFile.toStdString() } };
    return j;
}

RunPlan planFromJson(const json& v, const QString& path)
{
    expectObject(v, path);
    RunPlan plan;
    // these end up in the agent's command line, in file names and in printed lines
    plan.name = optionalPlainString(v, "name", path);
    plan.model = plainString(v, "model", path);
    plan.api = optionalString(v, "api", path);
    if (plan.api.isEmpty())
        plan.api = u"completions"_s;
    if (plan.api != u"completions" && plan.api != u"chat")
        fail(childPath(path, "api"), Tr::tr("expected completions or chat, found \"%1\"").arg(plan.api));
    plan.stream = optionalBoolean(v, "stream", path, true);
    const bool external = v.contains("external") && !v["external"].is_null();
    if (external && !v.contains("workload")) {
        plan.workload.dataset = u"external"_s; // an external tool chooses its own prompts
    } else {
        const QString wp = childPath(path, "workload");
        const json& w = object(v, "workload", path);
        plan.workload.dataset = plainString(w, "dataset", wp);
        plan.workload.datasetPath = optionalPlainString(w, "dataset_path", wp);
        // a trace's or a conversation file's lengths are its own: stating lengths beside it is optional (and unused)
        const bool ownLengths = plan.workload.dataset == u"trace"_s || plan.workload.dataset == u"sharegpt"_s;
        if (ownLengths)
            plan.workload.input = plan.workload.output = LengthDistribution { LengthDistribution::Kind::Fixed, 1.0, 0.0, 1, 1 };
        if (!ownLengths || (w.contains("input") && !w["input"].is_null()))
            plan.workload.input = distributionFromJson(object(w, "input", wp), childPath(wp, "input"));
        if (!ownLengths || (w.contains("output") && !w["output"].is_null()))
            plan.workload.output = distributionFromJson(object(w, "output", wp), childPath(wp, "output"));
        plan.workload.tracePath = optionalPlainString(w, "trace_path", wp);
        if (w.contains("trace") && !w["trace"].is_null()) {
            const QString tp = childPath(wp, "trace");
            const json& t = object(w, "trace", wp);
            TraceInfo& info = plan.workload.trace;
            info.format = plainString(t, "format", tp);
            info.sha256 = optionalPlainString(t, "sha256", tp);
            info.requests = integer(t, "requests", tp, 1, 1'000'000'000);
            info.spanS = number(t, "span_s", tp, 0, 1e9);
            info.inputMean = number(t, "input_mean", tp, 0, 1e9);
            info.outputMean = number(t, "output_mean", tp, 0, 1e9);
            info.blocks = integer(t, "blocks", tp, 0, 1'000'000'000'000);
            info.blockTokens = static_cast<int>(integer(t, "block_tokens", tp, 1, 1 << 20));
            info.reusableShare = number(t, "reusable_share", tp, 0, 1);
        }
        plan.workload.sharegptPath = optionalPlainString(w, "sharegpt_path", wp);
        if (w.contains("conversations") && !w["conversations"].is_null()) {
            const QString cp = childPath(wp, "conversations");
            const json& c = object(w, "conversations", wp);
            ConversationsInfo& info = plan.workload.conversations;
            info.format = plainString(c, "format", cp);
            if (info.format != u"sharegpt"_s)
                fail(childPath(cp, "format"), Tr::tr("expected sharegpt, found \"%1\"").arg(info.format));
            info.sha256 = optionalPlainString(c, "sha256", cp);
            info.conversations = integer(c, "conversations", cp, 1, 1'000'000'000);
            info.skipped = integer(c, "skipped", cp, 0, 1'000'000'000);
            info.userTurnsMean = number(c, "user_turns_mean", cp, 1, 1e6);
            info.userTurnsMax = static_cast<int>(integer(c, "user_turns_max", cp, 1, 1'000'000));
        }
        if (w.contains("sessions") && !w["sessions"].is_null()) {
            const QString sp = childPath(wp, "sessions");
            const json& sessions = object(w, "sessions", wp);
            Sessions& out = plan.workload.sessions;
            out.enabled = true;
            out.thinkS = secondsFromJson(object(sessions, "think_s", sp), childPath(sp, "think_s"));
            if (plan.workload.dataset == u"sharegpt"_s) {
                if (sessions.contains("turns") && !sessions["turns"].is_null())
                    fail(childPath(sp, "turns"), Tr::tr("a ShareGPT conversation brings its own turns"));
            } else {
                out.turns = distributionFromJson(object(sessions, "turns", sp), childPath(sp, "turns"));
                if (out.turns.min < 1)
                    fail(childPath(childPath(sp, "turns"), "min"), Tr::tr("a session has at least one turn"));
            }
        }
        if (w.contains("shared_prefix") && !w["shared_prefix"].is_null()) {
            const QString sp = childPath(wp, "shared_prefix");
            const json& shared = object(w, "shared_prefix", wp);
            plan.workload.sharedPrefix.groups = static_cast<int>(optionalInteger(shared, "groups", sp, 1, 100'000).value_or(0));
            plan.workload.sharedPrefix.tokens = static_cast<int>(optionalInteger(shared, "tokens", sp, 1, 1'000'000).value_or(0));
            if (!plan.workload.sharedPrefix.active())
                fail(sp, Tr::tr("give both groups and tokens"));
        }
    }
    plan.load = loadFromJson(object(v, "load", path), childPath(path, "load"));
    if (v.contains("sweep")) {
        const json& sweep = array(v, "sweep", path);
        for (std::size_t i = 0; i < sweep.size(); ++i)
            plan.sweep.append(numberValue(sweep[i], indexPath(childPath(path, "sweep"), i), 1e-9, 1e9));
    }
    plan.warmupRequests = static_cast<int>(optionalInteger(v, "warmup_requests", path, 0, 10'000'000).value_or(0));
    plan.requests = static_cast<int>(optionalInteger(v, "requests", path, 0, 1'000'000'000).value_or(0));
    plan.durationS = optionalNumber(v, "duration_s", path, 0, kMaxSeconds).value_or(0.0);
    plan.repetitions = static_cast<int>(optionalInteger(v, "repetitions", path, 1, 1000).value_or(3));
    plan.scaling = optionalBoolean(v, "scaling", path, false);
    if (v.contains("slo") && !v["slo"].is_null()) {
        const QString sp = childPath(path, "slo");
        const json& slo = object(v, "slo", path);
        plan.slo.ttft = optionalNumber(slo, "ttft_s", sp, 0, kMaxSeconds);
        plan.slo.tpot = optionalNumber(slo, "tpot_s", sp, 0, kMaxSeconds);
        plan.slo.e2e = optionalNumber(slo, "e2e_s", sp, 0, kMaxSeconds);
    }
    plan.maxLatenessP99S = optionalNumber(v, "max_lateness_p99_s", path, 0, kMaxSeconds).value_or(0.050);
    plan.targetThroughputPerNode = optionalNumber(v, "target_output_token_throughput_per_node", path, 1e-9, 1e12);
    if (v.contains("capacity") && !v["capacity"].is_null()) {
        const QString cp = childPath(path, "capacity");
        const json& c = object(v, "capacity", path);
        plan.capacity.enabled = true;
        plan.capacity.attainment = optionalNumber(c, "attainment", cp, 1e-6, 1.0).value_or(0.9);
        plan.capacity.min = number(c, "min", cp, 1e-6, 1e9);
        plan.capacity.max = number(c, "max", cp, 1e-6, 1e9);
        plan.capacity.tolerance = optionalNumber(c, "tolerance", cp, 1e-3, 1.0).value_or(0.1);
        plan.capacity.maxSteps = static_cast<int>(optionalInteger(c, "max_steps", cp, 2, 50).value_or(10));
        if (plan.capacity.max <= plan.capacity.min)
            fail(childPath(cp, "max"), Tr::tr("the search range needs max above min"));
    }
    if (external) {
        const QString ep = childPath(path, "external");
        const json& e = object(v, "external", path);
        plan.external.command = plainString(e, "command", ep);
        plan.external.resultFile = optionalPlainString(e, "result_file", ep);
    }
    return plan;
}

} // namespace inferdeck::jsonio
