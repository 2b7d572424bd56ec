#include "run/cluster.h"

namespace inferdeck {

QStringList launchPlaceholders()
{
    return { QStringLiteral("model"), QStringLiteral("port"), QStringLiteral("host"), QStringLiteral("tp"),
             QStringLiteral("node"), QStringLiteral("agent"), QStringLiteral("python"), QStringLiteral("run_dir"),
             QStringLiteral("run_tag") };
}

} // namespace inferdeck
