// SshConfig::parse (OpenSSH client configuration, as `ssh -F` reads it) and resolve() of its aliases and
// of fixed destinations. HOME is a throw-away folder holding two small files, so relative Includes read
// those; an input naming another path (a '/' anywhere in an input with an Include) is not run, so the
// harness never reads the machine's own files.
#include "fuzzinput.h"
#include "remote/sshconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace inferdeck;

namespace {
QTemporaryDir* home;

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        fuzz::invariantBroken("cannot write the sandbox HOME");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    home = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/inferdeck-fuzz-sshconfig-XXXXXX"));
    if (!home->isValid())
        fuzz::invariantBroken("no temporary HOME");
    qputenv("HOME", home->path().toLocal8Bit());
    QDir(home->path()).mkpath(QStringLiteral(".ssh"));
    writeFile(home->filePath(QStringLiteral(".ssh/nodes.conf")),
              "Host gpu-*\n  User bench\n  Port 2222\n  IdentityFile ~/.ssh/id_%h\n  ProxyJump bastion\n");
    writeFile(home->filePath(QStringLiteral(".ssh/self.conf")), "Include self.conf\nHost loop\n  HostName l\n");
    std::atexit([] { delete home; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    if (text.toLower().contains("include") && text.contains('/'))
        return -1; // stays out of the corpus: it would read the machine's files
    const auto config = SshConfig::parse(text, home->filePath(QStringLiteral("fuzz_config")));
    fuzz::note(config);
    if (!config)
        return 0;
    const SshConfig& c = config.value();
    QStringList destinations = c.aliases().mid(0, 8);
    destinations << QStringLiteral("gpu-node-1") << QStringLiteral("bench@10.0.0.7:2200")
                 << QStringLiteral("ssh://root@h:22") << QString();
    for (const QString& d : destinations) {
        const auto h = c.resolve(d);
        if (h) {
            (void)h.value().label();
            for (const QString& id : h.value().identityFiles)
                (void)expandSshPath(id, h.value());
        }
    }
    return 0;
}
