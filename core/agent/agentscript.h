#pragma once
#include <QByteArray>
#include <QString>

namespace inferdeck {

/// The node agent embedded in the binary (the zipapp the build makes of resources/agent): the bytes
/// uploaded to a node, and their SHA-256, which the upload checks on the node before running it.
class AgentScript {
public:
    static QByteArray bytes();
    static QString sha256Hex();
    /// File name on the node; carries the hash so different builds never overwrite each other's agent.
    static QString remoteFileName();
};

} // namespace inferdeck
