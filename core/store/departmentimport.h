// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/departmentlink.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace alpr {

// What 'alprctl pg migrate' copied from a file store into a department store.
struct DepartmentImportCounts
{
    qint64 users = 0;        // accounts made on the server
    qint64 usersSkipped = 0; // a server account of that name existed already (kept)
    QStringList migratedUsers;
    QStringList skippedUsers;
    qint64 training = 0;
    qint64 cameras = 0;
    qint64 plates = 0;
    qint64 reads = 0;
    qint64 candidates = 0;
    qint64 images = 0;
    qint64 searches = 0;
    qint64 searchesWithoutUser = 0; // by a name no account has: not copied
    qint64 events = 0;              // of the old trail, kept verbatim
    // Legal holds, all copied (released ones as history).
    qint64 holds = 0;     // open (not released)
    qint64 heldReads = 0; // the reads they keep
    // Hot lists with their entries and changes, and hits with their steps.
    qint64 hotLists = 0;
    qint64 hotListEntries = 0;
    qint64 hits = 0;
    // Evidence packages (their keys' public halves, custody, release requests).
    qint64 evidencePackages = 0;
    qint64 releaseRequests = 0;
    qint64 samples = 0; // the policy audit's, with their worksheets
    qint64 agents = 0;  // cameras' agents, revoked ones too
};

// The old trail's head and keys, as the file store's verification found them.
struct DepartmentImportSource
{
    QString storeId;
    QString rootFingerprint;
    qint64 headSeq = 0;
    QString headHash;
    int lockoutSeconds = 600; // the file's account lockout (its key slots); 0: until unlocked
    QString migratedBy;       // the file store's administrator who runs it
    QString workstation;      // for the server's 'store-migrated' event
};

// Copies a file store into a department store: reads the file's tables
// through its own connection (streaming, in batches) and writes them with
// the statements of one alpr_owner transaction of the server (see
// DepartmentLink::asOwnerInOneTransaction). Cameras, plates, reads and
// searches, hot lists, entries and hits keep their ids; accounts are new (with an unknown password
// that an administrator resets); the old audit trail goes verbatim into alpr.migrated_audit_events;
// the server's own trail records the migration.
class DepartmentImport final
{
public:
    DepartmentImport(QSqlDatabase file, const DepartmentLink::OwnerStatement& server)
        : m_file(std::move(file)), m_server(server)
    {
    }

    // Refuses a server that holds reads, plates, cameras or searches, or a
    // migration already (a second one would duplicate).
    Result<void> checkServerEmpty();
    // Everything, then the 'store-migrated' event and the alpr.migrations_in row.
    Result<DepartmentImportCounts> run(const DepartmentImportSource& source);

private:
    Result<QList<QByteArrayList>> server(const QString& sql,
                                         const std::vector<DepartmentArg>& args = {});
    Result<void> copySettingsAndPurposes();
    Result<void> copyCamerasAndPlates();
    Result<void> copyReads();
    Result<void> copyImages();
    Result<void> copyUsers();
    Result<void> copySearches();
    Result<void> copyTrail();
    Result<void> copyHolds();
    Result<void> copyHotLists();
    Result<void> copyHits();
    Result<void> copyEvidence();
    Result<void> copySamples();
    Result<void> copyAgents();
    Result<void> moveSequencesOn();
    Result<void> record(const DepartmentImportSource& source);

    QSqlDatabase m_file;
    const DepartmentLink::OwnerStatement& m_server;
    DepartmentImportCounts m_counts;
};

} // namespace alpr
