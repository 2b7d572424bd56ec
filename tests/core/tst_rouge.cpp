#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "quality/rouge.h"
#include "testutil.h"

using namespace Qt::Literals::StringLiterals;
using namespace inferdeck;

class TestRouge : public QObject {
    Q_OBJECT

private slots:
    void workedExampleByHand()
    {
        // candidate 7 tokens, reference 6; unigram overlap 6, bigram overlap 4 of 6 and 5; LCS 6
        const rouge::Scores s = rouge::score(u"the cat was found under the bed"_s, u"the cat was under the bed"_s);
        QCOMPARE(s.rouge1.precision, 6.0 / 7.0);
        QCOMPARE(s.rouge1.recall, 1.0);
        QCOMPARE(s.rouge1.f1, 12.0 / 13.0);
        QCOMPARE(s.rouge2.f1, 2.0 * (4.0 / 6.0) * (4.0 / 5.0) / (4.0 / 6.0 + 4.0 / 5.0));
        QCOMPARE(s.rougeL.f1, 12.0 / 13.0);
    }

    void matchesTheIndependentImplementation_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QFile f(testing::sourcePath(u"tests/data/rouge/known_answers.json"_s));
        if (!f.open(QIODevice::ReadOnly))
            QFAIL("tests/data/rouge/known_answers.json is missing");
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
            QTest::newRow(qPrintable(v[u"name"_s].toString())) << v.toObject();
    }
    void matchesTheIndependentImplementation()
    {
        QFETCH(QJsonObject, answer);
        QStringList tokens;
        for (const QJsonValue& t : answer[u"tokens"_s].toArray())
            tokens << t.toString();
        QCOMPARE(rouge::tokenize(answer[u"candidate"_s].toString()), tokens);
        const rouge::Scores s = rouge::score(answer[u"candidate"_s].toString(), answer[u"reference"_s].toString());
        const std::pair<const char*, const rouge::Score*> kinds[] = { { "rouge1", &s.rouge1 }, { "rouge2", &s.rouge2 }, { "rougeL", &s.rougeL } };
        for (const auto& [name, score] : kinds) {
            const QJsonObject want = answer[QLatin1StringView(name)].toObject();
            QVERIFY2(std::fabs(score->precision - want[u"precision"_s].toDouble()) < 1e-12, name);
            QVERIFY2(std::fabs(score->recall - want[u"recall"_s].toDouble()) < 1e-12, name);
            QVERIFY2(std::fabs(score->f1 - want[u"f1"_s].toDouble()) < 1e-12, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestRouge)
#include "tst_rouge.moc"
