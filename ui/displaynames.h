// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/role.h"

#include <QList>
#include <QString>

namespace alpr::gui {

// Names that core keeps as stable English keys (in the store, the audit
// trail and the command line), translated only where the screen shows them.
// A key without a translation (an action added later) is shown as it is.
QString roleLabel(Role role);
QString rolesLabel(const QList<Role>& roles); // "detective, records" in the user's language
QString auditActionLabel(const QString& action);
QString auditOutcomeLabel(const QString& outcome);
// A purpose's description: the built-in ones in the user's language, those an
// administrator wrote as written.
QString purposeDescriptionLabel(const QString& description);
// The alert checklist's codes (core's HitCodes and hit statuses).
QString cletsResultLabel(const QString& code);
QString rejectReasonLabel(const QString& code);
QString dispositionLabel(const QString& code);
QString releaseReasonLabel(const QString& code);
QString hitStatusLabel(const QString& code);
QString vehicleFieldLabel(const QString& field); // make, model, color, body

} // namespace alpr::gui
