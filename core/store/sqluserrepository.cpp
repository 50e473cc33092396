// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqluserrepository.h"
#include "store/storedamage.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alpr {

namespace {
const QString kUserColumns = QStringLiteral(
    "SELECT id, username, full_name, badge, organization, roles, status, must_change_password, "
    "totp_secret IS NOT NULL FROM users");

UserAccount accountFromRow(const QSqlQuery& q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.badge = q.value(3).toString();
    a.organization = q.value(4).toString();
    a.roles = parseRoles(q.value(5).toString()).value_or(QList<Role>{});
    a.active = q.value(6).toString() == QLatin1String("active");
    a.mustChangePassword = q.value(7).toInt() != 0;
    a.totpEnrolled = q.value(8).toInt() != 0;
    return a;
}
} // namespace

Result<UserAccount> SqlUserRepository::find(const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(kUserColumns + QStringLiteral(" WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("looking up a user")); !r)
        return r.error();
    if (!q.next())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::SqlUserRepository", "no user %1").arg(username));
    UserAccount a = accountFromRow(q);
    q.finish();
    auto t = training(a.id);
    if (!t)
        return t.error();
    a.training = t.value();
    return a;
}

Result<QList<UserAccount>> SqlUserRepository::list() const
{
    QSqlQuery q(m_db);
    q.prepare(kUserColumns + QStringLiteral(" ORDER BY username"));
    if (auto r = execPrepared(q, QStringLiteral("listing users")); !r)
        return r.error();
    QList<UserAccount> users;
    while (q.next())
        users.append(accountFromRow(q));
    if (auto r =
            fetchedAll(q, QCoreApplication::translate("alpr::SqlUserRepository", "listing users"));
        !r)
        return r.error();
    q.finish();
    for (UserAccount& a : users) {
        auto t = training(a.id);
        if (!t)
            return t.error();
        a.training = t.value();
    }
    return users;
}

Result<qint64> SqlUserRepository::insert(const UserAccount& a, const QDateTime& now)
{
    if (auto r = validateUsername(a.username); !r)
        return r.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users(username, full_name, badge, organization, roles, "
                             "status, must_change_password, created_at) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(a.username);
    q.addBindValue(sqlText(a.fullName));
    q.addBindValue(sqlText(a.badge));
    q.addBindValue(sqlText(a.organization));
    q.addBindValue(rolesToString(a.roles));
    q.addBindValue(a.active ? QStringLiteral("active") : QStringLiteral("disabled"));
    q.addBindValue(a.mustChangePassword ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (auto r = execPrepared(q, QStringLiteral("adding user %1").arg(a.username)); !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<void> SqlUserRepository::addTraining(qint64 userId, const TrainingRecord& t)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO training(user_id, course, completed_on, expires_on) VALUES (?,?,?,?)"));
    q.addBindValue(userId);
    q.addBindValue(t.course);
    q.addBindValue(t.completedOn.toString(Qt::ISODate));
    q.addBindValue(t.expiresOn.isValid() ? QVariant(t.expiresOn.toString(Qt::ISODate))
                                         : QVariant());
    return execPrepared(q, QStringLiteral("recording training"));
}

Result<void> SqlUserRepository::setActive(qint64 userId, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET status = ? WHERE id = ?"));
    q.addBindValue(active ? QStringLiteral("active") : QStringLiteral("disabled"));
    q.addBindValue(userId);
    return execPrepared(q, QStringLiteral("changing a user's status"));
}

Result<void> SqlUserRepository::setRoles(qint64 userId, const QList<Role>& roles)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"));
    q.addBindValue(rolesToString(roles));
    q.addBindValue(userId);
    return execPrepared(q, QStringLiteral("changing a user's roles"));
}

Result<void> SqlUserRepository::setPasswordChanged(qint64 userId, bool mustChange,
                                                   const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE users SET must_change_password = ?, password_changed_at = ? WHERE id = ?"));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(userId);
    return execPrepared(q, QStringLiteral("recording a password change"));
}

Result<SecureBytes> SqlUserRepository::totpSecret(qint64 userId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT totp_secret FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (auto r = execPrepared(q, QStringLiteral("reading a second factor")); !r)
        return r.error();
    if (!q.next() || q.value(0).isNull())
        return SecureBytes();
    QByteArray raw = q.value(0).toByteArray();
    SecureBytes secret = SecureBytes::fromRaw(raw.constData(), raw.size());
    q.finish();
    secureWipe(raw);
    return secret;
}

Result<qint64> SqlUserRepository::totpLastStep(qint64 userId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT totp_last_step FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (auto r = execPrepared(q, QStringLiteral("reading a second factor")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(-1);
}

Result<void> SqlUserRepository::setTotpSecret(qint64 userId, const SecureBytes& secret)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = -1 WHERE id = ?"));
    QByteArray raw = secret.toByteArrayUnsafe();
    q.addBindValue(secret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(raw));
    q.addBindValue(userId);
    auto r = execPrepared(q, QStringLiteral("storing a second factor"));
    q.finish();
    secureWipe(raw);
    return r;
}

Result<void> SqlUserRepository::setTotpLastStep(qint64 userId, qint64 step)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ?"));
    q.addBindValue(step);
    q.addBindValue(userId);
    return execPrepared(q, QStringLiteral("recording a used one-time code"));
}

Result<int> SqlUserRepository::activeAdministratorCount() const
{
    auto users = list();
    if (!users)
        return users.error();
    int n = 0;
    for (const UserAccount& a : users.value())
        n += a.active && a.isAdministrator();
    return n;
}

Result<QList<TrainingRecord>> SqlUserRepository::training(qint64 userId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT course, completed_on, expires_on FROM training "
                             "WHERE user_id = ? ORDER BY completed_on"));
    q.addBindValue(userId);
    if (auto r = execPrepared(q, QStringLiteral("reading training records")); !r)
        return r.error();
    QList<TrainingRecord> records;
    while (q.next()) {
        TrainingRecord t;
        t.course = q.value(0).toString();
        t.completedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!q.value(2).isNull())
            t.expiresOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        records.append(t);
    }
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlUserRepository", "reading training records"));
        !r)
        return r.error();
    return records;
}

Result<std::optional<ActiveSession>> SqlUserRepository::activeSession(const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT token, workstation, pid, started_at, last_seen FROM sessions "
                             "WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("checking for an active session")); !r)
        return r.error();
    if (!q.next())
        return std::optional<ActiveSession>();
    ActiveSession s;
    s.token = q.value(0).toString();
    s.workstation = q.value(1).toString();
    s.pid = q.value(2).toLongLong();
    s.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    s.lastSeen = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return std::optional<ActiveSession>(s);
}

Result<void> SqlUserRepository::putSession(const QString& username, const ActiveSession& s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions(username, token, workstation, "
                             "pid, started_at, last_seen) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(username);
    q.addBindValue(s.token);
    q.addBindValue(s.workstation);
    q.addBindValue(s.pid);
    q.addBindValue(s.startedAt.toMSecsSinceEpoch());
    q.addBindValue(s.lastSeen.toMSecsSinceEpoch());
    return execPrepared(q, QStringLiteral("recording the session"));
}

Result<void> SqlUserRepository::touchSession(const QString& username, const QString& token,
                                             const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE username = ? AND token = ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(username);
    q.addBindValue(token);
    return execPrepared(q, QStringLiteral("recording that the session is alive"));
}

Result<void> SqlUserRepository::endSession(const QString& username, const QString& token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ? AND token = ?"));
    q.addBindValue(username);
    q.addBindValue(token);
    return execPrepared(q, QStringLiteral("ending the session"));
}

Result<void> SqlUserRepository::endSessions(const QString& username)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ?"));
    q.addBindValue(username);
    return execPrepared(q, QStringLiteral("ending the user's session"));
}

} // namespace alpr
