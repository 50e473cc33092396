// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QDateTime>
#include <QString>

namespace alpr::gui {

// A UTC time as the canvass tables show it: local, to the minute.
QString canvassTime(const QDateTime& utc);

} // namespace alpr::gui
