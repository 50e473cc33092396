// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "audit/auditlog.h"
#include "common/result.h"
#include "store/inquiryrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace alpr {

class Session;

// Everything done under one case, from the audit trail: searches and
// canvasses with their queries and counts, reads and images opened, exports,
// and refused inquiries that named the case.
struct CaseView
{
    CaseRecord record;
    QList<AuditEvent> events; // oldest first
    int searches = 0;         // searches and canvasses that ran
    int readsOpened = 0;
    int imagesViewed = 0;
    int exports = 0;
    int refused = 0;
    QStringList users; // who worked under the case
};

// Auditors and administrators (read-audit) see any case; other users see a
// case they have searched under. Viewing is itself an access: "case-view".
Result<CaseView> showCase(Session& session, const QString& number);

// The user who first used the case, an auditor or an administrator may give it a title.
Result<void> setCaseTitle(Session& session, const QString& number, const QString& title);

} // namespace alpr
