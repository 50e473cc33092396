// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

namespace alpr {

class Session;

// Where the audit trail's anchors go (see audit/trailanchors.h): the setting,
// or the default when none is set. Administrators and auditors.
Result<QString> anchorTarget(Session& session);
// Sets it (administrators), recorded as "settings-changed" with before and
// after; then sends an anchor there at once, so a wrong target shows now.
Result<void> setAnchorTarget(Session& session, const QString& target);

} // namespace alpr
