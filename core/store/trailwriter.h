// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace alpr {

// One audit event as a use case asks for it; the trail adds the time, the
// workstation, the sequence number and the hashes.
struct TrailEntry
{
    QString username;
    QString action;      // "view-read", "case-title", ...
    QString object;      // what was acted on: "read:42", "case:26-004211"
    QJsonObject details; // case, purpose, ...
    QString outcome = QStringLiteral("success");
};

// Appends to the audit trail (the hash-chained AuditLog implements it). A
// repository call that reaches data and must record the access takes one, so
// that the access and its record are made, and committed, together: a
// department server implementing the repositories does both on the server,
// where no client can skip the record.
class TrailWriter
{
public:
    virtual ~TrailWriter() = default;

    // Appends an event now; inside the current transaction when there is one.
    // Returns its sequence number.
    virtual Result<qint64> append(const QString& username, const QString& action,
                                  const QString& object, const QJsonObject& details,
                                  const QString& outcome) = 0;

    Result<qint64> append(const TrailEntry& entry)
    {
        return append(entry.username, entry.action, entry.object, entry.details, entry.outcome);
    }
};

// Appends the entry inside a repository's transaction, for callers that need
// no sequence number back.
inline Result<void> appendEntry(TrailWriter& trail, const TrailEntry& entry)
{
    auto logged = trail.append(entry);
    if (!logged)
        return logged.error();
    return {};
}

} // namespace alpr
