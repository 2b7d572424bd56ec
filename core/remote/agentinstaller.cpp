#include "remote/agentinstaller.h"

#include <QCoreApplication>

#include "agent/agentscript.h"
#include "log/log.h"
#include "remote/transport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AgentInstaller)
};

// Runs on the node with its python3 (always there): the file's SHA-256, or "missing".
const QString kHashScript = u"import hashlib, os, sys; p = sys.argv[1]; "
                            "print(hashlib.sha256(open(p, 'rb').read()).hexdigest() if os.path.isfile(p) else 'missing')"_s;
} // namespace

AgentInstaller::AgentInstaller(Transport* transport, QString cacheDir, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cacheDir(std::move(cacheDir))
{
    connect(m_transport, &Transport::stdoutLines, this, [this](int id, const QByteArray& lines) {
        if (id == m_command)
            m_out += lines;
    });
}

QString AgentInstaller::remotePath() const
{
    return m_cacheDir + u'/' + AgentScript::sha256Hex().left(16) + u"/inferdeck_agent.pyz"_s;
}

void AgentInstaller::install() { checkHash(false); }

void AgentInstaller::checkHash(bool afterUpload)
{
    m_out.clear();
    auto* context = new QObject(this); // ends the one-shot connection below
    connect(m_transport, &Transport::finished, context, [this, context, afterUpload](int id, int code, const QString& error) {
        if (id != m_command)
            return;
        delete context;
        const QString where = m_transport->nodeName();
        if (code != 0) {
            emit failed(Error{ Tr::tr("cannot check the agent on the node (python3 missing?): %1")
                                   .arg(error.isEmpty() ? Tr::tr("exit status %1").arg(code) : error),
                               where });
            return;
        }
        const QString found = QString::fromUtf8(m_out).trimmed();
        if (found == AgentScript::sha256Hex()) {
            log::remote()->info("{}: agent {} {}", where.toStdString(), remotePath().toStdString(),
                                afterUpload ? "uploaded and verified" : "already there, reused");
            emit installed(remotePath(), !afterUpload);
            return;
        }
        if (afterUpload) {
            emit failed(Error{ Tr::tr("the uploaded agent's SHA-256 is %1, expected %2").arg(found, AgentScript::sha256Hex()),
                               where });
            return;
        }
        auto* uploadContext = new QObject(this);
        connect(m_transport, &Transport::uploadFinished, uploadContext, [this, uploadContext, where](int id, const QString& e) {
            if (id != m_upload)
                return;
            delete uploadContext;
            if (!e.isEmpty())
                emit failed(Error{ Tr::tr("cannot upload the agent: %1").arg(e), where });
            else
                checkHash(true);
        });
        m_upload = m_transport->upload(AgentScript::bytes(), remotePath(), 0755);
    });
    m_command = m_transport->start({ u"python3"_s, u"-c"_s, kHashScript, remotePath() });
}

} // namespace inferdeck
