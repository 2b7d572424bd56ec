// The one escaping helper for text from files and nodes: every control character becomes a visible
// escape, everything else (including non-ASCII text) is kept, and escaping is idempotent.
#include <QTest>

#include "util/printable.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

class TestPrintable : public QObject {
    Q_OBJECT
private slots:
    void controlCharactersBecomeVisibleEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"meta-llama/Llama-3.1-8B"_s << u"meta-llama/Llama-3.1-8B"_s;
        QTest::newRow("non-ASCII stays") << u"模型 ü ✓"_s << u"模型 ü ✓"_s;
        QTest::newRow("newline forging a line") << u"m\nresult: forged"_s << u"m\\nresult: forged"_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"a\\rb"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
        QTest::newRow("NUL") << (u"a"_s + QChar(u'\0') + u"b"_s) << u"a\\0b"_s;
        QTest::newRow("ESC CSI") << u"\x1b[2J"_s << u"\\x1b[2J"_s;
        QTest::newRow("OSC title with BEL") << u"\x1b]0;pwned\x07"_s << u"\\x1b]0;pwned\\x07"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
        QTest::newRow("C1 CSI") << u"\u009b31m"_s << u"\\x9b31m"_s;
        QTest::newRow("line separator") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
        QTest::newRow("backslash stays") << u"C:\\x"_s << u"C:\\x"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void controlCharactersBecomeVisibleEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(printable(text), shown);
        QCOMPARE(printable(printable(text)), shown); // escaping twice changes nothing
        QCOMPARE(indexOfControlCharacter(printable(text)), -1);
    }

    void theFirstControlCharacterIsFoundAndNamed()
    {
        QCOMPARE(indexOfControlCharacter(u"abc"_s), -1);
        QCOMPARE(indexOfControlCharacter(u"ab\x1b\n"_s), 2);
        QCOMPARE(codePointName(0x1b), u"U+001B"_s);
        QCOMPARE(codePointName(0x2028), u"U+2028"_s);
        QVERIFY(isControlCharacter(0));
        QVERIFY(isControlCharacter(0x9f));
        QVERIFY(!isControlCharacter(u' '));
        QVERIFY(!isControlCharacter(0xa0)); // no-break space is text
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
