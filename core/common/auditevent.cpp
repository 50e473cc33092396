// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/auditevent.h"

namespace alpr {

AuditEvent auditEventFromJson(const QJsonObject& o)
{
    AuditEvent e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at =
        QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
    e.username = o.value(QStringLiteral("user")).toString();
    e.workstation = o.value(QStringLiteral("workstation")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.object = o.value(QStringLiteral("object")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    e.signer = o.value(QStringLiteral("signer")).toString();
    e.signature = o.value(QStringLiteral("signature")).toString();
    return e;
}

bool AuditFilter::isEmpty() const
{
    return username.isEmpty() && action.isEmpty() && caseNumber.isEmpty() && purpose.isEmpty() &&
           plate.isEmpty() && outcome.isEmpty() && !from.isValid() && !to.isValid();
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    const std::pair<const char*, const QString*> texts[] = {
        {"user", &username},   {"action", &action}, {"case", &caseNumber},
        {"purpose", &purpose}, {"plate", &plate},   {"outcome", &outcome}};
    for (const auto& [key, value] : texts)
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    return o;
}

} // namespace alpr
