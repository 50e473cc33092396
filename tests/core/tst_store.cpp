// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/crypto.h"
#include "common/securebytes.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString pragma(const Store& store, const char* name)
    {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
            return {};
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createMigratesToTheLatestSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.alprdb"));
        SecureBytes key = crypto::randomBytes(32);
        auto store = Store::create(path, key);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(pragma(*store.value(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*store.value(), "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*store.value(), "foreign_keys"), QStringLiteral("1"));
        const QStringList tables = store.value()->database().tables();
        for (const char* t : {"reads", "cameras", "plates", "images", "users", "searches", "audit",
                              "settings", "purposes", "cases", "hotlists", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        store.value().reset();

        // Opening again leaves the schema alone; the wrong key opens nothing.
        auto again = Store::open(path, key);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Store::latestSchemaVersion());
        again.value().reset();
        auto wrong = Store::open(path, crypto::randomBytes(32));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(path));
        QVERIFY(!Store::create(path, key).ok());
    }

    void settingsHaveDefaultsAndPersist()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.alprdb"));
        SecureBytes key = crypto::randomBytes(32);
        auto store = Store::create(path, key);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->setting(QStringLiteral("case_number_pattern")).value(),
                 QStringLiteral("^[0-9]{2}-[0-9]{4,8}$"));
        QVERIFY(
            store.value()
                ->setSetting(QStringLiteral("case_number_pattern"), QStringLiteral("^LA[0-9]+$"))
                .ok());
        store.value().reset();
        auto again = Store::open(path, key);
        QCOMPARE(again.value()->setting(QStringLiteral("case_number_pattern")).value(),
                 QStringLiteral("^LA[0-9]+$"));
        QCOMPARE(again.value()->setting(QStringLiteral("no_such_setting")).value(), QString());
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.alprdb"));
        SecureBytes key = crypto::randomBytes(32);
        {
            auto store = Store::create(path, key);
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        auto store = Store::open(path, key);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("newer")));
    }

    void failedTransactionRollsBack()
    {
        SecureBytes key = crypto::randomBytes(32);
        auto store = Store::create(m_dir.filePath(QStringLiteral("tx.alprdb")), key);
        auto r = store.value()->transaction([&]() -> Result<void> {
            if (!store.value()->setSetting(QStringLiteral("x"), QStringLiteral("1")).ok())
                return makeError(ErrorCode::Internal, QStringLiteral("setSetting failed"));
            return makeError(ErrorCode::Invalid, QStringLiteral("stop"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(store.value()->setting(QStringLiteral("x")).value(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
