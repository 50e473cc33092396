// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "demo/demostore.h"

#include <QtTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<ReadRecord> allReads(const DemoOptions& options)
{
    return DemoGenerator(options).reads(0, options.reads);
}

} // namespace

class TestDemoStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // No demo read is later than the moment the demo store was made, at any
    // hour of the day it is made.
    void noReadAfterTheStoreWasMade_data()
    {
        QTest::addColumn<QDateTime>("madeAt");
        QTest::newRow("early morning") << QDateTime(QDate(2026, 12, 5), QTime(0, 47), Qt::UTC);
        QTest::newRow("noon") << QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
        QTest::newRow("late evening") << QDateTime(QDate(2026, 12, 5), QTime(23, 30), Qt::UTC);
    }

    void noReadAfterTheStoreWasMade()
    {
        QFETCH(QDateTime, madeAt);
        DemoOptions options;
        options.reads = 3000;
        options.images = false;
        options.madeAt = madeAt;
        const QList<ReadRecord> reads = allReads(options);
        QCOMPARE(reads.size(), 3000);
        QDateTime latest;
        for (const ReadRecord& r : reads) {
            QVERIFY2(r.capturedAt <= madeAt, qPrintable(r.capturedAt.toString(Qt::ISODate)));
            QVERIFY(r.capturedAt >= madeAt.addDays(-31));
            latest = std::max(latest, r.capturedAt);
        }
        // Still a month of reads up to the last moments before the store was made.
        QVERIFY2(latest > madeAt.addDays(-1), qPrintable(latest.toString(Qt::ISODate)));
    }

    // --last-day asks for a whole given day: its reads run to 23:59.
    void aLastDayAskedForRunsToItsEnd()
    {
        DemoOptions options;
        options.reads = 3000;
        options.images = false;
        options.lastDay = QDate(2026, 11, 21);
        options.madeAt = QDateTime(QDate(2026, 12, 5), QTime(0, 47), Qt::UTC);
        const QDateTime end(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC);
        QDateTime latest;
        for (const ReadRecord& r : allReads(options)) {
            QVERIFY(r.capturedAt < end);
            QVERIFY(r.capturedAt >= end.addDays(-30));
            latest = std::max(latest, r.capturedAt);
        }
        QVERIFY2(latest >= QDateTime(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC),
                 qPrintable(latest.toString(Qt::ISODate)));
    }

    // The same seed and moment give the same reads.
    void deterministicForASeedAndAMoment()
    {
        DemoOptions options;
        options.reads = 200;
        options.images = false;
        options.madeAt = QDateTime(QDate(2026, 12, 5), QTime(9, 15), Qt::UTC);
        const QList<ReadRecord> a = allReads(options);
        const QList<ReadRecord> b = allReads(options);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].plate, b[i].plate);
            QCOMPARE(a[i].capturedAt, b[i].capturedAt);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
