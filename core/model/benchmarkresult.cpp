#include "model/benchmarkresult.h"

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

} // namespace inferdeck
