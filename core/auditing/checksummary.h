// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

// What the automatic checks found about a sampled item.
enum class CheckIssue
{
    DataError,           // the record itself is wrong or incomplete
    CaseFormat,          // the case number is not in the department's format
    CaseNotOnRecord,     // the case was not on record at the time
    PurposeNotListed,    // the purpose is not an authorized purpose
    PurposeRetiredSince, // retired after the event: allowed then, so no problem
};

// Whether the auditor must look into it. A purpose retired since the event
// was active when it was used (a search under a retired purpose is refused),
// so the policy allowed it then: it is said, not flagged.
bool isProblem(CheckIssue issue);

// The one reading of a sampled item's automatic checks that the auditor's
// console, `alprctl audit show` and the memo all show.
struct CheckSummary
{
    struct Entry
    {
        CheckIssue issue;
        QString text; // in words, e.g. "case 26-001001 was not on record at the time"
    };
    QList<Entry> entries; // the data errors, then the case number, then the purpose

    bool passed() const { return problems().isEmpty(); }
    int count(CheckIssue issue) const;
    QStringList problems() const;
    QStringList notes() const; // the entries that are no problem
    // One line: the problems joined by "; ", or "record complete, case and
    // purpose valid" when there are none; then the notes.
    QString text() const;
};

CheckSummary checkSummary(const SampleItem& item);

} // namespace alpr
