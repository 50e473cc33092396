// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"

#include <QList>

namespace alpr {

class AuditLog;

// Whether an event concerns a plate (see AuditFilter::plate).
bool eventConcernsPlate(const AuditEvent& event, const QString& normalizedPlate);
// The trail's events the whole filter selects, the plate filter included.
Result<QList<AuditEvent>> listTrail(const AuditLog& trail, const AuditFilter& filter);

} // namespace alpr
