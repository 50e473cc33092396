// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

class SecureBytes;

// One table or index read whole.
struct ScannedObject
{
    QString type; // "table", "index"
    QString name;
    qint64 rootPage = 0;
    qint64 entries = 0;
    QString damage; // empty when every page of it was read and passed its check
};

// What reading a store file whole found.
struct StoreScan
{
    bool schemaReadable = false; // sqlite_master itself could be read
    QString schemaDamage;
    QList<ScannedObject> objects;  // every table and index, in sqlite_master order
    QStringList integrityProblems; // PRAGMA integrity_check, when it did not say "ok"
    QString integrityDamage;       // integrity_check itself stopped on a damaged page

    // "table users", "index reads_plate", "the schema (sqlite_master)".
    QStringList damagedObjects() const;
    bool intact() const;
};

// Opens the store file with the raw database key (no migration; nothing is
// written) and reads every table and index whole, each on its own (a table
// row by row with every value, so its overflow pages are read too; an index
// through a covering scan of its own columns), so that every page of each
// b-tree is decrypted and its HMAC checked; a read that fails names the table
// or index it was reading. Then runs SQLite's PRAGMA integrity_check. After a
// damaged page the connection is opened again, so one damaged object does not
// hide the state of the next.
Result<StoreScan> scanStoreFile(const QString& path, const SecureBytes& databaseKey);

} // namespace alpr
