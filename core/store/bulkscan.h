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
    explicit BulkRow(void* statement) : m_statement(statement) {}
    qint64 integer(int column) const;
    // The text of a column; valid until the next row.
    const char* text(int column, int* length) const;

private:
    void* m_statement;
};

// Streams the rows of a constant query (no user input) without a QVariant
// per value: for building in-memory indexes over millions of rows at sign-in.
// Must run on the thread that owns the connection.
Result<void> bulkScan(QSqlDatabase db, const char* sql,
                      const std::function<void(const BulkRow&)>& row);

} // namespace alpr
