// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/keyslotfile.h"
#include "auth/passwordpolicy.h"
#include "auth/permissions.h"
#include "auth/useraccount.h"
#include "common/result.h"
#include "common/securebytes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace alpr {

class AuditLog;
class Clock;
class Store;

// CJIS Security Policy 5.5.3: at most 5 consecutive failed logons, then the
// account locks for 10 minutes (or until an administrator unlocks it; the
// duration is a setting kept in the key-slot file).
inline constexpr int kMaxFailedSignIns = 5;
inline constexpr qint64 kLockoutSeconds = kDefaultLockoutSeconds;
// CJIS 5.5.5: the session locks after at most 30 minutes without input.
inline constexpr int kDefaultIdleLockMinutes = 30;
inline constexpr int kMaxIdleLockMinutes = 30;
// A session on another workstation that has not shown a sign of life for this
// long no longer blocks a new sign-in (the GUI sends one every minute).
inline constexpr qint64 kSessionStaleSeconds = 15 * 60;

// The account rules an administrator may set.
struct AccountPolicy
{
    int minPasswordLength = kMinPasswordLength;    // >= kMinPasswordLengthFloor
    int lockoutSeconds = kDefaultLockoutSeconds;   // 0 = until an administrator unlocks
    int idleLockMinutes = kDefaultIdleLockMinutes; // 1..kMaxIdleLockMinutes
    bool totpRequired = false;                     // every user must have a second factor
};

// One account as the administration screens show it.
struct UserStatus
{
    UserAccount account;
    bool hasKeySlot = false;
    FailureState failures;
    bool locked = false;
};

// Asked for the user's one-time code when (and only when) the account has a
// second factor; an empty answer stops the sign-in.
using OneTimeCodeSource = std::function<QString()>;

// A signed-in user on an open store. Everything that reaches ALPR data goes
// through a Session, which checks the permission table and the training
// record and writes the audit record.
class Session final
{
public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Opens the store at storePath with the user's key slot, then checks the
    // second factor and that the user has no other active session. Failed
    // attempts (password or code) are counted in the key-slot file; the 5th
    // locks the account.
    static Result<std::unique_ptr<Session>> signIn(const QString& storePath,
                                                   const QString& username,
                                                   const SecureBytes& password, const Clock& clock,
                                                   const OneTimeCodeSource& oneTimeCode = {});

    // Creates a new store (file and key slots) with one administrator, and
    // returns that administrator's session.
    static Result<std::unique_ptr<Session>> createStore(const QString& storePath,
                                                        const UserAccount& admin,
                                                        const SecureBytes& password,
                                                        const Clock& clock);

    const UserAccount& user() const { return m_user; }
    // Where the store is (its file), for titles and messages.
    QString storeLocation() const;
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
    // toward the lockout; Locked means the session must end.
    Result<void> verifyPassword(const SecureBytes& password);
    // The lock screen came up or went away (audited).
    void recordScreenLock(bool locked, const QString& reason = {});
    // A sign of life for the one-session-per-user rule.
    Result<void> heartbeat();

    // --- administration (manage-users), audited; username may be one's own
    // for setTotpSecret/removeTotp and addTraining.
    Result<QList<UserStatus>> listUsers();
    Result<qint64> addUser(const UserAccount& account, const SecureBytes& password);
    Result<void> addTraining(const QString& username, const TrainingRecord& record);
    Result<void> setRoles(const QString& username, const QList<Role>& roles);
    // Removes the user's key slot: their password no longer opens the store.
    Result<void> disableUser(const QString& username);
    // A new slot with a temporary password that must be changed at sign-in.
    Result<void> enableUser(const QString& username, const SecureBytes& temporaryPassword);
    Result<void> resetPassword(const QString& username, const SecureBytes& temporaryPassword);
    Result<void> unlockUser(const QString& username);
    // Enrols a TOTP secret. With a confirmation code, the code must match the
    // secret now (the GUI asks the user to type one from the app).
    Result<void> setTotpSecret(const QString& username, const SecureBytes& secret,
                               const QString& confirmationCode = {});
    Result<void> removeTotp(const QString& username);

    // --- settings (change-settings to write)
    Result<AccountPolicy> accountPolicy() const;
    Result<void> setAccountPolicy(const AccountPolicy& policy);

    // Store maintenance (change-settings): Store::compact(), recorded as
    // "store-compacted" with the sizes before and after and the time taken.
    struct Compaction
    {
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
        qint64 milliseconds = 0;
    };
    Result<Compaction> compactStore();

private:
    friend Store& storeOf(Session& session);
    friend AuditLog& trailOf(Session& session);

    Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock);
    Result<void> claimSession(const QString& username);
    Result<void> finishSignIn(const QString& username);
    Result<void> reloadUser();
    QDate today() const;
    QString refusalReason(Action action) const;
    // Checks manage-users (or self, when allowSelf) and finds the target.
    // Gives an account a new slot under a temporary password that must be
    // changed first (an administrator's reset; enabling, when enable is set).
    Result<void> grantTemporaryPassword(const UserAccount& target,
                                        const SecureBytes& temporaryPassword, const QString& event,
                                        bool enable);
    Result<UserAccount> adminTarget(const QString& username, const QString& what, bool allowSelf);
    Result<void> logEvent(const QString& action, const QString& target, const QJsonObject& details,
                          const QString& outcome = QStringLiteral("success"));

    std::unique_ptr<Store> m_store;
    SecureBytes m_databaseKey;
    const Clock& m_clock;
    std::unique_ptr<AuditLog> m_audit;
    UserAccount m_user;
    QString m_sessionToken;
    bool m_totpRequired = false;
};

} // namespace alpr
