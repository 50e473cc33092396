// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"
#include "common/useraccount.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace alpr {

// One user's active session as the sessions table keeps it (one a user).
struct ActiveSession
{
    QString token;
    QString workstation;
    qint64 pid = 0;
    QDateTime startedAt; // UTC
    QDateTime lastSeen;  // UTC
};

// The accounts in a store: users, their training records and second factor,
// and the active session of each. Key slots live in the side file; see
// KeySlotFile.
class UserRepository
{
public:
    virtual ~UserRepository() = default;

    virtual Result<UserAccount> find(const QString& username) const = 0;
    virtual Result<QList<UserAccount>> list() const = 0;
    virtual Result<qint64> insert(const UserAccount& account, const QDateTime& now) = 0;
    virtual Result<void> addTraining(qint64 userId, const TrainingRecord& record) = 0;
    virtual Result<void> setActive(qint64 userId, bool active) = 0;
    virtual Result<void> setRoles(qint64 userId, const QList<Role>& roles) = 0;
    // Records a new password: whether it must be changed at next sign-in, and when.
    virtual Result<void> setPasswordChanged(qint64 userId, bool mustChange,
                                            const QDateTime& now) = 0;
    // The TOTP secret; empty when the user has none.
    virtual Result<SecureBytes> totpSecret(qint64 userId) const = 0;
    virtual Result<qint64> totpLastStep(qint64 userId) const = 0;
    // An empty secret removes the second factor.
    virtual Result<void> setTotpSecret(qint64 userId, const SecureBytes& secret) = 0;
    virtual Result<void> setTotpLastStep(qint64 userId, qint64 step) = 0;
    // Active users holding the administrator role.
    virtual Result<int> activeAdministratorCount() const = 0;

    // --- sessions: one a user
    // The user's recorded session, if any.
    virtual Result<std::optional<ActiveSession>> activeSession(const QString& username) const = 0;
    // Records the user's session, replacing any earlier one.
    virtual Result<void> putSession(const QString& username, const ActiveSession& session) = 0;
    virtual Result<void> touchSession(const QString& username, const QString& token,
                                      const QDateTime& now) = 0;
    virtual Result<void> endSession(const QString& username, const QString& token) = 0;
    // Ends the user's session whatever its token (the account was disabled).
    virtual Result<void> endSessions(const QString& username) = 0;

protected:
    UserRepository() = default;
    UserRepository(const UserRepository&) = default;
    UserRepository& operator=(const UserRepository&) = default;
};

} // namespace alpr
