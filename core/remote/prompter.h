#pragma once
#include <QString>

#include <optional>

#include "remote/secret.h"

namespace inferdeck {

/// A server's host key as shown to the user before trusting it.
struct HostKeyInfo {
    QString host;        // as written to known_hosts: "host" or "[host]:port"
    QString keyType;     // "ssh-ed25519", ...
    QString fingerprint; // "SHA256:..."
    QString knownHostsFile;
};

/// What the user decided about an unknown host key.
enum class HostKeyDecision { Refuse, AcceptOnce, AcceptAndSave };

/// A question for a secret: a key's passphrase, a password or a keyboard-interactive prompt.
struct SecretRequest {
    enum class Kind { Passphrase, Password, KeyboardInteractive };
    Kind kind = Kind::Password;
    QString target; // the key file, or user@host
    QString prompt; // the server's prompt text for keyboard-interactive
    bool echo = false;
};

/// Answers the questions a connection asks. Called on the connection's worker thread, which waits for
/// the answer; the GUI's implementation asks with a dialog on its own thread, the CLI's answers from
/// its options.
class SshPrompter {
public:
    virtual ~SshPrompter() = default;
    virtual HostKeyDecision unknownHostKey(const HostKeyInfo& key) = 0;
    /// nullopt: the user cancelled.
    virtual std::optional<SecretBytes> secret(const SecretRequest& request) = 0;
};

} // namespace inferdeck
