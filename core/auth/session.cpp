// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/session.h"

#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "audit/trailanchors.h"
#include "auth/accountpolicy.h"
#include "auth/departmentstore.h"
#include "auth/keyslotfile.h"
#include "auth/passwordpolicy.h"
#include "auth/sessionregistry.h"
#include "auth/signinfailures.h"
#include "auth/storekeys.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/slotgenerationrepository.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QCoreApplication>

namespace alpr {

Session::Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock)
    : m_store(std::move(store)), m_databaseKey(std::move(key)), m_clock(clock),
      m_audit(std::make_unique<AuditLog>(m_store->auditEvents(), clock,
                                         SessionRegistry::workstationName()))
{
}

Session::Session(std::unique_ptr<DepartmentLink> department, const Clock& clock)
    : m_department(std::move(department)), m_clock(clock)
{
    openDepartmentTrail();
}

void Session::openDepartmentTrail()
{
    m_audit = std::make_unique<AuditLog>(m_department->auditEvents(), m_clock,
                                         SessionRegistry::workstationName());
    m_audit->setRemote([this](const QString& action, const QString& object,
                              const QJsonObject& details,
                              const QString& outcome) -> Result<qint64> {
        auto r = m_department->call("record_event",
                                    {DepartmentArg::text(action), DepartmentArg::text(object),
                                     DepartmentArg::json(details), DepartmentArg::text(outcome)});
        if (!r)
            return r.error();
        return r->value(QStringLiteral("seq")).toInteger();
    });
}

Session::~Session()
{
    if (m_department) {
        if (m_user.id != 0) {
            // The sign-out anchors the trail from here too (see anchorTrail).
            (void)anchorTrail();
            (void)m_department->call("sign_out", {});
        }
        m_audit.reset();
        m_department.reset();
        return;
    }
    // No trail after a failed rekey or restore that could not reopen the store.
    if (m_store && m_audit && m_user.id != 0) {
        (void)m_audit->append(m_user.username, QStringLiteral("sign-out"),
                              userAuditObject(m_user.username), {}, QStringLiteral("success"));
        if (!m_sessionToken.isEmpty())
            (void)m_store->users().endSession(m_user.username, m_sessionToken);
        // The sign-out closes the session's part of the trail: anchor it.
        (void)anchorTrail();
    }
    m_audit.reset();
    m_store.reset();
}

Result<void> Session::finishSignIn(const QString& username)
{
    auto account = m_store->users().find(username);
    if (!account)
        return account.error();
    m_user = account.value();
    auto policy = AccountPolicy::load(*m_store);
    if (!policy)
        return policy.error();
    m_totpRequired = policy->totpRequired;
    QJsonObject details{{QStringLiteral("roles"), rolesToString(m_user.roles)},
                        {QStringLiteral("organization"), m_user.organization},
                        {QStringLiteral("second_factor"), m_user.totpEnrolled}};
    if (m_user.mustChangePassword)
        details.insert(QStringLiteral("must_change_password"), true);
    const QString training = trainingProblem();
    if (!training.isEmpty())
        details.insert(QStringLiteral("training"), training);
    return logEvent(QStringLiteral("sign-in"), username, details);
}

Result<void> Session::reloadUser()
{
    if (m_department) {
        auto answer = m_department->call("whoami", {});
        if (!answer)
            return answer.error();
        m_user =
            departmentstore::accountFromJson(answer->value(QStringLiteral("account")).toObject());
        return {};
    }
    auto account = m_store->users().find(m_user.username);
    if (!account)
        return account.error();
    m_user = account.value();
    return {};
}

QDate Session::today() const
{
    return m_clock.now().toLocalTime().date();
}

Result<void> Session::logEvent(const QString& action, const QString& target,
                               const QJsonObject& details, const QString& outcome)
{
    auto r = m_audit->append(m_user.username, action, userAuditObject(target), details, outcome);
    if (!r)
        return r.error();
    return {};
}

void Session::takeKeys(const QString& username, UserKeys keys, SecureBytes rootKey)
{
    m_audit->setSigner(username, keys.signingPrivate.clone());
    m_keys = std::move(keys);
    m_rootKey = std::move(rootKey);
}

Result<void> Session::issueKeys(KeySlotFile& slots, const QString& username,
                                const SecureBytes& password, bool administrator)
{
    if (m_rootKey.isEmpty())
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::Session",
                                        "Your key slot does not hold the agency's root key, "
                                        "which certifies other users' keys. Ask an administrator "
                                        "who holds it to do this."));
    auto keys = slots.addSlot(username, password, m_databaseKey);
    if (!keys)
        return keys.error();
    if (administrator)
        if (auto r = slots.sealRootKey(username, m_rootKey); !r)
            return r;
    auto certificate = keyCertificate(m_rootKey, username, keys->signingPublic);
    if (!certificate)
        return certificate.error();
    if (auto r = m_audit->append(m_user.username, QStringLiteral("key-certified"),
                                 userAuditObject(username), certificate.value(),
                                 QStringLiteral("success"));
        !r)
        return r.error();
    return m_store->slotGenerations().setGeneration(username, slots.generation(username));
}

void Session::replaceStore(std::unique_ptr<Store> store, SecureBytes key)
{
    m_audit.reset();
    m_store = std::move(store);
    m_databaseKey = std::move(key);
    m_audit = std::make_unique<AuditLog>(m_store->auditEvents(), m_clock,
                                         SessionRegistry::workstationName());
    if (!m_keys.isEmpty())
        m_audit->setSigner(m_user.username, m_keys.signingPrivate.clone());
}

Result<void> Session::anchorTrail()
{
    // The department store's trail is signed by the server's key, which no
    // workstation holds: the server signs its head, the workstation sends it.
    if (m_department) {
        auto answer = m_department->call("trail_anchor", {});
        if (!answer)
            return answer.error();
        TrailAnchor a;
        a.storeId = answer->value(QStringLiteral("store_id")).toString();
        a.seq = answer->value(QStringLiteral("seq")).toInteger();
        a.hash = answer->value(QStringLiteral("hash")).toString();
        a.signer = answer->value(QStringLiteral("signer")).toString();
        a.signature = answer->value(QStringLiteral("signature")).toString();
        a.at = departmentTime(answer->value(QStringLiteral("at")));
        const QString target = answer->value(QStringLiteral("target")).toString();
        return trailanchors::send(target.isEmpty() ? trailanchors::defaultTarget() : target, a);
    }
    auto target = m_store->settings().value(QLatin1String(trailanchors::kAnchorTargetSetting));
    if (!target)
        return target.error();
    const QString where = target->isEmpty() ? trailanchors::defaultTarget() : target.value();
    auto head = m_audit->signedHead();
    if (!head)
        return head.error();
    if (!head.value())
        return {};
    return trailanchors::send(where, *head.value());
}

std::optional<QString> Session::storeReplacementAnnounced() const
{
    if (m_department)
        return std::nullopt;
    return StoreKeys::announcedReplacement(m_store->path());
}

bool Session::storeLost() const
{
    return m_department && m_department->isLost();
}

Error oneTimeCodeWanted(const QString& username)
{
    return makeError(ErrorCode::AuthFailed,
                     QCoreApplication::translate("alpr::SignIn",
                                                 "%1 signs in with a one-time code as well: enter "
                                                 "the 6-digit code from your authenticator app")
                         .arg(username));
}

Result<void> Session::reconnect(const SecureBytes& password, const OneTimeCodeSource& oneTimeCode)
{
    if (!m_department)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Session", "a store file has no connection to make again"));
    // A second connection while the first lives would be a second session
    // of one person, which the server refuses anyway.
    if (!m_department->isLost())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Session",
                                                     "the connection to the department store %1 "
                                                     "is not lost; there is nothing to sign in "
                                                     "again for")
                             .arg(storeLocation()));
    auto link = DepartmentLink::connect(m_department->address());
    if (!link)
        return link.error();
    auto account = departmentstore::signInOn(*link.value(), m_user.username, password, oneTimeCode);
    if (!account)
        return account.error();
    // The lost connection closes without a sign-out: the server ended its
    // session as the new one began (alpr.end_dead_sessions).
    m_audit.reset();
    m_department = std::move(link.value());
    openDepartmentTrail();
    m_user = departmentstore::accountFromJson(account.value());
    m_totpRequired = account->value(QStringLiteral("totp_required")).toBool();
    return {};
}

QString Session::storeLocation() const
{
    if (m_department)
        return m_department->address().display();
    return m_store->path();
}

Store& storeOf(Session& session)
{
    // A use case of the store file reached on the department store: a
    // programming error, stopped here with its name rather than later as a
    // null dereference.
    if (!session.m_store)
        qFatal("storeOf: the signed-in session is on the department store, which has no store "
               "file; the use case must ask the server (Session::isDepartment)");
    return *session.m_store;
}

AuditLog& trailOf(Session& session)
{
    return *session.m_audit;
}

DepartmentLink& departmentOf(Session& session)
{
    return *session.m_department;
}

bool Session::mustEnrolSecondFactor() const
{
    // An unattended job has nobody to type a code: never asked to enrol.
    return m_totpRequired && !m_user.totpEnrolled && !m_user.isServiceAccount();
}

QString Session::trainingProblem() const
{
    return m_user.trainingProblem(today());
}

QString Session::refusalReason(Action action) const
{
    if (!m_user.active)
        return QCoreApplication::translate("alpr::Session", "the account %1 is disabled")
            .arg(m_user.username);
    if (!rolesAllow(m_user.roles, action))
        return QCoreApplication::translate("alpr::Session", "%1 (roles: %2) may not %3")
            .arg(m_user.username, rolesToString(m_user.roles), actionName(action));
    if (m_user.mustChangePassword)
        return QCoreApplication::translate(
                   "alpr::Session", "%1 must change the temporary password before anything else "
                                    "(alprctl user passwd %1, or Account > Change password)")
            .arg(m_user.username);
    if (mustEnrolSecondFactor())
        return QCoreApplication::translate(
                   "alpr::Session", "the administrator requires a second factor: %1 must enrol a "
                                    "one-time code app first (alprctl user totp %1)")
            .arg(m_user.username);
    // Training is for people; a service account's roles are its whole reach.
    if (reachesAlprData(action) && !m_user.isServiceAccount()) {
        const QString training = trainingProblem();
        if (!training.isEmpty())
            return QCoreApplication::translate("alpr::Session", "%1 may not %2: %3")
                .arg(m_user.username, actionName(action), training);
    }
    return {};
}

bool Session::can(Action action) const
{
    return refusalReason(action).isEmpty();
}

Result<void> Session::require(Action action, const QString& object, const QJsonObject& details)
{
    // On the department store the server decides, and records a refusal.
    if (m_department) {
        auto r = m_department->call("require",
                                    {DepartmentArg::text(actionName(action)),
                                     DepartmentArg::text(object), DepartmentArg::json(details)});
        if (!r) {
            // Said in the file store's words where this account shows the same reason.
            const QString reason = refusalReason(action);
            if (r.error().code == ErrorCode::Denied && !reason.isEmpty())
                return makeError(ErrorCode::Denied, reason);
            return r.error();
        }
        return {};
    }
    const QString reason = refusalReason(action);
    if (reason.isEmpty())
        return {};
    QJsonObject d = details;
    d.insert(QStringLiteral("permission"), actionName(action));
    d.insert(QStringLiteral("roles"), rolesToString(m_user.roles));
    d.insert(QStringLiteral("reason"), reason);
    (void)m_audit->append(m_user.username, actionName(action), object, d,
                          QStringLiteral("refused"));
    return makeError(ErrorCode::Denied, reason);
}

// --- own account ----------------------------------------------------------

Result<void> Session::verifyPassword(const SecureBytes& password)
{
    if (m_department) {
        QString text = QString::fromUtf8(password.toByteArrayUnsafe());
        auto r = m_department->call("verify_password", {DepartmentArg::text(text)});
        secureWipe(text);
        if (!r)
            return r.error();
        return {};
    }
    auto slots = KeySlotFile::loadForStore(m_store->path());
    if (!slots)
        return slots.error();
    const QDateTime now = m_clock.now();
    const FailureState before = slots->failures(m_user.username);
    if (SignInFailures::isLocked(before, now))
        return makeError(
            ErrorCode::Locked,
            QCoreApplication::translate("alpr::Session", "the account %1 is locked %2")
                .arg(m_user.username, SignInFailures::lockedUntilText(before.lockedUntil)));
    auto key = slots->unlock(m_user.username, password);
    if (key && key.value() == m_databaseKey) {
        slots->setFailures(m_user.username, FailureState{});
        return slots->save();
    }
    if (!key && key.error().code != ErrorCode::AuthFailed)
        return key.error();
    bool lockedNow = false;
    const QString message = SignInFailures::count(
        *slots, m_user.username, now,
        QCoreApplication::translate("alpr::Session", "wrong password"), &lockedNow);
    // The lockout, if this was the last attempt: into the trail now, or kept
    // pending in the slot file for the next sign-in when that fails.
    auto moved = SignInFailures::moveToTrail(*slots, *m_store, *m_audit);
    (void)logEvent(QStringLiteral("password-check"), m_user.username,
                   {{QStringLiteral("reason"), QStringLiteral("wrong password")}},
                   QStringLiteral("failure"));
    if (auto saved = slots->save(); !saved)
        return saved.error();
    if (!moved)
        return moved.error();
    return makeError(lockedNow ? ErrorCode::Locked : ErrorCode::AuthFailed, message);
}

Result<void> Session::changeOwnPassword(const SecureBytes& current, const SecureBytes& next)
{
    if (auto r = checkPasswordLength(current); !r)
        return r;
    if (auto r = checkPasswordLength(next); !r)
        return r;
    const auto sameAsBefore = [] {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Session", "the new password must differ from the current one"));
    };
    if (m_department) {
        // The policy here (length, strength, not the user name); the server
        // checks the current password (a wrong one counts, once), and the
        // length again.
        if (current == next)
            return sameAsBefore();
        auto policy = AccountPolicy::load(*this);
        if (!policy)
            return policy.error();
        if (auto r =
                validateNewPassword(m_user.username, next, policy->minPasswordLength, &current);
            !r)
            return r;
        QString was = QString::fromUtf8(current.toByteArrayUnsafe());
        QString becomes = QString::fromUtf8(next.toByteArrayUnsafe());
        auto r = m_department->call("change_password",
                                    {DepartmentArg::text(was), DepartmentArg::text(becomes)});
        secureWipe(was);
        secureWipe(becomes);
        if (!r)
            return r.error();
        return reloadUser();
    }
    if (auto r = verifyPassword(current); !r)
        return r;
    if (current == next)
        return sameAsBefore();
    auto policy = AccountPolicy::load(*m_store);
    if (!policy)
        return policy.error();
    if (auto r = validateNewPassword(m_user.username, next, policy->minPasswordLength, &current);
        !r)
        return r;
    auto slots = KeySlotFile::loadForStore(m_store->path());
    if (!slots)
        return slots.error();
    // A new signing key, which only this user ever held (an administrator
    // who set a temporary password could have used the old one), handed on
    // by the old key in the trail. The X25519 key stays, with what is sealed to it.
    UserKeys rotated = m_keys.clone();
    crypto::KeyPair signing = crypto::generateEd25519();
    rotated.signingPrivate = std::move(signing.privateKey);
    rotated.signingPublic = signing.publicKey;
    auto changed = m_store->transaction([&]() -> Result<void> {
        if (auto r = m_store->users().setPasswordChanged(m_user.id, false, m_clock.now()); !r)
            return r;
        if (auto r = logEvent(QStringLiteral("password-changed"), m_user.username,
                              {{QStringLiteral("by"), QStringLiteral("self")}});
            !r)
            return r;
        if (auto r = logEvent(QStringLiteral("key-rotated"), m_user.username,
                              {{QStringLiteral("signing_public"),
                                QString::fromLatin1(rotated.signingPublic.toBase64())}});
            !r)
            return r;
        if (auto r = slots->setSlot(m_user.username, next, rotated); !r)
            return r;
        if (auto r = m_store->slotGenerations().setGeneration(m_user.username,
                                                              slots->generation(m_user.username));
            !r)
            return r;
        return slots->save();
    });
    if (!changed)
        return changed;
    takeKeys(m_user.username, std::move(rotated), m_rootKey.clone());
    return reloadUser();
}

Result<void> Session::requirePersonAtScreen()
{
    if (!m_user.isServiceAccount())
        return {};
    const QString reason =
        QCoreApplication::translate(
            "alpr::Session", "%1 is a service account (%2) for unattended jobs and cannot sign in "
                             "at the workstation; sign in with your own account")
            .arg(m_user.username, rolesToString(m_user.roles));
    (void)logEvent(QStringLiteral("sign-in"), m_user.username,
                   {{QStringLiteral("reason"), QStringLiteral("service account at the GUI")}},
                   QStringLiteral("refused"));
    return makeError(ErrorCode::Denied, reason);
}

void Session::recordScreenLock(bool locked, const QString& reason)
{
    QJsonObject details;
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    (void)logEvent(locked ? QStringLiteral("session-locked") : QStringLiteral("session-unlocked"),
                   m_user.username, details);
}

} // namespace alpr
