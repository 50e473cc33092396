// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlslotgenerationrepository.h"

#include "store/store.h"

#include <QSqlQuery>

namespace alpr {

SqlSlotGenerationRepository::SqlSlotGenerationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> SqlSlotGenerationRepository::generation(const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT generation FROM key_slot_generations WHERE username = ?"));
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("reading the key-slot generations")); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> SqlSlotGenerationRepository::setGeneration(const QString& username, int generation)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO key_slot_generations(username, generation) VALUES (?, ?)"));
    q.addBindValue(username);
    q.addBindValue(generation);
    return execPrepared(q, QStringLiteral("recording a key-slot generation"));
}

Result<QMap<QString, int>> SqlSlotGenerationRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT username, generation FROM key_slot_generations"));
    if (auto r = execPrepared(q, QStringLiteral("reading the key-slot generations")); !r)
        return r.error();
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace alpr
