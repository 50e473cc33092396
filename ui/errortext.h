// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

namespace alpr::gui {

// What a window shows for an error from core: its message, and for a
// damaged store (ErrorCode::Corrupt) what to do about it, so that damage is
// never taken for a wrong password or a disabled account.
QString errorText(const Error& error);

} // namespace alpr::gui
