// The one quoting helper: every word reaches the program exactly as given through real POSIX shells.
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "remote/shellquote.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

class TestShellQuote : public QObject {
    Q_OBJECT
private slots:
    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuote(u"python3"_s), u"python3"_s);
        QCOMPARE(shellQuote(u".cache/inferdeck/ab12/agent.py"_s), u".cache/inferdeck/ab12/agent.py"_s);
        QCOMPARE(shellQuote(u"--port"_s), u"--port"_s);
        QCOMPARE(shellQuote(QString()), u"''"_s);
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(shellQuote(u"FOO=bar"_s), u"'FOO=bar'"_s); // not an assignment when it is the command
        QCOMPARE(shellCommand({ u"echo"_s, u"a b"_s, u"~"_s }), u"echo 'a b' '~'"_s);
    }

    void hostileWordsArriveVerbatimThroughEveryShell_data()
    {
        QTest::addColumn<QString>("word");
        const QStringList words = {
            u"; rm -rf /tmp/never"_s, u"$(id)"_s, u"`id`"_s, u"${HOME}"_s, u"$HOME"_s, u"'"_s, u"\""_s, u"'\"'\"'"_s,
            u"a\nb"_s, u"\n"_s, u"\t"_s, u" "_s, u"*"_s, u"?"_s, u"[abc]"_s, u"{a,b}"_s, u"~"_s, u"~root"_s, u"-n"_s,
            u"-e"_s, u"--"_s, u"!"_s, u"!!"_s, u"#comment"_s, u"a#b"_s, u"&"_s, u"|"_s, u"<"_s, u">"_s, u"\\"_s,
            u"\\'"_s, u"ünïcödé ✓ 日本語"_s, u"x=y"_s, u"%s%n"_s, QString(),
        };
        for (const QString& w : words)
            QTest::newRow(w.toUtf8().toPercentEncoding().constData()) << w;
    }
    void hostileWordsArriveVerbatimThroughEveryShell()
    {
        QFETCH(QString, word);
        for (const QString& shell : { u"sh"_s, u"bash"_s, u"dash"_s }) {
            const QString path = QStandardPaths::findExecutable(shell);
            if (path.isEmpty())
                continue;
            QProcess p;
            // the same construction as a remote command: a command string a shell parses
            p.start(path, { u"-c"_s, shellCommand({ u"printf"_s, u"%s\\0"_s, word }) });
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            QCOMPARE(QString::fromUtf8(out.chopped(1)), word);
        }
    }

    // a NUL cannot be quoted: the command line sent over SSH is a C string that ends there, which once
    // left a plan's model cut inside its quotes ("unexpected EOF while looking for matching `''")
    void aWordWithNulIsFound()
    {
        QCOMPARE(indexOfWordWithNul({ u"vllm"_s, u"serve"_s, u"m"_s }), -1);
        QCOMPARE(indexOfWordWithNul({}), -1);
        const QString nul = u"meta-llama/x"_s + QChar(u'\0') + u"'; id"_s;
        QCOMPARE(indexOfWordWithNul({ u"vllm"_s, u"serve"_s, nul }), 2);
        QCOMPARE(indexOfWordWithNul({ QString(QChar(u'\0')), nul }), 0);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
