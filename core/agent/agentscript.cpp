#include "agent/agentscript.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QByteArray agentPyz(); // generated at build time from resources/agent (core/CMakeLists.txt)

QByteArray AgentScript::bytes()
{
    return agentPyz();
}

QString AgentScript::sha256Hex()
{
    static const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes(), QCryptographicHash::Sha256).toHex());
    return hash;
}

QString AgentScript::remoteFileName()
{
    return u"inferdeck_agent-"_s + sha256Hex().left(16) + u".pyz"_s;
}

} // namespace inferdeck
