// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace alpr {

class Clock;
class KeySlotFile;
class Session;
class Store;
struct UnlockedSlot;

// The details of a "key-certified" event: the user, their Ed25519 public key
// and the root key's signature over AuditLog::certificateMessage().
Result<QJsonObject> keyCertificate(const SecureBytes& rootPrivate, const QString& username,
                                   const QByteArray& signingPublic);

// Opens the store with the database key the user's slot gave up. When a
// rekey or a restore was interrupted the slot holds two keys, and exactly one
// opens the file: with the new one the replacement is finished (every slot's
// next key becomes its key), with the old one it is abandoned (the next keys
// and the half-written copy are dropped). Either way the slot file is saved
// and *finished says which ("finished" or "abandoned"; empty when nothing was
// pending). slot.databaseKey is then the key that opened the store.
Result<std::unique_ptr<Store>> openStoreWithSlot(const QString& storePath, KeySlotFile& slots,
                                                 UnlockedSlot& slot, QString* finished);

// The store file's keys, copies and replacements (administrators).
//
// A rekey and a restore both replace the store file with another one under a
// key of its own, safely against a crash at any point:
//  1. the new key is sealed to every active user as their "next" key, and the
//     slot file saved (the old keys still open the old file);
//  2. the new file is written beside the store ("<store>.replacing") and synced;
//  3. it is renamed over the store (atomic), and the folder synced;
//  4. the next keys become the keys, and the slot file is saved.
// After a crash before 3 the old key opens the store; after 3 only the new
// one does; openStoreWithSlot() at the next sign-in tries both and finishes or
// abandons the replacement. Nobody is locked out at any point.
class StoreKeys final
{
public:
    explicit StoreKeys(Session& session) : m_session(session) {}

    // Running sessions are told of a rekey or restore through a notice file
    // beside the store ("<store>.replacement-notice", 0600) that names the
    // administrator; the windows poll it and close, which releases their
    // hold on the store. A notice older than two minutes is stale.
    static Result<void> announceReplacement(const QString& storePath, const QString& by);
    static void withdrawAnnouncement(const QString& storePath);
    // Who announced a replacement of the store, when one is announced.
    static std::optional<QString> announcedReplacement(const QString& storePath);
    // How long rekey() waits, after announcing it, for the other sessions to
    // close (default 60 s).
    void setWaitForOthers(int milliseconds) { m_waitForOthersMs = milliseconds; }

    struct Rekeyed
    {
        int usersSealed = 0;     // active users the new key was sealed to
        int slotsWithoutKey = 0; // slots left without it (disabled users, legacy slots)
    };
    // A new database key; the session goes on with the rekeyed store. Needs
    // every other session of the store closed: while any is open, announces
    // the rekey and waits for them to close; Denied, saying so, if they do
    // not in time.
    Result<Rekeyed> rekey();

    struct BackedUp
    {
        QString storeCopy;
        QString slotCopy;
        qint64 headSeq = 0;
        QString headHash;
    };
    // A consistent copy of the store at out (encrypted with the store's key,
    // as the store is) and of the slot file at out + ".keys"; both 0600 and
    // synced. Recorded as "store-backup" (the event is in the copy too).
    Result<BackedUp> backup(const QString& out);

    struct Restored
    {
        qint64 backupHeadSeq = 0; // the last event the backup held
        qint64 discardedFrom = 0; // events the restore took back: from..to
        qint64 discardedTo = 0;   // -1: the replaced store could not be read
    };
    // Replaces the store at storePath with the backup at file (made by
    // backup(); its slot file beside it as file + ".keys"). Needs no session,
    // since the store may be too damaged to open: username must be an active
    // administrator in the backup, and their password must open their slot
    // in today's slot file, whose X25519 key opens the backup's database key.
    // The restored store keeps today's slot file: today's passwords, the
    // backup's database key sealed to every active user, today's slot
    // generations. Signs in as username afterwards and records
    // "store-restored", with the events the restore took back. Needs every
    // other session closed.
    static Result<Restored> restore(const QString& storePath, const QString& username,
                                    const SecureBytes& password, const QString& file,
                                    const Clock& clock);

private:
    Session& m_session;
    int m_waitForOthersMs = 60 * 1000;
};

} // namespace alpr
