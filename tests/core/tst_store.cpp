// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/crypto.h"
#include "common/securebytes.h"
#include "store/inquiryrepository.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;

namespace {

// A trail that keeps what it is given, or refuses everything.
class FakeTrail final : public TrailWriter
{
public:
    using TrailWriter::append;
    Result<qint64> append(const QString& username, const QString& action, const QString& object,
                          const QJsonObject& details, const QString& outcome) override
    {
        if (refuse)
            return makeError(ErrorCode::Database, QStringLiteral("the trail refused"));
        entries.append({username, action, object, details, outcome});
        return qint64(1000 + entries.size());
    }
    bool refuse = false;
    QList<TrailEntry> entries;
};

qint64 countRows(const Store& store, const char* sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(QLatin1String(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

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
        QCOMPARE(store.value()->settings().value(QStringLiteral("case_number_pattern")).value(),
                 QStringLiteral("^[0-9]{2}-[0-9]{4,8}$"));
        QVERIFY(store.value()
                    ->settings()
                    .setValue(QStringLiteral("case_number_pattern"), QStringLiteral("^LA[0-9]+$"))
                    .ok());
        store.value().reset();
        auto again = Store::open(path, key);
        QCOMPARE(again.value()->settings().value(QStringLiteral("case_number_pattern")).value(),
                 QStringLiteral("^LA[0-9]+$"));
        QCOMPARE(again.value()->settings().value(QStringLiteral("no_such_setting")).value(),
                 QString());
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
            if (!store.value()->settings().setValue(QStringLiteral("x"), QStringLiteral("1")).ok())
                return makeError(ErrorCode::Internal, QStringLiteral("setSetting failed"));
            return makeError(ErrorCode::Invalid, QStringLiteral("stop"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(store.value()->settings().value(QStringLiteral("x")).value(), QString());
    }

    // One call writes the searches row, its audit event and the case's
    // first use, or none of them.
    void searchAndItsRecordCommitTogether()
    {
        const QString path = m_dir.filePath(QStringLiteral("search.alprdb"));
        auto store = Store::create(path, crypto::randomBytes(32));
        QVERIFY(store.ok());
        Store& s = *store.value();
        {
            QSqlQuery q(s.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users(id, username, roles, created_at) "
                                          "VALUES (1, 'detective', 'detective', 0)")));
        }
        SearchEntry search;
        search.userId = 1;
        search.username = QStringLiteral("detective");
        search.at = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
        search.caseNumber = QStringLiteral("26-004211");
        search.purpose = QStringLiteral("stolen-vehicle");
        search.query = {{QStringLiteral("pattern"), QStringLiteral("7ABC*")}};
        search.resultCount = 3;
        search.action = QStringLiteral("search");
        search.auditDetails = {{QStringLiteral("case"), search.caseNumber}};

        FakeTrail refusing;
        refusing.refuse = true;
        QVERIFY(!s.inquiries().recordSearch(search, refusing).ok());
        QCOMPARE(countRows(s, "SELECT count(*) FROM searches"), 0);
        QCOMPARE(countRows(s, "SELECT count(*) FROM cases"), 0);

        FakeTrail trail;
        auto id = s.inquiries().recordSearch(search, trail);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(trail.entries.size(), 1);
        QCOMPARE(trail.entries[0].object, QStringLiteral("search:%1").arg(id.value()));
        QCOMPARE(trail.entries[0].outcome, QStringLiteral("success"));
        QCOMPARE(countRows(s, "SELECT audit_seq FROM searches"), 1001);
        auto found = s.inquiries().searchOf(id.value(), QStringLiteral("detective"));
        QVERIFY(found.ok() && found.value());
        QCOMPARE(found.value()->caseNumber, search.caseNumber);
        auto other = s.inquiries().searchOf(id.value(), QStringLiteral("someone-else"));
        QVERIFY(other.ok() && !other.value());
        auto record = s.inquiries().findCase(search.caseNumber);
        QVERIFY(record.ok() && record.value());
        QCOMPARE(record.value()->firstUser, QStringLiteral("detective"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
