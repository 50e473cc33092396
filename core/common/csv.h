// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>
#include <QStringList>

namespace alpr {

// One CSV record (RFC 4180: quoted where needed, CRLF). A field that a
// spreadsheet would run as a formula (starting, after any spaces, with
// = + - @, their full-width forms, a tab, a carriage return or a line
// feed) is prefixed with an apostrophe: exported trails are opened in
// spreadsheets. Control characters and backslashes are written out as
// escapeControls() does (\n, \t, \x1b, \u202e, \\), so a value can
// neither start a record nor carry a terminal code.
QString csvLine(const QStringList& fields);

} // namespace alpr
