// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/serviceaccounts.h"

#include "auth/passwordfile.h"
#include "auth/passwordpolicy.h"
#include "auth/session.h"
#include "auth/useradministration.h"

#include <QCoreApplication>
#include <QFile>

namespace alpr {

namespace {

// Writes a generated password into the new file, runs the change, and takes
// the file away again when the change fails: no file without its account.
template <typename Change>
Result<void> withNewPasswordFile(const QString& username, const QString& passwordFile,
                                 Change change)
{
    // Now and then a random string looks systematic to the dictionary check
    // (a run such as "abcd" or "4321"), which the change would refuse: draw
    // again. 20 draws in a row failing is beyond any real chance.
    SecureBytes password = passwordfile::generatePassword();
    for (int draw = 1; draw < 20 && !validateNewPassword(username, password); ++draw)
        password = passwordfile::generatePassword();
    if (auto r = passwordfile::create(passwordFile, password); !r)
        return r;
    if (auto r = change(password); !r) {
        QFile::remove(passwordFile);
        return r;
    }
    return {};
}

} // namespace

Result<qint64> ServiceAccounts::add(const UserAccount& account, const QString& passwordFile)
{
    if (auto r = validateUsername(account.username); !r)
        return r.error();
    if (auto r = validateRoleCombination(account.username, account.roles); !r)
        return r.error();
    if (!account.isServiceAccount())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::ServiceAccounts",
                                        "%1 (roles: %2) is a person's account: a person chooses "
                                        "their own password, so it is not generated into a "
                                        "password file; leave out --password-file")
                .arg(account.username, rolesToString(account.roles)));
    // Checked before the file is written, so a refusal leaves no file.
    if (auto r = m_session.require(Action::ManageUsers, userAuditObject(account.username)); !r)
        return r.error();
    UserAccount service = account;
    service.mustChangePassword = false;
    qint64 id = 0;
    auto added =
        withNewPasswordFile(account.username, passwordFile, [&](const SecureBytes& password) {
            auto r = UserAdministration(m_session).addUser(service, password);
            if (!r)
                return Result<void>(r.error());
            id = r.value();
            return Result<void>();
        });
    if (!added)
        return added.error();
    return id;
}

Result<void> ServiceAccounts::requireServiceAccount(const QString& username, const QString& what)
{
    auto users = UserAdministration(m_session).listUsers();
    if (!users)
        return users.error();
    for (const UserStatus& u : users.value()) {
        if (u.account.username != username)
            continue;
        if (!u.account.isServiceAccount())
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("alpr::ServiceAccounts",
                                            "%1 is a person's account: %2 it with a password the "
                                            "person changes at sign-in, without --password-file")
                    .arg(username, what));
        return {};
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                              "alpr::ServiceAccounts",
                                              "there is no user %1; 'alprctl user list' shows them")
                                              .arg(username));
}

Result<void> ServiceAccounts::resetPassword(const QString& username, const QString& passwordFile)
{
    if (auto r = requireServiceAccount(username, QStringLiteral("reset")); !r)
        return r;
    return withNewPasswordFile(username, passwordFile, [&](const SecureBytes& password) {
        return UserAdministration(m_session).resetPassword(username, password);
    });
}

Result<void> ServiceAccounts::enable(const QString& username, const QString& passwordFile)
{
    if (auto r = requireServiceAccount(username, QStringLiteral("enable")); !r)
        return r;
    return withNewPasswordFile(username, passwordFile, [&](const SecureBytes& password) {
        return UserAdministration(m_session).enableUser(username, password);
    });
}

Result<void> validateRoleChange(const UserAccount& target, const QList<Role>& roles)
{
    if (auto r = validateRoleCombination(target.username, roles); !r)
        return r;
    UserAccount changed = target;
    changed.roles = roles;
    if (changed.isServiceAccount() != target.isServiceAccount())
        return makeError(
            ErrorCode::Invalid,
            target.isServiceAccount()
                ? QCoreApplication::translate("alpr::ServiceAccounts",
                                              "%1 is a service account and keeps service roles "
                                              "(%2); give the person an account of their own")
                      .arg(target.username, rolesToString(serviceRoles()).replace(u',', u'/'))
                : QCoreApplication::translate("alpr::ServiceAccounts",
                                              "%1 is a person's account and cannot take the "
                                              "service roles %2; add a service account with "
                                              "'alprctl user add NAME --roles %3 --password-file "
                                              "FILE'")
                      .arg(target.username, rolesToString(roles),
                           rolesToString(serviceRoles()).replace(u',', u'|')));
    return {};
}

QString serviceAccountPasswordHint(const QString& username)
{
    return QCoreApplication::translate(
               "alpr::ServiceAccounts",
               "%1 is a service account: its password is generated into a new file, "
               "never chosen or temporary; use 'alprctl user add %1 --roles ROLE "
               "--password-file FILE'")
        .arg(username);
}

QString serviceAccountTotpRefusal(const QString& username)
{
    return QCoreApplication::translate(
               "alpr::ServiceAccounts",
               "%1 is a service account for an unattended job, which has nobody to "
               "type a one-time code; it signs in with its password file only")
        .arg(username);
}

} // namespace alpr
