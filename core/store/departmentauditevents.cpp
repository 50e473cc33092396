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

bool selected(const AuditFilter& f, const AuditEvent& e)
{
    if (!f.username.isEmpty() && e.username != f.username)
        return false;
    if (!f.action.isEmpty() && !f.action.split(u',', Qt::SkipEmptyParts).contains(e.action))
        return false;
    if (!f.outcome.isEmpty() && e.outcome != f.outcome)
        return false;
    if (!f.caseNumber.isEmpty() &&
        e.details.value(QStringLiteral("case")).toString() != f.caseNumber)
        return false;
    if (!f.purpose.isEmpty() && e.details.value(QStringLiteral("purpose")).toString() != f.purpose)
        return false;
    if (f.from.isValid() && e.at < f.from)
        return false;
    if (f.to.isValid() && e.at >= f.to)
        return false;
    return true;
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
    // The reading is recorded (and committed) first; then its pages.
    const bool migrated = qstrcmp(m_pageFunction, "audit_page") != 0;
    auto opened =
        m_link.call("audit_open", {DepartmentArg::text(migrated ? QStringLiteral("migrated trail")
                                                                : QStringLiteral("trail"))});
    if (!opened)
        return opened.error();
    const qint64 reading = opened->value(QStringLiteral("reading")).toInteger();
    qint64 after = 0;
    for (;;) {
        auto page = m_link.call(m_pageFunction,
                                {DepartmentArg::integer(reading), DepartmentArg::integer(after),
                                 DepartmentArg::integer(kPage)});
        if (!page)
            return page.error();
        const QJsonArray events = page->value(QStringLiteral("events")).toArray();
        for (const QJsonValue& v : events) {
            AuditEvent e = auditEventFromJson(v.toObject());
            after = e.seq;
            if (selected(filter, e))
                visit(std::move(e));
        }
        if (events.size() < kPage)
            return {};
    }
}

Result<QList<AuditEvent>> DepartmentAuditEvents::events(const QList<qint64>& seqs) const
{
    QList<qint64> wanted = seqs;
    std::sort(wanted.begin(), wanted.end());
    QList<AuditEvent> out;
    auto scanned = scan({}, [&](AuditEvent&& e) {
        if (std::binary_search(wanted.cbegin(), wanted.cend(), e.seq))
            out.append(std::move(e));
    });
    if (!scanned)
        return scanned.error();
    return out;
}

} // namespace alpr
