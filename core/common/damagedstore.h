// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

namespace alpr {

// The one error for a damaged store, wherever a command meets the damage
// (a page that fails its HMAC, a malformed page, a file that is no longer a
// database): ErrorCode::Corrupt with "The store file X is damaged (detail).
// Restore it from a backup; see README, "Damaged store"; ..." Never a
// disabled account, a failed migration or an empty result.
Error storeDamaged(const QString& path, const QString& detail);

} // namespace alpr
