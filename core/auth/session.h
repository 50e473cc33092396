// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/permissions.h"
#include "auth/securebytes.h"
#include "auth/useraccount.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace alpr {

class AuditLog;
class Clock;
class PlateIndex;
class Store;

// CJIS Security Policy 5.5.3: at most 5 consecutive failed logons, then the
// account locks for 10 minutes (or until an administrator unlocks it).
inline constexpr int kMaxFailedSignIns = 5;
inline constexpr qint64 kLockoutSeconds = 10 * 60;
inline constexpr int kMinPasswordLength = 12;

// Checks a new password against the password policy.
Result<void> validateNewPassword(const QString& username, const SecureBytes& password);

// A signed-in user on an open store. Everything that reaches ALPR data goes
// through a Session, which checks the permission table and writes the audit
// record.
class Session final
{
public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Opens the store at storePath with the user's key slot. Failed attempts
    // are counted in the key-slot file; the 5th locks the account.
    static Result<std::unique_ptr<Session>> signIn(const QString& storePath,
                                                   const QString& username,
                                                   const SecureBytes& password, const Clock& clock);

    // Creates a new store (file and key slots) with one administrator, and
    // returns that administrator's session.
    static Result<std::unique_ptr<Session>> createStore(const QString& storePath,
                                                        const UserAccount& admin,
                                                        const SecureBytes& password,
                                                        const Clock& clock);

    const UserAccount& user() const { return m_user; }
    Store& store() { return *m_store; }
    AuditLog& audit() { return *m_audit; }
    const Clock& clock() const { return m_clock; }

    bool can(Action action) const;
    // Refuses (and records the refusal) unless the user may do the action.
    Result<void> require(Action action, const QString& object, const QJsonObject& details = {});

    // Adds a user with a key slot of their own (administrators only).
    Result<qint64> addUser(const UserAccount& account, const SecureBytes& password);
    Result<void> addTraining(const QString& username, const TrainingRecord& record);

    // The in-memory plate dictionary, built on first use (the GUI builds it
    // right after sign-in; CLI commands that do not search never pay for it).
    Result<PlateIndex*> plateIndex();
    // The index if it was built, else null: an import keeps a built index
    // current; before the first build there is nothing to keep current.
    PlateIndex* builtPlateIndex() { return m_plateIndex.get(); }

private:
    Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock);
    Result<void> finishSignIn(const QString& username);

    std::unique_ptr<Store> m_store;
    SecureBytes m_databaseKey;
    const Clock& m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PlateIndex> m_plateIndex; // null until first use
    UserAccount m_user;
};

} // namespace alpr
