#include "agent/agentscript.h"

#include <QCryptographicHash>
#include <QFile>

#include "util/resources.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QByteArray AgentScript::bytes()
{
    static const QByteArray data = [] {
        ensureResources();
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
