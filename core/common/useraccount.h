// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/role.h"

#include <QDate>
#include <QList>
#include <QString>

namespace alpr {

// One account: who the user is, their roles and training. Key slots live
// in the side file; see KeySlotFile.
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
    // A service account (roles ingest or maintenance) is for an unattended
    // job: no training record, no second factor, several sessions at once, a
    // generated password that is never temporary and does not expire, and
    // no sign-in at the GUI.
    bool isServiceAccount() const;
    // "person" or "service", as 'alprctl user list' shows it.
    QString kindName() const;
    // Whether any training record is current on `today`.
    bool hasCurrentTraining(const QDate& today) const;
    // Why the user may not reach ALPR data on `today`, for the user to read;
    // empty when the training is current.
    QString trainingProblem(const QDate& today) const;
};

// User names: 2-32 characters of a-z, 0-9, '.', '_', '-', starting with a letter.
Result<void> validateUsername(const QString& username);

// The roles of one account: at least one, and either a person's roles or a
// service account's, never both (an unattended job must not carry a person's
// permissions, nor a person a job's exemptions).
Result<void> validateRoleCombination(const QString& username, const QList<Role>& roles);

// The audit trail's object for an account: "user:<name>".
QString userAuditObject(const QString& username);

} // namespace alpr
