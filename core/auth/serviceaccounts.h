// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/useraccount.h"

#include <QList>
#include <QString>

namespace alpr {

class Session;

// Service accounts (roles ingest, maintenance) for unattended jobs, made by
// an administrator (manage-users). Their password is generated, never typed:
// it is written into a new 0600 file that the job signs in with and is
// never shown. The account needs no training record or second factor, may
// hold several sessions, is never locked for idleness and cannot sign in at
// the GUI; its events carry its name like everyone's.
class ServiceAccounts final
{
public:
    explicit ServiceAccounts(Session& session) : m_session(session) {}

    // Adds the account with a generated permanent password written into
    // passwordFile, which must not exist. Refused for a person's roles. When
    // the account cannot be added, the file is removed again.
    Result<qint64> add(const UserAccount& account, const QString& passwordFile);
    // A new generated password for a service account (a reset, or enabling
    // it again), written into a new file; the old password stops working.
    Result<void> resetPassword(const QString& username, const QString& passwordFile);
    Result<void> enable(const QString& username, const QString& passwordFile);

private:
    // Refuses a target that is not a service account (or does not exist).
    Result<void> requireServiceAccount(const QString& username, const QString& what);

    Session& m_session;
};

// For UserAdministration: what the rules of service accounts say there.
// A role change that would turn a person's account into a service account or
// back is refused (make a separate account); so is a mix of the two kinds.
Result<void> validateRoleChange(const UserAccount& target, const QList<Role>& roles);
// Why a service account cannot get a typed, temporary password.
QString serviceAccountPasswordHint(const QString& username);
// Why a service account cannot enrol a second factor.
QString serviceAccountTotpRefusal(const QString& username);

} // namespace alpr
