#include "util/resources.h"

#include <QtCore/qglobal.h>

#include <mutex>

// Q_INIT_RESOURCE declares a global function, so it must be expanded outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace inferdeck {

void ensureResources()
{
    static std::once_flag once;
    std::call_once(once, initResources);
}

} // namespace inferdeck
