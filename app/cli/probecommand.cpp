// `inferdeck-cli probe DEST... [-F SSH_CONFIG] [--accept-new-host-keys] [--json]`: connect to each node,
// put the agent there, run its probe and print the inventory.
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/cliprompter.h"
#include "cli/commands.h"
#include "format/units.h"
#include "remote/nodeprobe.h"
#include "remote/sshtransport.h"
#include "util/printable.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(InferdeckCli)
};

struct ProbeOutcome {
    int exitCode = kOk;
    QString error;
    QJsonObject inventory;
};

ProbeOutcome probeOne(const SshHostConfig& host, SshPrompter& prompter, const QString& agentDir)
{
    ProbeOutcome r;
    NodeProbe probe(std::make_unique<SshTransport>(host, &prompter), host.label(), agentDir);
    QEventLoop loop;
    QObject::connect(&probe, &NodeProbe::finished, &loop, [&] {
        r.inventory = probe.raw();
        r.inventory.insert(u"destination"_s, host.destination);
        r.inventory.insert(u"connected_as"_s, host.label());
        loop.quit();
    });
    QObject::connect(&probe, &NodeProbe::failed, &loop, [&](const Error& e, bool connection) {
        r.exitCode = connection ? kConnection : kRunFailed;
        r.error = printable(e.toString()); // may quote what the node said
        loop.quit();
    });
    probe.start(); // every step is bounded, so the loop always ends
    loop.exec();
    return r;
}

// What the node reported (its host name, GPU and engine names), escaped: a node must not be able to
// forge lines of this output or send terminal escapes through it
QString text(const QJsonObject& o, const QString& key)
{
    return printable(o.value(key).toString());
}

void printInventory(QTextStream& out, const QJsonObject& inv)
{
    out << Tr::tr("%1 (%2)\n").arg(text(inv, u"destination"_s), text(inv, u"connected_as"_s));
    out << Tr::tr("  host      %1, %2\n").arg(text(inv, u"hostname"_s), text(inv, u"os"_s));
    out << Tr::tr("  CPUs      %1, memory %2, python %3\n")
               .arg(inv.value(u"cpu_count"_s).toInt())
               .arg(Units::memoryMiB(inv.value(u"memory_mib"_s).toDouble()), text(inv, u"python"_s));
    const QJsonArray gpus = inv.value(u"gpus"_s).toArray();
    if (gpus.isEmpty())
        out << Tr::tr("  GPUs      none (%1)\n").arg(text(inv, u"gpu_note"_s));
    for (const auto& g : gpus) {
        const QJsonObject o = g.toObject();
        out << Tr::tr("  GPU %1     %2, %3, driver %4\n")
                   .arg(o.value(u"index"_s).toInt())
                   .arg(text(o, u"name"_s), Units::memoryMiB(o.value(u"memory_mib"_s).toDouble()), text(inv, u"driver"_s));
    }
    const QJsonArray engines = inv.value(u"engines"_s).toArray();
    for (const auto& e : engines) {
        const QJsonObject o = e.toObject();
        out << Tr::tr("  engine    %1 %2\n").arg(text(o, u"name"_s), text(o, u"version"_s));
    }
}
} // namespace

int probe(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList destinations;
    QString configFile;
    bool json = false;
    bool acceptNew = false;
    QString agentDir = u".cache/inferdeck"_s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--json")
            json = true;
        else if (a == u"--accept-new-host-keys")
            acceptNew = true;
        else if (a == u"-F" && i + 1 < args.size())
            configFile = args[++i];
        else if (a == u"--agent-dir" && i + 1 < args.size())
            agentDir = args[++i];
        else if (a.startsWith(u'-')) {
            err << Tr::tr("probe: unknown option %1\n").arg(a);
            return kUsage;
        } else
            destinations.append(a);
    }
    if (destinations.isEmpty()) {
        err << Tr::tr("Usage: inferdeck-cli probe DEST... [-F SSH_CONFIG] [--accept-new-host-keys] [--json] [--agent-dir DIR]\n");
        return kUsage;
    }
    const auto config = SshConfig::load(configFile);
    if (!config.ok()) {
        err << printable(config.error().toString()) << '\n';
        return kBadInput;
    }
    for (const QString& w : config.value().warnings())
        err << printable(w) << '\n';
    CliPrompter prompter(acceptNew);
    QJsonArray inventories;
    int worst = kOk;
    for (const QString& dest : destinations) {
        const auto host = config.value().resolve(dest);
        if (!host.ok()) {
            err << printable(host.error().toString()) << '\n';
            // a DEST that is no destination ("[::1]:22x") is a usage error; a bad value in the ssh config
            // file that DEST's Host block reads (its error names the file) is bad input
            worst = std::max(worst, int(host.error().where == dest ? kUsage : kBadInput));
            continue;
        }
        const ProbeOutcome r = probeOne(host.value(), prompter, agentDir);
        if (r.exitCode != kOk) {
            err << r.error << '\n';
            // a connection failure (4) outranks a failed probe (1) in the exit code
            worst = worst == kOk ? r.exitCode : std::max(worst, r.exitCode);
            continue;
        }
        inventories.append(r.inventory);
        if (!json)
            printInventory(out, r.inventory);
    }
    if (json)
        out << QJsonDocument(inventories).toJson(QJsonDocument::Indented);
    return worst;
}

} // namespace inferdeck::cli
