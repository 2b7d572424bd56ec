// The agent embedded in the binary is exactly resources/agent/inferdeck_agent.py, with a stable hash.
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include "agent/agentscript.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestAgentScript : public QObject {
    Q_OBJECT

private slots:
    void embeddedAgentEqualsTheSourceFile()
    {
        QFile f(testing::sourcePath(u"resources/agent/inferdeck_agent.py"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray source = f.readAll();
        QVERIFY(source.startsWith("#!/usr/bin/env python3"));
        QCOMPARE(AgentScript::bytes(), source);
        QCOMPARE(AgentScript::sha256Hex(),
                 QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(AgentScript::remoteFileName(), u"inferdeck_agent-"_s + AgentScript::sha256Hex().left(16) + u".py"_s);
    }
};

QTEST_GUILESS_MAIN(TestAgentScript)
#include "tst_agentscript.moc"
