// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/agentrepository.h"

#include <QSqlDatabase>

namespace alpr {

class SqlAgentRepository final : public AgentRepository
{
public:
    explicit SqlAgentRepository(QSqlDatabase db) : m_db(db) {}

    Result<qint64> add(const Agent& agent, TrailWriter& trail, const TrailEntry& entry) override;
    Result<QList<Agent>> all() const override;
    Result<std::optional<Agent>> byName(const QString& name) const override;
    Result<void> revoke(qint64 id, const QString& by, const QDateTime& at, TrailWriter& trail,
                        const TrailEntry& entry) override;

private:
    Result<QList<Agent>> select(const QString& where, const QVariantList& bound) const;

    QSqlDatabase m_db;
};

} // namespace alpr
