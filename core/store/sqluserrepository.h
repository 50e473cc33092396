// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/userrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The users, training and sessions tables of the embedded store.
class SqlUserRepository final : public UserRepository
{
public:
    explicit SqlUserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<UserAccount> find(const QString& username) const override;
    Result<QList<UserAccount>> list() const override;
    Result<qint64> insert(const UserAccount& account, const QDateTime& now) override;
    Result<void> addTraining(qint64 userId, const TrainingRecord& record) override;
    Result<void> setActive(qint64 userId, bool active) override;
    Result<void> setRoles(qint64 userId, const QList<Role>& roles) override;
    Result<void> setPasswordChanged(qint64 userId, bool mustChange, const QDateTime& now) override;
    Result<SecureBytes> totpSecret(qint64 userId) const override;
    Result<qint64> totpLastStep(qint64 userId) const override;
    Result<void> setTotpSecret(qint64 userId, const SecureBytes& secret) override;
    Result<void> setTotpLastStep(qint64 userId, qint64 step) override;
    Result<int> activeAdministratorCount() const override;

    Result<std::optional<ActiveSession>> activeSession(const QString& username) const override;
    Result<void> putSession(const QString& username, const ActiveSession& session) override;
    Result<void> touchSession(const QString& username, const QString& token,
                              const QDateTime& now) override;
    Result<void> endSession(const QString& username, const QString& token) override;
    Result<void> endSessions(const QString& username) override;

private:
    Result<QList<TrainingRecord>> training(qint64 userId) const;
    QSqlDatabase m_db;
};

} // namespace alpr
