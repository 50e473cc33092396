// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "retention/retentionpurge.h"

#include <functional>

namespace alpr {

class Session;

// The retention purge on the department store: the server finds, deletes,
// records and certifies; the client drives the batches (each one
// transaction on the server) and reports progress.
namespace departmentpurge {

// The retention rules (anyone signed in); what saving others would change,
// and saving them (administrators; the server checks them and the
// confirmation again, under its lock).
Result<RetentionRules> rules(Session& session);
Result<RetentionChange> preview(Session& session, const RetentionRules& rules);
Result<void> setRules(Session& session, const RetentionRules& rules, qint64 confirmedMoreReads);

Result<PurgePlan> plan(Session& session);
Result<PurgeRun> run(Session& session, int batchReads,
                     const std::function<void(qint64 reads, qint64 images)>& progress);
// Finished runs, newest first; id > 0 for just that one.
Result<QList<PurgeRun>> certificates(Session& session, qint64 id, int limit);

// The reads a finished purge removed, in read id order.
Result<void> forEachPurged(Session& session, qint64 id,
                           const std::function<void(const PurgedRead&)>& visit);

} // namespace departmentpurge

} // namespace alpr
