// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>
#include <QString>

#include <array>

// The SQLCipher handles, declared opaquely so that handle() can carry them in a QVariant
// without this header pulling in sqlite3.h.
struct sqlite3;
struct sqlite3_stmt;
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace alpr {

class SqlCipherResult;

// Registers "QSQLCIPHER" with QSqlDatabase::registerSqlDriver. Idempotent, thread-safe.
void registerSqlCipherDriver();
// How long a connection waits for another connection's lock, trying about
// every millisecond (the driver sets kBusyWaitMs at open).
constexpr int kBusyWaitMs = 5000;
void setBusyWait(sqlite3* db, int limitMs);
QString sqlCipherDriverName(); // "QSQLCIPHER"

// A QtSql driver over the SQLCipher C API, so that the store uses QSqlDatabase and QSqlQuery
// on an encrypted file. Qt's QSQLITE plugin must never be loaded next to it: it links plain
// libsqlite3, and two SQLite copies in one process corrupt each other.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   QSQLCIPHER_CREATE    create the file if it is missing (without it a missing file is an error)
//   QSQLCIPHER_READONLY  open read-only
// Anything else is refused, so that a misspelt option cannot be ignored silently.
//
// Every open sets `PRAGMA cipher_page_size = 4096`, a 5 s busy timeout and extended result
// codes, then proves the key by reading sqlite_master.
//
// Values:
//   read:  INTEGER -> qlonglong, REAL -> double (LowPrecisionInt32/Int64 policies give
//   int/qlonglong),
//          TEXT -> QString, BLOB -> QByteArray, NULL -> QVariant().
//   bound: an invalid or null QVariant, a null QString, a null QByteArray and an invalid
//          QDateTime -> NULL (as Qt's own drivers do; an empty but non-null QString is '');
//          bool and integers -> INTEGER; double/float -> REAL; QByteArray -> BLOB;
//          QString -> TEXT; QDateTime -> TEXT in UTC, ISO 8601 with milliseconds,
//          "2024-05-01T13:45:00.000Z" (so text order is time order; read it back with
//          QDateTime::fromString(text, Qt::ISODateWithMs)); QDate -> "yyyy-MM-dd";
//          QTime -> "HH:mm:ss.zzz"; other types convertible to QString -> TEXT.
//
// Results step forward only: next(), seek() forward and last() work; going back fails with
// an error in lastError(). size() is -1. One statement per query; a query text holding two
// statements is refused. BEGIN is BEGIN IMMEDIATE on a writable connection, so a transaction
// never fails half-way on a lock upgrade.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // Before open(): the raw 32-byte database key (not a passphrase). Given to SQLCipher as a raw
    // key (the "x'<64 hex>'" form, so no KDF runs on open). Every copy (incl. the hex text) is
    // wiped with a secure memset after use; the driver does not keep the key after open(), so
    // set it again before opening again. The caller wipes its own copy.
    void setKey(const QByteArray& rawKey);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& databaseName, const QString& user, const QString& password,
              const QString& host, int port, const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    // The sqlite3* of the open connection (typeName "sqlite3*"), or a null pointer when closed.
    QVariant handle() const override;
    // The file of the open connection, as given to open().
    QString databasePath() const { return m_path; }

    static constexpr int keySize = 32;

private:
    friend class SqlCipherResult;

    enum class KeyState
    {
        None,
        Set,
        WrongSize
    };

    bool failOpen(const QString& message);
    // Closes db and fails with rc as the native code: the first page did not decrypt.
    bool failDamaged(sqlite3* db, int rc, const QString& message);
    bool runTransactionStatement(const char* sql, const char* what);
    void wipeKey();
    bool pagesIntact();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_probe = nullptr; // see pagesIntact()
    bool m_readOnly = false;
    QString m_path;
    std::array<unsigned char, keySize> m_key{};
    KeyState m_keyState = KeyState::None;
    int m_givenKeySize = 0;
    // Every result created by this driver, so close() can finalize their statements.
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace alpr
