// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlagentrepository.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alpr {

namespace {

QDateTime timeOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

Result<qint64> SqlAgentRepository::add(const Agent& agent, TrailWriter& trail,
                                       const TrailEntry& entry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO agents(name, token_sha256, cameras, created_by, "
                                 "created_at) VALUES (?,?,?,?,?)"));
        q.addBindValue(agent.name);
        q.addBindValue(agent.tokenSha256);
        q.addBindValue(sqlText(agent.cameras.join(QLatin1Char(' '))));
        q.addBindValue(sqlText(agent.createdBy));
        q.addBindValue(agent.createdAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(q, QStringLiteral("adding an agent")); !r)
            return r;
        id = q.lastInsertId().toLongLong();
        return appendEntry(trail, entry);
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<Agent>> SqlAgentRepository::select(const QString& where,
                                                const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, token_sha256, cameras, created_by, created_at, "
                             "revoked_by, revoked_at FROM agents ") +
              where + QStringLiteral(" ORDER BY name"));
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading the agents")); !r)
        return r.error();
    QList<Agent> out;
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.tokenSha256 = q.value(2).toString();
        a.cameras = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.createdBy = q.value(4).toString();
        a.createdAt = timeOrInvalid(q.value(5));
        a.revokedBy = q.value(6).toString();
        a.revokedAt = timeOrInvalid(q.value(7));
        out.append(a);
    }
    return out;
}

Result<QList<Agent>> SqlAgentRepository::all() const
{
    return select(QString(), {});
}

Result<std::optional<Agent>> SqlAgentRepository::byName(const QString& name) const
{
    auto found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Agent>();
    return std::optional<Agent>(found->first());
}

Result<void> SqlAgentRepository::revoke(qint64 id, const QString& by, const QDateTime& at,
                                        TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE agents SET revoked_by = ?, revoked_at = ? "
                                 "WHERE id = ? AND revoked_at IS NULL"));
        q.addBindValue(sqlText(by));
        q.addBindValue(at.toMSecsSinceEpoch());
        q.addBindValue(id);
        if (auto r = execPrepared(q, QStringLiteral("revoking an agent")); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

} // namespace alpr
