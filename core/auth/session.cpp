// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/session.h"

#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auth/crypto.h"
#include "auth/keyslotfile.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>

#include <cerrno>

#include <signal.h>
#include <unistd.h>

namespace alpr {

namespace {

const QLatin1String kSettingMinLength("password_min_length");
const QLatin1String kSettingIdleMinutes("idle_lock_minutes");
const QLatin1String kSettingTotpRequired("totp_required");

// "Until an administrator unlocks it" is a lock that ends in the year 9999.
const QDateTime kLockedForever(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);

QString workstationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown-host") : host;
}

QString formatLocal(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString lockedUntilText(const QDateTime& until)
{
    if (until >= kLockedForever)
        return QStringLiteral("until an administrator unlocks it");
    return QStringLiteral("until %1").arg(formatLocal(until));
}

QString userObject(const QString& username)
{
    return QStringLiteral("user:%1").arg(username);
}

bool isLocked(const FailureState& f, const QDateTime& now)
{
    return f.lockedUntil.isValid() && f.lockedUntil > now;
}

// Counts one failed attempt (wrong password or code) in the slot file and
// returns the message for the user. The caller saves the file.
QString countFailure(KeySlotFile& keys, const QString& username, const QDateTime& now,
                     const QString& what, bool* lockedNow)
{
    FailureState failures = keys.failures(username);
    if (failures.lockedUntil.isValid())
        failures = FailureState{}; // an expired lock starts a new count
    ++failures.consecutiveFailures;
    QString message = what;
    *lockedNow = false;
    if (failures.consecutiveFailures >= kMaxFailedSignIns) {
        const int seconds = keys.lockoutSeconds();
        failures.lockedUntil = seconds > 0 ? now.addSecs(seconds) : kLockedForever;
        *lockedNow = true;
        keys.appendPendingEvent(
            {now, username, QStringLiteral("account-locked"), QStringLiteral("locked"),
             QStringLiteral("%1 consecutive failed sign-ins").arg(failures.consecutiveFailures)});
        message += QStringLiteral("; the account is now locked %1")
                       .arg(lockedUntilText(failures.lockedUntil));
    } else {
        message += QStringLiteral(" (%1 of %2 attempts before the account locks)")
                       .arg(failures.consecutiveFailures)
                       .arg(kMaxFailedSignIns);
    }
    keys.setFailures(username, failures);
    return message;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

Session::Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock)
    : m_store(std::move(store)), m_databaseKey(std::move(key)), m_clock(clock),
      m_audit(std::make_unique<AuditLog>(m_store->database(), clock, workstationName()))
{
}

Session::~Session()
{
    if (m_store && m_user.id != 0) {
        (void)m_audit->append(m_user.username, QStringLiteral("sign-out"),
                              userObject(m_user.username), {}, QStringLiteral("success"));
        if (!m_sessionToken.isEmpty()) {
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ? AND token = ?"));
            q.addBindValue(m_user.username);
            q.addBindValue(m_sessionToken);
            (void)execPrepared(q, QStringLiteral("ending the session"));
        }
    }
    m_audit.reset();
    m_store.reset();
}

Result<std::unique_ptr<Session>> Session::signIn(const QString& storePath, const QString& username,
                                                 const SecureBytes& password, const Clock& clock,
                                                 const OneTimeCodeSource& oneTimeCode)
{
    if (!QFileInfo::exists(storePath))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no store at %1; create one with 'alprctl init' or "
                                        "'alprctl demo'")
                             .arg(storePath));
    auto slots = KeySlotFile::load(Store::keySlotPathFor(storePath));
    if (!slots)
        return slots.error();
    KeySlotFile& keys = slots.value();
    const QDateTime now = clock.now();

    const FailureState failures = keys.failures(username);
    if (isLocked(failures, now)) {
        keys.appendPendingEvent({now, username, QStringLiteral("sign-in"), QStringLiteral("locked"),
                                 QStringLiteral("attempt while the account is locked")});
        (void)keys.save();
        return makeError(ErrorCode::Locked,
                         QStringLiteral("the account %1 is locked after %2 failed sign-ins %3; "
                                        "wait, or ask an administrator to unlock it")
                             .arg(username)
                             .arg(kMaxFailedSignIns)
                             .arg(lockedUntilText(failures.lockedUntil)));
    }

    auto key = keys.unlock(username, password);
    if (!key) {
        if (key.error().code != ErrorCode::AuthFailed)
            return key.error();
        bool lockedNow = false;
        const QString message = countFailure(
            keys, username, now, QStringLiteral("wrong user name or password"), &lockedNow);
        keys.appendPendingEvent({now, username, QStringLiteral("sign-in"),
                                 QStringLiteral("failure"), QStringLiteral("wrong password")});
        if (auto saved = keys.save(); !saved)
            return saved.error();
        return makeError(ErrorCode::AuthFailed, message);
    }

    auto store = Store::open(storePath, key.value());
    if (!store)
        return store.error();
    std::unique_ptr<Session> session(
        new Session(std::move(store.value()), std::move(key.value()), clock));

    // Move what happened while the store was locked into the audit trail.
    auto movePending = [&]() -> Result<void> {
        const QList<PendingEvent> pending = keys.pendingEvents();
        auto moved = session->m_store->transaction([&]() -> Result<void> {
            for (const PendingEvent& e : pending) {
                QJsonObject details{{QStringLiteral("reason"), e.detail},
                                    {QStringLiteral("recorded_at_sign_in_of"), username}};
                auto r = session->m_audit->appendAt(e.at, e.username, e.action,
                                                    userObject(e.username), details, e.outcome);
                if (!r)
                    return r.error();
            }
            return {};
        });
        if (!moved)
            return moved.error();
        keys.clearPendingEvents();
        return {};
    };
    if (auto r = movePending(); !r)
        return r.error();

    UserDirectory users(session->m_store->database());
    auto account = users.find(username);
    if (!account || !account->active) {
        (void)session->m_audit->append(
            username, QStringLiteral("sign-in"), userObject(username),
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
            const QString message = countFailure(keys, username, now,
                                                 QStringLiteral("wrong one-time code"), &lockedNow);
            (void)session->m_audit->append(
                username, QStringLiteral("sign-in"), userObject(username),
                {{QStringLiteral("reason"), QStringLiteral("wrong or reused one-time code")}},
                QStringLiteral("failure"));
            if (auto r = movePending(); !r) // the lockout event, if any
                return r.error();
            if (auto saved = keys.save(); !saved)
                return saved.error();
            return makeError(ErrorCode::AuthFailed, message);
        }
        if (auto r = users.setTotpLastStep(account->id, *step); !r)
            return r.error();
    }

    if (auto r = session->claimSession(username); !r) {
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

Result<void> Session::claimSession(const QString& username)
{
    const QDateTime now = m_clock.now();
    const QString host = workstationName();
    QString refusal;
    auto claimed = m_store->transaction([&]() -> Result<void> {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT workstation, pid, started_at, last_seen FROM sessions "
                                 "WHERE username = ?"));
        q.addBindValue(username);
        if (auto r = execPrepared(q, QStringLiteral("checking for an active session")); !r)
            return r;
        if (q.next()) {
            const QString where = q.value(0).toString();
            const qint64 pid = q.value(1).toLongLong();
            const QDateTime started =
                QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            const QDateTime seen = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            const bool live =
                where == host ? processAlive(pid) : seen.secsTo(now) < kSessionStaleSeconds;
            if (live) {
                refusal = QStringLiteral("%1 is already signed in on %2 since %3; sign out there "
                                         "first (one session per user)")
                              .arg(username, where, formatLocal(started));
                return {};
            }
        }
        q.finish();
        m_sessionToken = QString::fromLatin1(crypto::randomBytesPublic(16).toHex());
        QSqlQuery w(m_store->database());
        w.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions(username, token, workstation, "
                                 "pid, started_at, last_seen) VALUES (?,?,?,?,?,?)"));
        w.addBindValue(username);
        w.addBindValue(m_sessionToken);
        w.addBindValue(host);
        w.addBindValue(QCoreApplication::applicationPid());
        w.addBindValue(now.toMSecsSinceEpoch());
        w.addBindValue(now.toMSecsSinceEpoch());
        return execPrepared(w, QStringLiteral("recording the session"));
    });
    if (!claimed)
        return claimed;
    if (!refusal.isEmpty()) {
        m_sessionToken.clear();
        (void)m_audit->append(username, QStringLiteral("sign-in"), userObject(username),
                              {{QStringLiteral("reason"), QStringLiteral("already signed in")}},
                              QStringLiteral("refused"));
        return makeError(ErrorCode::Denied, refusal);
    }
    return {};
}

Result<void> Session::finishSignIn(const QString& username)
{
    auto account = UserDirectory(m_store->database()).find(username);
    if (!account)
        return account.error();
    m_user = account.value();
    auto policy = accountPolicy();
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
    auto account = UserDirectory(m_store->database()).find(m_user.username);
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
    auto r = m_audit->append(m_user.username, action, userObject(target), details, outcome);
    if (!r)
        return r.error();
    return {};
}

Result<std::unique_ptr<Session>> Session::createStore(const QString& storePath,
                                                      const UserAccount& admin,
                                                      const SecureBytes& password,
                                                      const Clock& clock)
{
    if (auto r = validateUsername(admin.username); !r)
        return r.error();
    if (auto r = validateNewPassword(admin.username, password); !r)
        return r.error();
    const QString keyPath = Store::keySlotPathFor(storePath);
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
    auto created = session->m_store->transaction([&]() -> Result<void> {
        UserDirectory users(session->m_store->database());
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
    if (!created)
        return created.error();
    if (auto r = session->claimSession(admin.username); !r)
        return r.error();
    if (auto r = session->finishSignIn(admin.username); !r)
        return r.error();
    return session;
}

QString Session::storeLocation() const
{
    return m_store->path();
}

Store& storeOf(Session& session)
{
    return *session.m_store;
}

AuditLog& trailOf(Session& session)
{
    return *session.m_audit;
}

Result<Session::Compaction> Session::compactStore()
{
    if (auto r = require(Action::ChangeSettings, QStringLiteral("store")); !r)
        return r.error();
    Compaction c;
    c.bytesBefore = m_store->fileSize();
    QElapsedTimer timer;
    timer.start();
    if (auto r = m_store->compact(); !r) {
        (void)m_audit->append(
            m_user.username, QStringLiteral("store-compacted"), QStringLiteral("store"),
            {{QStringLiteral("reason"), r.error().message}}, QStringLiteral("failure"));
        return r.error();
    }
    c.milliseconds = timer.elapsed();
    c.bytesAfter = m_store->fileSize();
    auto logged =
        m_audit->append(m_user.username, QStringLiteral("store-compacted"), QStringLiteral("store"),
                        {{QStringLiteral("bytes_before"), c.bytesBefore},
                         {QStringLiteral("bytes_after"), c.bytesAfter},
                         {QStringLiteral("milliseconds"), c.milliseconds}},
                        QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return c;
}

bool Session::mustEnrolSecondFactor() const
{
    return m_totpRequired && !m_user.totpEnrolled;
}

QString Session::trainingProblem() const
{
    return m_user.trainingProblem(today());
}

QString Session::refusalReason(Action action) const
{
    if (!m_user.active)
        return QStringLiteral("the account %1 is disabled").arg(m_user.username);
    if (!rolesAllow(m_user.roles, action))
        return QStringLiteral("%1 (roles: %2) may not %3")
            .arg(m_user.username, rolesToString(m_user.roles), actionName(action));
    if (m_user.mustChangePassword)
        return QStringLiteral("%1 must change the temporary password before anything else "
                              "(alprctl user passwd %1, or Account > Change password)")
            .arg(m_user.username);
    if (mustEnrolSecondFactor())
        return QStringLiteral("the administrator requires a second factor: %1 must enrol a "
                              "one-time code app first (alprctl user totp %1)")
            .arg(m_user.username);
    if (reachesAlprData(action)) {
        const QString training = trainingProblem();
        if (!training.isEmpty())
            return QStringLiteral("%1 may not %2: %3")
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
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    const QDateTime now = m_clock.now();
    const FailureState before = slots->failures(m_user.username);
    if (isLocked(before, now))
        return makeError(ErrorCode::Locked,
                         QStringLiteral("the account %1 is locked %2")
                             .arg(m_user.username, lockedUntilText(before.lockedUntil)));
    auto key = slots->unlock(m_user.username, password);
    if (key && key.value() == m_databaseKey) {
        slots->setFailures(m_user.username, FailureState{});
        return slots->save();
    }
    if (!key && key.error().code != ErrorCode::AuthFailed)
        return key.error();
    bool lockedNow = false;
    const QString message =
        countFailure(*slots, m_user.username, now, QStringLiteral("wrong password"), &lockedNow);
    for (const PendingEvent& e : slots->pendingEvents())
        (void)m_audit->appendAt(e.at, e.username, e.action, userObject(e.username),
                                {{QStringLiteral("reason"), e.detail}}, e.outcome);
    slots->clearPendingEvents();
    (void)logEvent(QStringLiteral("password-check"), m_user.username,
                   {{QStringLiteral("reason"), QStringLiteral("wrong password")}},
                   QStringLiteral("failure"));
    if (auto saved = slots->save(); !saved)
        return saved.error();
    return makeError(lockedNow ? ErrorCode::Locked : ErrorCode::AuthFailed, message);
}

Result<void> Session::changeOwnPassword(const SecureBytes& current, const SecureBytes& next)
{
    if (auto r = verifyPassword(current); !r)
        return r;
    if (current == next)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the new password must differ from the current one"));
    auto policy = accountPolicy();
    if (!policy)
        return policy.error();
    if (auto r = validateNewPassword(m_user.username, next, policy->minPasswordLength, &current);
        !r)
        return r;
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    auto changed = m_store->transaction([&]() -> Result<void> {
        if (auto r = UserDirectory(m_store->database())
                         .setPasswordChanged(m_user.id, false, m_clock.now());
            !r)
            return r;
        if (auto r = logEvent(QStringLiteral("password-changed"), m_user.username,
                              {{QStringLiteral("by"), QStringLiteral("self")}});
            !r)
            return r;
        if (auto r = slots->addSlot(m_user.username, next, m_databaseKey); !r)
            return r;
        return slots->save();
    });
    if (!changed)
        return changed;
    return reloadUser();
}

void Session::recordScreenLock(bool locked, const QString& reason)
{
    QJsonObject details;
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    (void)logEvent(locked ? QStringLiteral("session-locked") : QStringLiteral("session-unlocked"),
                   m_user.username, details);
}

Result<void> Session::heartbeat()
{
    if (m_sessionToken.isEmpty())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE username = ? AND token = ?"));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(m_user.username);
    q.addBindValue(m_sessionToken);
    return execPrepared(q, QStringLiteral("recording that the session is alive"));
}

// --- administration -------------------------------------------------------

Result<UserAccount> Session::adminTarget(const QString& username, const QString& what,
                                         bool allowSelf)
{
    const bool self = username == m_user.username;
    if (!(allowSelf && self)) {
        if (auto r = require(Action::ManageUsers, userObject(username),
                             {{QStringLiteral("operation"), what}});
            !r)
            return r.error();
    } else if (!m_user.active) {
        return makeError(ErrorCode::Denied, QStringLiteral("the account is disabled"));
    }
    auto target = UserDirectory(m_store->database()).find(username);
    if (!target)
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("there is no user %1; 'alprctl user list' shows them").arg(username));
    return target;
}

Result<QList<UserStatus>> Session::listUsers()
{
    if (auto r = require(Action::ManageUsers, QStringLiteral("users")); !r)
        return r.error();
    auto users = UserDirectory(m_store->database()).list();
    if (!users)
        return users.error();
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    const QDateTime now = m_clock.now();
    QList<UserStatus> out;
    for (const UserAccount& a : users.value()) {
        UserStatus s;
        s.account = a;
        s.hasKeySlot = slots->hasSlot(a.username);
        s.failures = slots->failures(a.username);
        s.locked = isLocked(s.failures, now);
        out.append(s);
    }
    return out;
}

Result<qint64> Session::addUser(const UserAccount& account, const SecureBytes& password)
{
    if (auto r = require(Action::ManageUsers, userObject(account.username)); !r)
        return r.error();
    if (auto r = validateUsername(account.username); !r)
        return r.error();
    if (account.roles.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("give %1 at least one role").arg(account.username));
    auto policy = accountPolicy();
    if (!policy)
        return policy.error();
    if (auto r = validateNewPassword(account.username, password, policy->minPasswordLength); !r)
        return r.error();
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    if (slots->hasSlot(account.username) ||
        UserDirectory(m_store->database()).find(account.username).ok())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a user named %1 already exists").arg(account.username));
    qint64 id = 0;
    auto added = m_store->transaction([&]() -> Result<void> {
        UserDirectory users(m_store->database());
        auto inserted = users.insert(account, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (auto r = users.setPasswordChanged(id, account.mustChangePassword, m_clock.now()); !r)
            return r;
        auto r = logEvent(QStringLiteral("user-added"), account.username,
                          {{QStringLiteral("roles"), rolesToString(account.roles)},
                           {QStringLiteral("full_name"), account.fullName},
                           {QStringLiteral("badge"), account.badge},
                           {QStringLiteral("organization"), account.organization},
                           {QStringLiteral("must_change_password"), account.mustChangePassword}});
        if (!r)
            return r;
        // The slot is written last, inside the transaction: if it fails the
        // user row rolls back and nobody is half-added.
        if (auto s = slots->addSlot(account.username, password, m_databaseKey); !s)
            return s;
        return slots->save();
    });
    if (!added)
        return added.error();
    return id;
}

Result<void> Session::addTraining(const QString& username, const TrainingRecord& record)
{
    // An administrator records training, their own included; nobody else
    // records their own.
    auto target = adminTarget(username, QStringLiteral("training"), false);
    if (!target)
        return target.error();
    if (record.course.trimmed().isEmpty() || !record.completedOn.isValid())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a training record needs a course and a completion date"));
    if (record.expiresOn.isValid() && record.expiresOn < record.completedOn)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the training expires (%1) before it was completed (%2)")
                             .arg(record.expiresOn.toString(Qt::ISODate),
                                  record.completedOn.toString(Qt::ISODate)));
    if (record.completedOn > today())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the completion date %1 is in the future")
                             .arg(record.completedOn.toString(Qt::ISODate)));
    auto done = m_store->transaction([&]() -> Result<void> {
        if (auto r = UserDirectory(m_store->database()).addTraining(target->id, record); !r)
            return r;
        return logEvent(QStringLiteral("training-recorded"), username,
                        {{QStringLiteral("course"), record.course},
                         {QStringLiteral("completed_on"), record.completedOn.toString(Qt::ISODate)},
                         {QStringLiteral("expires_on"), record.expiresOn.toString(Qt::ISODate)}});
    });
    if (!done)
        return done;
    return username == m_user.username ? reloadUser() : Result<void>();
}

Result<void> Session::setRoles(const QString& username, const QList<Role>& roles)
{
    auto target = adminTarget(username, QStringLiteral("roles"), false);
    if (!target)
        return target.error();
    if (roles.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("give %1 at least one role; to stop someone signing in, "
                                        "disable the account")
                             .arg(username));
    UserDirectory users(m_store->database());
    if (target->active && target->isAdministrator() && !roles.contains(Role::Administrator)) {
        auto admins = users.activeAdministratorCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(ErrorCode::Denied,
                             QStringLiteral("%1 is the last active administrator; make someone "
                                            "else an administrator first")
                                 .arg(username));
    }
    auto done = m_store->transaction([&]() -> Result<void> {
        if (auto r = users.setRoles(target->id, roles); !r)
            return r;
        return logEvent(QStringLiteral("roles-changed"), username,
                        {{QStringLiteral("from"), rolesToString(target->roles)},
                         {QStringLiteral("to"), rolesToString(roles)}});
    });
    if (!done)
        return done;
    return username == m_user.username ? reloadUser() : Result<void>();
}

Result<void> Session::disableUser(const QString& username)
{
    auto target = adminTarget(username, QStringLiteral("disable"), false);
    if (!target)
        return target.error();
    if (username == m_user.username)
        return makeError(ErrorCode::Denied,
                         QStringLiteral("you cannot disable your own account; ask another "
                                        "administrator"));
    UserDirectory users(m_store->database());
    if (target->active && target->isAdministrator()) {
        auto admins = users.activeAdministratorCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(ErrorCode::Denied,
                             QStringLiteral("%1 is the last active administrator").arg(username));
    }
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    return m_store->transaction([&]() -> Result<void> {
        if (auto r = users.setActive(target->id, false); !r)
            return r;
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ?"));
        q.addBindValue(username);
        if (auto r = execPrepared(q, QStringLiteral("ending the user's session")); !r)
            return r;
        const bool hadSlot = slots->removeSlot(username);
        if (auto r = logEvent(QStringLiteral("user-disabled"), username,
                              {{QStringLiteral("key_slot_removed"), hadSlot}});
            !r)
            return r;
        slots->setFailures(username, FailureState{});
        return slots->save();
    });
}

Result<void> Session::enableUser(const QString& username, const SecureBytes& temporaryPassword)
{
    auto target = adminTarget(username, QStringLiteral("enable"), false);
    if (!target)
        return target.error();
    if (target->active)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 is already enabled; use a password reset to give "
                                        "them a new password")
                             .arg(username));
    return grantTemporaryPassword(target.value(), temporaryPassword, QStringLiteral("user-enabled"),
                                  true);
}

Result<void> Session::resetPassword(const QString& username, const SecureBytes& temporaryPassword)
{
    auto target = adminTarget(username, QStringLiteral("reset-password"), false);
    if (!target)
        return target.error();
    if (username == m_user.username)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("change your own password with 'alprctl user passwd %1' "
                                        "or Account > Change password")
                             .arg(username));
    if (!target->active)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 is disabled; enable the account, which sets a new "
                                        "temporary password")
                             .arg(username));
    return grantTemporaryPassword(target.value(), temporaryPassword,
                                  QStringLiteral("password-reset"), false);
}

Result<void> Session::grantTemporaryPassword(const UserAccount& target,
                                             const SecureBytes& temporaryPassword,
                                             const QString& event, bool enable)
{
    const QString& username = target.username;
    auto policy = accountPolicy();
    if (!policy)
        return policy.error();
    if (auto r = validateNewPassword(username, temporaryPassword, policy->minPasswordLength); !r)
        return r;
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    return m_store->transaction([&]() -> Result<void> {
        UserDirectory users(m_store->database());
        if (enable)
            if (auto r = users.setActive(target.id, true); !r)
                return r;
        if (auto r = users.setPasswordChanged(target.id, true, m_clock.now()); !r)
            return r;
        if (auto r = logEvent(event, username, {{QStringLiteral("must_change_password"), true}});
            !r)
            return r;
        // A new slot under the temporary password; the old one is replaced.
        if (auto r = slots->addSlot(username, temporaryPassword, m_databaseKey); !r)
            return r;
        slots->setFailures(username, FailureState{});
        return slots->save();
    });
}

Result<void> Session::unlockUser(const QString& username)
{
    auto target = adminTarget(username, QStringLiteral("unlock"), false);
    if (!target)
        return target.error();
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    const FailureState before = slots->failures(username);
    slots->setFailures(username, FailureState{});
    if (auto r = slots->save(); !r)
        return r;
    return logEvent(QStringLiteral("user-unlocked"), username,
                    {{QStringLiteral("was_locked"), isLocked(before, m_clock.now())},
                     {QStringLiteral("failures_cleared"), before.consecutiveFailures}});
}

Result<void> Session::setTotpSecret(const QString& username, const SecureBytes& secret,
                                    const QString& confirmationCode)
{
    auto target = adminTarget(username, QStringLiteral("totp-enrol"), true);
    if (!target)
        return target.error();
    if (secret.size() < 16)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a one-time code secret needs at least 128 bits"));
    if (!confirmationCode.isEmpty() && !totp::verify(secret, confirmationCode, m_clock.now()))
        return makeError(ErrorCode::AuthFailed,
                         QStringLiteral("the code does not match; check the phone's clock and "
                                        "type the code the app shows now"));
    auto done = m_store->transaction([&]() -> Result<void> {
        if (auto r = UserDirectory(m_store->database()).setTotpSecret(target->id, secret); !r)
            return r;
        return logEvent(QStringLiteral("totp-enrolled"), username,
                        {{QStringLiteral("confirmed"), !confirmationCode.isEmpty()},
                         {QStringLiteral("replaced"), target->totpEnrolled}});
    });
    if (!done)
        return done;
    return username == m_user.username ? reloadUser() : Result<void>();
}

Result<void> Session::removeTotp(const QString& username)
{
    auto target = adminTarget(username, QStringLiteral("totp-remove"), false);
    if (!target)
        return target.error();
    auto done = m_store->transaction([&]() -> Result<void> {
        if (auto r = UserDirectory(m_store->database()).setTotpSecret(target->id, SecureBytes());
            !r)
            return r;
        return logEvent(QStringLiteral("totp-removed"), username, {});
    });
    if (!done)
        return done;
    return username == m_user.username ? reloadUser() : Result<void>();
}

// --- settings ---------------------------------------------------------------

Result<AccountPolicy> Session::accountPolicy() const
{
    AccountPolicy p;
    auto minLength = m_store->setting(kSettingMinLength);
    auto idle = m_store->setting(kSettingIdleMinutes);
    auto totp = m_store->setting(kSettingTotpRequired);
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
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    p.lockoutSeconds = slots->lockoutSeconds();
    return p;
}

Result<void> Session::setAccountPolicy(const AccountPolicy& policy)
{
    if (auto r = require(Action::ChangeSettings, QStringLiteral("settings:accounts")); !r)
        return r;
    if (policy.minPasswordLength < kMinPasswordLengthFloor || policy.minPasswordLength > 128)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the shortest password may be %1 to 128 characters")
                             .arg(kMinPasswordLengthFloor));
    if (policy.idleLockMinutes < 1 || policy.idleLockMinutes > kMaxIdleLockMinutes)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the idle lock may be 1 to %1 minutes (CJIS 5.5.5)")
                             .arg(kMaxIdleLockMinutes));
    if (policy.lockoutSeconds < 0 || policy.lockoutSeconds > kMaxLockoutSeconds)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the lockout may last 0 (until an administrator unlocks) "
                                        "to %1 minutes")
                             .arg(kMaxLockoutSeconds / 60));
    if (policy.lockoutSeconds > 0 && policy.lockoutSeconds < kDefaultLockoutSeconds)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a lockout shorter than 10 minutes is below CJIS 5.5.3"));
    auto before = accountPolicy();
    if (!before)
        return before.error();
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    auto done = m_store->transaction([&]() -> Result<void> {
        if (auto r =
                m_store->setSetting(kSettingMinLength, QString::number(policy.minPasswordLength));
            !r)
            return r;
        if (auto r =
                m_store->setSetting(kSettingIdleMinutes, QString::number(policy.idleLockMinutes));
            !r)
            return r;
        if (auto r = m_store->setSetting(kSettingTotpRequired, policy.totpRequired
                                                                   ? QStringLiteral("true")
                                                                   : QStringLiteral("false"));
            !r)
            return r;
        auto logged = m_audit->append(
            m_user.username, QStringLiteral("settings-changed"),
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
    m_totpRequired = policy.totpRequired;
    return {};
}

} // namespace alpr
