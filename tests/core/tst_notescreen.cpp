// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/notescreen.h"

#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestNoteScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screen_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QString ssn = u"Social Security number"_s;
        const QString dob = u"date of birth"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << u"witness saw a red sedan leave at speed"_s << QString();
        QTest::newRow("recent date") << u"burglary on 11/02/2026 around noon"_s << QString();
        QTest::newRow("iso date recent") << u"stolen 2026-10-30"_s << QString();
        QTest::newRow("case and phone") << u"case 26-004211, call 408-555-0199"_s << QString();
        QTest::newRow("plate") << u"partial 7AB, ended in 4"_s << QString();
        QTest::newRow("ten digits") << u"VIN part 1234567890"_s << QString();
        QTest::newRow("ssn dashed") << u"owner 123-45-6789"_s << ssn;
        QTest::newRow("ssn spaced") << u"owner 123 45 6789 per DMV"_s << ssn;
        QTest::newRow("ssn bare") << u"ref 123456789"_s << ssn;
        QTest::newRow("ssn word") << u"ask for the SSN later"_s << ssn;
        QTest::newRow("dob labelled recent-looking") << u"DOB 3/4/2019"_s << dob;
        QTest::newRow("dob old us") << u"suspect 04/05/1985"_s << dob;
        QTest::newRow("dob old iso") << u"born 1979-12-01"_s << dob;
        QTest::newRow("dob two-digit year") << u"d.o.b. 4-5-85"_s << dob;
        QTest::newRow("dob month name") << u"driver born March 4, 1990"_s << dob;
        QTest::newRow("dob day month") << u"4 Mar 1988 per witness"_s << dob;
        QTest::newRow("control char") << u"bad\u0001note"_s << u"control character"_s;
        QTest::newRow("too long") << QString(kMaxNoteLength + 1, u'x') << u"at most"_s;
        // Written so that a reader sees an identifier and a plain pattern does not.
        QTest::newRow("ssn zero-width space") << u"owner 123\u200B-45-6789"_s << ssn;
        QTest::newRow("ssn word joiner") << u"owner 123-45\u2060-6789"_s << ssn;
        QTest::newRow("ssn full-width")
            << u"owner \uFF11\uFF12\uFF13-\uFF14\uFF15-\uFF16\uFF17\uFF18\uFF19"_s << ssn;
        QTest::newRow("ssn arabic-indic digits")
            << u"owner \u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669"_s << ssn;
        QTest::newRow("ssn en dashes") << u"owner 123\u201345\u20136789"_s << ssn;
        QTest::newRow("ssn no-break spaces") << u"owner 123\u00A045\u00A06789"_s << ssn;
        QTest::newRow("ssn soft hyphens") << u"ref 123\u00AD456\u00AD789"_s << ssn;
        QTest::newRow("ssn word dotted") << u"get the S.S.N. later"_s << ssn;
        QTest::newRow("ssn word cyrillic") << u"ask for the \u0405SN later"_s << ssn;
        QTest::newRow("dob full-width year") << u"DOB 03/04/\uFF11\uFF19\uFF18\uFF15"_s << dob;
        QTest::newRow("dob zero-width") << u"DOB 03/04/19\u200B85"_s << dob;
        QTest::newRow("dob word cyrillic o") << u"D\u041EB 3/4/2019"_s << dob;
        QTest::newRow("dob mathematical digits")
            << u"suspect 04/05/\U0001D7CF\U0001D7D7\U0001D7D6\U0001D7D3"_s << dob;
        // Ordinary notes still pass.
        QTest::newRow("spanish with accents")
            << u"Vehículo visto cerca de la estación; el testigo habló con el conductor"_s
            << QString();
        QTest::newRow("accented names") << u"witness José Muñoz, café on Ñandú St"_s << QString();
        QTest::newRow("full-width recent date")
            << u"stolen \uFF12\uFF10\uFF12\uFF16-10-30"_s << QString();
        QTest::newRow("initials") << u"driver J.D. seen at I.C. engine shop"_s << QString();
    }

    void screen()
    {
        QFETCH(QString, note);
        QFETCH(QString, refusal);
        const auto r = screenNote(note, QDate(2026, 11, 22));
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
        // The message names where, never the identifier itself.
        QVERIFY(!r.error().message.contains(u"6789"_s));
        QVERIFY(!r.error().message.contains(u"1985"_s));
    }

    // A refusal names the position in the note as typed, zero-width characters and all.
    void positionIsTheOriginals()
    {
        const auto r = screenNote(u"\u200B\u200B\u200Bowner 123-45-6789"_s, QDate(2026, 11, 22));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"at character 10"_s), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNoteScreen)
#include "tst_notescreen.moc"
