#pragma once
#include "remote/prompter.h"

namespace inferdeck::cli {

/// Answers SSH questions for the command line: unknown host keys are refused unless
/// --accept-new-host-keys; passphrases and passwords are read from the terminal without echo, and
/// refused when there is no terminal (a script must use an agent or an unencrypted key).
class CliPrompter : public SshPrompter {
public:
    explicit CliPrompter(bool acceptNewHostKeys) : m_acceptNew(acceptNewHostKeys) { }
    HostKeyDecision unknownHostKey(const HostKeyInfo& key) override;
    std::optional<SecretBytes> secret(const SecretRequest& request) override;

private:
    bool m_acceptNew;
};

} // namespace inferdeck::cli
