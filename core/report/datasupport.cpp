#include "report/datasupport.h"

#include <QCoreApplication>

namespace inferdeck::datasupport {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DataSupport)
};
} // namespace

QString whyNoRecords(const Phase& phase)
{
    if (phase.requests.size() == 0)
        return Tr::tr("Not drawn: the file has no per-request records for phase “%1”, only the tool's own aggregates.").arg(phase.name);
    return {};
}

QString whyNoTimeline(const Phase& phase)
{
    if (const QString none = whyNoRecords(phase); !none.isEmpty())
        return none;
    if (!phase.sendTimesKnown)
        return Tr::tr("Not drawn: the file records no send time per request, so requests cannot be placed in time. "
                      "Latency distributions are exact; duration and throughputs are the tool's own figures.");
    return {};
}

} // namespace inferdeck::datasupport
