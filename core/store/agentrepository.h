// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// A camera agent that delivers reads to the receiver. Only the SHA-256 of
// its token is kept: the token itself is shown once, when it is made.
struct Agent
{
    qint64 id = 0;
    QString name;
    QString tokenSha256; // 64 hex characters
    QStringList cameras; // camera codes it may deliver for; empty: any
    QString createdBy;
    QDateTime createdAt;
    QString revokedBy;
    QDateTime revokedAt; // invalid while the agent may deliver

    bool revoked() const { return revokedAt.isValid(); }
};

// The agents. Every write appends its audit entry in the same transaction.
class AgentRepository
{
public:
    virtual ~AgentRepository() = default;

    virtual Result<qint64> add(const Agent& agent, TrailWriter& trail, const TrailEntry& entry) = 0;
    // Every agent, revoked ones too, by name.
    virtual Result<QList<Agent>> all() const = 0;
    virtual Result<std::optional<Agent>> byName(const QString& name) const = 0;
    virtual Result<void> revoke(qint64 id, const QString& by, const QDateTime& at,
                                TrailWriter& trail, const TrailEntry& entry) = 0;
};

} // namespace alpr
