// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/store.h"

#include "common/privatefiles.h"
#include "common/securebytes.h"
#include "store/migrations.h"
#include "store/sqlagentrepository.h"
#include "store/sqlauditeventrepository.h"
#include "store/sqlcipherdriver.h"
#include "store/sqlevidencerepository.h"
#include "store/sqlhotlistrepository.h"
#include "store/sqlinquiryrepository.h"
#include "store/sqlreadrepository.h"
#include "store/sqlretentionrepository.h"
#include "store/sqlsamplerepository.h"
#include "store/sqlsettingsrepository.h"
#include "store/sqlslotgenerationrepository.h"
#include "store/sqluserrepository.h"
#include "store/storedamage.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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
    closeConnection();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void Store::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    // Repositories hold prepared statements on the connection.
    m_reads.reset();
    m_auditEvents.reset();
    m_inquiries.reset();
    m_settings.reset();
    m_hotLists.reset();
    m_users.reset();
    m_samples.reset();
    m_slotGenerations.reset();
    m_agents.reset();
    m_evidence.reset();
    m_retention.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString Store::lockPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".lock");
}

namespace {

Error replacementUnderWay(const QString& path)
{
    return makeError(ErrorCode::Denied,
                     QCoreApplication::translate(
                         "alpr::Store", "The store %1 is being given a new key or restored from a "
                                        "backup by an administrator; try again in a minute.")
                         .arg(path));
}

} // namespace

Result<void> Store::exclusiveLock()
{
    // flock() converts a lock by dropping it first: when the conversion fails
    // the shared lock is taken again.
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0)
        return {};
    const int error = errno;
    if (::flock(m_lockFd, LOCK_SH | LOCK_NB) != 0)
        return replacementUnderWay(m_path);
    if (error == EWOULDBLOCK)
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::Store",
                                        "Other sessions have the store %1 open (workstations, a "
                                        "receiver or a scheduled job). Ask their users to sign "
                                        "out and stop the services, then try again.")
                .arg(m_path));
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("alpr::Store", "Could not lock the store %1: %2")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(error))));
}

void Store::releaseExclusiveLock()
{
    (void)::flock(m_lockFd, LOCK_SH);
}

Result<void> Store::checkpoint()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() ||
        q.value(0).toInt() != 0)
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("alpr::Store",
                                        "Could not move the write-ahead log of %1 into the store "
                                        "file: another connection is still reading it")
                .arg(m_path));
    return {};
}

Result<void> Store::beginBulkWrites()
{
    QSqlQuery q(database());
    QStringList restore;
    for (const char* pragma : {"synchronous", "wal_autocheckpoint", "cache_size"}) {
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next())
            return statementError(q, QCoreApplication::translate("alpr::Store", "PRAGMA %1 on %2")
                                         .arg(QLatin1String(pragma), m_path));
        restore << QStringLiteral("PRAGMA %1 = %2")
                       .arg(QLatin1String(pragma))
                       .arg(q.value(0).toLongLong());
        q.finish();
    }
    m_bulkRestore = restore;
    // A quarter of a GiB of pages: the purge rewrites index pages all over the file.
    for (const QString& pragma : {QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                                  QStringLiteral("PRAGMA cache_size = -262144")}) {
        if (!q.exec(pragma)) {
            endBulkWrites();
            return statementError(
                q, QCoreApplication::translate("alpr::Store", "%1 on %2").arg(pragma, m_path));
        }
        q.finish();
    }
    return {};
}

void Store::endBulkWrites()
{
    QSqlQuery q(database());
    for (const QString& pragma : std::as_const(m_bulkRestore)) {
        (void)q.exec(pragma);
        q.finish();
    }
    m_bulkRestore.clear();
}

void Store::checkpointBetweenWrites()
{
    QSqlQuery q(database());
    auto* handle = qvariant_cast<sqlite3*>(database().driver()->handle());
    (void)q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    q.finish();
    // Writers wait meanwhile: give readers only a few milliseconds.
    setBusyWait(handle, 20);
    (void)q.exec(
        QStringLiteral("PRAGMA wal_checkpoint(RESTART)")); // busy: the next call tries again
    q.finish();
    setBusyWait(handle, kBusyWaitMs);
}

Result<void> Store::exportTo(const QString& path, const SecureBytes& key)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Store", "%1 already exists; choose another file")
                .arg(path));
    // Made here, owner-only and empty: the connection may not create files.
    {
        QFile made(path);
        if (!made.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("alpr::Store", "Could not create %1: %2")
                                 .arg(path, made.errorString()));
        if (auto r = makeOwnerOnly(made); !r) {
            made.remove();
            return r;
        }
    }
    QByteArray hexKey = "x'" + key.toByteArrayUnsafe().toHex() + "'";
    QSqlQuery q(database());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS copy KEY ?"));
    q.addBindValue(path);
    // As bytes: ATTACH takes the key's bytes as they are stored, and text
    // would be stored as UTF-16.
    q.addBindValue(hexKey);
    secureWipe(hexKey);
    auto fail = [&](const QString& what) {
        QFile::remove(path);
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "alpr::Store", "Could not copy the store %1 to %2: %3")
                                            .arg(m_path, path, what));
    };
    if (!q.exec())
        return fail(q.lastError().text());
    q.finish();
    // The page size the driver gives every store (SQLCipher 3.4's default is 1024).
    if (!q.exec(QStringLiteral("PRAGMA copy.cipher_page_size = 4096"))) {
        const QString why = q.lastError().text();
        (void)q.exec(QStringLiteral("DETACH DATABASE copy"));
        return fail(why);
    }
    q.finish();
    // One read transaction: the copy is the store as of one moment.
    const bool copied = q.exec(QStringLiteral("SELECT sqlcipher_export('copy')"));
    const QString why = q.lastError().text();
    q.finish();
    QSqlQuery detach(database());
    const bool detached = detach.exec(QStringLiteral("DETACH DATABASE copy"));
    if (!copied)
        return fail(why);
    if (!detached)
        return fail(detach.lastError().text());
    if (auto r = makeOwnerOnly(path); !r) {
        QFile::remove(path);
        return r;
    }
    if (auto r = syncToDisk(path); !r) {
        QFile::remove(path);
        return r;
    }
    return {};
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const SecureBytes& databaseKey)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("alpr::Store", "no store at %1").arg(path));
    return openImpl(path, databaseKey, false);
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const SecureBytes& databaseKey)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Store", "%1 already exists; choose another file")
                .arg(path));
    return openImpl(path, databaseKey, true);
}

Result<std::unique_ptr<Store>> Store::openImpl(const QString& path, const SecureBytes& key,
                                               bool create)
{
    registerSqlCipherDriver();
    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(path, name));
    // Before the file is opened: a rekey or a restore may be replacing it.
    store->m_lockFd = ::open(QFile::encodeName(lockPathFor(path)).constData(),
                             O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (store->m_lockFd < 0)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("alpr::Store", "Could not open the lock file of %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(store->m_lockFd, LOCK_SH | LOCK_NB) != 0)
        return replacementUnderWay(path);
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
                return storeDamaged(path, QCoreApplication::translate(
                                              "alpr::Store", "its first page does not decrypt with "
                                                             "the key its slot gave; unless the "
                                                             "slot file belongs to another store"));
            return makeError(ErrorCode::Corrupt, QCoreApplication::translate(
                                                     "alpr::Store", "cannot open the store %1: %2")
                                                     .arg(path, db.lastError().text()));
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
    m_slotGenerations = std::make_unique<SqlSlotGenerationRepository>(db);
    m_agents = std::make_unique<SqlAgentRepository>(db);
    m_evidence = std::make_unique<SqlEvidenceRepository>(db);
    m_retention = std::make_unique<SqlRetentionRepository>(db);
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
            return statementError(
                q, QCoreApplication::translate("alpr::Store", "%1 on %2").arg(pragma, m_path));
        q.finish();
    }
    return {};
}

Result<qint64> Store::dataVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("alpr::Store", "cannot tell whether the store changed: %1")
                .arg(q.lastError().text()));
    return q.value(0).toLongLong();
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
        return statementError(
            q, QCoreApplication::translate("alpr::Store", "reading the schema version of %1")
                   .arg(m_path));
    if (!q.next()) {
        if (auto r = fetchedAll(
                q, QCoreApplication::translate("alpr::Store", "reading the schema version of %1")
                       .arg(m_path));
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
            return statementError(
                q, QCoreApplication::translate("alpr::Store", "preparing the schema of %1")
                       .arg(m_path));
    }
    // Read, not guessed: a damaged schema_version page is damage, never a
    // store at version 0 whose first migration then "fails".
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    const int current = version.value();
    if (current > latestSchemaVersion())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Store", "%1 has schema version %2, newer than this program "
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
                        return statementError(q, QCoreApplication::translate(
                                                     "alpr::Store", "updating it to version %1")
                                                     .arg(m.version));
                    return makeError(
                        ErrorCode::Database,
                        QCoreApplication::translate("alpr::Store", "migration %1 (%2) failed: %3")
                            .arg(m.version)
                            .arg(QLatin1String(m.description), q.lastError().text()));
                }
                q.finish();
            }
            if (m.step)
                if (auto r = m.step(db); !r) {
                    if (r.error().code == ErrorCode::Corrupt)
                        return r.error();
                    return makeError(
                        ErrorCode::Database,
                        QCoreApplication::translate("alpr::Store", "migration %1 (%2) failed: %3")
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
                path, QCoreApplication::translate("alpr::Store", "starting a transaction: %1")
                          .arg(db.lastError().text().trimmed()));
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("alpr::Store", "cannot start a transaction on %1: %2")
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
            return storeDamaged(
                path,
                QCoreApplication::translate("alpr::Store", "committing: %1").arg(why.trimmed()));
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("alpr::Store", "cannot commit to %1: %2").arg(path, why));
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
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("alpr::Store", "cannot compact %1: %2")
                                 .arg(m_path, q.lastError().text()));
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
