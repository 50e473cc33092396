// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/signin.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "auth/passwordpolicy.h"
#include "auth/sessionregistry.h"
#include "auth/signinfailures.h"
#include "auth/storekeys.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/slotgenerationrepository.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace alpr {

// The event that marks where signing starts: it names the agency's root key
// (whose fingerprint memos print) and certifies the first key.
Result<void> SignIn::startSigning(Session& session, const KeySlotFile& keys,
                                  const QString& username, const QByteArray& signingPublic,
                                  const QString& reason)
{
    auto certificate = keyCertificate(session.m_rootKey, username, signingPublic);
    if (!certificate)
        return certificate.error();
    auto r = session.m_audit->append(
        username, QStringLiteral("signing-started"), QStringLiteral("store"),
        {{QStringLiteral("root_public"), QString::fromLatin1(keys.rootPublic().toBase64())},
         {QStringLiteral("root_fingerprint"), crypto::fingerprint(keys.rootPublic())},
         {QStringLiteral("store_id"), keys.storeId()},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("user_key"), certificate.value()}},
        QStringLiteral("success"));
    if (!r)
        return r.error();
    return {};
}

// A slot from before signing (version 1) becomes a slot with key pairs at
// its user's sign-in, the one moment the password is at hand. The first
// administrator to sign in after the upgrade makes the agency's root key and
// starts signing; until then events stay unsigned. Later, an administrator's
// key is certified by the root key if their slot holds it; anyone else's key
// is registered by itself ("key-registered"), which verification lists as
// never certified.
Result<void> SignIn::upgradeLegacySlot(Session& session, KeySlotFile& keys,
                                       const UserAccount& account, const SecureBytes& password)
{
    const QString& username = account.username;
    const bool rootExists = !keys.rootPublic().isEmpty();
    if (!rootExists && !account.isAdministrator())
        return {};
    UserKeys userKeys = UserKeys::generate();
    if (auto r = keys.setSlot(username, password, userKeys); !r)
        return r;
    if (auto r = keys.sealDatabaseKey(username, session.m_databaseKey); !r)
        return r;
    SecureBytes rootKey;
    if (!rootExists) {
        crypto::KeyPair root = crypto::generateEd25519();
        keys.setRootPublic(root.publicKey);
        rootKey = std::move(root.privateKey);
        if (auto r = keys.sealRootKey(username, rootKey); !r)
            return r;
    }
    const QByteArray signingPublic = userKeys.signingPublic;
    Store& store = *session.m_store;
    return store.transaction([&]() -> Result<void> {
        session.takeKeys(username, userKeys.clone(), rootKey.clone());
        if (!rootExists) {
            if (auto r =
                    startSigning(session, keys, username, signingPublic, QStringLiteral("upgrade"));
                !r)
                return r;
        } else {
            auto r = session.m_audit->append(
                username, QStringLiteral("key-registered"), userAuditObject(username),
                {{QStringLiteral("signing_public"), QString::fromLatin1(signingPublic.toBase64())},
                 {QStringLiteral("reason"), QStringLiteral("upgrade of a version 1 key slot")}},
                QStringLiteral("success"));
            if (!r)
                return r.error();
        }
        if (auto r = store.slotGenerations().setGeneration(username, keys.generation(username)); !r)
            return r;
        return keys.save();
    });
}

Result<std::unique_ptr<Session>> SignIn::signIn(const QString& storePath, const QString& username,
                                                const SecureBytes& password, const Clock& clock,
                                                const OneTimeCodeSource& oneTimeCode)
{
    if (DepartmentAddress::isAddress(storePath))
        return signInDepartment(storePath, username, password, clock, oneTimeCode);
    if (!QFileInfo::exists(storePath))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "alpr::SignIn", "no store at %1; create one with 'alprctl init' or "
                                             "'alprctl demo'")
                             .arg(storePath));
    auto slots = KeySlotFile::loadForStore(storePath);
    if (!slots)
        return slots.error();
    KeySlotFile& keys = slots.value();
    const QDateTime now = clock.now();

    auto unlocked = SignInFailures::openSlot(keys, username, password, now);
    if (!unlocked)
        return unlocked.error();
    UnlockedSlot& slot = unlocked.value();

    QString replacement;
    auto store = openStoreWithSlot(storePath, keys, slot, &replacement);
    if (!store)
        return store.error();
    std::unique_ptr<Session> session(
        new Session(std::move(store.value()), std::move(slot.databaseKey), clock));
    Store& opened = *session->m_store;
    AuditLog& trail = *session->m_audit;
    if (!slot.legacy)
        session->takeKeys(username, std::move(slot.keys), std::move(slot.rootKey));

    // A slot older than the one the store last saw: the file was put back.
    auto seen = opened.slotGenerations().generation(username);
    if (!seen)
        return seen.error();
    if (!slot.legacy && slot.generation < seen.value()) {
        (void)trail.append(username, QStringLiteral("sign-in"), userAuditObject(username),
                           {{QStringLiteral("reason"), QStringLiteral("key slot rolled back")},
                            {QStringLiteral("slot_generation"), slot.generation},
                            {QStringLiteral("store_generation"), seen.value()}},
                           QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::SignIn",
                                        "The key-slot file %1 holds an older key slot for %2 "
                                        "(generation %3; the store has seen generation %4): it "
                                        "was put back from an earlier copy, which would bring "
                                        "back an old password. Put the current key-slot file "
                                        "back, or ask an administrator to reset your password.")
                .arg(keys.path(), username)
                .arg(slot.generation)
                .arg(seen.value()));
    }
    if (!slot.legacy && slot.generation > seen.value())
        if (auto r = opened.slotGenerations().setGeneration(username, slot.generation); !r)
            return r.error();
    if (!replacement.isEmpty())
        (void)trail.append(
            username, QStringLiteral("store-replacement"), QStringLiteral("store"),
            {{QStringLiteral("interrupted"), true}, {QStringLiteral("result"), replacement}},
            QStringLiteral("success"));

    // Move what happened while the store was locked into the audit trail.
    const QJsonObject context{{QStringLiteral("recorded_at_sign_in_of"), username}};
    if (auto r = SignInFailures::moveToTrail(keys, opened, trail, context); !r)
        return r.error();

    UserRepository& users = opened.users();
    auto account = users.find(username);
    // A damaged users table is damage, not a disabled account.
    if (!account && account.error().code != ErrorCode::NotFound)
        return account.error();
    if (!account || !account->active) {
        (void)trail.append(username, QStringLiteral("sign-in"), userAuditObject(username),
                           {{QStringLiteral("reason"), QStringLiteral("account disabled")}},
                           QStringLiteral("refused"));
        if (auto saved = keys.save(); !saved)
            return saved.error();
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate(
                             "alpr::SignIn", "the account %1 is disabled; ask an administrator")
                             .arg(username));
    }

    if (slot.legacy)
        if (auto r = upgradeLegacySlot(*session, keys, *account, password); !r)
            return r.error();

    // The second factor: checked once the slot has opened the store, where
    // the secret is kept.
    if (account->totpEnrolled) {
        const QString code = oneTimeCode ? oneTimeCode().trimmed() : QString();
        if (code.isEmpty()) {
            if (auto saved = keys.save(); !saved)
                return saved.error();
            return oneTimeCodeWanted(username);
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
                keys, username, now,
                QCoreApplication::translate("alpr::SignIn", "wrong one-time code"), &lockedNow);
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
    if (auto r = checkTextInput(QCoreApplication::translate("alpr::SignIn", "full name"),
                                admin.fullName, kMaxNameLength);
        !r)
        return r.error();
    if (auto r = checkTextInput(QStringLiteral("organization"), admin.organization, kMaxNameLength);
        !r)
        return r.error();
    if (auto r = validateNewPassword(admin.username, password); !r)
        return r.error();
    const QString keyPath = KeySlotFile::pathForStore(storePath);
    if (QFileInfo::exists(storePath) || QFileInfo::exists(keyPath))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::SignIn", "%1 already exists; choose another file")
                .arg(storePath));

    SecureBytes key = crypto::randomBytes(kDatabaseKeyLength);
    KeySlotFile keys = KeySlotFile::createNew(keyPath);
    auto adminKeys = keys.addSlot(admin.username, password, key);
    if (!adminKeys)
        return adminKeys.error();
    crypto::KeyPair root = crypto::generateEd25519();
    keys.setRootPublic(root.publicKey);
    if (auto r = keys.sealRootKey(admin.username, root.privateKey); !r)
        return r.error();
    auto store = Store::create(storePath, key);
    if (!store)
        return store.error();
    if (auto r = keys.save(); !r)
        return r.error();

    std::unique_ptr<Session> session(new Session(std::move(store.value()), std::move(key), clock));
    const QByteArray adminSigningPublic = adminKeys->signingPublic;
    session->takeKeys(admin.username, std::move(adminKeys.value()), root.privateKey.clone());
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
        // The first event names the root key: the whole trail is signed.
        if (auto s = startSigning(*session, keys, admin.username, adminSigningPublic,
                                  QStringLiteral("new store"));
            !s)
            return s;
        auto r = session->m_audit->append(
            admin.username, QStringLiteral("store-created"), QStringLiteral("store"),
            {{QStringLiteral("administrator"), admin.username},
             {QStringLiteral("schema_version"), Store::latestSchemaVersion()}},
            QStringLiteral("success"));
        if (!r)
            return r.error();
        return created.slotGenerations().setGeneration(admin.username,
                                                       keys.generation(admin.username));
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
