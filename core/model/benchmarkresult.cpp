#include "model/benchmarkresult.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Complete:
        return u"complete"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(const QString& name)
{
    for (RunStatus s : { RunStatus::Complete, RunStatus::Cancelled, RunStatus::Failed })
        if (runStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString toolDisplayName(const Provenance& provenance)
{
    static const QHash<QString, QString> kNames {
        { u"inferdeck"_s, u"InferDeck"_s }, { u"vllm"_s, u"vLLM"_s },         { u"genai-perf"_s, u"GenAI-Perf"_s },
        { u"aiperf"_s, u"AIPerf"_s },       { u"guidellm"_s, u"GuideLLM"_s }, { u"llmperf"_s, u"LLMPerf"_s },
        { u"mlperf-loadgen"_s, u"MLPerf LoadGen"_s },
    };
    const QString name = kNames.value(provenance.tool, provenance.tool);
    return provenance.toolVersion.isEmpty() ? name : u"%1 %2"_s.arg(name, provenance.toolVersion);
}

} // namespace inferdeck
