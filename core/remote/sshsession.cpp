#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include "log/log.h"
#include "remote/shellquote.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SshSession)
};

struct FreeKey {
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, FreeKey>;

QByteArray utf8(const QString& s) { return s.toUtf8(); }

QString knownHostsName(const QString& host, int port)
{
    return port == 22 ? host : u"[%1]:%2"_s.arg(host).arg(port);
}
} // namespace

QStringList knownHostsLinesFor(const QStringList& files, const QString& host, int port)
{
    const QString name = knownHostsName(host, port);
    QStringList out;
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int n = 0;
        while (!f.atEnd()) {
            ++n;
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QByteArray hosts = line.split(' ').value(0);
            if (hosts.startsWith('@')) // @cert-authority / @revoked markers
                hosts = line.split(' ').value(1);
            bool match = false;
            if (hosts.startsWith("|1|")) {
                const QList<QByteArray> parts = hosts.split('|');
                if (parts.size() == 4) {
                    const QByteArray salt = QByteArray::fromBase64(parts[2]);
                    const QByteArray mac = QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
                    match = mac == QByteArray::fromBase64(parts[3]);
                }
            } else {
                for (const QByteArray& h : hosts.split(','))
                    match = match || QString::fromUtf8(h) == name;
            }
            if (match)
                out.append(u"%1:%2"_s.arg(file).arg(n));
        }
    }
    return out;
}

SshSession::SshSession(SshHostConfig host, SshPrompter* prompter)
    : m_host(std::move(host))
    , m_prompter(prompter)
{
}

SshSession::~SshSession() = default;

QString SshSession::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session.get())) : QString();
}

bool SshSession::isConnected() const { return m_session && ssh_is_connected(m_session.get()); }

Status SshSession::connect(int timeoutS)
{
    const QString where = m_host.label();
    m_session.reset(ssh_new());
    if (!m_session)
        return Error{ Tr::tr("libssh could not create a session"), where };
    ssh_session s = m_session.get();
    // the configuration was read by SshConfig; libssh must not read ~/.ssh/config again on its own
    bool no = false;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    const QByteArray hostName = utf8(m_host.hostName);
    const QByteArray user = utf8(m_host.user);
    unsigned int port = static_cast<unsigned int>(m_host.port);
    long timeout = m_host.connectTimeoutS > 0 ? m_host.connectTimeoutS : timeoutS;
    int nodelay = 1;
    ssh_options_set(s, SSH_OPTIONS_HOST, hostName.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay);
    const QByteArray knownHosts = utf8(m_host.userKnownHostsFiles.value(0));
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    // libssh 0.10 has no ProxyJump of its own: like OpenSSH's own -J, hop through `ssh -W` run by the
    // OpenSSH client, with the same configuration file, so jump hosts authenticate as they do for `ssh`
    QString proxy = m_host.proxyCommand;
    if (proxy.isEmpty() && !m_host.proxyJump.isEmpty()) {
        QStringList argv { u"ssh"_s };
        if (!m_host.configFile.isEmpty())
            argv << u"-F"_s << m_host.configFile;
        const QStringList hops = m_host.proxyJump.split(u',');
        if (hops.size() > 1)
            argv << u"-J"_s << hops.mid(0, hops.size() - 1).join(u',');
        argv << u"-W"_s << u"[%1]:%2"_s.arg(m_host.hostName).arg(m_host.port) << u"--"_s << hops.last();
        proxy = shellCommand(argv);
    }
    const QByteArray proxyBytes = utf8(proxy);
    if (!proxy.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, proxyBytes.constData());

    log::remote()->info("connecting to {}{}", where.toStdString(),
                        proxy.isEmpty() ? std::string() : " through " + proxy.toStdString());
    if (ssh_connect(s) != SSH_OK)
        return Error{ Tr::tr("cannot connect: %1").arg(lastError()), where };
    if (Status st = verifyHostKey(); !st)
        return st;
    return authenticate();
}

Status SshSession::verifyHostKey()
{
    ssh_session s = m_session.get();
    const QString where = m_host.label();
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(s, &raw) != SSH_OK)
        return Error{ Tr::tr("the server sent no host key: %1").arg(lastError()), where };
    KeyPtr key(raw);
    unsigned char* hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) != 0)
        return Error{ Tr::tr("cannot hash the host key"), where };
    char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
    ssh_clean_pubkey_hash(&hash);
    HostKeyInfo info;
    info.host = knownHostsName(m_host.hostName, m_host.port);
    info.keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.fingerprint = QString::fromUtf8(fp);
    info.knownHostsFile = m_host.userKnownHostsFiles.value(0);
    ssh_string_free_char(fp);

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        return Ok {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        // never overridable: a changed key is either a reinstalled node or someone in between
        const QStringList lines = knownHostsLinesFor(m_host.userKnownHostsFiles, m_host.hostName, m_host.port);
        return Error{ Tr::tr("HOST KEY CHANGED: the server now presents %1 key %2, which does not match the key "
                             "recorded in %3. It may have been reinstalled, or someone may be intercepting the "
                             "connection. Refused. If the change is expected, remove that line (ssh-keygen -R %4) "
                             "and connect again.")
                         .arg(info.keyType, info.fingerprint,
                              lines.isEmpty() ? info.knownHostsFile : lines.join(u", "_s), info.host),
                     where };
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return Error{ Tr::tr("cannot check the host key: %1").arg(lastError()), where };
    }
    const QString& strict = m_host.strictHostKeyChecking;
    HostKeyDecision decision = HostKeyDecision::Refuse;
    if (strict == u"no"_s || strict == u"accept-new"_s)
        decision = HostKeyDecision::AcceptAndSave; // what ssh does with these settings
    else if (strict == u"ask"_s && m_prompter)
        decision = m_prompter->unknownHostKey(info);
    if (decision == HostKeyDecision::Refuse)
        return Error{ Tr::tr("unknown host key %1 %2 was not accepted").arg(info.keyType, info.fingerprint), where };
    if (decision == HostKeyDecision::AcceptAndSave) {
        QDir().mkpath(QFileInfo(info.knownHostsFile).absolutePath());
        if (ssh_session_update_known_hosts(s) != SSH_OK)
            return Error{ Tr::tr("cannot save the host key to %1: %2").arg(info.knownHostsFile, lastError()), where };
        log::remote()->info("host key {} {} of {} saved to {}", info.keyType.toStdString(),
                            info.fingerprint.toStdString(), info.host.toStdString(), info.knownHostsFile.toStdString());
    }
    return Ok {};
}

Status SshSession::authenticate()
{
    ssh_session s = m_session.get();
    const QString where = m_host.label();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = u"none"_s;
        return Ok {};
    }
    const int methods = ssh_userauth_list(s, nullptr);
    QStringList tried;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            if (ssh_userauth_agent(s, nullptr) == SSH_AUTH_SUCCESS) {
                m_authMethod = u"publickey (ssh-agent)"_s;
                return Ok {};
            }
            tried << Tr::tr("ssh-agent: no key accepted");
        }
        for (const QString& file : m_host.identityFiles) {
            QString why;
            if (tryKeyFile(file, why)) {
                m_authMethod = u"publickey (%1)"_s.arg(file);
                return Ok {};
            }
            if (!why.isEmpty())
                tried << why;
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        QString why;
        if (tryKeyboardInteractive(why)) {
            m_authMethod = u"keyboard-interactive"_s;
            return Ok {};
        }
        tried << why;
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        QString why;
        if (tryPassword(why)) {
            m_authMethod = u"password"_s;
            return Ok {};
        }
        tried << why;
    }
    return Error{ Tr::tr("authentication failed (%1)").arg(tried.isEmpty() ? Tr::tr("no method the server offers") : tried.join(u"; "_s)),
                  where };
}

bool SshSession::tryKeyFile(const QString& path, QString& why)
{
    if (!QFileInfo::exists(path))
        return false; // the default key names are only candidates
    const QByteArray file = QFile::encodeName(path);
    ssh_key raw = nullptr;
    int rc = ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &raw);
    for (int attempt = 0; rc != SSH_OK && attempt < 3 && m_prompter; ++attempt) {
        // encrypted (or unreadable): ask for the passphrase; it lives in memory only for this call
        SecretRequest req;
        req.kind = SecretRequest::Kind::Passphrase;
        req.target = path;
        std::optional<SecretBytes> pass = m_prompter->secret(req);
        if (!pass) {
            why = Tr::tr("%1: no passphrase given").arg(path);
            return false;
        }
        rc = ssh_pki_import_privkey_file(file.constData(), pass->c_str(), nullptr, nullptr, &raw);
    }
    if (rc != SSH_OK) {
        why = Tr::tr("%1: cannot read the key (wrong passphrase?)").arg(path);
        return false;
    }
    KeyPtr key(raw);
    if (ssh_userauth_publickey(m_session.get(), nullptr, key.get()) == SSH_AUTH_SUCCESS)
        return true;
    why = Tr::tr("%1: key not accepted").arg(path);
    return false;
}

bool SshSession::tryKeyboardInteractive(QString& why)
{
    ssh_session s = m_session.get();
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
        const int n = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < n; ++i) {
            char echo = 0;
            SecretRequest req;
            req.kind = SecretRequest::Kind::KeyboardInteractive;
            req.target = m_host.label();
            req.prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, static_cast<unsigned>(i), &echo));
            req.echo = echo != 0;
            std::optional<SecretBytes> answer = m_prompter ? m_prompter->secret(req) : std::nullopt;
            if (!answer) {
                why = Tr::tr("keyboard-interactive: cancelled");
                return false;
            }
            ssh_userauth_kbdint_setanswer(s, static_cast<unsigned>(i), answer->c_str());
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    why = Tr::tr("keyboard-interactive: refused");
    return false;
}

bool SshSession::tryPassword(QString& why)
{
    for (int attempt = 0; attempt < 3 && m_prompter; ++attempt) {
        SecretRequest req;
        req.kind = SecretRequest::Kind::Password;
        req.target = m_host.label();
        std::optional<SecretBytes> pw = m_prompter->secret(req);
        if (!pw) {
            why = Tr::tr("password: cancelled");
            return false;
        }
        if (ssh_userauth_password(m_session.get(), nullptr, pw->c_str()) == SSH_AUTH_SUCCESS)
            return true;
    }
    why = Tr::tr("password: refused");
    return false;
}

QString libsshVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

} // namespace inferdeck
