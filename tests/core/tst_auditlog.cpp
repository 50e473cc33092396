// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};

    std::unique_ptr<Session> freshStore(const QString& name, int events)
    {
        auto session = test::createStore(m_dir.filePath(name), m_clock);
        for (int i = 0; i < events; ++i) {
            m_clock.advanceSecs(1);
            auto r = trailOf(*session).append(
                QStringLiteral("admin"), QStringLiteral("search"),
                QStringLiteral("search:%1").arg(i),
                {{QStringLiteral("case"), QStringLiteral("26-00%1").arg(1000 + i)},
                 {QStringLiteral("result_count"), i}},
                QStringLiteral("success"));
            if (!r)
                qFatal("append failed");
        }
        return session;
    }

    static void dropGuards(QSqlDatabase db)
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void chainIsIntactAndLinked()
    {
        auto session = freshStore(QStringLiteral("intact.alprdb"), 5);
        auto v = trailOf(*session).verify();
        QVERIFY(v.ok());
        QVERIFY(v->intact);
        // signing-started, store-created, sign-in, training-recorded, 5 searches
        QCOMPARE(v->events, 9);
        auto events = trailOf(*session).list({});
        QVERIFY(events.ok());
        QCOMPARE(events->first().prevHash, AuditLog::genesisHash());
        for (qsizetype i = 1; i < events->size(); ++i) {
            QCOMPARE(events->at(i).seq, events->at(i - 1).seq + 1);
            QCOMPARE(events->at(i).prevHash, events->at(i - 1).hash);
        }
        QCOMPARE(v->headHash, events->last().hash);
        QCOMPARE(events->at(0).action, QStringLiteral("signing-started"));
        QCOMPARE(events->at(1).action, QStringLiteral("store-created"));
        QCOMPARE(events->at(2).action, QStringLiteral("sign-in"));
    }

    void storeRefusesUpdateAndDelete()
    {
        auto session = freshStore(QStringLiteral("guarded.alprdb"), 2);
        QSqlQuery q(storeOf(*session).database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET outcome = 'failure' WHERE seq = 3")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 3")));
        QVERIFY(trailOf(*session).verify()->intact);
    }

    void editedRowIsDetected_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("user") << "username"
                              << "someone-else";
        QTest::newRow("outcome") << "outcome"
                                 << "failure";
        QTest::newRow("details") << "details"
                                 << R"({"case":"26-009999","result_count":2})";
        QTest::newRow("time") << "at"
                              << "0";
    }

    void editedRowIsDetected()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        auto session = freshStore(QStringLiteral("edited-%1.alprdb").arg(column), 5);
        dropGuards(storeOf(*session).database());
        QSqlQuery q(storeOf(*session).database());
        // Column names come from the test table above, never from input.
        QVERIFY(q.prepare(QStringLiteral("UPDATE audit SET %1 = ? WHERE seq = 4").arg(column)));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        auto v = trailOf(*session).verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, 4);
        QVERIFY(v->problem.contains(QStringLiteral("changed")));
    }

    void rehashedRowBreaksTheChain()
    {
        // A forger who recomputes the edited event's own hash cannot sign it
        // as its writer (and breaks the link to the next).
        auto session = freshStore(QStringLiteral("rehashed.alprdb"), 5);
        dropGuards(storeOf(*session).database());
        auto events = trailOf(*session).list({});
        AuditEvent e = events->at(3);
        e.username = QStringLiteral("someone-else");
        const QString forged = AuditLog::chainHash(e.prevHash, e);
        QSqlQuery q(storeOf(*session).database());
        q.prepare(QStringLiteral("UPDATE audit SET username = ?, hash = ? WHERE seq = ?"));
        q.addBindValue(e.username);
        q.addBindValue(forged);
        q.addBindValue(e.seq);
        QVERIFY(q.exec());
        auto v = trailOf(*session).verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, e.seq);
        QVERIFY2(v->problem.contains(QStringLiteral("signature")), qPrintable(v->problem));
    }

    void deletedRowIsDetected()
    {
        auto session = freshStore(QStringLiteral("deleted.alprdb"), 5);
        dropGuards(storeOf(*session).database());
        QSqlQuery q(storeOf(*session).database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit WHERE seq = 5")));
        auto v = trailOf(*session).verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, 5);
        QVERIFY(v->problem.contains(QStringLiteral("missing")));
    }

    // Cutting the newest events leaves a whole chain; only a hash printed
    // earlier (the audit memo's) shows that events are gone.
    void truncationIsCaughtByAMemoHash()
    {
        auto session = freshStore(QStringLiteral("truncated.alprdb"), 6);
        auto before = trailOf(*session).verify();
        QVERIFY(before->intact);
        const QString memoHash = before->headHash;
        auto anchored = trailOf(*session).verify(memoHash);
        QCOMPARE(anchored->anchorSeq, before->events);
        // Later events keep the anchor findable.
        QVERIFY(trailOf(*session)
                    .append(QStringLiteral("admin"), QStringLiteral("search"),
                            QStringLiteral("search:99"), {}, QStringLiteral("success"))
                    .ok());
        QCOMPARE(trailOf(*session).verify(memoHash)->anchorSeq, before->events);

        dropGuards(storeOf(*session).database());
        QSqlQuery q(storeOf(*session).database());
        q.prepare(QStringLiteral("DELETE FROM audit WHERE seq >= ?"));
        q.addBindValue(before->events - 1);
        QVERIFY(q.exec());
        auto after = trailOf(*session).verify(memoHash);
        QVERIFY(after->intact);        // the chain that is left is whole...
        QCOMPARE(after->anchorSeq, 0); // ...but the memo's event is gone
        QCOMPARE(trailOf(*session).verify(QString(64, u'f'))->anchorSeq, 0);
    }

    void filtersByUserActionAndCase()
    {
        auto session = freshStore(QStringLiteral("filter.alprdb"), 4);
        AuditFilter f;
        f.action = QStringLiteral("search");
        QCOMPARE(trailOf(*session).list(f)->size(), 4);
        f.caseNumber = QStringLiteral("26-001002");
        QCOMPARE(trailOf(*session).list(f)->size(), 1);
        AuditFilter byUser;
        byUser.username = QStringLiteral("nobody");
        QCOMPARE(trailOf(*session).list(byUser)->size(), 0);
        AuditFilter byTime;
        byTime.from = m_clock.now();
        QCOMPARE(trailOf(*session).list(byTime)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
