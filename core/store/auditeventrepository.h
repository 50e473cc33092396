// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace alpr {

// The newest event of the trail: what the next one chains to.
struct AuditChainHead
{
    qint64 seq = 0;
    QString hash;
};

// The stored audit events. Knows nothing of the hash chain (AuditLog
// computes and checks it); stores events as given and never changes or
// deletes one. Inserts happen in the caller's transaction.
class AuditEventRepository
{
public:
    virtual ~AuditEventRepository() = default;

    // The newest event, or nothing when the trail is empty.
    virtual Result<std::optional<AuditChainHead>> head() const = 0;
    virtual Result<void> insert(const AuditEvent& event) = 0;
    // Runs fn (reading the head, inserting the next event) in a transaction
    // that holds the write lock, unless the caller's transaction already
    // does: another process appending between the read and the insert would
    // otherwise take the same sequence number.
    virtual Result<void> atomically(const std::function<Result<void>()>& fn) = 0;
    // Calls visit with each event the filter selects, in seq order. Every
    // field but plate and limit applies; the caller applies those.
    virtual Result<void> scan(const AuditFilter& filter,
                              const std::function<void(AuditEvent&&)>& visit) const = 0;
    // These events, in seq order; a seq with no event is left out.
    virtual Result<QList<AuditEvent>> events(const QList<qint64>& seqs) const = 0;
};

} // namespace alpr
