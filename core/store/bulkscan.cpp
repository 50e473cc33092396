// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/bulkscan.h"

#include "store/storedamage.h"

#include "store/sqlcipherdriver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

namespace alpr {

namespace {

// The scan hands its rows to the caller from inside an aggregate function:
// SELECT alpr_bulk_row(c1, c2, ...) FROM (query). sqlite3_column_*() takes and
// releases the connection's mutex on every call; sqlite3_value_*() on a
// function's arguments does not, which saves a quarter of the time of a
// ten-million-row scan.
constexpr const char* kRowFunction = "alpr_bulk_row";

thread_local const std::function<void(const BulkRow&)>* t_row = nullptr;

void bulkRowStep(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (!t_row) {
        sqlite3_result_error(context, "alpr_bulk_row() is only for a bulk scan", -1);
        return;
    }
    (*t_row)(BulkRow(reinterpret_cast<void* const*>(argv), argc));
}

void bulkRowFinal(sqlite3_context* context)
{
    sqlite3_result_null(context);
}

sqlite3* handleOf(QSqlDatabase& db)
{
    return db.isOpen() ? qvariant_cast<sqlite3*>(db.driver()->handle()) : nullptr;
}

Error databaseError(sqlite3* handle, const QString& what)
{
    return makeError(ErrorCode::Database, what.arg(QString::fromUtf8(sqlite3_errmsg(handle))));
}

} // namespace

qint64 BulkRow::integer(int column) const
{
    return sqlite3_value_int64(static_cast<sqlite3_value*>(m_values[column]));
}

const char* BulkRow::text(int column, int* length) const
{
    auto* value = static_cast<sqlite3_value*>(m_values[column]);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    *length = sqlite3_value_bytes(value);
    return text ? text : "";
}

Result<void> bulkScan(QSqlDatabase db, const char* sql,
                      const std::function<void(const BulkRow&)>& row)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::BulkScan", "the store is not open"));
    if (t_row)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::BulkScan", "a bulk scan inside a bulk scan"));

    // The query's own column names become the function's arguments.
    sqlite3_stmt* inner = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &inner, nullptr) != SQLITE_OK)
        return databaseError(
            handle, QCoreApplication::translate("alpr::BulkScan", "cannot read the store: %1"));
    QByteArray outer = QByteArray("SELECT ") + kRowFunction + '(';
    const int columns = sqlite3_column_count(inner);
    for (int i = 0; i < columns; ++i) {
        QByteArray name(sqlite3_column_name(inner, i));
        outer += (i ? ", \"" : "\"") + name.replace('"', "\"\"") + '"';
    }
    sqlite3_finalize(inner);
    outer += QByteArray(") FROM (") + sql + ')';

    // The function is registered on the connection's first bulk scan and kept:
    // registering it again would expire every prepared statement of the connection.
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, outer.constData(), int(outer.size()), &statement, nullptr) !=
        SQLITE_OK) {
        if (sqlite3_create_function_v2(handle, kRowFunction, -1, SQLITE_UTF8, nullptr, nullptr,
                                       bulkRowStep, bulkRowFinal, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(handle, outer.constData(), int(outer.size()), &statement, nullptr) !=
                SQLITE_OK)
            return databaseError(
                handle, QCoreApplication::translate("alpr::BulkScan", "cannot read the store: %1"));
    }
    t_row = &row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    t_row = nullptr;
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        return storeDamaged(
            db.databaseName(),
            QCoreApplication::translate("alpr::BulkScan", "reading it: %1").arg(message));
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QCoreApplication::translate(
                                                  "alpr::BulkScan", "reading the store failed: %1")
                                                  .arg(message));
    return {};
}

Result<qint64> bulkInteger(QSqlDatabase db, const char* sql)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::BulkScan", "the store is not open"));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return databaseError(
            handle, QCoreApplication::translate("alpr::BulkScan", "cannot read the store: %1"));
    qint64 value = 0;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        return storeDamaged(
            db.databaseName(),
            QCoreApplication::translate("alpr::BulkScan", "reading it: %1").arg(message));
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, QCoreApplication::translate(
                                                  "alpr::BulkScan", "reading the store failed: %1")
                                                  .arg(message));
    return value;
}

} // namespace alpr
