// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QDateTime>
#include <QString>

namespace alpr::gui {

// How the canvass tables and their editors show a time: local, to the minute.
QString canvassTimeFormat();
// A UTC time as the canvass tables show it.
QString canvassTime(const QDateTime& utc);

} // namespace alpr::gui
