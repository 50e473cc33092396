// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/departmentimport.h"

#include <QString>

namespace alpr {

class Session;

namespace departmentstore {

// What 'alprctl pg migrate --from FILE' did.
struct FileStoreMigration
{
    DepartmentImportCounts counts;
    QString fromStoreId;
    QString rootFingerprint; // of the file store's agency root key
    qint64 headSeq = 0;      // the old trail's last event, kept verbatim
    QString headHash;
};

// Copies the file store that fileSession (an administrator's) has open
// into the department store at address (a superuser's postgresql:// URL),
// which must have been set up ('pg init', schema up to date) and hold no
// reads yet. The file store's trail is verified first and a trail that does
// not verify is refused, naming the event. Everything is copied in one
// server transaction, as alpr_owner: a failure leaves the server as it was.
// The server's trail records a 'store-migrated' event naming the old trail's
// head hash and root key fingerprint; the file store's trail records where it went.
Result<FileStoreMigration> migrateFileStore(const QString& address, Session& fileSession);

} // namespace departmentstore

} // namespace alpr
