// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace alpr {

class SampleRepository;
class SecureBytes;

// The embedded store: one SQLCipher (AES-256) file, opened with the raw
// database key that a key slot gave up. Owns its one database connection;
// use it from the thread that opened it.
class Store final
{
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens an existing store file and brings its schema up to date.
    static Result<std::unique_ptr<Store>> open(const QString& path, const SecureBytes& databaseKey);
    // Creates a new, empty store file (refuses if the file exists).
    static Result<std::unique_ptr<Store>> create(const QString& path,
                                                 const SecureBytes& databaseKey);

    // "<store>.keys": the key-slot side file that belongs to a store file.
    static QString keySlotPathFor(const QString& storePath);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Store settings (case number format, purposes, misread table, ...).
    Result<QString> setting(const QString& key) const;
    Result<void> setSetting(const QString& key, const QString& value);

    // Runs fn inside one transaction: commits when it returns ok, rolls back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& fn);

    // Rewrites the file with every table and index in one contiguous run
    // (VACUUM), then empties the write-ahead log. Imports scatter the pages
    // of the covering indexes the plate index is built from over the whole
    // file; with them contiguous, a build with a cold disk cache reads them
    // in one sweep. Needs room for a second copy while it runs, and no open
    // statement or transaction. Row ids are kept.
    Result<void> compact();
    qint64 fileSize() const; // bytes, of the store file and its write-ahead log

    // Repositories: each owns its tables' SQL, on this store's connection.
    SampleRepository& samples() { return *m_samples; }

private:
    Store(QString path, QString connectionName);
    static Result<std::unique_ptr<Store>> openImpl(const QString& path, const SecureBytes& key,
                                                   bool create);
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;

    // Repositories (made once the connection is open).
    std::unique_ptr<SampleRepository> m_samples;
};

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Runs a prepared statement; turns a failure into an Error that names what
// was being done. For use by the repositories.
Result<void> execPrepared(class QSqlQuery& query, const QString& what);

} // namespace alpr
