// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cases/casepolicy.h"
#include "common/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace alpr {

class Session;

// The uses the policies and the law forbid (Civil Code 1798.90.51 and .55,
// SB 54, the department policies): immigration enforcement, personal use,
// harassment or intimidation, First Amendment activity, and targeting by a
// protected characteristic. Returns which one the text names, with its
// source, or an empty string. Such a use can never become a purpose.
QString prohibitedUse(const QString& text);

// Every purpose, the retired ones too, by code.
Result<QList<Purpose>> listPurposes(Session& session);
// The purposes as the department store's alpr_api.case_policy gives them.
QList<Purpose> purposesFromJson(const QJsonArray& purposes);
// The purposes the signed-in user may give: active, and named for one of the
// user's roles. The search bar and the canvass offer only these, and core
// refuses the others (CasePolicy::check), for the GUI and the CLI alike.
Result<QList<Purpose>> purposesForUser(Session& session);

// Who may give a purpose by default: `audit` the auditors, every other
// purpose the roles that work cases (detectives, dispatchers, records staff).
QList<Role> defaultPurposeRoles(const QString& code);
// The roles that may give purposes: those that may search.
QList<Role> purposeRoles();
// Whether a holder of these roles may give the purpose (active or not).
bool purposeOpenTo(const Purpose& purpose, const QList<Role>& roles);

// An administrator (change-settings) maintains the list. Each change is an
// audit event with the purpose before and after.
// Adds a purpose, or changes the description, policy reference and roles of
// one. Codes are 2-40 characters of a-z, 0-9 and '-'. It names at least one
// role, and only roles that may search (an administrator gives no purpose).
Result<void> savePurpose(Session& session, const Purpose& purpose);
// Changes only who may give the purpose; audited like savePurpose.
Result<void> setPurposeRoles(Session& session, const QString& code, const QList<Role>& roles);
// A retired purpose stays in the record of past searches but cannot be chosen.
Result<void> setPurposeActive(Session& session, const QString& code, bool active);

} // namespace alpr
