// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/signin.h"

#include "audit/auditlog.h"
#include "auth/crypto.h"
#include "auth/keyslotfile.h"
#include "auth/passwordpolicy.h"
#include "auth/sessionregistry.h"
#include "auth/signinfailures.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QFileInfo>

namespace alpr {

Result<std::unique_ptr<Session>> SignIn::signIn(const QString& storePath, const QString& username,
                                                const SecureBytes& password, const Clock& clock,
                                                const OneTimeCodeSource& oneTimeCode)
{
    if (!QFileInfo::exists(storePath))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no store at %1; create one with 'alprctl init' or "
                                        "'alprctl demo'")
                             .arg(storePath));
    auto slots = KeySlotFile::loadForStore(storePath);
    if (!slots)
        return slots.error();
    KeySlotFile& keys = slots.value();
    const QDateTime now = clock.now();

    const FailureState failures = keys.failures(username);
    if (SignInFailures::isLocked(failures, now)) {
        keys.appendPendingEvent({now, username, QStringLiteral("sign-in"), QStringLiteral("locked"),
                                 QStringLiteral("attempt while the account is locked")});
        (void)keys.save();
        return makeError(ErrorCode::Locked,
                         QStringLiteral("the account %1 is locked after %2 failed sign-ins %3; "
                                        "wait, or ask an administrator to unlock it")
                             .arg(username)
                             .arg(kMaxFailedSignIns)
                             .arg(SignInFailures::lockedUntilText(failures.lockedUntil)));
    }

    auto key = keys.unlock(username, password);
    if (!key) {
        if (key.error().code != ErrorCode::AuthFailed)
            return key.error();
        const QString message = SignInFailures::recordWrongPassword(keys, username, now);
        if (auto saved = keys.save(); !saved)
            return saved.error();
        return makeError(ErrorCode::AuthFailed, message);
    }

    auto store = Store::open(storePath, key.value());
    if (!store)
        return store.error();
    std::unique_ptr<Session> session(
        new Session(std::move(store.value()), std::move(key.value()), clock));
    Store& opened = *session->m_store;
    AuditLog& trail = *session->m_audit;

    // Move what happened while the store was locked into the audit trail.
    const QJsonObject context{{QStringLiteral("recorded_at_sign_in_of"), username}};
    if (auto r = SignInFailures::moveToTrail(keys, opened, trail, context); !r)
        return r.error();

    UserRepository& users = opened.users();
    auto account = users.find(username);
    if (!account || !account->active) {
        (void)trail.append(username, QStringLiteral("sign-in"), userAuditObject(username),
                           {{QStringLiteral("reason"), QStringLiteral("account disabled")}},
                           QStringLiteral("refused"));
        if (auto saved = keys.save(); !saved)
            return saved.error();
        return makeError(
            ErrorCode::Denied,
            QStringLiteral("the account %1 is disabled; ask an administrator").arg(username));
    }

    // The second factor: checked once the slot has opened the store, where
    // the secret is kept.
    if (account->totpEnrolled) {
        const QString code = oneTimeCode ? oneTimeCode().trimmed() : QString();
        if (code.isEmpty()) {
            if (auto saved = keys.save(); !saved)
                return saved.error();
            return makeError(ErrorCode::AuthFailed,
                             QStringLiteral("%1 signs in with a one-time code as well: enter the "
                                            "6-digit code from your authenticator app")
                                 .arg(username));
        }
        auto secret = users.totpSecret(account->id);
        auto lastStep = users.totpLastStep(account->id);
        if (!secret)
            return secret.error();
        if (!lastStep)
            return lastStep.error();
        const auto step = totp::verify(secret.value(), code, now, lastStep.value());
        if (!step) {
            bool lockedNow = false;
            const QString message = SignInFailures::count(
                keys, username, now, QStringLiteral("wrong one-time code"), &lockedNow);
            (void)trail.append(
                username, QStringLiteral("sign-in"), userAuditObject(username),
                {{QStringLiteral("reason"), QStringLiteral("wrong or reused one-time code")}},
                QStringLiteral("failure"));
            // The lockout event, if any.
            if (auto r = SignInFailures::moveToTrail(keys, opened, trail, context); !r)
                return r.error();
            if (auto saved = keys.save(); !saved)
                return saved.error();
            return makeError(ErrorCode::AuthFailed, message);
        }
        if (auto r = users.setTotpLastStep(account->id, *step); !r)
            return r.error();
    }

    if (auto r = SessionRegistry(*session).claim(username); !r) {
        if (auto saved = keys.save(); !saved)
            return saved.error();
        return r.error();
    }
    keys.setFailures(username, FailureState{});
    if (auto saved = keys.save(); !saved)
        return saved.error();

    if (auto r = session->finishSignIn(username); !r)
        return r.error();
    return session;
}

Result<std::unique_ptr<Session>> SignIn::createStore(const QString& storePath,
                                                     const UserAccount& admin,
                                                     const SecureBytes& password,
                                                     const Clock& clock)
{
    if (auto r = validateUsername(admin.username); !r)
        return r.error();
    if (auto r = checkTextInput(QStringLiteral("full name"), admin.fullName, kMaxNameLength); !r)
        return r.error();
    if (auto r = checkTextInput(QStringLiteral("organization"), admin.organization, kMaxNameLength);
        !r)
        return r.error();
    if (auto r = validateNewPassword(admin.username, password); !r)
        return r.error();
    const QString keyPath = KeySlotFile::pathForStore(storePath);
    if (QFileInfo::exists(storePath) || QFileInfo::exists(keyPath))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 already exists; choose another file").arg(storePath));

    SecureBytes key = crypto::randomBytes(32);
    KeySlotFile keys = KeySlotFile::createNew(keyPath);
    if (auto r = keys.addSlot(admin.username, password, key); !r)
        return r.error();
    auto store = Store::create(storePath, key);
    if (!store)
        return store.error();
    if (auto r = keys.save(); !r)
        return r.error();

    std::unique_ptr<Session> session(new Session(std::move(store.value()), std::move(key), clock));
    UserAccount account = admin;
    if (!account.roles.contains(Role::Administrator))
        account.roles.prepend(Role::Administrator);
    Store& created = *session->m_store;
    auto done = created.transaction([&]() -> Result<void> {
        UserRepository& users = created.users();
        auto id = users.insert(account, clock.now());
        if (!id)
            return id.error();
        if (auto r = users.setPasswordChanged(id.value(), account.mustChangePassword, clock.now());
            !r)
            return r;
        auto r = session->m_audit->append(
            admin.username, QStringLiteral("store-created"), QStringLiteral("store"),
            {{QStringLiteral("administrator"), admin.username},
             {QStringLiteral("schema_version"), Store::latestSchemaVersion()}},
            QStringLiteral("success"));
        if (!r)
            return r.error();
        return {};
    });
    if (!done)
        return done.error();
    if (auto r = SessionRegistry(*session).claim(admin.username); !r)
        return r.error();
    if (auto r = session->finishSignIn(admin.username); !r)
        return r.error();
    return session;
}

} // namespace alpr
