// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cases/casepolicy.h"
#include "common/result.h"

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

// An administrator (change-settings) maintains the list. Each change is an
// audit event with the purpose before and after.
// Adds a purpose, or changes the description and policy reference of one.
// Codes are 2-40 characters of a-z, 0-9 and '-'.
Result<void> savePurpose(Session& session, const Purpose& purpose);
// A retired purpose stays in the record of past searches but cannot be chosen.
Result<void> setPurposeActive(Session& session, const QString& code, bool active);

} // namespace alpr
