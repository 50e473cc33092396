// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/auditmemo.h"

#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

// The memo's rich text (what the PDF prints) with hostile stored text in it.
class TestAuditMemo : public QObject
{
    Q_OBJECT

    static AuditMemo memoWithNote(const QString& note, const QString& caseNumber)
    {
        AuditMemo memo;
        memo.writtenAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        memo.auditorName = u"Ana Ruiz"_s;
        SampleItem item;
        item.item = 1;
        item.event.seq = 42;
        item.event.at = memo.writtenAt;
        item.event.username = u"detective"_s;
        item.event.action = u"search"_s;
        item.event.details.insert(u"case"_s, caseNumber);
        item.event.details.insert(u"purpose"_s, u"stolen-vehicle"_s);
        item.worksheet.finding = Finding::FollowUp;
        item.worksheet.note = note;
        item.worksheet.reviewedBy = u"auditor"_s;
        item.worksheet.reviewedAt = memo.writtenAt;
        memo.sample.items << item;
        memo.sample.requestedSize = 1;
        memo.sample.population = 1;
        return memo;
    }

private Q_SLOTS:
    void controlCharactersAreWrittenOut_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("shown");
        QTest::newRow("escape sequence") << u"x\x1b[8mhidden"_s << u"x\\x1b[8mhidden"_s;
        QTest::newRow("bidi override") << u"abc\u202edcba"_s << u"abc\\u202edcba"_s;
        QTest::newRow("nul") << u"a"_s + QChar(0) + u"b"_s << u"a\\x00b"_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"a\\rb"_s;
        QTest::newRow("markup") << u"<b>bold</b>"_s << u"&lt;b&gt;bold&lt;/b&gt;"_s;
    }

    void controlCharactersAreWrittenOut()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, shown);
        const QString html = memoHtml(memoWithNote(hostile, hostile));
        QVERIFY2(html.contains(shown), qPrintable(html));
        for (const QChar c : html)
            QVERIFY2(c.category() != QChar::Other_Control || c == u'\n',
                     qPrintable(u"raw control U+%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'))));
        QVERIFY(!html.contains(QChar(0x202e)));
    }

    // A note may have line breaks: they stay line breaks on paper.
    void lineBreaksInANoteStay()
    {
        const QString html = memoHtml(memoWithNote(u"first\nsecond"_s, u"26-004211"_s));
        QVERIFY2(html.contains(u"first<br/>second"_s), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestAuditMemo)
#include "tst_auditmemo.moc"
