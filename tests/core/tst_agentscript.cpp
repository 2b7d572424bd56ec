// The agent embedded in the binary is the zipapp of resources/agent, byte for byte reproducible.
#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "agent/agentscript.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestAgentScript : public QObject {
    Q_OBJECT

private slots:
    void embeddedAgentIsTheZippedSourceFolder()
    {
        // zipped again from the sources now: equal bytes prove both the embedding and reproducibility
        QTemporaryDir dir;
        const QString pyz = dir.filePath(u"agent.pyz"_s);
        QProcess zip;
        zip.start(u"/usr/bin/python3"_s, { testing::sourcePath(u"resources/agent/build_pyz.py"_s), pyz });
        QVERIFY(zip.waitForFinished(60000));
        QCOMPARE(zip.exitCode(), 0);
        QFile f(pyz);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray zipped = f.readAll();
        QVERIFY(zipped.startsWith("#!/usr/bin/env python3\nPK"));
        QCOMPARE(AgentScript::bytes(), zipped);
        QCOMPARE(AgentScript::sha256Hex(),
                 QString::fromLatin1(QCryptographicHash::hash(zipped, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(AgentScript::remoteFileName(), u"inferdeck_agent-"_s + AgentScript::sha256Hex().left(16) + u".pyz"_s);
    }

    void zippedAgentRunsOnItsOwn()
    {
        QTemporaryDir dir;
        const QString pyz = dir.filePath(u"inferdeck_agent.pyz"_s);
        QFile f(pyz);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AgentScript::bytes());
        f.close();
        QProcess agent;
        agent.start(u"/usr/bin/python3"_s, { pyz, u"probe"_s, u"--no-engines"_s });
        QVERIFY(agent.waitForFinished(60000));
        QCOMPARE(agent.exitCode(), 0);
        const QByteArray out = agent.readAllStandardOutput();
        QVERIFY2(out.contains("\"type\":\"inventory\""), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAgentScript)
#include "tst_agentscript.moc"
