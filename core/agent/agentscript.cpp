#include "agent/agentscript.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

// Q_INIT_RESOURCE declares a global function, so it must be expanded outside any namespace; a static
// library's resources must be registered explicitly before first use.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace inferdeck {

QByteArray AgentScript::bytes()
{
    static const QByteArray data = [] {
        initResources();
        QFile f(u":/inferdeck/agent/inferdeck_agent.py"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return data;
}

QString AgentScript::sha256Hex()
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes(), QCryptographicHash::Sha256).toHex());
}

QString AgentScript::remoteFileName()
{
    return u"inferdeck_agent-"_s + sha256Hex().left(16) + u".py"_s;
}

} // namespace inferdeck
