// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Stores made at each older schema version, the way the program of that
// version made them (its migrations, in order, on a new SQLCipher file), with
// the rows that version wrote, then opened by this one: brought to the latest
// version with nothing lost, or, when a migration fails, left as they were.
#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/securebytes.h"
#include "search/plateindex.h"
#include "search/platepattern.h"
#include "search/searchengine.h"
#include "store/migrations.h"
#include "store/sqlcipherdriver.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = crypto::randomBytes(32);
    const QDateTime m_at{QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC};

    // Runs fn on a raw connection to the file, as the old program's store did.
    template <typename F> void withRawStore(const QString& path, bool create, F&& fn)
    {
        registerSqlCipherDriver();
        const QString name = u"raw-"_s + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
            db.setDatabaseName(path);
            if (create)
                db.setConnectOptions(u"QSQLCIPHER_CREATE"_s);
            static_cast<SqlCipherDriver*>(db.driver())->setKey(m_key.toByteArrayUnsafe());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            fn(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static void exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db);
        QVERIFY2(q.prepare(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        for (const QVariant& v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql + u": "_s + q.lastError().text()));
    }

    static qint64 count(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A store at `version`: the migrations up to it, then one user, one
    // camera, a read with an alternative reading, a search and its audit
    // event, as that version wrote them.
    void makeStoreAt(const QString& path, int version)
    {
        withRawStore(path, true, [&](QSqlDatabase& db) {
            exec(db, u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
            for (const Migration& m : storeMigrations()) {
                if (m.version > version)
                    break;
                for (const QString& s : m.statements)
                    exec(db, s);
                if (m.step)
                    QVERIFY(m.step(db).ok());
            }
            exec(db, u"INSERT INTO schema_version(version) VALUES (?)"_s, {version});
            const qint64 ms = m_at.toMSecsSinceEpoch();
            exec(db,
                 u"INSERT INTO users(username, full_name, roles, created_at) VALUES (?,?,?,?)"_s,
                 {u"ana"_s, u"Ana Ruiz"_s, u"detective"_s, ms});
            exec(db, u"INSERT INTO cameras(code, name, source_kind, latitude, longitude) "
                     "VALUES ('cam:1', 'El Camino', 'fixed', 37.38, -122.11)"_s);
            exec(db, u"INSERT INTO plates(plate) VALUES ('7ABC123')"_s);
            exec(db,
                 u"INSERT INTO reads(plate_id, plate, state, captured_at, camera_id, confidence, "
                 "candidates, source_kind, imported_at) VALUES (1, '7ABC123', 'CA', ?, 1, 91.5, "
                 "'[{\"confidence\":60.5,\"plate\":\"7ABC128\"}]', 'fixed', ?)"_s,
                 {ms, ms});
            if (version >= 3) {
                // From version 3 on, an import kept the reading where the index looks.
                exec(db, u"INSERT INTO plates(plate) VALUES ('7ABC128')"_s);
                exec(db,
                     u"INSERT INTO read_candidates(plate_id, read_id, captured_at) "
                     "VALUES (2, 1, ?)"_s,
                     {ms});
            }
            AuditEvent e;
            e.seq = 1;
            e.at = m_at;
            e.username = u"ana"_s;
            e.workstation = u"ws-1"_s;
            e.action = u"search"_s;
            e.object = u"search:1"_s;
            e.details = QJsonObject{{u"case"_s, u"25-000123"_s}, {u"purpose"_s, u"audit"_s}};
            e.outcome = u"success"_s;
            e.prevHash = AuditLog::genesisHash();
            e.hash = AuditLog::chainHash(e.prevHash, e);
            exec(db,
                 u"INSERT INTO audit(seq, at, username, workstation, action, object, details, "
                 "outcome, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                 {e.seq, ms, e.username, e.workstation, e.action, e.object,
                  QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                  e.outcome, e.prevHash, e.hash});
            exec(db,
                 u"INSERT INTO searches(username, at, case_number, purpose, query, result_count, "
                 "audit_seq) VALUES ('ana', ?, '25-000123', 'audit', '{\"pattern\":\"7ABC*\"}', "
                 "1, 1)"_s,
                 {ms});
        });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachOlderVersionMigratesToTheLatest_data()
    {
        QTest::addColumn<int>("version");
        for (const Migration& m : storeMigrations())
            if (m.version < Store::latestSchemaVersion())
                QTest::addRow("from version %d", m.version) << m.version;
    }

    void eachOlderVersionMigratesToTheLatest()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"v%1.alprdb"_s.arg(version));
        makeStoreAt(path, version);
        if (QTest::currentTestFailed())
            return;

        auto store = Store::open(path, m_key);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        const QSqlDatabase db = store.value()->database();
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());

        // What the old version wrote is all there, and the new columns have
        // their defaults.
        QCOMPARE(count(db, u"SELECT count(*) FROM users WHERE username = 'ana'"_s), 1);
        QCOMPARE(count(db, u"SELECT totp_last_step FROM users WHERE username = 'ana'"_s), -1);
        QCOMPARE(count(db, u"SELECT count(*) FROM reads"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM searches WHERE note = ''"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_samples"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM purposes WHERE active = 1"_s), 9);
        // Version 7: audit is the auditors', the other purposes the case workers'.
        QCOMPARE(count(db, u"SELECT count(*) FROM purposes WHERE roles = 'auditor'"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM purposes WHERE code = 'audit' AND "
                           "roles = 'auditor'"_s),
                 1);
        // Version 8: supervisors work cases as dispatchers do.
        QCOMPARE(count(db, u"SELECT count(*) FROM purposes WHERE "
                           "roles = 'detective,dispatcher,records,supervisor'"_s),
                 8);
        QCOMPARE(count(db, u"SELECT generation FROM hotlist_state"_s), 1);

        // The trail still verifies, and later events chain on to it.
        ManualClock clock(m_at.addDays(400));
        AuditLog trail(store.value()->auditEvents(), clock, u"ws-2"_s);
        QVERIFY(trail.append(u"admin"_s, u"sign-in"_s, u"user:admin"_s, {}, u"success"_s).ok());
        auto verified = trail.verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QCOMPARE(verified->events, 2);

        // The plate index finds the read by its plate and by its alternative
        // reading, whichever version stored it.
        QCOMPARE(count(db, u"SELECT count(*) FROM read_candidates"_s), 1);
        PlateIndex index;
        QVERIFY(index.build(db).ok());
        for (const QString& text : {u"7ABC123"_s, u"7ABC128"_s}) {
            auto pattern = PlatePattern::compile(text);
            QVERIFY(pattern.ok());
            EngineQuery q;
            q.pattern = &pattern.value();
            q.limit = 0;
            const EngineResult found = runEngine(index, q);
            QVERIFY2(found.total == 1, qPrintable(text));
            QCOMPARE(found.top.front().readId, 1);
        }

        // Opening again changes nothing.
        store.value().reset();
        auto again = Store::open(path, m_key);
        QVERIFY(again.ok());
        QCOMPARE(count(again.value()->database(), u"SELECT count(*) FROM read_candidates"_s), 1);
    }

    void aFailedMigrationLeavesTheStoreAsItWas()
    {
        const QString path = m_dir.filePath(u"blocked.alprdb"_s);
        makeStoreAt(path, 2);
        // Something in the way of migration 3: a table of the name it creates.
        withRawStore(path, false, [&](QSqlDatabase& db) {
            exec(db, u"CREATE TABLE read_candidates (x INTEGER)"_s);
        });

        auto refused = Store::open(path, m_key);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"migration 3 (alternative readings of reads)"_s),
                 qPrintable(refused.error().message));

        withRawStore(path, false, [&](QSqlDatabase& db) {
            QCOMPARE(count(db, u"SELECT version FROM schema_version"_s), 2);
            // Migration 3 dropped this index; rolled back, it is still there.
            QCOMPARE(count(db, u"SELECT count(*) FROM sqlite_master WHERE name = "
                               "'reads_plate_id'"_s),
                     1);
            QCOMPARE(count(db, u"SELECT count(*) FROM reads"_s), 1);
            exec(db, u"DROP TABLE read_candidates"_s);
        });

        // With the obstacle gone, the same store migrates.
        auto opened = Store::open(path, m_key);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(count(opened.value()->database(), u"SELECT count(*) FROM read_candidates"_s), 1);
    }

    void aNewerStoreIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.alprdb"_s);
        makeStoreAt(path, Store::latestSchemaVersion());
        withRawStore(path, false, [&](QSqlDatabase& db) {
            exec(db, u"UPDATE schema_version SET version = ?"_s,
                 {Store::latestSchemaVersion() + 1});
        });
        auto refused = Store::open(path, m_key);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"newer than this program"_s),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
