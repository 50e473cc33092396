// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/session.h"
#include "common/result.h"
#include "common/securebytes.h"
#include "common/useraccount.h"

#include <QString>

#include <memory>

namespace alpr {

class Clock;
class KeySlotFile;

// Opens a store for a user and gives back their Session.
class SignIn final
{
public:
    SignIn() = delete;

    // Opens the store at storePath with the user's key slot, then checks the
    // second factor and that the user has no other active session. Failed
    // attempts (password or code) are counted in the key-slot file; the 5th
    // locks the account. A storePath of postgresql://… signs in to the
    // department store instead, where the server checks all of that itself.
    static Result<std::unique_ptr<Session>> signIn(const QString& storePath,
                                                   const QString& username,
                                                   const SecureBytes& password, const Clock& clock,
                                                   const OneTimeCodeSource& oneTimeCode = {});

    // Creates a new store (file and key slots) with one administrator, and
    // returns that administrator's session.
    static Result<std::unique_ptr<Session>> createStore(const QString& storePath,
                                                        const UserAccount& admin,
                                                        const SecureBytes& password,
                                                        const Clock& clock);

private:
    static Result<std::unique_ptr<Session>>
    signInDepartment(const QString& address, const QString& username, const SecureBytes& password,
                     const Clock& clock, const OneTimeCodeSource& oneTimeCode);
    static Result<void> startSigning(Session& session, const KeySlotFile& keys,
                                     const QString& username, const QByteArray& signingPublic,
                                     const QString& reason);
    static Result<void> upgradeLegacySlot(Session& session, KeySlotFile& keys,
                                          const UserAccount& account, const SecureBytes& password);
};

} // namespace alpr
