#include "dialogs/hostkeydialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace inferdeck {

HostKeyDialog::HostKeyDialog(const HostKeyInfo& key, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Unknown host key"));
    auto* text = new QLabel(tr("The authenticity of <b>%1</b> cannot be established: its key is not in %2. "
                               "Compare the fingerprint with the one the node's administrator gives you before trusting it.")
                                .arg(key.host.toHtmlEscaped(), key.knownHostsFile.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto* fingerprint = new QLineEdit(key.fingerprint, this);
    fingerprint->setReadOnly(true);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    fingerprint->setFont(mono);
    fingerprint->setMinimumWidth(fingerprint->fontMetrics().horizontalAdvance(key.fingerprint) + 24);
    auto* form = new QFormLayout;
    form->addRow(tr("Key type:"), new QLabel(key.keyType, this));
    form->addRow(tr("Fingerprint:"), fingerprint);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    QPushButton* once = buttons->addButton(tr("Accept once"), QDialogButtonBox::AcceptRole);
    QPushButton* save = buttons->addButton(tr("Accept and save"), QDialogButtonBox::AcceptRole);
    refuse->setObjectName(QStringLiteral("refuse"));
    once->setObjectName(QStringLiteral("acceptOnce"));
    save->setObjectName(QStringLiteral("acceptAndSave"));
    refuse->setDefault(true); // Enter must never trust a key by accident
    connect(refuse, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::Refuse; reject(); });
    connect(once, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::AcceptOnce; accept(); });
    connect(save, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::AcceptAndSave; accept(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SecretDialog::SecretDialog(const SecretRequest& request, QWidget* parent) : QDialog(parent), m_edit(new QLineEdit(this))
{
    QString question;
    switch (request.kind) {
    case SecretRequest::Kind::Passphrase:
        setWindowTitle(tr("Key passphrase"));
        question = tr("Passphrase for the key %1:").arg(request.target);
        break;
    case SecretRequest::Kind::Password:
        setWindowTitle(tr("Password"));
        question = tr("Password for %1:").arg(request.target);
        break;
    case SecretRequest::Kind::KeyboardInteractive:
        setWindowTitle(tr("Server question"));
        question = tr("%1 asks: %2").arg(request.target, request.prompt);
        break;
    }
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    m_edit->setEchoMode(request.echo ? QLineEdit::Normal : QLineEdit::Password);
    auto* note = new QLabel(tr("InferDeck uses it for this connection only and does not store it."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

std::optional<SecretBytes> SecretDialog::takeSecret()
{
    if (result() != QDialog::Accepted)
        return std::nullopt;
    SecretBytes s(m_edit->text().toUtf8());
    m_edit->clear();
    return s;
}

HostKeyDecision GuiPrompter::unknownHostKey(const HostKeyInfo& key)
{
    HostKeyDecision d = HostKeyDecision::Refuse;
    const auto ask = [&] {
        HostKeyDialog dialog(key, m_parent);
        dialog.exec();
        d = dialog.decision();
    };
    if (QThread::currentThread() == qApp->thread())
        ask();
    else
        QMetaObject::invokeMethod(qApp, ask, Qt::BlockingQueuedConnection); // the worker waits for the answer
    return d;
}

std::optional<SecretBytes> GuiPrompter::secret(const SecretRequest& request)
{
    std::optional<SecretBytes> out;
    const auto ask = [&] {
        SecretDialog dialog(request, m_parent);
        dialog.exec();
        out = dialog.takeSecret();
    };
    if (QThread::currentThread() == qApp->thread())
        ask();
    else
        QMetaObject::invokeMethod(qApp, ask, Qt::BlockingQueuedConnection);
    return out;
}

} // namespace inferdeck
