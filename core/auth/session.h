// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/keyslotfile.h"
#include "auth/permissions.h"
#include "common/result.h"
#include "common/securebytes.h"
#include "common/useraccount.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace alpr {

class AuditLog;
class Clock;
class DepartmentLink;
class Store;

// Asked for the user's one-time code when (and only when) the account has a
// second factor; an empty answer stops the sign-in.
using OneTimeCodeSource = std::function<QString()>;

// The refusal of a sign-in that gave no one-time code for an account that
// has a second factor.
Error oneTimeCodeWanted(const QString& username);

// A signed-in user on an open store (see SignIn). Everything that reaches
// ALPR data goes through a Session, which checks the permission table and the
// training record and writes the audit record. The session registry, user
// administration, the account policy and store maintenance take a Session&.
class Session final
{
public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const UserAccount& user() const { return m_user; }
    // Where the store is (its file, or the department store's address
    // without a password), for titles and messages.
    QString storeLocation() const;
    // Signed in to the department store (PostgreSQL): the server checks
    // and records every access itself, through its functions.
    bool isDepartment() const { return m_department != nullptr; }
    const Clock& clock() const { return m_clock; }

    // Whether the user may do the action now: role, training (for ALPR
    // data), and no password change or second-factor enrolment outstanding.
    bool can(Action action) const;
    // Refuses (and records the refusal) unless can(action).
    Result<void> require(Action action, const QString& object, const QJsonObject& details = {});

    // What the user must do before working: change a temporary password,
    // enrol a second factor the administrator requires. Training: see
    // trainingProblem().
    bool mustChangePassword() const { return m_user.mustChangePassword; }
    bool mustEnrolSecondFactor() const;
    // Why ALPR data is closed to this user; empty when the training is current.
    QString trainingProblem() const;

    // --- the signed-in user's own account
    // Checks the current password, the policy, and rewraps this user's slot only.
    Result<void> changeOwnPassword(const SecureBytes& current, const SecureBytes& next);
    // For the lock screen: the user's password again. A wrong one counts
    // toward the lockout (the failure and any lockout go into the trail);
    // Locked means the session must end.
    Result<void> verifyPassword(const SecureBytes& password);
    // The GUI's check after sign-in: a service account is refused (and the
    // refusal recorded); the caller then ends the session.
    Result<void> requirePersonAtScreen();
    // The lock screen came up or went away (audited).
    void recordScreenLock(bool locked, const QString& reason = {});

    // Sends the signed head of the audit trail to the anchor target (the
    // setting trailanchors::kAnchorTargetSetting), where no user of the
    // store can rewrite it. Done at sign-out; the GUI also does it every few
    // minutes while the trail grows. Io when the target cannot be reached.
    Result<void> anchorTrail();
    // Set while an administrator rekeys or restores the store and waits for
    // every session to close: who it is. Windows poll it and close.
    std::optional<QString> storeReplacementAnnounced() const;
    // The department store's connection is gone (the server restarted, or
    // dropped it): nothing more can be done in this session; sign in again.
    // Never on the store file.
    bool storeLost() const;
    // After storeLost(): the same user signs in again, on a new connection,
    // through the sign-in SignIn makes (the server checks the password and,
    // when the account has one, the second factor, asked of oneTimeCode;
    // counts a failure toward the lockout; records the sign-in). The session
    // then goes on over the new connection, as the same object: what the
    // server kept (alerts taken, the trail) is as it was. Io while the
    // server cannot be reached; Locked when the account is, or locks now
    // (the session must end); Invalid while the connection is not lost.
    Result<void> reconnect(const SecureBytes& password, const OneTimeCodeSource& oneTimeCode = {});

private:
    friend Store& storeOf(Session& session);
    friend AuditLog& trailOf(Session& session);
    friend DepartmentLink& departmentOf(Session& session);
    friend class SignIn;
    friend class SessionRegistry;
    friend class UserAdministration;
    friend struct AccountPolicy;
    friend class StoreKeys;
    friend class EvidenceKeys;

    Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock);
    Session(std::unique_ptr<DepartmentLink> department, const Clock& clock);
    // Takes the signed-in user's account and records the sign-in.
    Result<void> finishSignIn(const QString& username);
    // Reads the signed-in user's account again after a change to it.
    Result<void> reloadUser();
    QDate today() const;
    QString refusalReason(Action action) const;
    Result<void> logEvent(const QString& action, const QString& target, const QJsonObject& details,
                          const QString& outcome = QStringLiteral("success"));
    // The signed-in user's keys, from their slot: their events are signed
    // from now on. rootKey is empty unless they are an administrator.
    void takeKeys(const QString& username, UserKeys keys, SecureBytes rootKey);
    // Gives username a new slot with fresh keys under password: seals the
    // database key (and for an administrator the root key) to it, certifies
    // the signing key with the root key ("key-certified") and records the
    // slot's generation. Inside the caller's transaction; does not save.
    Result<void> issueKeys(KeySlotFile& slots, const QString& username, const SecureBytes& password,
                           bool administrator);
    // The session goes on with another store file (after a rekey or restore).
    void replaceStore(std::unique_ptr<Store> store, SecureBytes key);
    // The department store's trail, written through m_department's functions.
    void openDepartmentTrail();

    std::unique_ptr<Store> m_store;               // the file store, or
    std::unique_ptr<DepartmentLink> m_department; // the department store
    SecureBytes m_databaseKey;
    UserKeys m_keys;
    SecureBytes m_rootKey;
    const Clock& m_clock;
    std::unique_ptr<AuditLog> m_audit;
    UserAccount m_user;
    QString m_sessionToken;
    bool m_totpRequired = false;
};

} // namespace alpr
