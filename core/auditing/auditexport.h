// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace alpr {

class Session;

// Reading the trail is itself an access (the trail holds plates and case
// numbers): these check read-audit and record what was read.

// Checks the hash chain (with an anchor: the latest hash printed on an
// earlier memo, which must still be in the trail) and records an
// "audit-verify" event with the outcome, whatever it is.
Result<AuditVerification> verifyAuditTrail(Session& session, const QString& anchorHash = {});
// The anchors in a file of syslog lines (see audit/trailanchors.h); lines
// that are not anchors are skipped, unreadable anchors counted.
Result<QList<TrailAnchor>> readTrailAnchors(const QString& file, qint64* unreadable = nullptr);
// The same with the root key's fingerprint and the anchors to check against.
Result<AuditVerification> verifyAuditTrail(Session& session, const TrailVerifyOptions& options);
// The trail of a file store migrated into the department store ('alprctl
// pg migrate'), kept verbatim beside the server's own: checked as the file
// store checked it, and recorded as an "audit-verify" event with
// {"trail": "migrated"}. NotFound where no file store was migrated in.
Result<AuditVerification> verifyMigratedTrail(Session& session);
// The events the filter selects; records an "audit-list" event with the filter.
Result<QList<AuditEvent>> listAuditEvents(Session& session, const AuditFilter& filter);
// Writes the events as CSV, whole or not at all, and records an
// "audit-export" event naming the file and the count.
Result<void> exportAuditCsv(Session& session, const AuditFilter& filter,
                            const QList<AuditEvent>& events, const QString& path);

// Events copied out of the trail (an evidence package's
// data/audit-extract.jsonl, one auditEventJson() per line): each line's
// hash must be what its own fields chain to, and the trail's event of that
// sequence number must have the same hash and signature. The chain of the
// trail itself is verifyAuditTrail()'s. Records "audit-verify-extract".
struct ExtractVerification
{
    int events = 0;       // lines checked
    int eventsWrong = 0;  // of which not in the trail as they are in the extract
    QStringList problems; // one sentence each; empty when every event is in the trail
};
Result<ExtractVerification> verifyAuditExtract(Session& session, const QString& file);

// An event as JSON; signer and signature when it is signed.
QJsonObject auditEventJson(const AuditEvent& event);
QByteArray auditCsv(const QList<AuditEvent>& events);

} // namespace alpr
