#include "cli/cliprompter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};
} // namespace

HostKeyDecision CliPrompter::unknownHostKey(const HostKeyInfo& key)
{
    QTextStream err(stderr);
    if (m_acceptNew) {
        err << Tr::tr("Accepting the new host key of %1: %2 %3 (saved to %4)\n")
                   .arg(key.host, key.keyType, key.fingerprint, key.knownHostsFile);
        return HostKeyDecision::AcceptAndSave;
    }
    err << Tr::tr("The host key of %1 is not known: %2 %3. Check it, then run again with --accept-new-host-keys.\n")
               .arg(key.host, key.keyType, key.fingerprint);
    return HostKeyDecision::Refuse;
}

std::optional<SecretBytes> CliPrompter::secret(const SecretRequest& request)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    QString prompt;
    switch (request.kind) {
    case SecretRequest::Kind::Passphrase:
        prompt = Tr::tr("Passphrase for %1: ").arg(request.target);
        break;
    case SecretRequest::Kind::Password:
        prompt = Tr::tr("Password for %1: ").arg(request.target);
        break;
    case SecretRequest::Kind::KeyboardInteractive:
        prompt = request.prompt.isEmpty() ? Tr::tr("%1: ").arg(request.target) : request.prompt;
        break;
    }
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(tty, p.constData(), static_cast<size_t>(p.size()));
    termios old {};
    const bool isTerminal = ::tcgetattr(tty, &old) == 0;
    if (isTerminal && !request.echo) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray answer;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n' && answer.size() < 4096)
        answer += c;
    if (isTerminal && !request.echo)
        ::tcsetattr(tty, TCSAFLUSH, &old);
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    SecretBytes secret(answer);
    answer.fill('\0');
    return secret;
}

} // namespace inferdeck::cli
