// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "audit/auditlog.h"

#include "common/clock.h"
#include "store/auditeventrepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace alpr {

AuditLog::AuditLog(AuditEventRepository& events, const Clock& clock, QString workstation)
    : m_events(events), m_clock(clock), m_workstation(std::move(workstation))
{
}

AuditLog::~AuditLog() = default;

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

    auto head = m_events.head();
    if (!head)
        return head.error();
    if (head.value()) {
        e.seq = head.value()->seq + 1;
        e.prevHash = head.value()->hash;
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    e.hash = chainHash(e.prevHash, e);
    if (auto r = m_events.insert(e); !r)
        return r.error();
    return e.seq;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter,
                                         const std::function<bool(const AuditEvent&)>& keep) const
{
    QList<AuditEvent> events;
    auto scanned = m_events.scan(filter, [&](AuditEvent&& e) {
        if (keep && !keep(e))
            return;
        events.append(std::move(e));
    });
    if (!scanned)
        return scanned.error();
    if (filter.limit > 0 && events.size() > filter.limit)
        events = events.mid(events.size() - filter.limit);
    return events;
}

Result<QList<AuditEvent>> AuditLog::events(const QList<qint64>& seqs) const
{
    return m_events.events(seqs);
}

Result<AuditVerification> AuditLog::verify(const QString& anchorHash) const
{
    AuditVerification v;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&v](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    auto scanned = m_events.scan({}, [&](AuditEvent&& e) {
        ++v.events;
        if (!v.intact)
            return;
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
    });
    if (!scanned)
        return scanned.error();
    v.headHash = prev;
    return v;
}

} // namespace alpr
