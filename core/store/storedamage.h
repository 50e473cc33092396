// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/damagedstore.h"
#include "common/result.h"

#include <QString>

class QSqlError;
class QSqlQuery;

namespace alpr {

// A damaged store is said as such, with one code (ErrorCode::Corrupt) and
// one message, wherever a command meets the damage: never as a disabled
// account, a failed migration or an empty result.

// True when the error says a page of the store failed its check (SQLCipher's
// HMAC, or SQLite found the page malformed) or the file is not a database.
bool isStoreDamage(const QSqlError& error);

// The error for a failed statement: storeDamaged() when the failure is
// damage, else ErrorCode::Database with "<what> failed: <SQLite's words>".
Error statementError(const QSqlQuery& query, const QString& what);

// After a loop over q.next(): an error when the loop ended on a failure
// (a damaged page half-way) rather than at the last row.
[[nodiscard]] Result<void> fetchedAll(const QSqlQuery& query, const QString& what);

} // namespace alpr
