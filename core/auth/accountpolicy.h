// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/keyslotfile.h"
#include "auth/passwordpolicy.h"
#include "common/result.h"

namespace alpr {

class Session;
class Store;

// CJIS 5.5.5: the session locks after at most 30 minutes without input.
inline constexpr int kDefaultIdleLockMinutes = 30;
inline constexpr int kMaxIdleLockMinutes = 30;

// The account rules an administrator may set. The password length, idle
// lock and second-factor rule are store settings; the lockout lives in the
// key-slot file, which is read before the store opens.
struct AccountPolicy
{
    int minPasswordLength = kMinPasswordLength;    // >= kMinPasswordLengthFloor
    int lockoutSeconds = kDefaultLockoutSeconds;   // 0 = until an administrator unlocks
    int idleLockMinutes = kDefaultIdleLockMinutes; // 1..kMaxIdleLockMinutes
    bool totpRequired = false;                     // every user must have a second factor

    // The policy in force on the session's store.
    static Result<AccountPolicy> load(Session& session);
    static Result<AccountPolicy> load(const Store& store);
    // Writes the policy (change-settings), recorded as "settings-changed"
    // with the values before and after.
    static Result<void> save(Session& session, const AccountPolicy& policy);
};

} // namespace alpr
