#pragma once
// What runcontroller.cpp (setting up and ending a run) and runphases.cpp (running its phases) share.
// Internal to core/run.
#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <map>

#include "model/inventory.h"
#include "remote/secret.h"
#include "run/runcontroller.h"

namespace inferdeck::runinternal {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(RunController)
};

inline double unixNow()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

inline QString lastLines(const QByteArray& text, int n = 5)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - n)).join(QStringLiteral(" | "));
}

} // namespace inferdeck::runinternal

namespace inferdeck {

struct RunController::Node {
    ClusterNode spec;
    std::unique_ptr<Transport> transport;
    std::unique_ptr<AgentInstaller> installer;
    std::map<int, Command> commands;
    QString agentPath;
    int serverId = -1;
    qint64 serverPid = -1; // to stop a server whose channel a dropped link took away
    bool serverDone = false;
    bool reconnecting = false;
    std::map<int, qint64> pids;
    QByteArray serverErr;
    double offset = 0.0; // node clock minus workstation clock
    NodeInventory inventory;
    bool simulated = false;
    SecretBytes apiKey; // read on the workstation at start; goes to the node only on an agent's stdin
    QByteArray caPem;   // the node's CA bundle, uploaded to caPath in its run directory
    QString caPath;
};

} // namespace inferdeck
