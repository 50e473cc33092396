// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/storedamage.h"

#include "store/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace alpr {

namespace {

constexpr int kSqliteCorrupt = 11; // SQLITE_CORRUPT
constexpr int kSqliteNotADb = 26;  // SQLITE_NOTADB

QString pathOf(const QSqlQuery& query)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(query.driver());
    return driver ? driver->databasePath() : QString();
}

} // namespace

bool isStoreDamage(const QSqlError& error)
{
    if (!error.isValid())
        return false;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == kSqliteCorrupt || primary == kSqliteNotADb;
}

Error statementError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    if (isStoreDamage(error))
        return storeDamaged(pathOf(query),
                            QStringLiteral("%1: %2").arg(what, error.text().trimmed()));
    return makeError(
        ErrorCode::Database,
        QCoreApplication::translate("alpr::StoreDamage", "%1 failed: %2").arg(what, error.text()));
}

Result<void> fetchedAll(const QSqlQuery& query, const QString& what)
{
    if (!query.lastError().isValid())
        return {};
    return statementError(query, what);
}

} // namespace alpr
