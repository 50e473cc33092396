// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/session.h"

#include "audit/auditlog.h"
#include "auth/crypto.h"
#include "auth/keyslotfile.h"
#include "common/clock.h"
#include "search/plateindex.h"
#include "store/store.h"

#include <QTimeZone>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

namespace alpr {

namespace {

QString workstationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown-host") : host;
}

QString formatLocal(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<void> validateNewPassword(const QString& username, const SecureBytes& password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the password must have at least %1 characters")
                             .arg(kMinPasswordLength));
    const QString text = QString::fromUtf8(password.constData(), password.size());
    const bool containsName = !username.isEmpty() && text.contains(username, Qt::CaseInsensitive);
    QString copy = text;
    secureWipe(copy);
    if (containsName)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the password must not contain the user name"));
    return {};
}

Session::Session(std::unique_ptr<Store> store, SecureBytes key, const Clock& clock)
    : m_store(std::move(store)), m_databaseKey(std::move(key)), m_clock(clock),
      m_audit(std::make_unique<AuditLog>(m_store->database(), clock, workstationName()))
{
}

Session::~Session()
{
    if (m_store && m_user.id != 0)
        (void)m_audit->append(m_user.username, QStringLiteral("sign-out"),
                              QStringLiteral("user:%1").arg(m_user.username), {},
                              QStringLiteral("success"));
    m_plateIndex.reset();
    m_audit.reset();
    m_store.reset();
}

Result<std::unique_ptr<Session>> Session::signIn(const QString& storePath, const QString& username,
                                                 const SecureBytes& password, const Clock& clock)
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

    FailureState failures = keys.failures(username);
    if (failures.lockedUntil.isValid() && failures.lockedUntil > now) {
        keys.appendPendingEvent({now, username, QStringLiteral("sign-in"), QStringLiteral("locked"),
                                 QStringLiteral("attempt while the account is locked")});
        (void)keys.save();
        return makeError(ErrorCode::Locked,
                         QStringLiteral("the account %1 is locked after %2 failed sign-ins until "
                                        "%3; wait, or ask an administrator to unlock it")
                             .arg(username)
                             .arg(kMaxFailedSignIns)
                             .arg(formatLocal(failures.lockedUntil)));
    }

    auto key = keys.unlock(username, password);
    if (!key) {
        if (key.error().code != ErrorCode::AuthFailed)
            return key.error();
        if (failures.lockedUntil.isValid())
            failures = FailureState{}; // an expired lock starts a new count
        ++failures.consecutiveFailures;
        QString message = QStringLiteral("wrong user name or password");
        if (failures.consecutiveFailures >= kMaxFailedSignIns) {
            failures.lockedUntil = now.addSecs(kLockoutSeconds);
            keys.appendPendingEvent({now, username, QStringLiteral("account-locked"),
                                     QStringLiteral("locked"),
                                     QStringLiteral("%1 consecutive failed sign-ins")
                                         .arg(failures.consecutiveFailures)});
            message += QStringLiteral("; the account is now locked until %1")
                           .arg(formatLocal(failures.lockedUntil));
        } else {
            message += QStringLiteral(" (%1 of %2 attempts before the account locks)")
                           .arg(failures.consecutiveFailures)
                           .arg(kMaxFailedSignIns);
        }
        keys.setFailures(username, failures);
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
    const QList<PendingEvent> pending = keys.pendingEvents();
    auto moved = session->m_store->transaction([&]() -> Result<void> {
        for (const PendingEvent& e : pending) {
            QJsonObject details{{QStringLiteral("reason"), e.detail},
                                {QStringLiteral("recorded_at_sign_in_of"), username}};
            auto r = session->m_audit->appendAt(e.at, e.username, e.action,
                                                QStringLiteral("user:%1").arg(e.username), details,
                                                e.outcome);
            if (!r)
                return r.error();
        }
        return {};
    });
    if (!moved)
        return moved.error();
    keys.clearPendingEvents();
    keys.setFailures(username, FailureState{});
    if (auto saved = keys.save(); !saved)
        return saved.error();

    if (auto r = session->finishSignIn(username); !r)
        return r.error();
    return session;
}

Result<void> Session::finishSignIn(const QString& username)
{
    auto account = UserDirectory(m_store->database()).find(username);
    const QString object = QStringLiteral("user:%1").arg(username);
    if (!account || !account->active) {
        (void)m_audit->append(username, QStringLiteral("sign-in"), object,
                              {{QStringLiteral("reason"), QStringLiteral("account disabled")}},
                              QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            QStringLiteral("the account %1 is disabled; ask an administrator").arg(username));
    }
    m_user = account.value();
    auto logged = m_audit->append(username, QStringLiteral("sign-in"), object,
                                  {{QStringLiteral("roles"), rolesToString(m_user.roles)},
                                   {QStringLiteral("organization"), m_user.organization}},
                                  QStringLiteral("success"));
    if (!logged)
        return logged.error();
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
        auto id = UserDirectory(session->m_store->database()).insert(account, clock.now());
        if (!id)
            return id.error();
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
    if (auto r = session->finishSignIn(admin.username); !r)
        return r.error();
    return session;
}

Result<PlateIndex*> Session::plateIndex()
{
    if (!m_plateIndex) {
        auto index = std::make_unique<PlateIndex>();
        if (auto built = index->build(m_store->database()); !built)
            return built.error();
        m_plateIndex = std::move(index);
    }
    return m_plateIndex.get();
}

bool Session::can(Action action) const
{
    return m_user.active && rolesAllow(m_user.roles, action);
}

Result<void> Session::require(Action action, const QString& object, const QJsonObject& details)
{
    if (can(action))
        return {};
    QJsonObject d = details;
    d.insert(QStringLiteral("permission"), actionName(action));
    d.insert(QStringLiteral("roles"), rolesToString(m_user.roles));
    (void)m_audit->append(m_user.username, actionName(action), object, d,
                          QStringLiteral("refused"));
    return makeError(ErrorCode::Denied,
                     QStringLiteral("%1 (roles: %2) may not %3")
                         .arg(m_user.username, rolesToString(m_user.roles), actionName(action)));
}

Result<qint64> Session::addUser(const UserAccount& account, const SecureBytes& password)
{
    if (auto r = require(Action::ManageUsers, QStringLiteral("user:%1").arg(account.username)); !r)
        return r.error();
    if (auto r = validateUsername(account.username); !r)
        return r.error();
    if (auto r = validateNewPassword(account.username, password); !r)
        return r.error();
    auto slots = KeySlotFile::load(Store::keySlotPathFor(m_store->path()));
    if (!slots)
        return slots.error();
    if (slots->hasSlot(account.username))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("a user named %1 already exists").arg(account.username));
    qint64 id = 0;
    auto added = m_store->transaction([&]() -> Result<void> {
        auto inserted = UserDirectory(m_store->database()).insert(account, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        auto r = m_audit->append(m_user.username, QStringLiteral("user-added"),
                                 QStringLiteral("user:%1").arg(account.username),
                                 {{QStringLiteral("roles"), rolesToString(account.roles)},
                                  {QStringLiteral("full_name"), account.fullName},
                                  {QStringLiteral("organization"), account.organization}},
                                 QStringLiteral("success"));
        if (!r)
            return r.error();
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
    if (auto r = require(Action::ManageUsers, QStringLiteral("user:%1").arg(username)); !r)
        return r;
    return m_store->transaction([&]() -> Result<void> {
        UserDirectory users(m_store->database());
        auto target = users.find(username);
        if (!target)
            return target.error();
        if (auto r = users.addTraining(target->id, record); !r)
            return r;
        auto logged = m_audit->append(
            m_user.username, QStringLiteral("training-recorded"),
            QStringLiteral("user:%1").arg(username),
            {{QStringLiteral("course"), record.course},
             {QStringLiteral("completed_on"), record.completedOn.toString(Qt::ISODate)},
             {QStringLiteral("expires_on"), record.expiresOn.toString(Qt::ISODate)}},
            QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    });
}

} // namespace alpr
