// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/textnormalizer.h"

#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forScreening_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("screened");
        QTest::newRow("plain") << u"stolen vehicle"_s << u"stolen vehicle"_s;
        QTest::newRow("case kept") << u"Assist ICE"_s << u"Assist ICE"_s;
        QTest::newRow("zero-width space") << u"imm\u200Bigration"_s << u"immigration"_s;
        QTest::newRow("zero-width joiners") << u"i\u200Cm\u200Dm\uFEFFi"_s << u"immi"_s;
        QTest::newRow("bidi marks") << u"\u200Fice\u200E"_s << u"ice"_s;
        QTest::newRow("variation selector") << u"ICE\uFE0F"_s << u"ICE"_s;
        QTest::newRow("full-width") << u"\uFF29\uFF23\uFF25 \uFF11\uFF12\uFF13"_s << u"ICE 123"_s;
        QTest::newRow("mathematical bold") << u"\U0001D408\U0001D402\U0001D404"_s << u"ICE"_s;
        QTest::newRow("cyrillic capital I") << u"\u0406CE"_s << u"ICE"_s;
        QTest::newRow("cyrillic small") << u"\u0456c\u0435"_s << u"ice"_s;
        QTest::newRow("greek omicron") << u"dep\u03BFrt"_s << u"deport"_s;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663"_s << u"123"_s;
        QTest::newRow("accents removed")
            << u"Vehículo estación Ñandú"_s << u"Vehiculo estacion Nandu"_s;
        QTest::newRow("combining accent") << u"e\u0301"_s << u"e"_s;
        QTest::newRow("dots between letters") << u"I.C.E. office"_s << u"ICE. office"_s;
        QTest::newRow("hyphen between letters") << u"imm-igration"_s << u"immigration"_s;
        QTest::newRow("punctuation between digits kept")
            << u"03/04/1985 123-45"_s << u"03/04/1985 123-45"_s;
        QTest::newRow("punctuation after a word kept") << u"Nice, France"_s << u"Nice, France"_s;
        QTest::newRow("line break kept") << u"a\nb"_s << u"a\nb"_s;
    }

    void forScreening()
    {
        QFETCH(QString, text);
        QFETCH(QString, screened);
        const auto n = TextNormalizer::forScreening(text);
        QCOMPARE(n.text, screened);
        QCOMPARE(n.origin.size(), n.text.size());
        for (qsizetype i : n.origin)
            QVERIFY(i >= 0 && i < text.size());
    }

    void originPointsIntoTheOriginal()
    {
        const QString text = u"\u200B\u200BI.\u0421E"_s;
        const auto n = TextNormalizer::forScreening(text);
        QCOMPARE(n.text, u"ICE"_s);
        QCOMPARE(n.origin, (QList<qsizetype>{2, 4, 5}));
    }

    void canonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << u"26-004211"_s << u"26-004211"_s;
        QTest::newRow("zero-width") << u"26-0042\u200B11"_s << u"26-004211"_s;
        QTest::newRow("full-width") << u"\uFF12\uFF16-004211"_s << u"26-004211"_s;
        QTest::newRow("letters kept") << u"Ñandú, \u0406CE"_s << u"Ñandú, \u0406CE"_s;
    }

    void canonical()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(TextNormalizer::canonical(text), canonical);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
