// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/textinput.h"

#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestTextInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");       // TextLines
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const int one = int(TextLines::One);
        const int several = int(TextLines::Several);
        QTest::newRow("name") << u"Ana María O'Neil-Ruiz"_s << one << QString();
        QTest::newRow("64 characters") << QString(64, u'a') << one << QString();
        QTest::newRow("65 characters")
            << QString(65, u'a') << one << u"the full name is 65 characters long; at most 64"_s;
        QTest::newRow("100 kB") << QString(100000, u'a') << one << u"at most 64 are allowed"_s;
        QTest::newRow("line break")
            << u"Ana\nadmin active"_s << one << u"the full name holds a control character"_s;
        QTest::newRow("carriage return") << u"Ana\r"_s << one << u"at character 4"_s;
        QTest::newRow("escape") << u"Ana\u001B[2J"_s << one << u"control character"_s;
        QTest::newRow("c1 control") << u"Ana\u0085"_s << one << u"control character"_s;
        QTest::newRow("line separator") << u"Ana\u2028x"_s << one << u"control character"_s;
        QTest::newRow("bidi override") << u"Ana\u202Excod"_s << one << u"control character"_s;
        QTest::newRow("tab in one line") << u"Ana\tB"_s << one << u"control character"_s;
        QTest::newRow("tab and line in several") << u"a\tb\nc"_s << several << QString();
        QTest::newRow("escape in several") << u"a\u001Bb"_s << several << u"control character"_s;
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(QString, refusal);
        const auto r = checkTextInput(u"full name"_s, text, kMaxNameLength, TextLines(lines));
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Ana Ruiz"_s << u"Ana Ruiz"_s;
        QTest::newRow("accents") << u"José Muñoz"_s << u"José Muñoz"_s;
        QTest::newRow("line break") << u"Ana\nforged"_s << u"Ana\\nforged"_s;
        QTest::newRow("backslash") << u"a\\nb"_s << u"a\\\\nb"_s;
        QTest::newRow("escape") << u"\u001B[2J"_s << u"\\x1b[2J"_s;
        QTest::newRow("bidi") << u"a\u202Eb"_s << u"a\\u202eb"_s;
    }

    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeControls(text), escaped);
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
