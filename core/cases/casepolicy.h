// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/settingsrepository.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace alpr {

class Session;

// What every inquiry must carry (Civil Code 1798.90.52; e.g. Los Altos
// 462.6(e)): a case or incident number in the department's format and an
// authorized purpose.
class CasePolicy final
{
public:
    static Result<CasePolicy> load(Session& session);

    // Denied, saying plainly what is missing or wrong.
    // The case number is checked first: its length, its characters, its format.
    Result<void> check(const QString& caseNumber, const QString& purpose) const;
    // In the format, matched whole, and typed plainly: printable ASCII only
    // and nothing TextNormalizer would change (no trailing line break, no
    // zero-width or full-width characters), so one case is never filed twice.
    bool caseNumberValid(const QString& caseNumber) const;
    // The purposes the signed-in user may give (active, named for one of
    // their roles); check() refuses the others.
    const QList<Purpose>& purposes() const { return m_purposes; }
    QString caseNumberExample() const { return m_example; }

private:
    QRegularExpression m_caseNumber;
    QString m_example;
    QList<Purpose> m_purposes;
    QList<Purpose> m_othersPurposes; // active, for roles the user does not hold
    QList<Role> m_roles;             // the user's
};

} // namespace alpr
