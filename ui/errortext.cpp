// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "errortext.h"

#include <QCoreApplication>

namespace alpr::gui {

QString errorText(const Error& error)
{
    if (error.code != ErrorCode::Corrupt)
        return error.message;
    return QCoreApplication::translate(
               "alpr::gui::ErrorText",
               "%1\n\nThe store is damaged. Stop working in it and tell your administrator. "
               "The administrator restores the store and its .keys file from the last backup "
               "and runs 'alprctl store check' on it (README, \"Damaged store\").")
        .arg(error.message);
}

} // namespace alpr::gui
