// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlauditeventrepository.h"
#include "store/sqlcipherdriver.h"
#include "store/storedamage.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <QSqlDriver>

#include <sqlcipher/sqlite3.h>

#include <algorithm>

namespace alpr {

namespace {

AuditEvent eventFromRow(const QSqlQuery& q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.username = q.value(2).toString();
    e.workstation = q.value(3).toString();
    e.action = q.value(4).toString();
    e.object = q.value(5).toString();
    e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.outcome = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.signer = q.value(10).toString();
    e.signature = q.value(11).toString();
    return e;
}

const QString kSelect = QStringLiteral(
    "SELECT seq, at, username, workstation, action, object, details, outcome, prev_hash, hash, "
    "signer, signature FROM audit");

} // namespace

SqlAuditEventRepository::SqlAuditEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<AuditChainHead>> SqlAuditEventRepository::head() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")))
        return statementError(q, QCoreApplication::translate("alpr::SqlAuditEventRepository",
                                                             "reading the audit trail"));
    if (!q.next())
        return std::optional<AuditChainHead>();
    return std::optional<AuditChainHead>(
        AuditChainHead{q.value(0).toLongLong(), q.value(1).toString()});
}

Result<void> SqlAuditEventRepository::insert(const AuditEvent& e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit(seq, at, username, workstation, action, object, "
                             "details, outcome, prev_hash, hash, signer, signature) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(sqlText(e.username));
    q.addBindValue(sqlText(e.workstation));
    q.addBindValue(sqlText(e.action));
    q.addBindValue(sqlText(e.object));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(sqlText(e.outcome));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    q.addBindValue(sqlText(e.signer));
    q.addBindValue(sqlText(e.signature));
    return execPrepared(q, QStringLiteral("writing the audit record"));
}

Result<void> SqlAuditEventRepository::scan(const AuditFilter& filter,
                                           const std::function<void(AuditEvent&&)>& visit) const
{
    QString sql = kSelect + QStringLiteral(" WHERE 1=1");
    QVariantList binds;
    if (!filter.username.isEmpty()) {
        sql += QStringLiteral(" AND username = ?");
        binds << filter.username;
    }
    if (!filter.action.isEmpty()) {
        const QStringList actions = filter.action.split(u',', Qt::SkipEmptyParts);
        QStringList marks;
        for (const QString& a : actions) {
            marks << QStringLiteral("?");
            binds << a.trimmed();
        }
        sql += QStringLiteral(" AND action IN (%1)").arg(marks.join(u','));
    }
    if (!filter.outcome.isEmpty()) {
        sql += QStringLiteral(" AND outcome = ?");
        binds << filter.outcome;
    }
    // A cheap first cut on the stored JSON; the exact test follows.
    if (!filter.caseNumber.isEmpty()) {
        sql += QStringLiteral(" AND instr(details, ?) > 0");
        binds << filter.caseNumber;
    }
    if (!filter.purpose.isEmpty()) {
        sql += QStringLiteral(" AND instr(details, ?) > 0");
        binds << filter.purpose;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << filter.to.toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY seq");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading the audit trail")); !r)
        return r;
    while (q.next()) {
        AuditEvent e = eventFromRow(q);
        if (!filter.caseNumber.isEmpty() &&
            e.details.value(QStringLiteral("case")).toString() != filter.caseNumber)
            continue;
        if (!filter.purpose.isEmpty() &&
            e.details.value(QStringLiteral("purpose")).toString() != filter.purpose)
            continue;
        visit(std::move(e));
    }
    if (auto r = fetchedAll(q, QCoreApplication::translate("alpr::SqlAuditEventRepository",
                                                           "reading the audit trail"));
        !r)
        return r.error();
    return {};
}

Result<QList<AuditEvent>> SqlAuditEventRepository::events(const QList<qint64>& seqs) const
{
    QList<AuditEvent> events;
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE seq = ?"));
    QList<qint64> sorted = seqs;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 seq : sorted) {
        q.addBindValue(seq);
        if (auto r = execPrepared(q, QStringLiteral("reading the audit trail")); !r)
            return r.error();
        if (q.next())
            events.append(eventFromRow(q));
        q.finish();
    }
    return events;
}

Result<void> SqlAuditEventRepository::atomically(const std::function<Result<void>()>& fn)
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    sqlite3* db = handle.canConvert<sqlite3*>() ? handle.value<sqlite3*>() : nullptr;
    if (db && sqlite3_get_autocommit(db) == 0)
        return fn(); // inside the caller's transaction, which holds the lock
    return runTransaction(m_db, fn);
}

} // namespace alpr
