#include "model/phase.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

std::int32_t Phase::statusFor(const QString& reason)
{
    qsizetype i = failureReasons.indexOf(reason);
    if (i < 0) {
        failureReasons.append(reason);
        i = failureReasons.size() - 1;
    }
    return static_cast<std::int32_t>(i + 1);
}

QString Phase::statusText(std::size_t i) const
{
    const std::int32_t s = requests.status[i];
    if (s == RequestColumns::kOk)
        return u"ok"_s;
    return failureReasons.value(s - 1);
}

QString phaseRoleName(PhaseRole role)
{
    switch (role) {
    case PhaseRole::Single:
        return u"single"_s;
    case PhaseRole::Baseline:
        return u"baseline"_s;
    case PhaseRole::Scaled:
        return u"scaled"_s;
    case PhaseRole::Sweep:
        return u"sweep"_s;
    }
    return {};
}

std::optional<PhaseRole> phaseRoleFromName(const QString& name)
{
    for (PhaseRole r : { PhaseRole::Single, PhaseRole::Baseline, PhaseRole::Scaled, PhaseRole::Sweep })
        if (phaseRoleName(r) == name)
            return r;
    return std::nullopt;
}

} // namespace inferdeck
