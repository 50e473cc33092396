// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/useraccount.h"

#include "store/store.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace alpr {

Result<void> validateUsername(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("\"%1\" is not a valid user name: use 2 to 32 lower-case "
                                        "letters, digits, '.', '_' or '-', starting with a letter")
                             .arg(username));
    return {};
}

namespace {
const QString kUserColumns = QStringLiteral(
    "SELECT id, username, full_name, badge, organization, roles, status, must_change_password "
    "FROM users");

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
    return a;
}
} // namespace

Result<UserAccount> UserDirectory::find(const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(kUserColumns + QStringLiteral(" WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("looking up a user")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(username));
    UserAccount a = accountFromRow(q);
    q.finish();
    auto t = training(a.id);
    if (!t)
        return t.error();
    a.training = t.value();
    return a;
}

Result<QList<UserAccount>> UserDirectory::list() const
{
    QSqlQuery q(m_db);
    q.prepare(kUserColumns + QStringLiteral(" ORDER BY username"));
    if (auto r = execPrepared(q, QStringLiteral("listing users")); !r)
        return r.error();
    QList<UserAccount> users;
    while (q.next())
        users.append(accountFromRow(q));
    q.finish();
    for (UserAccount& a : users) {
        auto t = training(a.id);
        if (!t)
            return t.error();
        a.training = t.value();
    }
    return users;
}

Result<qint64> UserDirectory::insert(const UserAccount& a, const QDateTime& now)
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

Result<void> UserDirectory::addTraining(qint64 userId, const TrainingRecord& t)
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

Result<QList<TrainingRecord>> UserDirectory::training(qint64 userId) const
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
    return records;
}

} // namespace alpr
