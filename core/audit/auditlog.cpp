// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "audit/auditlog.h"

#include "common/clock.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

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
    return e;
}

const QString kSelect = QStringLiteral(
    "SELECT seq, at, username, workstation, action, object, details, outcome, prev_hash, hash "
    "FROM audit");

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock& clock, QString workstation)
    : m_db(std::move(db)), m_clock(clock), m_workstation(std::move(workstation))
{
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditLog::canonicalForm(const AuditEvent& e)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QJsonObject o;
    o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("user"), e.username);
    o.insert(QStringLiteral("workstation"), e.workstation);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("object"), e.object);
    o.insert(QStringLiteral("details"), e.details);
    o.insert(QStringLiteral("outcome"), e.outcome);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString& prevHash, const AuditEvent& event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(prevHash.toLatin1() + '\n' + canonicalForm(event),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<qint64> AuditLog::append(const QString& username, const QString& action,
                                const QString& object, const QJsonObject& details,
                                const QString& outcome)
{
    return appendAt(m_clock.now(), username, action, object, details, outcome);
}

Result<qint64> AuditLog::appendAt(const QDateTime& at, const QString& username,
                                  const QString& action, const QString& object,
                                  const QJsonObject& details, const QString& outcome)
{
    AuditEvent e;
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.username = username;
    e.workstation = m_workstation;
    e.action = action;
    e.object = object;
    e.details = details;
    e.outcome = outcome;

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")))
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the audit trail"));
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    q.finish();
    e.hash = chainHash(e.prevHash, e);

    q.prepare(QStringLiteral("INSERT INTO audit(seq, at, username, workstation, action, object, "
                             "details, outcome, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"));
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
    if (auto r = execPrepared(q, QStringLiteral("writing the audit record")); !r)
        return r.error();
    return e.seq;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter,
                                         const std::function<bool(const AuditEvent&)>& keep) const
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
        return r.error();
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e = eventFromRow(q);
        if (!filter.caseNumber.isEmpty() &&
            e.details.value(QStringLiteral("case")).toString() != filter.caseNumber)
            continue;
        if (!filter.purpose.isEmpty() &&
            e.details.value(QStringLiteral("purpose")).toString() != filter.purpose)
            continue;
        if (keep && !keep(e))
            continue;
        events.append(std::move(e));
    }
    if (filter.limit > 0 && events.size() > filter.limit)
        events = events.mid(events.size() - filter.limit);
    return events;
}

Result<QList<AuditEvent>> AuditLog::events(const QList<qint64>& seqs) const
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

Result<AuditVerification> AuditLog::verify(const QString& anchorHash) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY seq")))
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the audit trail"));
    AuditVerification v;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&v](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    while (q.next()) {
        const AuditEvent e = eventFromRow(q);
        ++v.events;
        if (!v.intact)
            continue;
        if (e.seq != expectedSeq) {
            fail(expectedSeq, QStringLiteral("event %1 is missing (the next event is %2)")
                                  .arg(expectedSeq)
                                  .arg(e.seq));
        } else if (e.prevHash != prev) {
            fail(e.seq, QStringLiteral("event %1 does not follow from event %2: the chain is "
                                       "broken")
                            .arg(e.seq)
                            .arg(e.seq - 1));
        } else if (chainHash(e.prevHash, e) != e.hash) {
            fail(e.seq, QStringLiteral("event %1 was changed after it was written").arg(e.seq));
        }
        if (v.intact && !anchorHash.isEmpty() && e.hash == anchorHash)
            v.anchorSeq = e.seq;
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    v.headHash = prev;
    return v;
}

} // namespace alpr
