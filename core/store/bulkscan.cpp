// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/bulkscan.h"

#include "store/sqlcipherdriver.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

namespace alpr {

qint64 BulkRow::integer(int column) const
{
    return sqlite3_column_int64(static_cast<sqlite3_stmt*>(m_statement), column);
}

const char* BulkRow::text(int column, int* length) const
{
    auto* statement = static_cast<sqlite3_stmt*>(m_statement);
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    *length = sqlite3_column_bytes(statement, column);
    return text ? text : "";
}

Result<void> bulkScan(QSqlDatabase db, const char* sql,
                      const std::function<void(const BulkRow&)>& row)
{
    auto* handle = db.isOpen() ? qvariant_cast<sqlite3*>(db.driver()->handle()) : nullptr;
    if (!handle)
        return makeError(ErrorCode::Database, QStringLiteral("the store is not open"));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot read the store: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const BulkRow current(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(current);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QStringLiteral("reading the store failed: %1")
                                                  .arg(message));
    return {};
}

} // namespace alpr
