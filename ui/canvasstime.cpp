// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasstime.h"

#include <QLocale>

namespace alpr::gui {

QString canvassTimeFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm");
}

QString canvassTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), canvassTimeFormat());
}

} // namespace alpr::gui
