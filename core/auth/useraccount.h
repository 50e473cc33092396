// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/permissions.h"
#include "common/result.h"

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
    QList<TrainingRecord> training;
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

private:
    Result<QList<TrainingRecord>> training(qint64 userId) const;
    QSqlDatabase m_db;
};

} // namespace alpr
