// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/keyslotfile.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace alpr {

class AuditLog;
class Store;

// CJIS Security Policy 5.5.3: at most 5 consecutive failed logons, then the
// account locks for 10 minutes (or until an administrator unlocks it; the
// duration is a setting kept in the key-slot file).
inline constexpr int kMaxFailedSignIns = 5;
inline constexpr qint64 kLockoutSeconds = kDefaultLockoutSeconds;

// Failed sign-ins and lockouts, counted in the key-slot file (which can be
// written while the store is still locked) and moved into the audit trail
// once the store is open.
class SignInFailures final
{
public:
    SignInFailures() = delete;

    static bool isLocked(const FailureState& failures, const QDateTime& now);
    // "until <local time>" or "until an administrator unlocks it".
    static QString lockedUntilText(const QDateTime& until);

    // Counts one failed attempt (wrong password or code) in the slot file,
    // locks the account on the kMaxFailedSignIns-th (a pending
    // "account-locked" event) and returns the message for the user. The
    // caller saves the file.
    static QString count(KeySlotFile& keys, const QString& username, const QDateTime& now,
                         const QString& what, bool* lockedNow);

    // A wrong user name or password at the prompt: count() plus a pending
    // "sign-in"/"failure" event. A name without a slot counts like any other
    // (among at most kMaxUnknownNameFailures unknown names); a name over
    // kMaxStoredUsernameLength is not counted, since no account can have it,
    // and its event carries KeySlotFile::recordedUsername(). Returns the
    // message for the user; the caller saves the file.
    static QString recordWrongPassword(KeySlotFile& keys, const QString& username,
                                       const QDateTime& now);
    // The one door a password goes through to a key slot (sign-in, the store
    // check, a restore): a locked account is refused (Locked; the attempt is
    // kept as a pending event), a wrong password counted (AuthFailed); the
    // slot file is saved in both cases. Otherwise what the slot holds.
    static Result<UnlockedSlot> openSlot(KeySlotFile& keys, const QString& username,
                                         const SecureBytes& password, const QDateTime& now);

    // Moves the slot file's pending events (failures, lockouts) into the
    // trail in one transaction, each with its own time and `context` added to
    // its details; clears them from the file only when that commits, so none
    // is lost; events dropped for room are said in one "pending-events-dropped"
    // event. The caller saves the file.
    static Result<void> moveToTrail(KeySlotFile& keys, Store& store, AuditLog& trail,
                                    const QJsonObject& context = {});
};

} // namespace alpr
