// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <QString>

class QLineEdit;
class QWidget;

namespace alpr::gui {

// A line edit for a password: no echo, no input method, named for tests.
QLineEdit* newPasswordEdit(const QString& objectName, QWidget* parent);
// Copies the password out of the edit into a SecureBytes, wipes the copy
// it read and clears the edit.
SecureBytes takePassword(QLineEdit* edit);
// Copies the password out of the edit into a SecureBytes and wipes the copy
// it read; the edit keeps its text.
SecureBytes copyPassword(QLineEdit* edit);

} // namespace alpr::gui
