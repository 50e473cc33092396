// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/keyslotfile.h"
#include "common/result.h"
#include "common/securebytes.h"
#include "common/useraccount.h"

#include <QList>
#include <QString>

namespace alpr {

class Session;

// One account as the administration screens show it.
struct UserStatus
{
    UserAccount account;
    bool hasKeySlot = false;
    FailureState failures;
    bool locked = false;
};

// Administering accounts (manage-users) as the signed-in user, audited;
// username may be one's own for setTotpSecret and addTraining.
class UserAdministration final
{
public:
    explicit UserAdministration(Session& session) : m_session(session) {}

    Result<QList<UserStatus>> listUsers();
    Result<qint64> addUser(const UserAccount& account, const SecureBytes& password);
    Result<void> addTraining(const QString& username, const TrainingRecord& record);
    Result<void> setRoles(const QString& username, const QList<Role>& roles);
    // Removes the user's key slot: their password no longer opens the store.
    Result<void> disableUser(const QString& username);
    // A new slot with a temporary password that must be changed at sign-in.
    Result<void> enableUser(const QString& username, const SecureBytes& temporaryPassword);
    Result<void> resetPassword(const QString& username, const SecureBytes& temporaryPassword);
    Result<void> unlockUser(const QString& username);
    // Enrols a TOTP secret. With a confirmation code, the code must match the
    // secret now (the GUI asks the user to type one from the app).
    Result<void> setTotpSecret(const QString& username, const SecureBytes& secret,
                               const QString& confirmationCode = {});
    Result<void> removeTotp(const QString& username);

private:
    // Checks manage-users (or self, when allowSelf) and finds the target.
    Result<UserAccount> adminTarget(const QString& username, const QString& what, bool allowSelf);
    // A temporary password under the store's account rules.
    Result<void> checkTemporaryPassword(const QString& username, const SecureBytes& password);
    // Gives an account a new slot under a temporary password that must be
    // changed first (an administrator's reset; enabling, when enable is set).
    Result<void> grantTemporaryPassword(const UserAccount& target,
                                        const SecureBytes& temporaryPassword, const QString& event,
                                        bool enable);
    // After a change to the signed-in user's own account.
    Result<void> reloadIfSelf(const QString& username);
    // On the department store: alpr_api.user_change, which checks and records.
    Result<void> departmentChange(const QString& username, const QString& change,
                                  const QString& value);

    Session& m_session;
};

} // namespace alpr
