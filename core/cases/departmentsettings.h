// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace alpr {

class Session;

// The store settings a department sets once: the format of its case or
// incident numbers (with an example shown to users) and the characters its
// cameras confuse (the misread table).
struct DepartmentSettings
{
    QString caseNumberPattern; // a regular expression a whole case number matches
    QString caseNumberExample; // shown in messages; must match the pattern
    QString misreadTable;      // "0ODQ 1I 2Z 5S 8B 6G"
    int staleHours = 24;       // a general hot list older than this is stale (1..168)
    // A taken alert goes back to the queue after this long without a
    // checklist step (5..480); one nobody takes is escalated after
    // alertEscalateMinutes (1..120).
    int alertHoldMinutes = 30;
    int alertEscalateMinutes = 5;

    QJsonObject toJson() const;
};

Result<DepartmentSettings> departmentSettings(Session& session);
// Administrators (change-settings). Refuses a pattern that is not a valid
// regular expression, matches an empty case number or does not match the
// example, and a misread table that does not parse. Audited as
// "settings-changed" with the settings before and after.
Result<void> setDepartmentSettings(Session& session, const DepartmentSettings& settings);

} // namespace alpr
