#include "run/nodeaccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "io/jsonfields.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace inferdeck {

using namespace jsonio;

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(NodeAccess)
};

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
constexpr qint64 kMaxCaBundleBytes = 4 * 1024 * 1024;

// member names that hold a credential itself; compared without case, '_' and '-'
bool namesCredential(const std::string& key)
{
    static const QSet<QString> names = { u"apikey"_s,    u"key"_s,          u"token"_s,     u"apitoken"_s,
                                         u"accesstoken"_s, u"authtoken"_s,  u"bearer"_s,    u"bearertoken"_s,
                                         u"authorization"_s, u"secret"_s,   u"password"_s,  u"openaiapikey"_s,
                                         u"hftoken"_s,   u"hfapikey"_s };
    QString k = QString::fromStdString(key).toLower();
    k.remove(u'_');
    k.remove(u'-');
    return names.contains(k);
}

// `--api-key VALUE` or `--api-key=VALUE` in a command template: the key would sit in the file and in
// the server's argv, which `ps` shows to every user of the node
bool commandCarriesKey(const QString& command)
{
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words)
        if (w == u"--api-key"_s || w.startsWith(u"--api-key="_s))
            return true;
    return false;
}

QString useNamesInstead()
{
    return Tr::tr("a key is never written in a plan or cluster file: name where it is kept with api_key_env (an "
                  "environment variable) or api_key_file (a file) on the node's entry in the cluster file");
}

void scan(const json& value, const QString& path)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child = childPath(path, it.key().c_str());
            if (namesCredential(it.key()) && (it.value().is_string() || it.value().is_number()))
                fail(child, useNamesInstead());
            if (it.value().is_string() && commandCarriesKey(QString::fromStdString(it.value().get<std::string>())))
                fail(child, Tr::tr("--api-key would put the key in this file and on the server's command line; start the "
                                   "server with its key from its environment (vLLM: VLLM_API_KEY) and name it for "
                                   "InferDeck with api_key_env or api_key_file"));
            scan(it.value(), child);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            scan(value[i], indexPath(path, i));
    }
}

// a key travels as one word in `key <secret>` and in an HTTP header: printable ASCII, no spaces
bool keyCharactersOk(QByteArrayView key)
{
    return std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}
} // namespace

void refuseLiteralSecrets(const json& doc, const QString& path)
{
    scan(doc, path);
}

void readNodeAccess(const json& n, const QString& path, ClusterNode& node)
{
    EndpointAccess& a = node.access;
    a.apiKeyEnv = optionalString(n, "api_key_env", path);
    a.apiKeyFile = optionalString(n, "api_key_file", path);
    a.caFile = optionalString(n, "ca_file", path);
    a.insecureSkipVerify = optionalBoolean(n, "insecure_skip_verify", path, false);
    SimulatorSettings& s = node.sim;
    s.dialect = optionalString(n, "dialect", path);
    // every text of the node is read by now: one holding a control character is refused before any
    // message below repeats it
    if (const auto at = controlCharacterIn(node))
        fail(childPath(path, at->field.toLatin1().constData()), controlCharacterMessage(*at));
    static const QRegularExpression envName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!a.apiKeyEnv.isEmpty() && !envName.match(a.apiKeyEnv).hasMatch())
        fail(childPath(path, "api_key_env"), Tr::tr("expected the name of an environment variable (letters, digits, '_'), "
                                                    "found \"%1\"; the key itself never goes in the file")
                                                 .arg(a.apiKeyEnv));
    if (!a.apiKeyEnv.isEmpty() && !a.apiKeyFile.isEmpty())
        fail(childPath(path, "api_key_file"), Tr::tr("give api_key_env or api_key_file, not both"));
    const bool https = node.endpoint.startsWith(u"https://"_s, Qt::CaseInsensitive);
    if (!a.caFile.isEmpty() && !https)
        fail(childPath(path, "ca_file"), Tr::tr("only an https:// endpoint is verified against a CA"));
    if (a.insecureSkipVerify && !https)
        fail(childPath(path, "insecure_skip_verify"), Tr::tr("only an https:// endpoint has a certificate to skip"));
    if (a.insecureSkipVerify && !a.caFile.isEmpty())
        fail(childPath(path, "insecure_skip_verify"), Tr::tr("give ca_file or insecure_skip_verify, not both"));

    s.reasoningTokens = static_cast<int>(optionalInteger(n, "reasoning_tokens", path, 0, 100000).value_or(0));
    if (!s.dialect.isEmpty() && !simulatorDialects().contains(s.dialect))
        fail(childPath(path, "dialect"), Tr::tr("expected one of %1, found \"%2\"").arg(simulatorDialects().join(u", "_s), s.dialect));
    // an engine's dialect is its own: only InferDeck's simulator can be told to speak one
    if ((!s.dialect.isEmpty() || s.reasoningTokens > 0) && !launchesSimulator(node.launch))
        fail(childPath(path, s.dialect.isEmpty() ? "reasoning_tokens" : "dialect"),
             Tr::tr("only the agent's simulator takes this setting; the node's launch must run {agent} serve-sim"));
}

void writeNodeAccess(const ClusterNode& node, json& n)
{
    const EndpointAccess& a = node.access;
    if (!a.apiKeyEnv.isEmpty())
        n["api_key_env"] = a.apiKeyEnv.toStdString();
    if (!a.apiKeyFile.isEmpty())
        n["api_key_file"] = a.apiKeyFile.toStdString();
    if (!a.caFile.isEmpty())
        n["ca_file"] = a.caFile.toStdString();
    if (a.insecureSkipVerify)
        n["insecure_skip_verify"] = true;
    if (!node.sim.dialect.isEmpty())
        n["dialect"] = node.sim.dialect.toStdString();
    if (node.sim.reasoningTokens > 0)
        n["reasoning_tokens"] = node.sim.reasoningTokens;
}

Result<SecretBytes> readApiKey(const ClusterNode& node, QString* warning)
{
    const EndpointAccess& a = node.access;
    QByteArray key;
    QString source;
    if (!a.apiKeyEnv.isEmpty()) {
        source = Tr::tr("environment variable %1").arg(a.apiKeyEnv);
        if (!qEnvironmentVariableIsSet(a.apiKeyEnv.toLocal8Bit().constData()))
            return Error{ Tr::tr("the API key's environment variable %1 is not set on this machine").arg(a.apiKeyEnv), node.name };
        key = qgetenv(a.apiKeyEnv.toLocal8Bit().constData()).trimmed();
    } else if (!a.apiKeyFile.isEmpty()) {
        source = Tr::tr("file %1").arg(a.apiKeyFile);
        QFile f(a.apiKeyFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ Tr::tr("cannot read the API key file %1: %2").arg(a.apiKeyFile, f.errorString()), node.name };
        const QFileDevice::Permissions p = f.permissions();
        // as ssh does with a private key: a key anyone on this machine can read is no secret
        if (p & QFileDevice::ReadOther)
            return Error{ Tr::tr("the API key file %1 is readable by every user of this machine; make it private "
                                 "(chmod 600 %1)")
                              .arg(a.apiKeyFile),
                          node.name };
        if ((p & QFileDevice::ReadGroup) && warning)
            *warning = Tr::tr("%1: the API key file %2 is readable by its group (chmod 600 %2 keeps it private)").arg(node.name, a.apiKeyFile);
        key = f.read(kMaxKeyFileBytes + 1).trimmed();
        if (key.size() > kMaxKeyFileBytes)
            return Error{ Tr::tr("the API key file %1 is too large to hold a key").arg(a.apiKeyFile), node.name };
    } else {
        return SecretBytes();
    }
    SecretBytes secret(std::move(key));
    if (secret.isEmpty())
        return Error{ Tr::tr("the API key in the %1 is empty").arg(source), node.name };
    if (!keyCharactersOk(secret.view()))
        return Error{ Tr::tr("the API key in the %1 is not one word of printable ASCII").arg(source), node.name };
    return secret;
}

Result<QByteArray> readCaBundle(const ClusterNode& node)
{
    const QString& path = node.access.caFile;
    if (path.isEmpty())
        return QByteArray();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ Tr::tr("cannot read the CA file %1: %2").arg(path, f.errorString()), node.name };
    const QByteArray pem = f.read(kMaxCaBundleBytes + 1);
    if (pem.size() > kMaxCaBundleBytes || !pem.contains("-----BEGIN CERTIFICATE-----"))
        return Error{ Tr::tr("the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path), node.name };
    return pem;
}

} // namespace inferdeck
