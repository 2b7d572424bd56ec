#include "remote/sshconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

#include <pwd.h>
#include <unistd.h>

#include "util/numbers.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SshConfig)
};

constexpr int kMaxIncludeDepth = 16;

QString currentUser()
{
    if (const passwd* pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

// Splits a configuration line into words, honouring double quotes as OpenSSH does.
QStringList words(const QString& line)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && (c == u' ' || c == u'\t')) {
            if (any)
                out.append(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out.append(current);
    return out;
}

bool globMatch(const QString& pattern, const QString& text)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                    pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == text.size();
}
} // namespace

QString SshHostConfig::label() const
{
    return u"%1@%2:%3"_s.arg(user, hostName).arg(port);
}

QString expandSshPath(const QString& path, const SshHostConfig& host)
{
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == u'%' && i + 1 < path.size()) {
            const QChar t = path[++i];
            if (t == u'h')
                out += host.hostName;
            else if (t == u'p')
                out += QString::number(host.port);
            else if (t == u'r')
                out += host.user;
            else if (t == u'u')
                out += currentUser();
            else if (t == u'd')
                out += QDir::homePath();
            else
                out += t; // %% and unknown tokens
        } else {
            out += path[i];
        }
    }
    if (out == u"~"_s || out.startsWith(u"~/"_s))
        out = QDir::homePath() + out.mid(1);
    return out;
}

Result<SshConfig> SshConfig::load(const QString& path)
{
    const QString file = path.isEmpty() ? QDir::homePath() + u"/.ssh/config"_s : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (path.isEmpty() && !f.exists()) {
            SshConfig empty;
            return empty;
        }
        return Error{ Tr::tr("cannot read the SSH configuration: %1").arg(f.errorString()), file };
    }
    return parse(f.readAll(), file);
}

Result<SshConfig> SshConfig::parse(const QByteArray& text, const QString& path)
{
    SshConfig config;
    config.m_path = path;
    config.m_blocks.append(Block {});
    const Status s = parseInto(text, path, config, 0);
    if (!s)
        return s.error();
    return config;
}

Status SshConfig::parseInto(const QByteArray& text, const QString& path, SshConfig& config, int depth)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "Keyword value", "Keyword=value" or "Keyword = value"
        static const QRegularExpression split(u"^([A-Za-z]+)\\s*(?:=\\s*|\\s+)(.*)$"_s);
        const auto m = split.match(line);
        const QString where = u"%1:%2"_s.arg(path).arg(n + 1);
        if (!m.hasMatch())
            return Error{ Tr::tr("expected \"Keyword value\", found \"%1\"").arg(line), where };
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (key == u"host"_s) {
            Block b;
            b.patterns = words(value);
            config.m_blocks.append(b);
        } else if (key == u"match"_s) {
            Block b;
            b.skip = true;
            config.m_blocks.append(b);
            config.m_warnings.append(Tr::tr("%1: Match blocks are not supported; this block is ignored").arg(where));
        } else if (key == u"include"_s) {
            if (depth >= kMaxIncludeDepth)
                return Error{ Tr::tr("Include nested too deeply"), where };
            for (const QString& pattern : words(value)) {
                QString p = pattern;
                if (p.startsWith(u"~/"_s))
                    p = QDir::homePath() + p.mid(1);
                else if (!QDir::isAbsolutePath(p))
                    p = QDir::homePath() + u"/.ssh/"_s + p; // as OpenSSH resolves user Includes
                const QFileInfo info(p);
                const QStringList files = QDir(info.path()).entryList({ info.fileName() }, QDir::Files, QDir::Name);
                for (const QString& name : files) {
                    QFile f(info.path() + u'/' + name);
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    // an included file's lines belong to the block they are included in
                    const Status s = parseInto(f.readAll(), f.fileName(), config, depth + 1);
                    if (!s)
                        return s;
                }
            }
        } else {
            config.m_blocks.last().entries.append({ key, value });
        }
    }
    return Ok {};
}

bool SshConfig::matches(const QStringList& patterns, const QString& host)
{
    bool matched = false;
    for (const QString& p : patterns) {
        if (p.startsWith(u'!')) {
            if (globMatch(p.mid(1), host))
                return false; // a negated match excludes the block whatever else matches
        } else if (globMatch(p, host)) {
            matched = true;
        }
    }
    return matched;
}

Result<SshHostConfig> SshConfig::resolve(const QString& destination) const
{
    SshHostConfig h;
    h.destination = destination;
    h.configFile = m_path;
    QString host = destination;
    QString user;
    int port = 0;
    if (destination.startsWith(u"ssh://"_s)) {
        const QUrl url(destination, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error{ Tr::tr("not a valid ssh:// address"), destination };
        host = url.host();
        user = url.userName();
        port = url.port(0);
    } else {
        if (const auto at = destination.lastIndexOf(u'@'); at >= 0) {
            user = destination.left(at);
            host = host.mid(at + 1);
        }
        // host:port, [v6-address]:port and [v6-address]; a bare IPv6 address has more than one ':'. Whatever
        // follows the port's ':' must be the port: "[::1]:22x" is a typo to report, not a host to dial.
        std::optional<QString> portText;
        static const QRegularExpression bracketed(u"^\\[([^\\[\\]]*)\\](?::(.*))?$"_s);
        if (host.startsWith(u'[')) {
            const auto m = bracketed.match(host);
            if (!m.hasMatch())
                return Error{ Tr::tr("not a valid host name or alias: \"%1\"").arg(host), destination };
            if (m.capturedStart(2) >= 0)
                portText = m.captured(2);
            host = m.captured(1);
        } else if (host.count(u':') == 1) {
            portText = host.section(u':', 1);
            host = host.section(u':', 0, 0);
        }
        if (portText) {
            const auto p = parseWholeNumber(*portText, 1, 65535);
            if (!p)
                return Error{ Tr::tr("port must be 1 to 65535, found %1").arg(*portText), destination };
            port = static_cast<int>(*p);
        }
    }
    // a host name that a shell or ssh could read as something else is refused, not passed on
    static const QRegularExpression hostOk(u"^[A-Za-z0-9_.:%-]+$"_s);
    if (host.isEmpty() || host.startsWith(u'-') || !hostOk.match(host).hasMatch())
        return Error{ Tr::tr("not a valid host name or alias: \"%1\"").arg(host), destination };
    if (user.startsWith(u'-') || user.contains(QRegularExpression(u"[\\s\\p{Cc}'\"`$;&|<>\\\\]"_s)))
        return Error{ Tr::tr("not a valid user name: \"%1\"").arg(user), destination };

    QString hostName, cfgUser, cfgPort, proxyJump, proxyCommand, strict, alive, aliveMax, timeout;
    QStringList identities, knownHosts;
    auto first = [](QString& slot, const QString& v) {
        if (slot.isNull())
            slot = v;
    };
    for (const Block& b : m_blocks) {
        if (b.skip || (!b.patterns.isEmpty() && !matches(b.patterns, host)))
            continue;
        for (const Entry& e : b.entries) {
            if (e.key == u"hostname"_s)
                first(hostName, e.value);
            else if (e.key == u"user"_s)
                first(cfgUser, e.value);
            else if (e.key == u"port"_s)
                first(cfgPort, e.value);
            else if (e.key == u"identityfile"_s)
                identities.append(words(e.value).value(0)); // every IdentityFile counts, in order
            else if (e.key == u"proxyjump"_s)
                first(proxyJump, e.value);
            else if (e.key == u"proxycommand"_s)
                first(proxyCommand, e.value);
            else if (e.key == u"userknownhostsfile"_s) {
                if (knownHosts.isEmpty())
                    knownHosts = words(e.value);
            } else if (e.key == u"stricthostkeychecking"_s)
                first(strict, e.value.toLower());
            else if (e.key == u"serveraliveinterval"_s)
                first(alive, e.value);
            else if (e.key == u"serveralivecountmax"_s)
                first(aliveMax, e.value);
            else if (e.key == u"connecttimeout"_s)
                first(timeout, e.value);
        }
    }
    h.hostName = hostName.isEmpty() ? host : hostName.replace(u"%h"_s, host);
    h.user = !user.isEmpty() ? user : !cfgUser.isEmpty() ? cfgUser : currentUser();
    const auto cfgPortValue = cfgPort.isEmpty() ? std::optional<qint64>(22) : parseWholeNumber(cfgPort, 1, 65535);
    if (!cfgPortValue && !port)
        return Error{ Tr::tr("Port must be 1 to 65535, found \"%1\"").arg(cfgPort), m_path };
    h.port = port ? port : static_cast<int>(*cfgPortValue);
    if (proxyJump.compare(u"none"_s, Qt::CaseInsensitive) != 0)
        h.proxyJump = proxyJump;
    if (proxyCommand.compare(u"none"_s, Qt::CaseInsensitive) != 0)
        h.proxyCommand = proxyCommand;
    if (strict == u"yes"_s || strict == u"no"_s || strict == u"accept-new"_s || strict == u"ask"_s)
        h.strictHostKeyChecking = strict;
    else if (strict == u"off"_s)
        h.strictHostKeyChecking = u"no"_s;
    h.serverAliveIntervalS = alive.toInt();
    if (!aliveMax.isEmpty())
        h.serverAliveCountMax = std::max(1, aliveMax.toInt());
    h.connectTimeoutS = timeout.toInt();
    if (identities.isEmpty()) {
        for (const char* name : { "id_ed25519", "id_ecdsa", "id_rsa" })
            identities.append(u"~/.ssh/"_s + QLatin1StringView(name));
    }
    for (const QString& i : identities)
        h.identityFiles.append(expandSshPath(i, h));
    if (knownHosts.isEmpty())
        knownHosts = QStringList { u"~/.ssh/known_hosts"_s };
    for (const QString& k : knownHosts)
        h.userKnownHostsFiles.append(expandSshPath(k, h));
    return h;
}

QStringList SshConfig::aliases() const
{
    QStringList out;
    for (const Block& b : m_blocks) {
        for (const QString& p : b.patterns) {
            if (!p.startsWith(u'!') && !p.contains(u'*') && !p.contains(u'?') && !out.contains(p))
                out.append(p);
        }
    }
    return out;
}

} // namespace inferdeck
