// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

namespace alpr {

// Longest plate the store accepts, after normalization.
inline constexpr int kMaxPlateLength = 10;

// Upper-cases, drops spaces, dashes and dots. Returns an empty string when
// anything other than A-Z, 0-9 remains or the result is longer than
// kMaxPlateLength.
QString normalizePlate(const QString& text);

} // namespace alpr
