// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/store.h"

#include "common/securebytes.h"
#include "store/migrations.h"
#include "store/sqlauditeventrepository.h"
#include "store/sqlcipherdriver.h"
#include "store/sqlhotlistrepository.h"
#include "store/sqlinquiryrepository.h"
#include "store/sqlreadrepository.h"
#include "store/sqlsamplerepository.h"
#include "store/sqlsettingsrepository.h"
#include "store/sqluserrepository.h"
#include "store/storedamage.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace alpr {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("alpr-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Result<void> execPrepared(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return statementError(query, what);
    return {};
}

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Store::~Store()
{
    // Repositories hold prepared statements on the connection.
    m_reads.reset();
    m_auditEvents.reset();
    m_inquiries.reset();
    m_settings.reset();
    m_hotLists.reset();
    m_users.reset();
    m_samples.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const SecureBytes& databaseKey)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("no store at %1").arg(path));
    return openImpl(path, databaseKey, false);
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const SecureBytes& databaseKey)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 already exists; choose another file").arg(path));
    return openImpl(path, databaseKey, true);
}

Result<std::unique_ptr<Store>> Store::openImpl(const QString& path, const SecureBytes& key,
                                               bool create)
{
    registerSqlCipherDriver();
    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
        db.setDatabaseName(path);
        if (create)
            db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        auto* driver = static_cast<SqlCipherDriver*>(db.driver());
        QByteArray raw = key.toByteArrayUnsafe();
        driver->setKey(raw);
        secureWipe(raw);
        // The key came from a slot that opened, so a refusal here means the
        // slot file and the store do not belong together, or the file is damaged.
        if (!db.open()) {
            if (isStoreDamage(db.lastError()))
                return storeDamaged(path, QStringLiteral("its first page does not decrypt with "
                                                         "the key its slot gave; unless the "
                                                         "slot file belongs to another store"));
            return makeError(
                ErrorCode::Corrupt,
                QStringLiteral("cannot open the store %1: %2").arg(path, db.lastError().text()));
        }
    }
    if (auto r = store->configure(); !r)
        return r.error();
    if (auto r = store->migrate(); !r)
        return r.error();
    store->createRepositories();
    return store;
}

void Store::createRepositories()
{
    const QSqlDatabase db = database();
    m_reads = std::make_unique<SqlReadRepository>(db);
    m_auditEvents = std::make_unique<SqlAuditEventRepository>(db);
    m_inquiries = std::make_unique<SqlInquiryRepository>(db);
    m_settings = std::make_unique<SqlSettingsRepository>(db);
    m_hotLists = std::make_unique<SqlHotListRepository>(db);
    m_users = std::make_unique<SqlUserRepository>(db);
    m_samples = std::make_unique<SqlSampleRepository>(db);
}

Result<void> Store::configure()
{
    // WAL with synchronous=FULL: a committed search, audit record or hit
    // verification survives a crash or a power cut.
    QSqlQuery q(database());
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // Every page read or written is decrypted or encrypted
        // and MAC'd: a 64 MiB cache keeps index pages hot.
        QStringLiteral("PRAGMA cache_size = -65536")};
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return statementError(q, QStringLiteral("%1 on %2").arg(pragma, m_path));
        q.finish();
    }
    return {};
}

int Store::latestSchemaVersion()
{
    return storeMigrations().back().version;
}

int Store::schemaVersion() const
{
    auto version = readSchemaVersion();
    return version ? version.value() : 0;
}

Result<int> Store::readSchemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return statementError(q, QStringLiteral("reading the schema version of %1").arg(m_path));
    if (!q.next()) {
        if (auto r = fetchedAll(q, QStringLiteral("reading the schema version of %1").arg(m_path));
            !r)
            return r.error();
        return 0; // a new store: no version yet
    }
    return q.value(0).toInt();
}

Result<void> Store::migrate()
{
    QSqlDatabase db = database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "NOT NULL)")))
            return statementError(q, QStringLiteral("preparing the schema of %1").arg(m_path));
    }
    // Read, not guessed: a damaged schema_version page is damage, never a
    // store at version 0 whose first migration then "fails".
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    const int current = version.value();
    if (current > latestSchemaVersion())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 has schema version %2, newer than this program "
                                        "understands (%3); update ALPR Workstation")
                             .arg(m_path)
                             .arg(current)
                             .arg(latestSchemaVersion()));
    for (const Migration& m : storeMigrations()) {
        if (m.version <= current)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            QSqlQuery q(db);
            for (const QString& statement : m.statements) {
                if (!q.exec(statement)) {
                    if (isStoreDamage(q.lastError()))
                        return statementError(
                            q, QStringLiteral("updating it to version %1").arg(m.version));
                    return makeError(ErrorCode::Database,
                                     QStringLiteral("migration %1 (%2) failed: %3")
                                         .arg(m.version)
                                         .arg(QLatin1String(m.description), q.lastError().text()));
                }
                q.finish();
            }
            if (m.step)
                if (auto r = m.step(db); !r) {
                    if (r.error().code == ErrorCode::Corrupt)
                        return r.error();
                    return makeError(ErrorCode::Database,
                                     QStringLiteral("migration %1 (%2) failed: %3")
                                         .arg(m.version)
                                         .arg(QLatin1String(m.description), r.error().message));
                }
            q.prepare(current == 0 && m.version == storeMigrations().front().version
                          ? QStringLiteral("INSERT INTO schema_version(version) VALUES (?)")
                          : QStringLiteral("UPDATE schema_version SET version = ?"));
            q.addBindValue(m.version);
            return execPrepared(q, QStringLiteral("recording schema version"));
        });
        if (!applied)
            return applied;
    }
    return {};
}

Result<void> runTransaction(QSqlDatabase db, const std::function<Result<void>()>& fn)
{
    const QString path = db.databaseName();
    if (!db.transaction()) {
        if (isStoreDamage(db.lastError()))
            return storeDamaged(
                path,
                QStringLiteral("starting a transaction: %1").arg(db.lastError().text().trimmed()));
        return makeError(ErrorCode::Database, QStringLiteral("cannot start a transaction on %1: %2")
                                                  .arg(path, db.lastError().text()));
    }
    Result<void> result = fn();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        const bool damaged = isStoreDamage(db.lastError());
        db.rollback();
        if (damaged)
            return storeDamaged(path, QStringLiteral("committing: %1").arg(why.trimmed()));
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot commit to %1: %2").arg(path, why));
    }
    return {};
}

Result<void> Store::transaction(const std::function<Result<void>()>& fn)
{
    return runTransaction(database(), fn);
}

Result<void> Store::compact()
{
    QSqlQuery q(database());
    for (const QString& statement :
         {QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (!q.exec(statement)) {
            if (isStoreDamage(q.lastError()))
                return statementError(q, QStringLiteral("compacting"));
            return makeError(
                ErrorCode::Database,
                QStringLiteral("cannot compact %1: %2").arg(m_path, q.lastError().text()));
        }
        q.finish();
    }
    return {};
}

qint64 Store::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

} // namespace alpr
