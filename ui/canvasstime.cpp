// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasstime.h"

#include <QLocale>

namespace alpr::gui {

QString canvassTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace alpr::gui
