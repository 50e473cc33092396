// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Session::compactStore(): the store rewritten, nothing lost, recorded.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/storemaintenance.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "inquiry/searchservice.h"
#include "search/plateindex.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestCompaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};

    static QStringList found(Session& session, const QString& pattern)
    {
        SearchRequest r;
        r.caseNumber = u"26-004211"_s;
        r.purpose = u"stolen-vehicle"_s;
        r.pattern = pattern;
        auto outcome = SearchService(session).search(r);
        QStringList out;
        if (outcome)
            for (const SearchHit& hit : outcome->hits)
                out << QStringLiteral("%1:%2").arg(hit.read.id).arg(hit.read.plate);
        return out;
    }

private Q_SLOTS:
    void compactsWithoutLoss()
    {
        QVERIFY(m_dir.isValid());
        auto session = test::createStore(m_dir.filePath(u"c.alprdb"_s), m_clock, {Role::Detective});
        // Reads in several batches, and deleted images, leave free pages behind.
        for (int batch = 0; batch < 4; ++batch) {
            QList<ReadRecord> reads;
            for (int i = 0; i < 500; ++i) {
                ReadRecord r = test::makeRead(
                    QStringLiteral("%1AB%2").arg(batch + 1).arg(i, 3, 10, QChar(u'0')),
                    QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60));
                r.plateJpeg = QByteArray(4000, char(i));
                reads << r;
            }
            QVERIFY(ReadImporter(*session).importReads(reads, u"batch"_s).ok());
        }
        QSqlQuery q(storeOf(*session).database());
        QVERIFY(q.exec(u"DELETE FROM images WHERE read_id % 2 = 0"_s));
        q.finish();
        const QStringList before = found(*session, u"*AB0*"_s);
        QVERIFY(before.size() > 100);

        auto done = StoreMaintenance(*session).compactStore();
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY2(
            done->bytesAfter < done->bytesBefore,
            qPrintable(QStringLiteral("%1 -> %2").arg(done->bytesBefore).arg(done->bytesAfter)));
        // Row ids are kept: the index built before still finds the same reads.
        QCOMPARE(found(*session, u"*AB0*"_s), before);
        QVERIFY(q.exec(u"SELECT count(*) FROM reads"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2000);
        q.finish();
        QVERIFY(trailOf(*session).verify()->intact);
        AuditFilter f;
        f.action = u"store-compacted"_s;
        const QList<AuditEvent> events = trailOf(*session).list(f).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value(u"bytes_before"_s).toInteger(), done->bytesBefore);

        // A fresh sign-in builds the same index from the rewritten file.
        const QString path = storeOf(*session).path();
        session.reset();
        auto again = SignIn::signIn(path, u"admin"_s, test::password(), m_clock);
        QVERIFY(again.ok());
        QCOMPARE(found(*again.value(), u"*AB0*"_s), before);
    }

    void onlyAdministrators()
    {
        auto admin = test::createStore(m_dir.filePath(u"d.alprdb"_s), m_clock);
        UserAccount d;
        d.username = u"det"_s;
        d.roles = {Role::Detective};
        QVERIFY(UserAdministration(*admin).addUser(d, test::password()).ok());
        QVERIFY(UserAdministration(*admin).addTraining(u"det"_s, test::currentTraining()).ok());
        auto det = SignIn::signIn(storeOf(*admin).path(), u"det"_s, test::password(), m_clock);
        QVERIFY(det.ok());
        QCOMPARE(StoreMaintenance(*det.value()).compactStore().error().code, ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestCompaction)
#include "tst_compaction.moc"
