// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/accountpolicy.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace alpr {

namespace {

const QLatin1String kSettingMinLength("password_min_length");
const QLatin1String kSettingIdleMinutes("idle_lock_minutes");
const QLatin1String kSettingTotpRequired("totp_required");

// The rules as the department store's server gives them.
AccountPolicy fromJson(const QJsonObject& o)
{
    AccountPolicy p;
    p.minPasswordLength =
        qMax(kMinPasswordLengthFloor, o.value(QStringLiteral("password_min_length")).toInt());
    p.lockoutSeconds =
        qBound(0, o.value(QStringLiteral("lockout_seconds")).toInt(), kMaxLockoutSeconds);
    p.idleLockMinutes =
        qBound(1, o.value(QStringLiteral("idle_lock_minutes")).toInt(), kMaxIdleLockMinutes);
    p.totpRequired = o.value(QStringLiteral("totp_required")).toBool();
    return p;
}

QJsonObject toJson(const AccountPolicy& p)
{
    return {{QStringLiteral("password_min_length"), p.minPasswordLength},
            {QStringLiteral("idle_lock_minutes"), p.idleLockMinutes},
            {QStringLiteral("lockout_seconds"), p.lockoutSeconds},
            {QStringLiteral("totp_required"), p.totpRequired}};
}

} // namespace

Result<AccountPolicy> AccountPolicy::load(Session& session)
{
    // The department store's server keeps the rules and enforces them
    // (length, lockout, second factor); the workstation locks its screen.
    if (session.isDepartment()) {
        auto answer = departmentOf(session).call("account_policy", {});
        if (!answer)
            return answer.error();
        return fromJson(answer.value());
    }
    return load(*session.m_store);
}

Result<AccountPolicy> AccountPolicy::load(const Store& store)
{
    AccountPolicy p;
    auto minLength = store.settings().value(kSettingMinLength);
    auto idle = store.settings().value(kSettingIdleMinutes);
    auto totp = store.settings().value(kSettingTotpRequired);
    if (!minLength)
        return minLength.error();
    if (!idle)
        return idle.error();
    if (!totp)
        return totp.error();
    if (!minLength->isEmpty())
        p.minPasswordLength = qMax(kMinPasswordLengthFloor, minLength->toInt());
    if (!idle->isEmpty())
        p.idleLockMinutes = qBound(1, idle->toInt(), kMaxIdleLockMinutes);
    p.totpRequired = totp.value() == QLatin1String("true");
    auto slots = KeySlotFile::loadForStore(store.path());
    if (!slots)
        return slots.error();
    p.lockoutSeconds = slots->lockoutSeconds();
    return p;
}

Result<void> AccountPolicy::save(Session& session, const AccountPolicy& policy)
{
    if (auto r = session.require(Action::ChangeSettings, QStringLiteral("settings:accounts")); !r)
        return r;
    if (policy.minPasswordLength < kMinPasswordLengthFloor || policy.minPasswordLength > 128)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AccountPolicy",
                                        "the shortest password may be %1 to 128 characters")
                .arg(kMinPasswordLengthFloor));
    if (policy.idleLockMinutes < 1 || policy.idleLockMinutes > kMaxIdleLockMinutes)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AccountPolicy",
                                        "the idle lock may be 1 to %1 minutes (CJIS 5.5.5)")
                .arg(kMaxIdleLockMinutes));
    if (policy.lockoutSeconds < 0 || policy.lockoutSeconds > kMaxLockoutSeconds)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AccountPolicy",
                                        "the lockout may last 0 (until an administrator unlocks) "
                                        "to %1 minutes")
                .arg(kMaxLockoutSeconds / 60));
    if (policy.lockoutSeconds > 0 && policy.lockoutSeconds < kDefaultLockoutSeconds)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AccountPolicy",
                                        "a lockout shorter than 10 minutes is below CJIS 5.5.3"));
    // The server checks them again, saves and records them.
    if (session.isDepartment()) {
        if (auto r = departmentOf(session).perform("account_policy_set",
                                                   {DepartmentArg::json(toJson(policy))});
            !r)
            return r;
        session.m_totpRequired = policy.totpRequired;
        return {};
    }
    Store& store = *session.m_store;
    auto before = load(store);
    if (!before)
        return before.error();
    auto slots = KeySlotFile::loadForStore(store.path());
    if (!slots)
        return slots.error();
    auto done = store.transaction([&]() -> Result<void> {
        if (auto r = store.settings().setValue(kSettingMinLength,
                                               QString::number(policy.minPasswordLength));
            !r)
            return r;
        if (auto r = store.settings().setValue(kSettingIdleMinutes,
                                               QString::number(policy.idleLockMinutes));
            !r)
            return r;
        if (auto r = store.settings().setValue(kSettingTotpRequired, policy.totpRequired
                                                                         ? QStringLiteral("true")
                                                                         : QStringLiteral("false"));
            !r)
            return r;
        auto logged = session.m_audit->append(
            session.user().username, QStringLiteral("settings-changed"),
            QStringLiteral("settings:accounts"),
            {{QStringLiteral("password_min_length"), policy.minPasswordLength},
             {QStringLiteral("idle_lock_minutes"), policy.idleLockMinutes},
             {QStringLiteral("lockout_seconds"), policy.lockoutSeconds},
             {QStringLiteral("totp_required"), policy.totpRequired},
             {QStringLiteral("before"), toJson(before.value())}},
            QStringLiteral("success"));
        if (!logged)
            return logged.error();
        slots->setLockoutSeconds(policy.lockoutSeconds);
        return slots->save();
    });
    if (!done)
        return done;
    session.m_totpRequired = policy.totpRequired;
    return {};
}

} // namespace alpr
