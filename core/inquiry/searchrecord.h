// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/permissions.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace alpr {

class Session;

// One inquiry as the access record of Civil Code 1798.90.52 keeps it: who
// (the session's user), why (case number, purpose), what (the full query)
// and how much (the result count).
struct SearchAccess
{
    QString action; // audit action: "search", "canvass"
    Action permission = Action::Search;
    QString caseNumber;
    QString purpose;
    QJsonObject query; // the full query: pattern or windows, filters, options
    QString note;      // optional free text, screened for personal identifiers
    qint64 resultCount = 0;
    QJsonObject extra; // more details for the audit event (normalized pattern, ...)
};

// Refuses, and records the refusal, unless the user may do this, the
// inquiry carries a valid case number and an authorized purpose, and its note
// passes screenNote() (a refused note is not written to the record).
Result<void> checkSearchAllowed(Session& session, const SearchAccess& access);
// Records an inquiry that could not run (a malformed query) as outcome "invalid".
Result<void> recordInvalidSearch(Session& session, const SearchAccess& access,
                                 const QString& reason);
// Writes the searches row, its audit event and the case's first use in one
// transaction; returns the search id. Call before any result is shown.
Result<qint64> recordSearch(Session& session, const SearchAccess& access);

} // namespace alpr
