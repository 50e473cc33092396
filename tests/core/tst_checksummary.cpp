// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The one reading of a sampled item's automatic checks, as the console,
// alprctl audit show and the memo all show it.
#include "auditing/checksummary.h"

#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestCheckSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<bool>("caseFormatValid");
        QTest::addColumn<bool>("caseOnRecord");
        QTest::addColumn<bool>("purposeListed");
        QTest::addColumn<bool>("purposeActive");
        QTest::addColumn<QStringList>("dataErrors");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<QString>("text");

        const QString valid = u"record complete, case and purpose valid"_s;
        const QString retired = u"purpose \"stolen-vehicle\" has been retired since; it was an "
                                u"authorized purpose when it was used"_s;
        QTest::newRow("all pass") << true << true << true << true << QStringList() << QStringList()
                                  << QStringList() << valid;
        QTest::newRow("case format")
            << false << false << true << true << QStringList()
            << QStringList{u"case number \"26-001001\" is not in the department's format"_s}
            << QStringList() << u"case number \"26-001001\" is not in the department's format"_s;
        QTest::newRow("case not on record")
            << true << false << true << true << QStringList()
            << QStringList{u"case 26-001001 was not on record at the time"_s} << QStringList()
            << u"case 26-001001 was not on record at the time"_s;
        QTest::newRow("purpose not listed")
            << true << true << false << false << QStringList()
            << QStringList{u"purpose \"stolen-vehicle\" is not an authorized purpose"_s}
            << QStringList() << u"purpose \"stolen-vehicle\" is not an authorized purpose"_s;
        // Allowed when it was used: said, not flagged.
        QTest::newRow("purpose retired since")
            << true << true << true << false << QStringList() << QStringList()
            << QStringList{retired} << valid + u"; "_s + retired;
        QTest::newRow("data errors first")
            << true << false << true << false << QStringList{u"the record has no query"_s}
            << QStringList{u"the record has no query"_s,
                           u"case 26-001001 was not on record at the time"_s}
            << QStringList{retired}
            << u"the record has no query; case 26-001001 was not on record at the time; "_s +
                   retired;
    }

    void summary()
    {
        QFETCH(bool, caseFormatValid);
        QFETCH(bool, caseOnRecord);
        QFETCH(bool, purposeListed);
        QFETCH(bool, purposeActive);
        QFETCH(QStringList, dataErrors);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, notes);
        QFETCH(QString, text);

        SampleItem item;
        item.item = 1;
        item.event.details = {{u"case"_s, u"26-001001"_s}, {u"purpose"_s, u"stolen-vehicle"_s}};
        item.checks.caseFormatValid = caseFormatValid;
        item.checks.caseOnRecord = caseOnRecord;
        item.checks.purposeListed = purposeListed;
        item.checks.purposeActive = purposeActive;
        item.checks.dataErrors = dataErrors;

        const CheckSummary s = checkSummary(item);
        QCOMPARE(s.problems(), problems);
        QCOMPARE(s.notes(), notes);
        QCOMPARE(s.passed(), problems.isEmpty());
        QCOMPARE(s.text(), text);
    }
};

QTEST_GUILESS_MAIN(TestCheckSummary)
#include "tst_checksummary.moc"
