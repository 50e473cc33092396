// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/useradministration.h"

#include "auth/accountpolicy.h"
#include "auth/departmentstore.h"
#include "auth/passwordpolicy.h"
#include "auth/serviceaccounts.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signinfailures.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace alpr {

Result<void> UserAdministration::reloadIfSelf(const QString& username)
{
    return username == m_session.m_user.username ? m_session.reloadUser() : Result<void>();
}

Result<void> UserAdministration::departmentChange(const QString& username, const QString& change,
                                                  const QString& value)
{
    auto r = departmentOf(m_session).call(
        "user_change", {DepartmentArg::text(username), DepartmentArg::text(change),
                        value.isNull() ? DepartmentArg::null("text") : DepartmentArg::text(value)});
    if (!r)
        return r.error();
    return reloadIfSelf(username);
}

Result<UserAccount> UserAdministration::adminTarget(const QString& username, const QString& what,
                                                    bool allowSelf)
{
    const bool self = username == m_session.m_user.username;
    if (!(allowSelf && self)) {
        if (auto r = m_session.require(Action::ManageUsers, userAuditObject(username),
                                       {{QStringLiteral("operation"), what}});
            !r)
            return r.error();
    } else if (!m_session.m_user.active) {
        return makeError(ErrorCode::Denied, QCoreApplication::translate("alpr::UserAdministration",
                                                                        "the account is disabled"));
    }
    auto target = m_session.m_store->users().find(username);
    if (!target)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "there is no user %1; 'alprctl user list' shows them")
                .arg(username));
    return target;
}

Result<QList<UserStatus>> UserAdministration::listUsers()
{
    if (m_session.isDepartment()) {
        auto answer = departmentOf(m_session).call("user_list", {});
        if (!answer)
            return answer.error();
        QList<UserStatus> out;
        for (const QJsonValue& v : answer->value(QStringLiteral("users")).toArray()) {
            UserStatus s;
            s.account = departmentstore::accountFromJson(v.toObject());
            s.hasKeySlot = true; // the server keeps the password hash
            s.locked = !v.toObject().value(QStringLiteral("locked_until")).isNull();
            out.append(s);
        }
        return out;
    }
    if (auto r = m_session.require(Action::ManageUsers, QStringLiteral("users")); !r)
        return r.error();
    auto users = m_session.m_store->users().list();
    if (!users)
        return users.error();
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    const QDateTime now = m_session.m_clock.now();
    QList<UserStatus> out;
    for (const UserAccount& a : users.value()) {
        UserStatus s;
        s.account = a;
        s.hasKeySlot = slots->hasSlot(a.username);
        s.failures = slots->failures(a.username);
        s.locked = SignInFailures::isLocked(s.failures, now);
        out.append(s);
    }
    return out;
}

Result<qint64> UserAdministration::addUser(const UserAccount& account, const SecureBytes& password)
{
    // The text first, before it reaches the trail or the store.
    if (auto r = validateUsername(account.username); !r)
        return r.error();
    if (auto r =
            checkTextInput(QCoreApplication::translate("alpr::UserAdministration", "full name"),
                           account.fullName, kMaxNameLength);
        !r)
        return r.error();
    if (auto r = checkTextInput(QStringLiteral("badge"), account.badge, kMaxNameLength); !r)
        return r.error();
    if (auto r =
            checkTextInput(QStringLiteral("organization"), account.organization, kMaxNameLength);
        !r)
        return r.error();
    if (auto r = checkPasswordLength(password); !r)
        return r.error();
    if (auto r = m_session.require(Action::ManageUsers, userAuditObject(account.username)); !r)
        return r.error();
    if (auto r = validateRoleCombination(account.username, account.roles); !r)
        return r.error();
    if (account.isServiceAccount() && account.mustChangePassword)
        return makeError(ErrorCode::Invalid, serviceAccountPasswordHint(account.username));
    auto policy = AccountPolicy::load(m_session);
    if (!policy)
        return policy.error();
    if (auto r = validateNewPassword(account.username, password, policy->minPasswordLength); !r)
        return r.error();
    if (m_session.isDepartment()) {
        QString secret = QString::fromUtf8(password.toByteArrayUnsafe());
        QStringList roles;
        for (Role role : account.roles)
            roles.append(roleName(role));
        auto added = departmentOf(m_session).call(
            "user_add",
            {DepartmentArg::text(account.username), DepartmentArg::text(account.fullName),
             DepartmentArg::text(account.badge), DepartmentArg::text(account.organization),
             DepartmentArg::textArray(roles), DepartmentArg::text(secret)});
        secureWipe(secret);
        if (!added)
            return added.error();
        return added->value(QStringLiteral("id")).toInteger();
    }
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    if (slots->hasSlot(account.username) || m_session.m_store->users().find(account.username).ok())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::UserAdministration",
                                                     "a user named %1 already exists")
                             .arg(account.username));
    qint64 id = 0;
    auto added = m_session.m_store->transaction([&]() -> Result<void> {
        UserRepository& users = m_session.m_store->users();
        auto inserted = users.insert(account, m_session.m_clock.now());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (auto r =
                users.setPasswordChanged(id, account.mustChangePassword, m_session.m_clock.now());
            !r)
            return r;
        auto r = m_session.logEvent(
            QStringLiteral("user-added"), account.username,
            {{QStringLiteral("roles"), rolesToString(account.roles)},
             {QStringLiteral("full_name"), account.fullName},
             {QStringLiteral("badge"), account.badge},
             {QStringLiteral("organization"), account.organization},
             {QStringLiteral("must_change_password"), account.mustChangePassword}});
        if (!r)
            return r;
        // The slot is written last, inside the transaction: if it fails the
        // user row rolls back and nobody is half-added.
        if (auto s = m_session.issueKeys(*slots, account.username, password,
                                         account.roles.contains(Role::Administrator));
            !s)
            return s;
        return slots->save();
    });
    if (!added)
        return added.error();
    return id;
}

Result<void> UserAdministration::addTraining(const QString& username, const TrainingRecord& record)
{
    if (auto r = checkTextInput(QStringLiteral("course"), record.course, kMaxFreeTextLength); !r)
        return r;
    // An administrator records training, their own included; nobody else
    // records their own.
    if (m_session.isDepartment() && record.course.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "a training record needs a course and a completion date"));
    if (m_session.isDepartment()) {
        QJsonObject t{{QStringLiteral("course"), record.course.trimmed()},
                      {QStringLiteral("completed_on"), record.completedOn.toString(Qt::ISODate)}};
        if (record.expiresOn.isValid())
            t.insert(QStringLiteral("expires_on"), record.expiresOn.toString(Qt::ISODate));
        return departmentChange(username, QStringLiteral("training"),
                                QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)));
    }
    auto target = adminTarget(username, QStringLiteral("training"), false);
    if (!target)
        return target.error();
    if (record.course.trimmed().isEmpty() || !record.completedOn.isValid())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "a training record needs a course and a completion date"));
    if (record.expiresOn.isValid() && record.expiresOn < record.completedOn)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "the training expires (%1) before it was completed (%2)")
                .arg(record.expiresOn.toString(Qt::ISODate),
                     record.completedOn.toString(Qt::ISODate)));
    if (record.completedOn > m_session.today())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::UserAdministration",
                                                     "the completion date %1 is in the future")
                             .arg(record.completedOn.toString(Qt::ISODate)));
    auto done = m_session.m_store->transaction([&]() -> Result<void> {
        if (auto r = m_session.m_store->users().addTraining(target->id, record); !r)
            return r;
        return m_session.logEvent(
            QStringLiteral("training-recorded"), username,
            {{QStringLiteral("course"), record.course},
             {QStringLiteral("completed_on"), record.completedOn.toString(Qt::ISODate)},
             {QStringLiteral("expires_on"), record.expiresOn.toString(Qt::ISODate)}});
    });
    if (!done)
        return done;
    return reloadIfSelf(username);
}

Result<void> UserAdministration::setRoles(const QString& username, const QList<Role>& roles)
{
    if (m_session.isDepartment()) {
        if (auto r = validateRoleCombination(username, roles); !r)
            return r;
        QStringList names;
        for (Role role : roles)
            names.append(roleName(role));
        return departmentChange(username, QStringLiteral("roles"), names.join(u','));
    }
    auto target = adminTarget(username, QStringLiteral("roles"), false);
    if (!target)
        return target.error();
    if (roles.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "give %1 at least one role; to stop someone signing in, "
                                        "disable the account")
                .arg(username));
    if (auto r = validateRoleChange(target.value(), roles); !r)
        return r;
    UserRepository& users = m_session.m_store->users();
    if (target->active && target->isAdministrator() && !roles.contains(Role::Administrator)) {
        auto admins = users.activeAdministratorCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(
                ErrorCode::Denied,
                QCoreApplication::translate("alpr::UserAdministration",
                                            "%1 is the last active administrator; make someone "
                                            "else an administrator first")
                    .arg(username));
    }
    // The agency's root key goes with the administrator role.
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    const bool wasAdministrator = target->isAdministrator();
    const bool isAdministrator = roles.contains(Role::Administrator);
    if (!wasAdministrator && isAdministrator) {
        if (m_session.m_rootKey.isEmpty())
            return makeError(
                ErrorCode::Denied,
                QCoreApplication::translate("alpr::UserAdministration",
                                            "Your key slot does not hold the agency's root key, "
                                            "so you cannot pass it on to a new administrator."));
        if (auto r = slots->sealRootKey(username, m_session.m_rootKey); !r)
            return r;
    } else if (wasAdministrator && !isAdministrator) {
        slots->removeRootKey(username);
    }
    auto done = m_session.m_store->transaction([&]() -> Result<void> {
        if (auto r = users.setRoles(target->id, roles); !r)
            return r;
        if (auto r = m_session.logEvent(QStringLiteral("roles-changed"), username,
                                        {{QStringLiteral("from"), rolesToString(target->roles)},
                                         {QStringLiteral("to"), rolesToString(roles)}});
            !r)
            return r;
        if (wasAdministrator == isAdministrator)
            return {};
        return slots->save();
    });
    if (!done)
        return done;
    return reloadIfSelf(username);
}

Result<void> UserAdministration::disableUser(const QString& username)
{
    if (m_session.isDepartment())
        return departmentChange(username, QStringLiteral("disable"), {});
    auto target = adminTarget(username, QStringLiteral("disable"), false);
    if (!target)
        return target.error();
    if (username == m_session.m_user.username)
        return makeError(ErrorCode::Denied, QCoreApplication::translate(
                                                "alpr::UserAdministration",
                                                "you cannot disable your own account; ask another "
                                                "administrator"));
    UserRepository& users = m_session.m_store->users();
    if (target->active && target->isAdministrator()) {
        auto admins = users.activeAdministratorCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(ErrorCode::Denied,
                             QCoreApplication::translate("alpr::UserAdministration",
                                                         "%1 is the last active administrator")
                                 .arg(username));
    }
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    return m_session.m_store->transaction([&]() -> Result<void> {
        if (auto r = users.setActive(target->id, false); !r)
            return r;
        if (auto r = users.endSessions(username); !r)
            return r;
        const bool hadSlot = slots->removeSlot(username);
        if (auto r = m_session.logEvent(QStringLiteral("user-disabled"), username,
                                        {{QStringLiteral("key_slot_removed"), hadSlot}});
            !r)
            return r;
        slots->setFailures(username, FailureState{});
        return slots->save();
    });
}

Result<void> UserAdministration::enableUser(const QString& username,
                                            const SecureBytes& temporaryPassword)
{
    if (m_session.isDepartment()) {
        if (auto r = checkTemporaryPassword(username, temporaryPassword); !r)
            return r;
        QString secret = QString::fromUtf8(temporaryPassword.toByteArrayUnsafe());
        auto r = departmentChange(username, QStringLiteral("enable"), secret);
        secureWipe(secret);
        return r;
    }
    auto target = adminTarget(username, QStringLiteral("enable"), false);
    if (!target)
        return target.error();
    if (target->active)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "%1 is already enabled; use a password reset to give "
                                        "them a new password")
                .arg(username));
    return grantTemporaryPassword(target.value(), temporaryPassword, QStringLiteral("user-enabled"),
                                  true);
}

Result<void> UserAdministration::resetPassword(const QString& username,
                                               const SecureBytes& temporaryPassword)
{
    if (m_session.isDepartment()) {
        if (auto r = checkTemporaryPassword(username, temporaryPassword); !r)
            return r;
        QString secret = QString::fromUtf8(temporaryPassword.toByteArrayUnsafe());
        auto r = departmentChange(username, QStringLiteral("reset-password"), secret);
        secureWipe(secret);
        return r;
    }
    auto target = adminTarget(username, QStringLiteral("reset-password"), false);
    if (!target)
        return target.error();
    if (username == m_session.m_user.username)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "change your own password with 'alprctl user passwd %1' "
                                        "or Account > Change password")
                .arg(username));
    if (!target->active)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "%1 is disabled; enable the account, which sets a new "
                                        "temporary password")
                .arg(username));
    return grantTemporaryPassword(target.value(), temporaryPassword,
                                  QStringLiteral("password-reset"), false);
}

Result<void> UserAdministration::checkTemporaryPassword(const QString& username,
                                                        const SecureBytes& password)
{
    auto policy = AccountPolicy::load(m_session);
    if (!policy)
        return policy.error();
    return validateNewPassword(username, password, policy->minPasswordLength);
}

Result<void> UserAdministration::grantTemporaryPassword(const UserAccount& target,
                                                        const SecureBytes& temporaryPassword,
                                                        const QString& event, bool enable)
{
    const QString& username = target.username;
    if (auto r = checkTemporaryPassword(username, temporaryPassword); !r)
        return r;
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    return m_session.m_store->transaction([&]() -> Result<void> {
        UserRepository& users = m_session.m_store->users();
        if (enable)
            if (auto r = users.setActive(target.id, true); !r)
                return r;
        // A service account's password is never temporary: nobody is there to change it.
        const bool temporary = !target.isServiceAccount();
        if (auto r = users.setPasswordChanged(target.id, temporary, m_session.m_clock.now()); !r)
            return r;
        if (auto r = m_session.logEvent(event, username,
                                        {{QStringLiteral("must_change_password"), temporary}});
            !r)
            return r;
        // A new slot under the temporary password; the old one is replaced.
        if (auto r =
                m_session.issueKeys(*slots, username, temporaryPassword, target.isAdministrator());
            !r)
            return r;
        slots->setFailures(username, FailureState{});
        return slots->save();
    });
}

Result<void> UserAdministration::unlockUser(const QString& username)
{
    if (m_session.isDepartment())
        return departmentChange(username, QStringLiteral("unlock"), {});
    auto target = adminTarget(username, QStringLiteral("unlock"), false);
    if (!target)
        return target.error();
    auto slots = KeySlotFile::loadForStore(m_session.m_store->path());
    if (!slots)
        return slots.error();
    const FailureState before = slots->failures(username);
    slots->setFailures(username, FailureState{});
    if (auto r = slots->save(); !r)
        return r;
    return m_session.logEvent(
        QStringLiteral("user-unlocked"), username,
        {{QStringLiteral("was_locked"), SignInFailures::isLocked(before, m_session.m_clock.now())},
         {QStringLiteral("failures_cleared"), before.consecutiveFailures}});
}

Result<void> UserAdministration::setTotpSecret(const QString& username, const SecureBytes& secret,
                                               const QString& confirmationCode)
{
    if (m_session.isDepartment()) {
        // One's own, confirmed by a code from the app; or an administrator's
        // enrolment of another user, who is handed the secret.
        if (username == m_session.user().username && !confirmationCode.isEmpty()) {
            auto r = departmentOf(m_session).call("totp_enrol",
                                                  {DepartmentArg::bytes(secret.toByteArrayUnsafe()),
                                                   DepartmentArg::text(confirmationCode)});
            if (!r)
                return r.error();
            return m_session.reloadUser();
        }
        QString hex = QString::fromLatin1(secret.toByteArrayUnsafe().toHex());
        auto r = departmentChange(username, QStringLiteral("totp"), hex);
        secureWipe(hex);
        return r;
    }
    auto target = adminTarget(username, QStringLiteral("totp-enrol"), true);
    if (!target)
        return target.error();
    if (target->isServiceAccount())
        return makeError(ErrorCode::Invalid, serviceAccountTotpRefusal(username));
    if (secret.size() < 16)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::UserAdministration",
                                                 "a one-time code secret needs at least 128 bits"));
    if (!confirmationCode.isEmpty() &&
        !totp::verify(secret, confirmationCode, m_session.m_clock.now()))
        return makeError(
            ErrorCode::AuthFailed,
            QCoreApplication::translate("alpr::UserAdministration",
                                        "the code does not match; check the phone's clock and "
                                        "type the code the app shows now"));
    auto done = m_session.m_store->transaction([&]() -> Result<void> {
        if (auto r = m_session.m_store->users().setTotpSecret(target->id, secret); !r)
            return r;
        return m_session.logEvent(QStringLiteral("totp-enrolled"), username,
                                  {{QStringLiteral("confirmed"), !confirmationCode.isEmpty()},
                                   {QStringLiteral("replaced"), target->totpEnrolled}});
    });
    if (!done)
        return done;
    return reloadIfSelf(username);
}

Result<void> UserAdministration::removeTotp(const QString& username)
{
    if (m_session.isDepartment())
        return departmentChange(username, QStringLiteral("totp-remove"), {});
    auto target = adminTarget(username, QStringLiteral("totp-remove"), false);
    if (!target)
        return target.error();
    auto done = m_session.m_store->transaction([&]() -> Result<void> {
        if (auto r = m_session.m_store->users().setTotpSecret(target->id, SecureBytes()); !r)
            return r;
        return m_session.logEvent(QStringLiteral("totp-removed"), username, {});
    });
    if (!done)
        return done;
    return reloadIfSelf(username);
}

} // namespace alpr
