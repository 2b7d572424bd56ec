#pragma once
#include <QDialog>

#include "remote/prompter.h"

class QLineEdit;

namespace inferdeck {

/// Asks whether to trust an unknown host key: shows its SHA256 fingerprint and offers accept once,
/// accept and save to known_hosts, or refuse (the default). A changed key never reaches this dialog:
/// the connection fails with an error naming the known_hosts line.
class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyInfo& key, QWidget* parent = nullptr);
    HostKeyDecision decision() const { return m_decision; }

private:
    HostKeyDecision m_decision = HostKeyDecision::Refuse;
};

/// Asks for a passphrase or password without echo. The secret is handed back once and never stored.
class SecretDialog : public QDialog {
    Q_OBJECT
public:
    explicit SecretDialog(const SecretRequest& request, QWidget* parent = nullptr);
    std::optional<SecretBytes> takeSecret();

private:
    QLineEdit* m_edit;
};

/// Answers SSH questions with dialogs on the GUI thread while the connection's worker thread waits.
class GuiPrompter : public SshPrompter {
public:
    explicit GuiPrompter(QWidget* parent) : m_parent(parent) { }
    HostKeyDecision unknownHostKey(const HostKeyInfo& key) override;
    std::optional<SecretBytes> secret(const SecretRequest& request) override;

private:
    QWidget* m_parent;
};

} // namespace inferdeck
