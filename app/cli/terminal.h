// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace alpr::cli {

// The password from the environment variable, or asked for on the terminal
// without echo. Empty when neither is possible. A password over
// kMaxPasswordLength characters is refused before anything hashes it: empty,
// with *problem saying why.
SecureBytes readPassword(const char* envVariable, const QString& prompt, QString* problem);
// A new password: from the variable, or asked for twice on the terminal;
// refused the same way when too long.
SecureBytes readNewPassword(const char* envVariable, const QString& prompt, QString* problem);

void printOut(const QString& text); // stdout, with a newline
void printErr(const QString& text); // stderr, with a newline

// Prints rows under their headers on stdout, each column as wide as its widest
// cell and two spaces from the next, every line after indent. A control
// character in a cell is written out, so stored text cannot shift the columns.
void printTable(const QStringList& headers, const QList<QStringList>& rows,
                const QString& indent = {});

} // namespace alpr::cli
