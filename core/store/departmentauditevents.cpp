// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/departmentauditevents.h"

#include "store/departmentlink.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace alpr {

namespace {

constexpr int kPage = 2000;

// The filter as the server's audit page takes it (alpr.audit_reading_page).
QJsonObject serverFilter(const AuditFilter& f)
{
    QJsonObject out;
    if (!f.username.isEmpty())
        out.insert(QStringLiteral("user"), f.username);
    if (!f.action.isEmpty()) {
        QJsonArray actions;
        for (const QString& a : f.action.split(u',', Qt::SkipEmptyParts))
            actions.append(a.trimmed());
        out.insert(QStringLiteral("actions"), actions);
    }
    if (!f.outcome.isEmpty())
        out.insert(QStringLiteral("outcome"), f.outcome);
    if (!f.caseNumber.isEmpty())
        out.insert(QStringLiteral("case"), f.caseNumber);
    if (!f.purpose.isEmpty())
        out.insert(QStringLiteral("purpose"), f.purpose);
    if (f.from.isValid())
        out.insert(QStringLiteral("from"), f.from.toUTC().toString(Qt::ISODateWithMs));
    if (f.to.isValid())
        out.insert(QStringLiteral("to"), f.to.toUTC().toString(Qt::ISODateWithMs));
    return out;
}

} // namespace

Result<std::optional<AuditChainHead>> DepartmentAuditEvents::head() const
{
    std::optional<AuditChainHead> last;
    auto scanned = scan({}, [&last](AuditEvent&& e) { last = AuditChainHead{e.seq, e.hash}; });
    if (!scanned)
        return scanned.error();
    return last;
}

Result<void> DepartmentAuditEvents::insert(const AuditEvent&)
{
    return makeError(ErrorCode::Denied,
                     QCoreApplication::translate("alpr::DepartmentAuditEvents",
                                                 "On the department store only the server writes "
                                                 "the audit trail"));
}

Result<void> DepartmentAuditEvents::atomically(const std::function<Result<void>()>& fn)
{
    return fn();
}

Result<void> DepartmentAuditEvents::scan(const AuditFilter& filter,
                                         const std::function<void(AuditEvent&&)>& visit) const
{
    return scanSelection(serverFilter(filter), visit);
}

Result<void>
DepartmentAuditEvents::scanSelection(const QJsonObject& selection,
                                     const std::function<void(AuditEvent&&)>& visit) const
{
    // The reading is recorded (and committed) first; then its pages.
    const bool migrated = qstrcmp(m_pageFunction, "audit_page") != 0;
    auto opened =
        m_link.call("audit_open", {DepartmentArg::text(migrated ? QStringLiteral("migrated trail")
                                                                : QStringLiteral("trail"))});
    if (!opened)
        return opened.error();
    const qint64 reading = opened->value(QStringLiteral("reading")).toInteger();
    const DepartmentArg filter = DepartmentArg::json(selection);
    qint64 after = 0;
    for (;;) {
        auto page = m_link.call(m_pageFunction,
                                {DepartmentArg::integer(reading), DepartmentArg::integer(after),
                                 DepartmentArg::integer(kPage), filter});
        if (!page)
            return page.error();
        const QJsonArray events = page->value(QStringLiteral("events")).toArray();
        for (const QJsonValue& v : events) {
            AuditEvent e = auditEventFromJson(v.toObject());
            after = e.seq;
            visit(std::move(e));
        }
        if (events.size() < kPage)
            return {};
    }
}

Result<QList<AuditEvent>> DepartmentAuditEvents::events(const QList<qint64>& seqs) const
{
    // The server picks them (in pages of the wanted seqs, never the whole trail).
    QList<AuditEvent> out;
    if (seqs.isEmpty())
        return out;
    QJsonArray wanted;
    for (qint64 seq : seqs)
        wanted.append(seq);
    auto scanned = scanSelection({{QStringLiteral("seqs"), wanted}},
                                 [&out](AuditEvent&& e) { out.append(std::move(e)); });
    if (!scanned)
        return scanned.error();
    return out;
}

} // namespace alpr
