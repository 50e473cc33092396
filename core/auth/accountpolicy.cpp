// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/accountpolicy.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace alpr {

namespace {

const QLatin1String kSettingMinLength("password_min_length");
const QLatin1String kSettingIdleMinutes("idle_lock_minutes");
const QLatin1String kSettingTotpRequired("totp_required");

} // namespace

Result<AccountPolicy> AccountPolicy::load(Session& session)
{
    // The department store's server enforces the defaults (its lockout is
    // kDefaultLockoutSeconds, core/store/pgschema/001_accounts_trail.sql);
    // the policy is not a setting there yet.
    if (session.isDepartment())
        return AccountPolicy{};
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
    if (session.isDepartment())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::AccountPolicy",
                                                     "On the department store the server enforces "
                                                     "its own account rules; they cannot be "
                                                     "changed there yet."));
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
             {QStringLiteral("before"),
              QJsonObject{{QStringLiteral("password_min_length"), before->minPasswordLength},
                          {QStringLiteral("idle_lock_minutes"), before->idleLockMinutes},
                          {QStringLiteral("lockout_seconds"), before->lockoutSeconds},
                          {QStringLiteral("totp_required"), before->totpRequired}}}},
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
