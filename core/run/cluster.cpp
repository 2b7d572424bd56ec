#include "run/cluster.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cluster)
};

std::optional<ControlCharacterAt> controlCharacterIn(const QString& text, const char* field)
{
    const qsizetype at = indexOfControlCharacter(text);
    if (at < 0)
        return std::nullopt;
    return ControlCharacterAt{ QString::fromLatin1(field), at, text[at].unicode() };
}
} // namespace

std::optional<ControlCharacterAt> controlCharacterIn(const ClusterNode& node)
{
    const std::pair<const QString&, const char*> fields[] = {
        { node.name, "name" },
        { node.destination, "ssh" },
        { node.endpoint, "endpoint" },
        { node.launch.command, "launch" },
        { node.agentDir, "agent_dir" },
        { node.access.apiKeyEnv, "api_key_env" },
        { node.access.apiKeyFile, "api_key_file" },
        { node.access.caFile, "ca_file" },
        { node.sim.dialect, "dialect" },
    };
    for (const auto& [text, field] : fields)
        if (auto at = controlCharacterIn(text, field))
            return at;
    return std::nullopt;
}

QString controlCharacterMessage(const ControlCharacterAt& at)
{
    //: %1 is a code point such as U+001B, %2 counts characters from 1
    return Tr::tr("holds the control character %1 at character %2; control characters are refused, as they could forge "
                  "log lines or terminal escapes or cut the command sent to the node")
        .arg(codePointName(at.character))
        .arg(at.index + 1);
}

Status checkClusterText(const Cluster& cluster, const QString& where)
{
    if (const auto at = controlCharacterIn(cluster.name, "name"))
        return Error{ u"name: "_s + controlCharacterMessage(*at), where };
    for (qsizetype i = 0; i < cluster.nodes.size(); ++i)
        if (const auto at = controlCharacterIn(cluster.nodes[i]))
            return Error{ u"nodes[%1].%2: "_s.arg(i).arg(at->field) + controlCharacterMessage(*at), where };
    return Ok{};
}

QString tlsMode(const ClusterNode& node)
{
    if (!node.endpoint.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return u"none"_s;
    if (node.access.insecureSkipVerify)
        return u"insecure"_s;
    return node.access.caFile.isEmpty() ? u"system"_s : u"ca_file"_s;
}

QStringList simulatorDialects()
{
    return { u"vllm"_s, u"sglang"_s, u"tgi"_s, u"llamacpp"_s };
}

bool launchesSimulator(const LaunchSpec& launch)
{
    const QStringList words = launch.command.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i)
        if (words[i] == u"serve-sim"_s && words[i - 1] == u"{agent}"_s)
            return true;
    return false;
}

QStringList withSimulatorSettings(QStringList argv, const ClusterNode& node)
{
    if (!launchesSimulator(node.launch))
        return argv;
    if (!node.sim.dialect.isEmpty())
        argv << u"--dialect"_s << node.sim.dialect;
    if (node.sim.reasoningTokens > 0)
        argv << u"--reasoning-tokens"_s << QString::number(node.sim.reasoningTokens);
    return argv;
}

QStringList launchPlaceholders()
{
    return { QStringLiteral("model"), QStringLiteral("port"), QStringLiteral("host"), QStringLiteral("tp"),
             QStringLiteral("node"), QStringLiteral("agent"), QStringLiteral("python"), QStringLiteral("run_dir"),
             QStringLiteral("run_tag") };
}

QStringList externalPlaceholders()
{
    return { QStringLiteral("model"),    QStringLiteral("endpoint"),    QStringLiteral("host"),
             QStringLiteral("port"),     QStringLiteral("node"),        QStringLiteral("rate"),
             QStringLiteral("concurrency"), QStringLiteral("requests"), QStringLiteral("duration"),
             QStringLiteral("result_file"), QStringLiteral("run_dir"),  QStringLiteral("run_tag"),
             QStringLiteral("phase"),    QStringLiteral("repetition"),  QStringLiteral("python") };
}

QStringList fillCommandTemplate(const QString& command, const QMap<QString, QString>& values, QString* unknown)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QStringList argv;
    for (const QString& word : command.split(u' ', Qt::SkipEmptyParts)) {
        QString filled;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(word);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto value = values.constFind(m.captured(1));
            if (value == values.constEnd()) {
                if (unknown)
                    *unknown = m.captured(1);
                return {};
            }
            // replaced left to right from the template, so a value holding "{x}" is never expanded again
            filled += word.mid(at, m.capturedStart() - at) + *value;
            at = m.capturedEnd();
        }
        argv.append(filled + word.mid(at));
    }
    return argv;
}

} // namespace inferdeck
