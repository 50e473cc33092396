// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/permissions.h"
#include "common/result.h"
#include "common/securebytes.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace alpr {

struct TrainingRecord
{
    QString course;
    QDate completedOn;
    QDate expiresOn; // invalid = does not expire

    // Completed on or before `today` and not expired (good through its expiry date).
    bool isCurrentOn(const QDate& today) const;
};

struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString badge;
    QString organization;
    QList<Role> roles;
    bool active = true;
    bool mustChangePassword = false;
    bool totpEnrolled = false;
    QList<TrainingRecord> training;

    bool isAdministrator() const { return roles.contains(Role::Administrator); }
    // Whether any training record is current on `today`.
    bool hasCurrentTraining(const QDate& today) const;
    // Why the user may not reach ALPR data on `today`, for the user to read;
    // empty when the training is current.
    QString trainingProblem(const QDate& today) const;
};

// User names: 2-32 characters of a-z, 0-9, '.', '_', '-', starting with a letter.
Result<void> validateUsername(const QString& username);

// The users table. Key slots live in the side file; see KeySlotFile.
class UserDirectory final
{
public:
    explicit UserDirectory(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<UserAccount> find(const QString& username) const;
    Result<QList<UserAccount>> list() const;
    Result<qint64> insert(const UserAccount& account, const QDateTime& now);
    Result<void> addTraining(qint64 userId, const TrainingRecord& record);
    Result<void> setActive(qint64 userId, bool active);
    Result<void> setRoles(qint64 userId, const QList<Role>& roles);
    // Records a new password: whether it must be changed at next sign-in, and when.
    Result<void> setPasswordChanged(qint64 userId, bool mustChange, const QDateTime& now);
    // The TOTP secret; empty when the user has none.
    Result<SecureBytes> totpSecret(qint64 userId) const;
    Result<qint64> totpLastStep(qint64 userId) const;
    // An empty secret removes the second factor.
    Result<void> setTotpSecret(qint64 userId, const SecureBytes& secret);
    Result<void> setTotpLastStep(qint64 userId, qint64 step);
    // Active users holding the administrator role.
    Result<int> activeAdministratorCount() const;

private:
    Result<QList<TrainingRecord>> training(qint64 userId) const;
    QSqlDatabase m_db;
};

} // namespace alpr
