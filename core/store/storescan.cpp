// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/storescan.h"

#include "common/securebytes.h"
#include "store/sqlcipherdriver.h"
#include "store/storedamage.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace alpr {

namespace {

// One connection of its own, closed and removed when it goes.
class ScanConnection
{
public:
    ScanConnection(const QString& path, const SecureBytes& key)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("alpr-store-scan-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), m_name);
        db.setDatabaseName(path);
        auto* driver = static_cast<SqlCipherDriver*>(db.driver());
        QByteArray raw = key.toByteArrayUnsafe();
        driver->setKey(raw);
        secureWipe(raw);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~ScanConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScanConnection(const ScanConnection&) = delete;
    ScanConnection& operator=(const ScanConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

struct SchemaEntry
{
    QString type;
    QString name;
    QString table;
    qint64 rootPage = 0;
    QString sql;
};

QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

// The WHERE clause of a partial index ("CREATE INDEX ... WHERE expr"), or empty.
QString partialCondition(const QString& sql)
{
    const qsizetype closing = sql.lastIndexOf(u')');
    const qsizetype where =
        sql.indexOf(QStringLiteral(" WHERE "), closing < 0 ? 0 : closing, Qt::CaseInsensitive);
    return where < 0 ? QString() : sql.mid(where + 7).trimmed();
}

QString failureText(const QSqlQuery& q)
{
    return q.lastError().text().trimmed();
}

// Reads every row and every value: each page of the b-tree, overflow pages too.
// Returns the entries read, or the failure.
Result<qint64> readWhole(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return makeError(isStoreDamage(q.lastError()) ? ErrorCode::Corrupt : ErrorCode::Database,
                         failureText(q));
    qint64 rows = 0;
    while (q.next()) {
        const int columns = q.record().count();
        for (int i = 0; i < columns; ++i)
            (void)q.value(i);
        ++rows;
    }
    if (q.lastError().isValid())
        return makeError(isStoreDamage(q.lastError()) ? ErrorCode::Corrupt : ErrorCode::Database,
                         failureText(q));
    return rows;
}

// The statement that reads the object whole, touching no other b-tree.
Result<QString> scanStatement(QSqlDatabase db, const SchemaEntry& e)
{
    if (e.type == QLatin1String("table"))
        return QStringLiteral("SELECT * FROM %1").arg(quoted(e.name));
    // An index: its own columns, read through it (a covering scan).
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(quoted(e.name))))
        return makeError(isStoreDamage(info.lastError()) ? ErrorCode::Corrupt : ErrorCode::Database,
                         failureText(info));
    QStringList columns;
    bool expression = false;
    while (info.next()) {
        if (info.value(2).isNull())
            expression = true;
        else
            columns << quoted(info.value(2).toString());
    }
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3")
            .arg(expression || columns.isEmpty() ? QStringLiteral("count(*)") : columns.join(u','),
                 quoted(e.table), quoted(e.name));
    if (const QString condition = partialCondition(e.sql); !condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    // In the index's order: otherwise the planner may find a scan of an index
    // no smaller than its table not worth making, and refuse INDEXED BY.
    if (!expression && !columns.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + columns.join(u',');
    return sql;
}

} // namespace

QStringList StoreScan::damagedObjects() const
{
    QStringList names;
    if (!schemaDamage.isEmpty())
        names << QCoreApplication::translate("alpr::StoreScan", "the schema (sqlite_master)");
    for (const ScannedObject& o : objects)
        if (!o.damage.isEmpty())
            names << QStringLiteral("%1 %2").arg(o.type, o.name);
    return names;
}

bool StoreScan::intact() const
{
    return schemaReadable && damagedObjects().isEmpty() && integrityProblems.isEmpty() &&
           integrityDamage.isEmpty();
}

Result<StoreScan> scanStoreFile(const QString& path, const SecureBytes& databaseKey)
{
    registerSqlCipherDriver();
    StoreScan scan;
    auto connection = std::make_unique<ScanConnection>(path, databaseKey);
    if (!connection->isOpen()) {
        if (!isStoreDamage(connection->openError()))
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("alpr::StoreScan", "cannot open %1: %2")
                                 .arg(path, connection->openError().text()));
        scan.schemaDamage = connection->openError().text().trimmed();
        return scan;
    }

    QList<SchemaEntry> entries;
    {
        QSqlQuery q(connection->database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                                  "WHERE type IN ('table', 'index') AND rootpage > 0")))
            while (q.next())
                entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toString()});
        if (q.lastError().isValid()) {
            scan.schemaDamage = failureText(q);
            return scan;
        }
    }
    scan.schemaReadable = true;

    QList<qint64> tableRoots;
    for (const SchemaEntry& e : entries)
        if (e.type == QLatin1String("table"))
            tableRoots << e.rootPage;
    for (const SchemaEntry& e : entries) {
        // A WITHOUT ROWID table's primary key is the table's own b-tree.
        if (e.type == QLatin1String("index") && tableRoots.contains(e.rootPage))
            continue;
        ScannedObject object{e.type, e.name, e.rootPage, 0, {}};
        auto sql = scanStatement(connection->database(), e);
        auto read =
            sql ? readWhole(connection->database(), sql.value()) : Result<qint64>(sql.error());
        if (read) {
            object.entries = read.value();
        } else if (read.error().code != ErrorCode::Corrupt) {
            return makeError(
                ErrorCode::Database,
                QCoreApplication::translate("alpr::StoreScan", "cannot read the %1 %2 of %3: %4")
                    .arg(e.type, e.name, path, read.error().message));
        } else {
            object.damage = read.error().message.isEmpty() ? QStringLiteral("unreadable")
                                                           : read.error().message;
            // A damaged page leaves the connection in an error state: start again.
            connection = std::make_unique<ScanConnection>(path, databaseKey);
            if (!connection->isOpen()) {
                scan.objects << object;
                scan.schemaDamage = connection->openError().text().trimmed();
                return scan;
            }
        }
        scan.objects << object;
    }

    QSqlQuery check(connection->database());
    check.setForwardOnly(true);
    if (check.exec(QStringLiteral("PRAGMA integrity_check")))
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                scan.integrityProblems << line;
        }
    if (check.lastError().isValid())
        scan.integrityDamage = failureText(check);
    return scan;
}

} // namespace alpr
