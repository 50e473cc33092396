// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <QString>

class QLineEdit;
class QWidget;

namespace alpr::gui {

// A line edit for a password: no echo, no input method, named for tests.
// It holds one character more than kMaxPasswordLength, so that a longer
// paste is seen (and refused by passwordTooLong) rather than cut silently.
QLineEdit* newPasswordEdit(const QString& objectName, QWidget* parent);
// The refusal of a password over kMaxPasswordLength characters, said to the
// user before the password reaches any hashing; empty when it is not too long.
QString passwordTooLong(const QLineEdit* edit);
// Copies the password out of the edit into a SecureBytes, wipes the copy
// it read and clears the edit.
SecureBytes takePassword(QLineEdit* edit);
// Copies the password out of the edit into a SecureBytes and wipes the copy
// it read; the edit keeps its text.
SecureBytes copyPassword(QLineEdit* edit);

} // namespace alpr::gui
