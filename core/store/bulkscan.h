// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace alpr {

// One row of a bulk scan: columns read straight from SQLCipher.
class BulkRow
{
public:
    BulkRow(void* const* values, int count) : m_values(values), m_count(count) {}
    int columnCount() const { return m_count; }
    qint64 integer(int column) const;
    // The text of a column; valid until the next row.
    const char* text(int column, int* length) const;

private:
    void* const* m_values; // sqlite3_value*, one per column
    int m_count;
};

// Streams the rows of a constant query (no user input) without a QVariant
// per value: for building in-memory indexes over millions of rows at sign-in.
// Rows arrive in the query's order. Must run on the thread that owns the
// connection, and not from inside another bulk scan's callback.
Result<void> bulkScan(QSqlDatabase db, const char* sql,
                      const std::function<void(const BulkRow&)>& row);

// A single integer (count, max) of a constant query; 0 when it has no row or NULL.
Result<qint64> bulkInteger(QSqlDatabase db, const char* sql);

} // namespace alpr
