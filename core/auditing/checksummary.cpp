// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/checksummary.h"

#include <QCoreApplication>
#include <algorithm>

namespace alpr {

bool isProblem(CheckIssue issue)
{
    return issue != CheckIssue::PurposeRetiredSince;
}

int CheckSummary::count(CheckIssue issue) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [issue](const Entry& e) { return e.issue == issue; }));
}

QStringList CheckSummary::problems() const
{
    QStringList out;
    for (const Entry& e : entries)
        if (isProblem(e.issue))
            out << e.text;
    return out;
}

QStringList CheckSummary::notes() const
{
    QStringList out;
    for (const Entry& e : entries)
        if (!isProblem(e.issue))
            out << e.text;
    return out;
}

QString CheckSummary::text() const
{
    QStringList parts = problems();
    if (parts.isEmpty())
        parts << QCoreApplication::translate("alpr::CheckSummary",
                                             "record complete, case and purpose valid");
    parts += notes();
    return parts.join(QStringLiteral("; "));
}

CheckSummary checkSummary(const SampleItem& item)
{
    const AutomaticChecks& c = item.checks;
    const QString caseNumber = item.event.details.value(QStringLiteral("case")).toString();
    const QString purpose = item.event.details.value(QStringLiteral("purpose")).toString();
    CheckSummary s;
    for (const QString& error : c.dataErrors)
        s.entries.append({CheckIssue::DataError, error});
    if (!c.caseFormatValid)
        s.entries.append(
            {CheckIssue::CaseFormat,
             QCoreApplication::translate("alpr::CheckSummary",
                                         "case number \"%1\" is not in the department's format")
                 .arg(caseNumber)});
    else if (!c.caseOnRecord)
        s.entries.append({CheckIssue::CaseNotOnRecord,
                          QCoreApplication::translate("alpr::CheckSummary",
                                                      "case %1 was not on record at the time")
                              .arg(caseNumber)});
    if (!c.purposeListed)
        s.entries.append({CheckIssue::PurposeNotListed,
                          QCoreApplication::translate("alpr::CheckSummary",
                                                      "purpose \"%1\" is not an authorized purpose")
                              .arg(purpose)});
    else if (!c.purposeActive)
        s.entries.append(
            {CheckIssue::PurposeRetiredSince,
             QCoreApplication::translate("alpr::CheckSummary",
                                         "purpose \"%1\" has been retired since; it was an "
                                         "authorized purpose when it was used")
                 .arg(purpose)});
    return s;
}

} // namespace alpr
