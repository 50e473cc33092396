// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/damagedstore.h"

#include <QCoreApplication>

namespace alpr {

Error storeDamaged(const QString& path, const QString& detail)
{
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("alpr::DamagedStore",
                                    "The store file %1 is damaged (%2). Restore it from a backup; "
                                    "see README, \"Damaged store\"; 'alprctl store check' names "
                                    "what is damaged.")
            .arg(path, detail));
}

} // namespace alpr
