// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>
#include <QStringList>

namespace alpr {

// One CSV record (RFC 4180: quoted where needed, CRLF). A field that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) is prefixed with an apostrophe: exported trails are
// opened in spreadsheets.
QString csvLine(const QStringList& fields);

} // namespace alpr
