// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "heldmark.h"

#include <QColor>

namespace alpr::gui {

QVariant HeldMark::data(int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("Held");
    case Qt::ToolTipRole:
        return tr("Under legal hold: this read and its images are not purged");
    case Qt::ForegroundRole:
        return QColor(0xb0, 0x00, 0x20);
    default:
        return {};
    }
}

QString HeldMark::header()
{
    return tr("Hold");
}

} // namespace alpr::gui
